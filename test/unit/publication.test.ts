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
