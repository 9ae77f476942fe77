// Review 8 (issue #13): funding rows cut short ("… the Department of Defense" and no more of a
// list of five funders): a list of funders is kept whole up to a length a row can hold.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

describe('a long list of funders', () => {
  it('is kept whole, to its last funder', () => {
    const { facts } = factsFrom(
      [
        '# Pill eases gout pain',
        '',
        'In a randomized trial, 240 patients with gout received the pill or a placebo for 12 weeks, and pain fell by half in the pill group.',
        '',
        'The research was supported by the National Institute of Arthritis and Musculoskeletal and Skin Diseases of the National Institutes of Health, the Department of Veterans Affairs, the Lakeside Arthritis Fund, the Gout and Uric Acid Education Society, and the Harwood Family Foundation.',
        '',
      ].join('\n'),
      'funding.md',
    );
    expect(facts.funding?.value).toMatch(/, and the Harwood Family Foundation$/);
  });
});
