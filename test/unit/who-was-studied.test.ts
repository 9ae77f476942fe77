// Review 13 (issue #13), class "qualifier dropped, subgroup stated for everyone": the main
// message and the press headline said "A study of 100 people tested X for Y" of a study in
// soldiers, in healthy volunteers, or in people with only the uncomplicated form of Y, so a
// result for some people read as one for everyone. Two causes, each tested here: the count
// was always said as "people", whatever the source called them; and the words the
// population puts before the condition ("uncomplicated", "HER2-positive") never reached it.
import { describe, expect, it } from 'vitest';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { composePressDigest } from '../../src/audiences/press-digest.js';
import { conditionName, peopleCounted } from '../../src/audiences/study.js';
import { visibleText } from '../../src/audiences/text.js';
import { glossary } from '../helpers/brief.js';
import { blankFacts, numberedFacts, type FactsOverrides } from '../helpers/facts.js';

const { fact, derivedStudy } = numberedFacts();
const options = { buildDate: '2025-07-01' };

/** A trial of a sleep course, its count told in the sentence given. */
function trial(countSentence: string, raw: string, value: number, extra: FactsOverrides = {}) {
  return blankFacts({
    intervention: fact('an online sleep course'),
    condition: fact('insomnia'),
    participants: { ...fact(raw, countSentence), value, raw },
    derived: derivedStudy('randomized trial'),
    ...extra,
  });
}

describe('whom the count counts (study.ts peopleCounted)', () => {
  it('says the people as the source names them: an occupation, "healthy", women or men', () => {
    expect(peopleCounted(trial('Sixty sailors with insomnia took part.', 'Sixty', 60))).toBe('sailors');
    expect(peopleCounted(trial('The study enrolled 12 healthy volunteers.', '12', 12))).toBe('healthy people');
    expect(peopleCounted(trial('It followed 400 women with insomnia.', '400', 400))).toBe('women');
  });

  it('says "people" for a noun that says no more ("patients", "men and women"), but the row keeps "men and women"', () => {
    expect(peopleCounted(trial('The trial enrolled 80 patients.', '80', 80))).toBe('people');
    const mixed = trial('It enrolled 14 men and women.', '14', 14);
    expect(peopleCounted(mixed)).toBe('people');
    expect(peopleCounted(mixed, 'people', { mixed: true })).toBe('men and women');
  });

  it('carries them into the main message, the "Who took part" row and the press headline', () => {
    const facts = trial('Sixty sailors with insomnia took part in the study.', 'Sixty', 60);
    const brief = visibleText(composePatientBrief(facts, glossary, options)).join('\n');
    expect(brief).toContain('A small study of 60 sailors tested an online sleep course for insomnia.');
    expect(brief).toContain('Who took part\n60 sailors.');
    const press = visibleText(composePressDigest(facts, glossary, options)).join('\n');
    expect(press).toMatch(/60 sailors/);
    expect(press).not.toMatch(/60 people/);
  });
});

describe('the condition as the population narrows it (study.ts conditionName)', () => {
  const population = (value: string) => ({ population: fact(value) });

  it('takes the narrowing words the population puts before the condition', () => {
    expect(conditionName(trial('x', '1', 1, population('200 adults who had chronic, severe insomnia')))).toBe('severe insomnia');
    const facts = blankFacts({ condition: fact('breast cancer'), population: fact('300 women with HER2-positive breast cancer') });
    expect(conditionName(facts)).toBe('HER2-positive breast cancer');
    const stage = blankFacts({ condition: fact('appendicitis'), population: fact('500 adults with uncomplicated appendicitis') });
    expect(conditionName(stage)).toBe('uncomplicated appendicitis');
  });

  it('leaves the condition as it is when nothing narrows it, or the name already says it', () => {
    expect(conditionName(trial('x', '1', 1, population('200 adults who had insomnia')))).toBe('insomnia');
    expect(conditionName(trial('x', '1', 1, population('200 adults who had suffered insomnia')))).toBe('insomnia');
    const named = blankFacts({ condition: fact('advanced melanoma'), population: fact('90 patients with advanced melanoma') });
    expect(conditionName(named)).toBe('advanced melanoma');
  });

  it('says the narrowed condition in the main message and the headline', () => {
    const facts = blankFacts({
      intervention: fact('antibiotics'),
      condition: fact('appendicitis'),
      population: fact('530 adults who had uncomplicated appendicitis'),
      participants: { ...fact('530', 'The trial enrolled 530 adults who had uncomplicated appendicitis.'), value: 530, raw: '530' },
      derived: derivedStudy('randomized trial'),
    });
    const brief = visibleText(composePatientBrief(facts, glossary, options)).join('\n');
    expect(brief).toContain('A study of 530 adults tested antibiotics for uncomplicated appendicitis.');
    const press = visibleText(composePressDigest(facts, glossary, options)).join('\n');
    expect(press).toMatch(/uncomplicated appendicitis/);
  });
});
