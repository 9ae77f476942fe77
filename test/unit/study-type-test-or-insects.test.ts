// The kind of study, review 12 (h026, h023): a tool read against the diagnosis that
// pathologists made is a study of a test, though the story calls it "a clinical study";
// a repellent tried on insects is a study of animals, not of people nor of the disease the
// insects carry. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const story = (title: string, ...paragraphs: string[]) => factsFrom(`${title}\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;

describe('study type: a test read against a diagnosis', () => {
  it('a probe that agrees with pathologists in a clinical study is a study of a test, not a single-arm trial', () => {
    const facts = story(
      'Handheld scanner shows surgeons where a tumor stops',
      'A handheld scanner that uses sound to map tumor edges agreed well with the pathologists’ diagnoses in a clinical study, the team reports.',
      'The team tried the scanner on 40 patients having kidney surgery at a city hospital. The results appear in the journal Urology Today.',
      'In the clinical study, surgeons operated as usual while the scanner recorded the edges of each tumor.',
      'The scanner told healthy from diseased tissue with 90 percent sensitivity and 88 percent specificity.',
    );
    expect(facts.derived.studyType?.value).toBe('diagnostic accuracy');
  });
});

describe('study type: a product tried on insects', () => {
  it('a repellent tested against mosquitoes is a lab or animal study', () => {
    const facts = story(
      'Wristband keeps biting mosquitoes away',
      'A battery-powered wristband that gives off a repellent vapour could protect people from mosquito bites, according to an article in the Journal of Insect Science.',
      'To test it, two researchers studied how the wristband performed against hungry mosquitoes in a garden.',
      'They found that the wristband caused high mosquito mortality up to half a metre away.',
    );
    expect(facts.derived.studyType?.value).toBe('lab or animal');
  });
});
