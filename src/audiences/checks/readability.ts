// Reading level of the patient brief, computed on its own text with every heading,
// bullet and line counted as a sentence (general-purpose tools treat a bullet list as
// one long sentence and overstate the grade). Formulas from established packages over
// `syllable`; the splitter is ours.
import { fleschKincaid } from 'flesch-kincaid';
import { smogFormula } from 'smog-formula';
import { syllable } from 'syllable';
import { wordsOf } from '../../shared/count-words.js';

export interface Readability {
  fleschKincaidGrade: number;
  smog: number;
  sentences: number;
  words: number;
  longestSentence: { words: number; text: string };
}

/** One line of text (a heading, bullet, table cell or paragraph) → its sentences. */
export function splitIntoSentences(line: string): string[] {
  return line
    .split(/(?<=[.!?])["”’)]?\s+(?=["“‘(]?[A-Z0-9])|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

// Counting syllables is most of a document's check time, and documents repeat their
// words: each word is counted once per process (a few thousand distinct words at most).
const syllableCounts = new Map<string, number>();
const SYLLABLE_CACHE_LIMIT = 20_000;

/** The syllables of a word (the `syllable` package), counted once per process. */
export function syllablesOf(word: string): number {
  let count = syllableCounts.get(word);
  if (count === undefined) {
    count = syllable(word);
    if (syllableCounts.size >= SYLLABLE_CACHE_LIMIT) syllableCounts.clear();
    syllableCounts.set(word, count);
  }
  return count;
}

export function measureReadability(lines: string[]): Readability {
  const sentences = lines.flatMap(splitIntoSentences);
  let words = 0;
  let syllables = 0;
  let polysyllables = 0;
  let longest = { words: 0, text: '' };
  for (const sentence of sentences) {
    const list = wordsOf(sentence);
    words += list.length;
    if (list.length > longest.words) longest = { words: list.length, text: sentence };
    for (const word of list) {
      // Numbers are read as numbers, not spelled out: count them as one syllable.
      const count = /^\d/.test(word) ? 1 : syllablesOf(word);
      syllables += count;
      if (count >= 3) polysyllables++;
    }
  }
  const counts = { sentence: Math.max(sentences.length, 1), word: Math.max(words, 1), syllable: syllables };
  return {
    fleschKincaidGrade: round(fleschKincaid(counts)),
    smog: round(smogFormula({ sentence: counts.sentence, polysillabicWord: polysyllables })),
    sentences: sentences.length,
    words,
    longestSentence: longest,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
