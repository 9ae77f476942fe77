// Review 7, a background sentence about earlier trials shown as a result: "… based on
// previous studies that had few babies in them. This made concluding that the drug works in
// babies very difficult." The bare "This" sums up the earlier studies, not the new one.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const results = (...paragraphs: string[]) =>
  factsFrom(['Cough syrup speeds recovery in babies', ...paragraphs].join('\n\n'), 'story.txt').facts.results.map((r) => r.text);

describe('a sentence that sums up another study', () => {
  it('is not a result of the study reported', () => {
    const found = results(
      'In the new trial, 70% of babies given the syrup were better by day five, compared with 60% of those given a placebo.',
      'The advice to wait is based on previous studies that had few babies in them. This made concluding that the same syrup works in the youngest age group very difficult.',
    );
    expect(found.join(' ')).toMatch(/70% of babies/);
    expect(found.join(' ')).not.toMatch(/very difficult/);
  });
});
