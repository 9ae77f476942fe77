// Review 15 (issue #13), class "eligibility or subgroup qualifier dropped, so the result
// reads as for everyone": an approval for tumours with one gene change was printed as
// "approved … for solid tumor". The population said which patients ("patients with solid
// tumors that carried a rare gene fusion"), but only words BEFORE the condition narrowed it,
// and a plural in the population ("tumors") hid the condition's name from the lookup.
import { describe, expect, it } from 'vitest';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { conditionName } from '../../src/audiences/study.js';
import { visibleText } from '../../src/audiences/text.js';
import { glossary } from '../helpers/brief.js';
import { blankFacts, numberedFacts } from '../helpers/facts.js';

const { fact, derivedStudy } = numberedFacts();
const narrowed = (condition: string, population: string) =>
  conditionName(blankFacts({ condition: fact(condition), population: fact(population) }));

describe('the condition as the words after it in the population narrow it (study.ts narrowedAfter)', () => {
  it('keeps a gene, marker, spread or resistance the population ties to the patients', () => {
    expect(narrowed('solid tumor', '40 adults with solid tumors that carried a rare ABC gene fusion and had no other option')).toBe(
      'solid tumors that carried a rare ABC gene fusion',
    );
    expect(narrowed('leukemia', '90 adults with leukemia who have a gene change called XYZ1, given with chemotherapy')).toBe(
      'leukemia with a gene change called XYZ1',
    );
    expect(narrowed('melanoma', '300 patients with melanoma that has spread to the liver')).toBe('melanoma that has spread to the liver');
    expect(narrowed('lung cancer', '50 people with lung cancer that had become resistant to two older pills')).toBe(
      'lung cancer that had become resistant to two older pills',
    );
  });

  it('leaves the condition alone when the words after it do not narrow it', () => {
    expect(narrowed('breast cancer', '120 women with breast cancer who were having chemotherapy')).toBe('breast cancer');
    expect(narrowed('asthma', '60 adults with asthma, seen at three clinics')).toBe('asthma');
  });

  it('says the narrowed condition in the brief title and main message', () => {
    const facts = blankFacts({
      intervention: fact('Zentrofib'),
      condition: fact('solid tumor'),
      population: fact('40 adults with solid tumors that carried a rare ABC gene fusion'),
      participants: { ...fact('40', 'The trials enrolled 40 adults.'), value: 40, raw: '40' },
      derived: derivedStudy('randomized trial'),
    });
    const brief = visibleText(composePatientBrief(facts, glossary, { buildDate: '2025-07-01' })).join('\n');
    expect(brief).toContain('Zentrofib for solid tumors that carried a rare ABC gene fusion');
  });
});
