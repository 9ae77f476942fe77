// A test named inside a trial of something else ("a test for the gene, known as X", in a
// trial of a bone drug) is not the treatment tested, and a vaccine is not a treatment
// (review 7: "A study of 3,360 people tested MAFTest", "effects … probably due to MAFTest",
// "Treatment: Gardasil 9"). Facts written for these tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../../src/article/schema.js';
import { composeClinicianSummary } from '../../src/audiences/clinician-summary.js';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { interventionKind } from '../../src/audiences/study.js';
import { visibleText } from '../../src/audiences/text.js';
import { ROOT } from '../helpers/article.js';
import { blankFacts } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
let nextLine = 2;
const ref = (text: string): SourceRef => ({ text, line: nextLine++, column: 1 });
const judged = <T>(value: T) => ({ value, basis: 'set for the test', sources: [ref('set for the test')], origin: 'derived' as const });

function trialOf(name: string, sentence: string) {
  const base = blankFacts();
  return blankFacts({
    intervention: { value: name, source: ref(sentence), origin: 'extracted' },
    condition: { value: 'lung cancer', source: ref('People with lung cancer.'), origin: 'extracted', rule: 'condition-people-with' },
    population: {
      value: '2,000 people with lung cancer',
      source: ref('The trial enrolled 2,000 people with lung cancer.'),
      origin: 'extracted',
    },
    results: [
      {
        text: 'People whose test was negative lived longer on the drug, 70 percent against 60 percent.',
        source: ref('People whose test was negative lived longer on the drug, 70 percent against 60 percent.'),
        origin: 'extracted',
        numbers: [
          { raw: '70 percent', value: 70, unit: 'percent' },
          { raw: '60 percent', value: 60, unit: 'percent' },
        ],
        timepoints: [],
      },
    ],
    derived: {
      ...base.derived,
      studyType: judged('randomized trial' as const),
      randomised: judged('randomised' as const),
    },
  });
}

describe('a test named in a trial, and a vaccine', () => {
  const facts = trialOf('GeneSort', 'A test for the marker, known as GeneSort, has been developed by a company.');

  it('reads the kind from the words before the name', () => {
    expect(interventionKind(facts)).toBe('test');
    expect(interventionKind(trialOf('Vaxomab 4', 'The trial compared the new vaccine, Vaxomab 4, with the old one.'))).toBe('vaccine');
    expect(interventionKind(trialOf('fentrazole', 'The drug fentrazole was given daily.'))).toBe('treatment');
  });

  it('the brief says the study looked at a test, and labels it "Test"', () => {
    const brief = composePatientBrief(facts, glossary, { buildDate: '2025-07-01' });
    const text = visibleText(brief).join('\n');
    expect(text).toContain('looked at a test called GeneSort');
    expect(text).not.toMatch(/tested GeneSort/);
    expect(brief.study.rows.find((r) => r.id === 'treatment')?.label.text).toBe('Test');
  });

  it('the clinician summary never says the effects are due to the test', () => {
    const text = visibleText(composeClinicianSummary(facts, glossary, { buildDate: '2025-07-01' })).join('\n');
    expect(text).not.toMatch(/due to GeneSort/);
    expect(text).toContain('GeneSort is a test, so the differences reported below are not an effect of the test itself');
  });

  it('a vaccine is labelled "Vaccine"', () => {
    const vaccine = trialOf('Vaxomab 4', 'The trial compared the new vaccine, Vaxomab 4, with the old one.');
    const brief = composePatientBrief(vaccine, glossary, { buildDate: '2025-07-01' });
    expect(brief.study.rows.find((r) => r.id === 'treatment')?.label.text).toBe('Vaccine');
  });
});

describe('a head-to-head of active treatments', () => {
  function headToHead(comparator: string) {
    const facts = trialOf('Oculix', 'The drug Oculix was injected into the eye.');
    return blankFacts({
      ...facts,
      comparator: { value: comparator, source: ref(`Oculix was compared with ${comparator}.`), origin: 'extracted' },
      derived: { ...facts.derived, availability: { ...judged('approved' as const), agency: 'FDA' } },
    });
  }
  const ask = (facts: ReturnType<typeof blankFacts>) =>
    visibleText(composePatientBrief(facts, glossary, { buildDate: '2025-07-01' }))
      .filter((line) => line.startsWith('Ask your care team'))
      .join(' ');

  it('asks which treatment, not for the first one named', () => {
    expect(ask(headToHead('Retinova or Maculin'))).toContain('Ask your care team which treatment could be right for you.');
  });

  it('still names the treatment when it was compared with a placebo', () => {
    expect(ask(headToHead('a placebo'))).toContain('Ask your care team if Oculix could be right for you.');
  });
});

describe('a scan in an observational study', () => {
  it('links the condition with what the scan measured, not with the scan', () => {
    const base = trialOf('ten-minute eye scan', 'People had a ten-minute eye scan at the start.');
    const facts = blankFacts({
      ...base,
      condition: { value: 'stroke', source: ref('Stroke.'), origin: 'extracted', rule: 'condition-disease-phrase' },
      derived: { ...base.derived, studyType: judged('observational' as const), randomised: null },
    });
    const brief = visibleText(composePatientBrief(facts, glossary, { buildDate: '2025-07-01' })).join('\n');
    expect(brief).toContain('looked for links between what the ten-minute eye scan measured and stroke');
    const clinician = visibleText(composeClinicianSummary(facts, glossary, { buildDate: '2025-07-01' })).join('\n');
    expect(clinician).not.toMatch(/due to ten-minute eye scan/);
  });
});
