// Review 7, population "not reported" where the source says who the study was in, and a
// brief that says "people" where the source says women: a story may name its people by age
// or illness in a sentence that counts none of them ("guidelines for children between the
// ages of 6 months and 2 years"; "in previously untreated patients with advanced asthma");
// the brief's count says who was counted ("5,000 women"), and "About them" keeps their ages
// ("women, ages 60 to 90, to wear step counters" → "Women ages 60 to 90").
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { factsFrom } from '../helpers/article.js';
import { blankFacts } from '../helpers/facts.js';

const population = (body: string) => factsFrom(`# Inhaler helps wheezing\n\n${body}\n`, 'pop.md').facts.population?.value;

describe('population stated without a count', () => {
  it('reads the people named by their ages in the lede', () => {
    expect(
      population(
        'Giving toddlers an inhaler when doctors are sure they wheeze speeds recovery, supporting guidelines for children between the ages of 6 months and 2 years.',
      ),
    ).toBe('children between the ages of 6 months and 2 years');
  });

  it('reads the people named by their illness', () => {
    expect(
      population(
        'An inhaler helped the lungs of people, a trial found.\n\nThe inhaler cut attacks by 40 percent compared with placebo in previously untreated patients with severe asthma, researchers found.',
      ),
    ).toBe('previously untreated patients with severe asthma');
  });

  it('does not take a subgroup, a verb or a sentence far from the study', () => {
    expect(population('The inhaler was tested.\n\nAmong patients with severe asthma, attacks fell by a third.')).toBeUndefined();
    expect(population('The inhaler is cheap.\n\nThe nurses were trained to assess patients with asthma at home.')).toBeUndefined();
    expect(
      population(
        'The inhaler was tested.\n\nIt is cheap.\n\nIt is small.\n\nThe clinic offers care to children with asthma across the region.',
      ),
    ).toBeUndefined();
  });
});

describe('patient brief: who was counted, and their ages', () => {
  const glossary = loadGlossary('');
  const line = 'The team asked 5,000 women, ages 60 to 90, to wear step counters for a week.';
  const source = { text: line, line: 3, column: 1 };
  const model = composePatientBrief(
    blankFacts({
      participants: { value: 5000, raw: '5,000', source, origin: 'extracted' },
      population: { value: '5,000 women, ages 60 to 90, to wear step counters for a week', source, origin: 'extracted' },
    }),
    glossary,
    { buildDate: '2025-07-01' },
  );
  const row = (id: string) => model.study.rows.find((r) => r.id === id)?.value.text;

  it('says women, not people, and keeps their ages', () => {
    expect(row('who-took-part')).toBe('5,000 women.');
    expect(row('about-them')).toBe('Women ages 60 to 90.');
  });
});
