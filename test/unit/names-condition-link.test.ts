// "X for Y" says X is given to people who have Y. Review 7 found it said of a fluid whose
// outcome was kidney damage, a vaccine, a cooling cap that lessens hair loss, an exposure
// watched in pregnancy and a screening programme named after its disease. The join now
// follows how the condition stands to what was studied. Facts written for these tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../../src/article/schema.js';
import { composeClinicianSummary } from '../../src/audiences/clinician-summary.js';
import { composePressDigest } from '../../src/audiences/press-digest.js';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { conditionLink } from '../../src/audiences/study.js';
import { visibleText } from '../../src/audiences/text.js';
import { factsFrom, ROOT } from '../helpers/article.js';
import { blankFacts, type FactsOverrides } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
let nextLine = 2;
const ref = (text: string): SourceRef => ({ text, line: nextLine++, column: 1 });
const named = (value: string, rule?: string) => ({
  value,
  source: ref(`${value}.`),
  origin: 'extracted' as const,
  ...(rule ? { rule } : {}),
});
const judged = <T>(value: T) => ({ value, basis: 'set for the test', sources: [ref('set for the test')], origin: 'derived' as const });
const finding = (text: string) => ({ text, source: ref(text), origin: 'extracted' as const, numbers: [], timepoints: [] });

type StudyType = NonNullable<FactsOverrides['derived']>['studyType'];
function story(intervention: string, condition: string, rule: string, type: NonNullable<StudyType>['value'], results: string[] = []) {
  const base = blankFacts();
  return blankFacts({
    intervention: named(intervention),
    condition: named(condition, rule),
    results: results.map(finding),
    derived: { ...base.derived, studyType: judged(type) },
  });
}
const titles = (facts: ReturnType<typeof blankFacts>) => [
  visibleText(composePatientBrief(facts, glossary, { buildDate: '2025-07-01' }).title).join(' '),
  visibleText(composeClinicianSummary(facts, glossary, { buildDate: '2025-07-01' }).title).join(' '),
];

describe('the treatment joined to its condition', () => {
  it('says "to reduce" for an outcome a treatment lessens, not "for"', () => {
    const facts = story('buffered fluid', 'kidney injury', 'condition-reduce', 'randomized trial');
    expect(conditionLink(facts)).toBe('reduce');
    expect(titles(facts)).toEqual([
      'What a study of buffered fluid to reduce kidney injury found',
      'Buffered fluid to reduce kidney injury',
    ]);
  });

  it('says "to prevent" for what a vaccine prevents', () => {
    const facts = story('Vaxoma 4', 'liver cancer', 'condition-prevent', 'randomized trial');
    expect(titles(facts)[1]).toBe('Vaxoma 4 to prevent liver cancer');
  });

  it('joins an exposure watched in an observational study, or a review of links, with "and"', () => {
    expect(titles(story('fish oil', 'asthma', 'condition-disease-phrase', 'observational'))[1]).toBe('Fish oil and asthma');
    const review = story('breastfeeding', 'childhood lymphoma', 'condition-disease-phrase', 'review or meta-analysis', [
      'Breastfeeding was associated with a lower risk of childhood lymphoma.',
    ]);
    expect(titles(review)[0]).toBe('What a review of studies of breastfeeding and childhood lymphoma found');
  });

  it('does not repeat a condition the name already says', () => {
    expect(titles(story('lung cancer screening', 'lung cancer', 'condition-disease-phrase', 'observational'))[1]).toBe(
      'Lung cancer screening',
    );
  });

  it('keeps "for" for a treatment given to people who have the condition, and for a test', () => {
    expect(titles(story('ketamine', 'depression', 'condition-people-with', 'randomized trial'))[1]).toBe('Ketamine for depression');
    expect(conditionLink(story('scanner', 'breast cancer', 'condition-disease-phrase', 'other'))).toBe('for');
  });

  it('names no condition for a story with no study that only mentions a disease near the product', () => {
    expect(titles(story('ectarin', 'asthma', 'condition-disease-phrase', 'other'))[1]).toBe('Ectarin');
  });
});

describe('condition extraction: the rule says how the story words it', () => {
  it('"reduced the risk of death or kidney damage" is an outcome lessened', () => {
    const { facts } = factsFrom(
      [
        'Which drip is best?',
        '',
        'Giving a buffered drip instead of salt water reduced the risk of death or kidney damage in hospital patients, a trial of 9,000 people found.',
        '',
        'The patients got one fluid or the other for their whole stay.',
      ].join('\n'),
      'article.txt',
    );
    // Review 8: the outcome lessened is both; "to reduce kidney damage" alone left out the deaths.
    expect(facts.condition?.value).toBe('death or kidney damage');
    expect(facts.condition?.rule).toBe('condition-reduce');
  });

  it('a use someone imagines ("might also be useful for the treatment of") gives no rule', () => {
    const { facts } = factsFrom(
      [
        'Spray shields lungs from smoke',
        '',
        'A nasal spray called lunarin shields the lungs from wildfire smoke, a small test in people with asthma suggests.',
        '',
        'An expert said lunarin might also be useful for the treatment of asthma.',
      ].join('\n'),
      'article.txt',
    );
    expect(facts.condition?.value).toBe('asthma');
    expect(facts.condition?.rule).not.toBe('condition-treat');
  });
});

describe('the press headline joins them the same way', () => {
  const headline = (facts: ReturnType<typeof blankFacts>) => composePressDigest(facts, glossary, { buildDate: '2025-07-01' }).headline.text;
  it('says "tested to prevent", "tested to reduce", and "X and Y" for a review of links, never "tested for" them', () => {
    expect(headline(story('Vaxoma 4', 'liver cancer', 'condition-prevent', 'randomized trial'))).toBe(
      'Vaxoma 4 tested to prevent liver cancer',
    );
    expect(headline(story('buffered fluid', 'kidney injury', 'condition-reduce', 'randomized trial'))).toBe(
      'Buffered fluid tested to reduce kidney injury',
    );
    const review = story('Breastfeeding', 'childhood leukemia', 'condition-disease-phrase', 'review or meta-analysis', [
      'Breastfeeding for six months or more was associated with a 19 percent lower risk of childhood leukemia.',
    ]);
    expect(headline(review)).not.toMatch(/tested/);
    expect(headline(review)).toMatch(/^Breastfeeding and childhood leukemia/);
  });
});
