// Review 17 (a records study of people who all had bipolar disorder, comparing lithium with
// other drugs, opened "A study of 6,671 people looked for links between lithium and bipolar
// disorder", as though lithium might cause it): when everyone studied had the condition, the
// brief says so and what was looked at in them. Hand-written Facts, no news text.
import { describe, expect, it } from 'vitest';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { glossary } from '../helpers/brief.js';
import { blankFacts, countOf, derivedWith, judgedAs, textFactOf } from '../helpers/facts.js';

const brief = (population: string) =>
  composePatientBrief(
    blankFacts({
      intervention: textFactOf('valprozine'),
      condition: textFactOf('epilepsy'),
      participants: countOf(5200, 'The researchers studied records of 5,200 patients.'),
      population: textFactOf(population),
      derived: derivedWith({ studyType: judgedAs('observational') }),
    }),
    glossary,
    { buildDate: null },
  );
const opening = (population: string) =>
  brief(population)
    .mainMessage.map((s) => s.text)
    .join(' ');

describe('observational main message', () => {
  it('says the people had the condition and what was looked at in them', () => {
    const text = opening('5,200 patients who were treated for epilepsy between 1990 and 2010');
    expect(text).toMatch(/with epilepsy looked at valprozine/);
    expect(text).not.toMatch(/links between valprozine and epilepsy/);
  });

  it('still looks for links when the people did not all have the condition', () => {
    expect(opening('5,200 adults in the national registry')).toMatch(/links between valprozine and epilepsy/);
  });
});
