// Who took part, as the documents print it ("About them", the clinician summary's
// Population): the description that follows the count, up to where the sentence turns to
// something else (what they were offered, a list, a place's description).
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const population = (sentence: string) =>
  factsFrom(`# Neurafenib for migraine\n\nA trial of Neurafenib in migraine was published in a journal.\n\n${sentence}\n`, 'population.md')
    .facts.population?.value;

describe('population', () => {
  it('ends before what the people were offered and the list after a colon (102)', () => {
    expect(
      population(
        'Doctors offered 420 people aged 18 to 65 who had been diagnosed with chronic migraine two daily tablets: Neurafenib, a placebo or aspirin, which has been sold for a century.',
      ),
    ).toBe('420 people aged 18 to 65 who had been diagnosed with chronic migraine');
  });

  it('keeps who they were after an aside on a place (139)', () => {
    expect(
      population(
        'The trial enrolled 300 people coming to the City Headache Center, which is the largest clinic in the state, for severe migraine attacks.',
      ),
    ).toBe('300 people coming to the City Headache Center for severe migraine attacks');
  });

  it('keeps counts that belong to the description ("on two separate visits", "at five hospitals")', () => {
    expect(population('The trial enrolled 300 patients at five hospitals around the country.')).toBe(
      '300 patients at five hospitals around the country',
    );
  });

  // Review 17 (h052: "About them: People diagnosed with fibromyalgia to individually tailored
  // acupuncture or simulated acupuncture"): after "randomly assigned", "to …" names the arms.
  it('ends at the arms the people were assigned to', () => {
    expect(
      population('For the trial, the team randomly assigned 180 patients diagnosed with migraine to daily Neurafenib or to a dummy pill.'),
    ).toBe('180 patients diagnosed with migraine');
  });
});
