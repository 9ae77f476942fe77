// Review 8 (123): the press digest called a trial with no comparison group although the
// paper's title, in the reference line, says "randomised, controlled, phase 3". A reference
// names the study by "analysis" or its phase, not "trial": its design words still count.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const story = (...paragraphs: string[]) =>
  factsFrom(`Gene test may show who benefits from bone drug\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;

describe('design words of a reference line', () => {
  it('reads the design from a paper title that says "a secondary analysis of the … randomised, controlled, phase 3 …"', () => {
    const facts = story(
      'A gene test may show which women with breast cancer benefit from a bone drug, researchers at a university in Leeds said.',
      'Women without the gene lived longer when they were given the drug, the researchers found.',
      'Read the paper: Lee A, Park B. Effect of a gene on outcomes with a bone drug in early breast cancer: a secondary analysis of the international, open-label, randomised, controlled, phase 3 BONE-1, Breast Journal. 2025.',
    );
    // Review 18: the analysis is not the trial it analyses; its design says so first.
    expect(facts.design?.value).toBe('secondary analysis of an open-label, randomised, controlled trial');
  });

  it('keeps to the study: "meta-analysis" alone does not name one', () => {
    const facts = story(
      'A gene test may show which women with breast cancer benefit from a bone drug, researchers at a university in Leeds said.',
      'She points to a recent meta-analysis, published in a journal, that pooled retrospective data.',
    );
    expect(facts.design).toBeNull();
  });
});
