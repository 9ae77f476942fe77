// The main result is the treatment's effect for everyone studied (main-result.ts): not a
// result told as "similar results" for other people, not a change every arm shared, and a
// change "by three to five months" is the effect though only one figure is given.
import { describe, expect, it } from 'vitest';
import { mainResults } from '../../src/audiences/main-result.js';
import type { Facts } from '../../src/article/schema.js';
import { blankFacts, sourceFinding, textFactOf } from '../helpers/facts.js';

/** Facts of a trial of `intervention` against `comparator` whose results are these sentences, in this order. */
const trial = (headline: string, intervention: string, comparator: string, ...results: string[]): Facts =>
  blankFacts({
    title: textFactOf(headline),
    intervention: textFactOf(intervention),
    comparator: textFactOf(comparator),
    results: results.map(sourceFinding),
  });
const leading = (facts: Facts) => mainResults(facts).map((r) => r.finding.text);

describe('the main result is the whole effect of the treatment (issue #13)', () => {
  const zincTrial = () =>
    trial(
      'Walking plus zinc lowers blood pressure in older women',
      'zinc',
      'placebo',
      'At the end of the study, all of the women had lower blood pressure, regardless of whether they took zinc.',
      'Women who took zinc and walked daily had a 20 percent drop in blood pressure, compared with 8 percent of women in the placebo group.',
      'The researchers found similar results among women in the zinc group who lost more than 10 percent of their weight.',
    );

  it('does not rank "similar results" for other people as a main result: it repeats the result before it', () => {
    const lead = leading(zincTrial());
    expect(lead[0]).toMatch(/20 percent drop/);
    expect(lead.some((text) => /similar results/.test(text))).toBe(false);
  });

  it('does not rank a change every arm shared ("regardless of whether they took …") as a main result', () => {
    expect(leading(zincTrial()).some((text) => /regardless of whether/.test(text))).toBe(false);
  });

  it('leads with the treatment’s effect as a change by an amount before a subgroup’s figures', () => {
    const facts = trial(
      'Added antibody helps women with rare kidney cancer',
      'renatuzumab',
      'chemotherapy alone',
      'The results show that the drug extended the time to tumor progression by three to five months in the six-year trial.',
      'Among patients with recurrent disease, the time to tumor progression increased from an average of five months to 8.1 months.',
    );
    expect(leading(facts)[0]).toMatch(/by three to five months/);
  });
});
