// Review 8 (143): a review's second result, "A separate analysis of 15 studies found that …",
// was read as another study's and left out of every document. A review's "separate analysis
// of N studies" is its own pooled analysis; "a separate analysis by the same group" is not.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const story = (...paragraphs: string[]) =>
  factsFrom(`Review links daily walks to fewer colds\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;
const results = (...paragraphs: string[]) => story(...paragraphs).results.map((r) => r.text);

describe("a review's separate analysis of its studies", () => {
  it('keeps "A separate analysis of 12 studies found …" as a result', () => {
    const found = results(
      'Researchers at a university in Oslo reviewed 20 studies on walking and colds.',
      'In a review of all 20 studies, the authors found walking every day was associated with a 15 percent lower risk of colds. A separate analysis of 12 studies found that walking at all was associated with a 6 percent lower risk of colds.',
    );
    expect(found.some((t) => /6 percent lower risk/.test(t))).toBe(true);
  });

  it('still sets aside a separate analysis by another group', () => {
    const found = results(
      'Researchers at a university in Oslo reviewed 20 studies on walking and colds, and found walking every day was associated with a 15 percent lower risk of colds.',
      'A separate analysis by the same group, published last year, found that swimming was associated with a 6 percent lower risk of colds.',
    );
    expect(found.some((t) => /swimming/.test(t))).toBe(false);
  });
});
