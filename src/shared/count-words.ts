// Counting words, one function for every layer. By default it counts the way the
// readability check does (STANDARDS.md: no sentence of the patient brief over 20 words),
// so a composer keeping a sentence within the limit and the check measuring it agree.

/**
 * A word as the readability check sees it: a run of letters and digits, with apostrophes
 * and hyphens inside ("don't", "C-peptide", "COVID-19" are one word). Other punctuation
 * separates words ("95–99", "HDIT/HCT", "1,558" are two) and is never a word itself.
 * Global: use it with `matchAll` or `match`, never with `test` or `exec`.
 */
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The words of a text, in order, as the readability check counts them. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export interface WordCountOptions {
  /**
   * 'spaces': words as a reader sees them on the page, the runs between spaces that hold
   * a letter or digit, so "1,558", "95–99" and "HDIT/HCT" are one word each. For lengths
   * that are about looks rather than reading level: a press headline of at most 10 words
   * (a journalist would not count "1,558 people" as three words; counting it so drops
   * "in 1,558 people" from the Epclusa headline), a page-junk line "under 25 words".
   * Default 'words': as the readability check counts (see WORD), never fewer than 'spaces'.
   */
  by?: 'words' | 'spaces';
}

/** How many words a text has; see WordCountOptions for the two ways of counting and when each is right. */
export function wordCount(text: string, options: WordCountOptions = {}): number {
  if (options.by === 'spaces') return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  return wordsOf(text).length;
}
