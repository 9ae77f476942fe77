// What the thing studied costs a patient (facts.cost): the first sentence of the best cue
// rank in cues/cost.yaml (a price per month, dose or session; then any price said with a
// cost word; then "free"), skipping sentences whose money is no patient's price (a grant,
// a market, what a disease costs a country). Each price is kept as written, with its
// qualifier ("up to", "about") and whom it is for ("for Eylea"), so a document can answer
// "What would it cost?" in the source's own figures without ever reading the source.
import { type Cue, cues } from '../cues/cues.js';
import type { CostFact } from '../schema.js';
import type { Sentence } from '../sentences.js';
import { textFact, type ArticleText } from './context.js';
import { clip } from './clip.js';

const MONEY = String.raw`(?<![\w$£€¥])[$£€¥]\s?\d[\d,.]*\d|(?<![\w$£€¥])[$£€¥]\s?\d|\b\d[\d,.]*\s?(?:¢|cents\b|dollars\b|euros\b|pounds\b(?:\s*\([$£€]\s?\d[\d,.]*\d\))?)`;
const QUALIFIER = String.raw`(?:(?:about|around|roughly|approximately|up to|as much as|as little as|no more than|less than|more than|over|under|nearly|almost|anywhere from|from|between)\s+)?`;
const UNIT = String.raw`(?:month|session|dose|injection|infusion|shot|tablet|pill|capsule|year|week|day|treatment|patient|person|course|cycle|scan|test|visit|procedure|device|prescription)`;

/**
 * One price as written (in a clause already chosen as a price, "100 pounds" is money, kept
 * with its conversion: "100 pounds ($157.5)"): its qualifier, a range's second sum, what it is per, and a "for Eylea" naming whom it is for. */
const PRICE = new RegExp(
  String.raw`${QUALIFIER}(?:${MONEY})(?:\s*(?:to|-|–)\s*(?:${MONEY}))?(?:\s+or more)?(?<per>,?\s+(?:a|an|per|each|every|for (?:each|every|an?|one))\s+(?:[\w-]+\s+)?${UNIT}\b)?(?<name>\s+for\s+(?:the\s+)?\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*)?)?`,
  'gu',
);
/** What a price is per when the sentence says it before the sum: "the per-injection costs", "a monthly supply", "one month's supply". */
const PER_BEFORE = new RegExp(String.raw`\bper-(${UNIT})\b|\b(month|year|week)(?:ly|[’']s)\s+(?:supply|cost|price|fee|bill)\b`, 'i');
/** The source says what it would or could cost, not what it costs. */
const HEDGE = /\b(?:would|could|can|may|might|will|estimated|expected|likely|projected|reportedly)\b/i;

/** The ranks of cues/cost.yaml, best first, and the cue of money that is no price. */
function ranked(): { ranks: Cue[][]; notAPrice: Cue[] } {
  const all = cues('cost');
  const byRank = new Map<number, Cue[]>();
  for (const cue of all.filter((c) => c.meta.exclude !== true)) {
    const rank = Number(cue.meta.rank ?? 9);
    byRank.set(rank, [...(byRank.get(rank) ?? []), cue]);
  }
  return {
    ranks: [...byRank.entries()].sort(([a], [b]) => a - b).map(([, list]) => list),
    notAPrice: all.filter((c) => c.meta.exclude === true),
  };
}

/** The clause of the sentence (between semicolons) that holds the match. */
function clauseAt(text: string, index: number): string {
  const start = text.lastIndexOf(';', index) + 1;
  const end = text.indexOf(';', index);
  return text.slice(start, end === -1 ? undefined : end).trim();
}

export function pricesOf(clause: string): { prices: string[]; per: string | null } {
  const found = [...clause.matchAll(PRICE)];
  const prices = found.map((m) => m[0].replace(/^,?\s+|[\s,]+$/g, '').replace(/,\s+(?=(?:a|an|per|each|every)\s)/, ' '));
  const before = PER_BEFORE.exec(clause);
  const per = before ? (before[1] ? `per ${before[1].toLowerCase()}` : `a ${before[2]!.toLowerCase()}`) : null;
  return { prices, per };
}

export function extractCost(article: ArticleText): CostFact | null {
  const { ranks, notAPrice } = ranked();
  const candidates = article.body.filter((s: Sentence) => s.block.kind !== 'heading' && !notAPrice.some((c) => c.regex.test(s.text)));
  for (const rank of ranks) {
    for (const sentence of candidates) {
      const cue = rank.find((c) => c.regex.test(sentence.text));
      if (!cue) continue;
      const match = cue.regex.exec(sentence.text)!;
      const clause = clip(clauseAt(sentence.text, match.index), 300);
      const free = cue.id === 'cost-free';
      const { prices, per } = free ? { prices: [], per: null } : pricesOf(clause);
      if (!free && prices.length === 0) continue;
      return { ...textFact(clause, sentence), rule: cue.id, prices, per, hedged: HEDGE.test(clause), free };
    }
  }
  return null;
}
