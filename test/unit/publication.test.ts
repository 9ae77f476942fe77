// The journal is found however the sentence opens: "Published in Experimental Dermatology,
// a recent study …" names it as surely as "… was published in …" does.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const journal = (sentence: string) =>
  factsFrom(`# Neurafenib for migraine\n\nA trial tested Neurafenib in 120 people with migraine.\n\n${sentence}\n`, 'pub.md').facts.journal
    ?.value;

describe('journal', () => {
  it('is found after a sentence-opening "Published in"', () => {
    expect(journal('Published in the Journal of Headache Research, the study found that Neurafenib cut migraine days.')).toBe(
      'Journal of Headache Research',
    );
    expect(journal('Published in Experimental Neurology, a recent study indicates that Neurafenib works.')).toBe('Experimental Neurology');
  });
});

// Review 7: "a study appearing in the May 2 issue of X" and "the X article that preceded the
// approval" name the journal as surely as "published in" does; "Oct. 28, 2010 -- A professor
// …" opens on the story's date with no place before it.
describe('journal named by "appearing in" or as the adjective of the article', () => {
  it('reads "a study appearing in the May 2 issue of" and its date', () => {
    const facts = factsFrom(
      '# Neurafenib for migraine\n\nNeurafenib cut migraine days, according to a study appearing in the May 2 issue of Headache Medicine.\n',
      'pub.md',
    ).facts;
    expect(facts.journal?.value).toBe('Headache Medicine');
    expect(facts.published?.value).toBe('May 2');
  });

  it('reads "the Journal Name article" when the name looks like a journal', () => {
    expect(journal('Dr. Rowe was the senior author on the Annals of Neurology article that preceded the approval.')).toBe(
      'Annals of Neurology',
    );
    expect(journal('She wrote the Harbour Foundation paper on costs.')).toBeUndefined();
  });
});

// Holdout review 10: "according to Westfield Medicine researchers" in the lede was taken for
// the journal though a later sentence says where the paper was published; "appears to be"
// and "available in the U.S." are no publication; a writer's biography ("Her work has
// appeared in …") names where the writer published, not the study.
describe('journal: the sentence that says where the paper was published', () => {
  const facts = (...paragraphs: string[]) => factsFrom(['# Neurafenib for migraine', ...paragraphs].join('\n\n') + '\n', 'pub.md').facts;
  it('outranks an institution named before "researchers" in an earlier sentence', () => {
    const found = facts(
      'Neurafenib cut migraine days by a third, according to Westfield Medicine researchers running a small trial.',
      'The results, published online on March 3 in the Journal of Headache Research, show the drug worked within weeks.',
    );
    expect(found.journal?.value).toBe('Journal of Headache Research');
    expect(found.published?.value).toBe('March 3');
  });
  it('is not a name after "appears to" or in the writer’s biography', () => {
    expect(facts('Neurafenib appears to be as good as older drugs, according to a trial run by Dana Whitfield.').journal).toBeNull();
    expect(facts('Neurafenib appears to have fewer side effects than the only drug available in the U.S. today.').journal).toBeNull();
    expect(facts('Neurafenib cut migraine days.', 'Her work has appeared in Nature, The Economist and Discover.').journal).toBeNull();
  });
});
