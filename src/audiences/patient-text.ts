// Is a sentence plain enough for the patient brief? At most 20 words (STANDARDS.md) and
// few long words (SMOG counts words of three or more syllables). Names cannot be made
// plainer, so the treatment's and the condition's own words, proper nouns and coined
// terms ("C-peptide", "HbA1c") do not count against a sentence; the glossary explains them.

import { WORD, wordCount, wordsOf } from '../shared/count-words.js';
import { splitIntoSentences, syllablesOf } from './checks/readability.js';
import { isVerblessHalf, MAX_WORDS } from './clauses.js';

/** A sentence that opens on the verb of who reported something ("Suggests a new study …"). */
const REPORT_FIRST = /^(?:suggests|says|shows|finds|reports|notes|adds|explains|concludes)\s/i;

/** More long words than this in one sentence and it is left to the clinician summary. */
export const MAX_HARD_WORDS = 3;

/** Long common words in a sentence (not names): what a reader may stumble on. */
export function hardWords(sentence: string, names: ReadonlySet<string> = new Set()): string[] {
  const hard: string[] = [];
  for (const match of sentence.matchAll(WORD)) {
    const word = match[0];
    if (/\d/.test(word) || names.has(word.toLowerCase())) continue;
    // A capital inside a sentence marks a name; capitals or digits inside a word, a coined term.
    const opensSentence = match.index === 0 || /[.!?:]["”’)]?\s*$/.test(sentence.slice(0, match.index));
    if ((!opensSentence && /^\p{Lu}/u.test(word)) || /.\p{Lu}/u.test(word)) continue;
    if (syllablesOf(word) >= 3) hard.push(word);
  }
  return hard;
}

/** The lower-cased words of names (treatment, condition …) that hardWords leaves alone. */
export function nameWords(...names: Array<string | null | undefined>): Set<string> {
  const words = new Set<string>();
  for (const name of names) for (const [word] of (name ?? '').matchAll(WORD)) words.add(word.toLowerCase());
  return words;
}

/** Every sentence of a line (as the readability check splits it) is within the word limit. */
export function withinWordLimit(line: string): boolean {
  return splitIntoSentences(line).every((sentence) => wordCount(sentence) <= MAX_WORDS);
}

/**
 * Abbreviations ("NIH", "TB", "NIAID-funded") that are neither a name the brief spells out
 * nor in the glossary: a reader cannot look them up.
 */
export function unexplainedAbbreviations(sentence: string, known: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const [word] of sentence.matchAll(WORD)) {
    if (known.has(word.toLowerCase())) continue;
    for (const part of word.split(/[-/]/)) {
      if (/\p{Lu}.*\p{Lu}/u.test(part) && !known.has(part.toLowerCase())) found.push(part);
    }
  }
  return found;
}

/**
 * Every sentence of a line (as the readability check splits it) is short and plain enough,
 * and uses no abbreviation the reader cannot look up. `names` are the words the brief
 * spells out or explains (treatment, condition, glossary abbreviations).
 */
export function fitsPatient(line: string, names: ReadonlySet<string> = new Set()): boolean {
  return splitIntoSentences(line).every(
    (sentence) =>
      wordCount(sentence) <= MAX_WORDS &&
      hardWords(sentence, names).length <= MAX_HARD_WORDS &&
      unexplainedAbbreviations(sentence, names).length === 0,
  );
}

export interface LongWordStats {
  sentences: number;
  /** Words of three or more syllables (numbers count as one syllable), as SMOG counts them. */
  long: number;
}

/** Sentences and long words of some printed lines, split and counted as the readability check does. */
export function longWordStats(lines: readonly string[]): LongWordStats {
  const sentences = lines.flatMap(splitIntoSentences);
  const long = sentences.flatMap(wordsOf).filter((word) => !/^\d/.test(word) && syllablesOf(word) >= 3).length;
  return { sentences: sentences.length, long };
}

/** SMOG grade (McLaughlin 1969) from those counts. */
export function smogOf(stats: LongWordStats): number {
  return 1.043 * Math.sqrt((stats.long * 30) / Math.max(stats.sentences, 1)) + 3.1291;
}

/**
 * A statement that opens on a person or group it never names ("He knew the drug had
 * risks", "Now he wants …", "They cannot yet recommend it"): in the source a sentence
 * before said who; printed on its own, the reader cannot tell. (A later sentence of the
 * same statement may say "he": its first sentence named him.)
 */
export const opensOnSomeoneUnnamed = (sentence: string): boolean => {
  const text = sentence.trim().replace(/^["“‘(]?(?:(?:now|and|but|so|still|also|then|yet),?\s+)?/i, '');
  return /^(?:he|she|his|her|him|they|their|them)\b/i.test(text) || UNNAMED_US.test(text) || BACK_REFERENCE.test(text);
};

/**
 * "We are working …", "Our next steps are …": the source's authors or company speaking; in
 * our documents "we" is the document's voice, so the reader would take it as ours. "We
 * don't know …" and "We need to know how accurate it is" may: the brief says what is not
 * known in those words itself, and a caution must not go for its pronoun (review 16).
 */
const UNNAMED_US =
  /^(?:we|our|us)\b(?!\s+(?:still\s+)?(?:(?:don['’]t|do\s+not)\s+(?:yet\s+)?know|(?:will\s+)?need\s+to\s+(?:know|learn|find\s+out|understand|see))\b)/i;

/**
 * "Both groups had …", "Those improvements were not …", "These patients …", "It also has
 * been shown …": a word that points back to what the sentence before named (two groups,
 * some improvements, a drug). ("Both drugs …" in a combination's story may mean the two the
 * brief names: it stands.) "Those who took it …", "Those getting the drug …" and "Both
 * men and women …" name whom they mean, and "These findings …" means the study's own: they stand.
 */
const BACK_REFERENCE =
  /^(?:both\s+(?:groups|arms|cohorts|sides)\b|(?:those|these)\s+(?!who\b|whose\b|with\b|without\b|in\b|of\b|at\b|on\b|given\b|aged?\b|over\b|under\b|[\w-]+(?:ing|ed)\s|(?:new\s+|early\s+|encouraging\s+|promising\s+)?(?:findings|results|data|studies|trials)\b|[\w'’-]+\s+(?:and|or|of)\s)[\w'’-]+|it\s+(?:also|too)\b|(?:both|those|these)[.,]?$)/i;

/**
 * A clause that is not a sentence on its own: a ", but" clause with no subject ("But say
 * they raise questions …", "But already sells it …"), a relative clause ("Which is why he
 * says …") or a verb that lost its subject ("Is the first test to …", not a question). After "But", "Yet" or "And" (and an adverb), a subject must come: a pronoun, a
 * determiner, a name or a number.
 */
export function isFragment(sentence: string): boolean {
  const text = sentence.trim().replace(/^["“‘(]/, '');
  if (/^which\b/i.test(text)) return true;
  // "Suggests a study presented at …", "Says Dr Smith": a reporting verb with its subject,
  // the claim, cut away before it.
  if (REPORT_FIRST.test(text)) return true;
  // "Is the first blood test capable of …" with no question mark: the subject went with the
  // framing before it ("[The researchers say it] is …"), so it is no statement and no question.
  if (/^(?:is|are|was|were|has|have|does|did)\s/i.test(text) && !/\?["”’)]?$/.test(text)) return true;
  const after = /^(?:but|yet|and)\s+(?:(?:also|already|still|only|not|now|then|even)\s+)*(\S+)/i.exec(text);
  if (!after) return false;
  const next = after[1]!;
  if (isVerblessHalf(text)) return true;
  return !(
    /^(?:I|we|you|he|she|it|they|there|this|that|these|those|the|a|an|some|many|most|all|no|none|each|every|its|their|his|her|our|your|my|one|two|both|few|more|less|fewer|other|others|such|if|when|while|because|as|since|after|before|for|in|on|at|with|without|among|despite|unlike)$/i.test(
      next.replace(/[,;:]$/, ''),
    ) ||
    /^\p{Lu}/u.test(next) ||
    /^\d/.test(next)
  );
}
