// The availability sentence: the one that says whether people can get the thing studied,
// read by derive/availability.ts. A sentence that states access outright (approved,
// licensed, on the market, offered, used off-label, not yet) is preferred to one that only
// says the thing is in common use; within a rank, the first in the text. Sentences mostly
// quoted are a speaker's view, and one whose "available" is said of data or results is not
// about the product.
import { cues } from '../cues/cues.js';
import type { TextFact } from '../schema.js';
import type { Sentence } from '../sentences.js';
import { quotedShare, textFact, type ArticleText } from './context.js';
import { CLAUSE, clip } from './clip.js';

/** "Overall survival data was not yet available": what is (not) available is not the product. */
export const NOT_THE_PRODUCT =
  /\b(?:data|results|findings|information|details|figures|numbers|study|paper|report|abstract)(?:\s+[\w-]+){0,2}\s+(?:is|are|was|were|will be|would be)\s+(?:not\s+)?(?:yet\s+)?(?:publicly\s+)?available\b/i;

/** Before the access words, a group of other products as their subject ("many of those drugs", "other treatments"). */
export const OTHER_PRODUCTS =
  /\b(?:many|several|some|most|other|those|these|older|existing|similar)\s+(?:of\s+(?:those|these|the)\s+)?(?:[\w-]+\s+)?(?:drugs|medicines|medications|treatments|therapies|devices|products)\b/i;

/**
 * After the access words, "but nothing / none / no drug that …": what can be had is set
 * against what the story's product does ("antibiotics are approved to treat it, but nothing
 * that fixes the faulty protein"): the sentence says the thing studied is not among them.
 */
const NONE_LIKE_IT =
  /\bbut\s+(?:nothing|none|no\s+(?:[\w-]+\s+){0,2}?(?:drugs?|medicines?|treatments?|therap(?:y|ies)|devices?|tests?))\s+(?:that|which|to|yet)\b/i;

/** The words that say whether it can be had, in a sentence (the first cue of any rank that matches). */
function accessWordsAt(text: string): number {
  let first = -1;
  for (const { pattern } of ranks()) {
    const at = text.search(pattern);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** The cue ranks, best first, each as a pattern that runs on to the end of its clause, and whether it reads quoted sentences. */
function ranks(): { pattern: RegExp; quoted: boolean }[] {
  const byRank = new Map<number, { sources: string[]; quoted: boolean }>();
  for (const cue of cues('availability-sentence')) {
    const rank = Number(cue.meta.rank ?? 9);
    const entry = byRank.get(rank) ?? { sources: [], quoted: cue.meta.quoted === true };
    entry.sources.push(cue.source);
    byRank.set(rank, entry);
  }
  return [...byRank.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, { sources, quoted }]) => ({ pattern: new RegExp(String.raw`\b(?:${sources.join('|')})\b${CLAUSE}{0,200}`, 'i'), quoted }));
}

/**
 * A sentence in the reporter's words is the source's own statement; a mostly quoted one is
 * read only by a rank that says so ("this vaccine has been licensed in the USA," he said).
 */
const candidate = (s: Sentence, quoted: boolean): boolean =>
  s.block.kind !== 'heading' && quotedShare(s.text) <= 0.5 !== quoted && !NOT_THE_PRODUCT.test(s.text);

export function extractAvailability(article: ArticleText): TextFact | null {
  for (const { pattern, quoted } of ranks()) {
    for (const sentence of article.body) {
      if (!candidate(sentence, quoted)) continue;
      const match = pattern.exec(sentence.text);
      // Other products can be had ("other drugs are approved", "… are approved to treat it, but nothing that …"): not this one.
      if (
        match &&
        (OTHER_PRODUCTS.test(sentence.text.slice(0, Math.min(match.index, accessWordsAt(sentence.text)))) || NONE_LIKE_IT.test(match[0]))
      )
        continue;
      if (match) return textFact(clip(match[0]), sentence);
    }
  }
  return null;
}
