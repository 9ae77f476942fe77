// Small string helpers for turning fact values and clauses into printable sentences.

export { capitalize } from '../shared/capitalize.js';
import { capitalize } from '../shared/capitalize.js';

/** A clause as a sentence: trimmed, capitalised, ending in one full stop. */
export function asSentence(clause: string): string {
  const trimmed = clause.trim().replace(/[\s,;:–—-]+$/u, '');
  if (!trimmed) return '';
  const capped = capitalize(trimmed);
  return /[.!?]["”’)]?$/u.test(capped) ? capped : `${capped}.`;
}

/** Drops parenthetical asides and tidies spaces: "Rydapt (midostaurin)" → "Rydapt". */
export function shortName(value: string): string {
  return value
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])(?!\d)/g, '$1')
    .trim();
}

/** "a", "a and b", "a, b and c" (or "… or c"). */
export function joinList(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** Collapses whitespace and strips Markdown emphasis marks left in source text. */
export function clean(value: string): string {
  return value
    .replace(/(\*{1,2}|_{1,2})(\S[^*_]*?\S|\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "This difference …", "That translated into …", "These effects …", "Of these, 4,791 died":
 * a statement that points back to the sentence before it ("this study", "these results",
 * "these encouraging results" stand alone; nor do "those who …", "those getting …", "those with …", which name their group).
 * Also a set named only before ("The other drugs …", "The latter group …",
 * "The new one …"; not "Both types of estrogen …", which a list of results may follow
 * with each type named), a clause set on what was just said ("As convincing as that sounds, …",
 * "Despite this, …") and a sentence that carries on from the one before ("But the new
 * data …", "So it's hard to say …"; "So far, …" does not).
 */
const LEANS_BACK = new RegExp(
  '^["“‘(]?(?:' +
    [
      '(?:this|these|that|those|such)\\s+(?!(?:[\\p{L}-]+\\s+){0,2}(?:results?|findings?|study|studies|trial|trials|data|research|work)\\b)(?<!those\\s+)\\p{L}',
      'those\\s+(?!(?:results?|findings?|who|whom|with|without|in|on|given|treated|\\p{L}+ing)\\b)\\p{L}',
      '(?:of|among|in|for)\\s+(?:these|those|them)\\b',
      'the\\s+(?:other|latter|former)\\s+[\\p{L}\\p{N}]',
      'the\\s+(?:same|new\\s+one|first\\s+one|second\\s+one)\\b',
      '(?:as\\s+\\p{L}+\\s+as|despite|because\\s+of|after|given|unlike|besides|in\\s+addition\\s+to)\\s+(?:this|that|these|those|it|them)(?:\\s+\\p{L}+)?\\s*,',
      // ("But we don't know …" stands once its "But" goes, as the brief prints it: knowledge.ts.)
      '(?:(?:but|yet|and)\\s+(?!(?:we|they|it|there|researchers|scientists|doctors|experts)\\b)|so\\s+(?!far\\b))',
    ].join('|') +
    ')',
  'iu',
);
export const leansBack = (sentence: string): boolean => LEANS_BACK.test(sentence.trim());

/**
 * "The use of naloxone by rural staff, however, was only 22.5 percent higher", "Other
 * markers … improved": a statement that answers or adds to the one before it, and reads
 * right only under it.
 */
export const answersBefore = (sentence: string): boolean => /^["“‘(]?(?:other|another)\s/i.test(sentence.trim()) || contrasts(sentence);

/** "…, however, was only 22.5 percent higher", "…, by contrast, …": a clause set against the sentence before. */
export const contrasts = (sentence: string): boolean => /,\s*(?:however|though|in contrast|by contrast|instead),\s/i.test(sentence);

/** Words that name a comparison group rather than the treatment studied ("placebo", "usual care", "no hormonal treatment"). */
export const CONTROL_WORDS =
  /\b(?:placebo|sham|dummy|control(?:s| group| arm)?|comparison group|usual care|standard (?:care|treatment)|no (?:\w+ )?treatment|untreated)\b/i;

/**
 * A sentence that reads the same wherever it stands: it neither points back ("That …",
 * "… of these people …") nor carries on ("But …", "It …").
 */
export const standsAlone = (sentence: string): boolean =>
  !leansBack(sentence) &&
  !/^["“‘(]?(?:but|yet|and|or|so|also|however|still|instead|meanwhile|it|its|they|their|them|he|she|his|her|both|neither|either|there)\b/i.test(
    sentence.trim(),
  ) &&
  !/\b(?:these|those|such)\s+(?:\w+\s+)?(?:people|patients|participants|subjects|volunteers|adults|children|women|men|cases)\b|\bof\s+(?:these|those|them)\b/i.test(
    sentence,
  );
