// Scores extracted facts against a hand-made answer key (shared/corpus/*.facts.json),
// the way the corpus README describes: exact for participants, phase, study type and
// verdict, containment for names, recall/precision by source-sentence overlap for lists,
// quotes by surname. A single value is right, wrong (given, and the key contradicts it)
// or abstained (left empty where the key has one): a wrong value misleads a reader, an
// abstention only says "not reported", so the two are counted apart. A field the key
// does not have (older keys lack study_type and verdict) is not scored at all.
import type { answerKeyView } from '../article/answer-key.js';

export interface AnswerKey {
  title: string;
  intervention: string | null;
  condition: string | null;
  participants: number | null;
  phase: string | null;
  journal: string | null;
  published: string | null;
  results: string[];
  harms: string[];
  quotes: { speaker: string; affiliation?: string; text: string }[];
  next_steps: string[];
  caveats: string[];
  /** Only in the news corpus's keys; absent means "not labelled", not null. */
  study_type?: string | null;
  verdict?: string | null;
}

type Extracted = ReturnType<typeof answerKeyView>;

export const EXACT_FIELDS = ['participants', 'phase', 'study_type', 'verdict'] as const;
export const CONTAINMENT_FIELDS = ['intervention', 'condition', 'journal', 'published'] as const;
export const LIST_FIELDS = ['results', 'harms', 'next_steps', 'caveats'] as const;

export interface ListScore {
  /** Key items found, and key items in all (recall = found / expected). */
  found: number;
  expected: number;
  /** Extracted items that match a key item, and extracted items in all. */
  matched: number;
  extracted: number;
}

export type FieldName = (typeof EXACT_FIELDS)[number] | (typeof CONTAINMENT_FIELDS)[number];
export type Outcome = 'right' | 'wrong' | 'abstained';

export interface FieldScore {
  outcome: Outcome;
  /** Kept for readers of older JSON: outcome === 'right'. */
  right: boolean;
  expected: unknown;
  got: unknown;
}

export interface ArticleScore {
  article: string;
  /** Only the fields the key has. */
  fields: Partial<Record<FieldName, FieldScore>>;
  lists: Record<(typeof LIST_FIELDS)[number] | 'quote_speakers', ListScore>;
}

const normal = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
const words = (s: string) => new Set(normal(s).match(/[\p{L}\p{N}%]+/gu) ?? []);

/** A key item is found when the extracted sentence contains it, or shares most of its words. */
export function overlaps(keyItem: string, sentence: string): boolean {
  const key = normal(keyItem).replace(/[.,;:]+$/, '');
  const text = normal(sentence);
  if (text.includes(key) || (key.includes(text) && text.length > 20)) return true;
  const keyWords = words(keyItem);
  const textWords = words(sentence);
  let shared = 0;
  for (const word of keyWords) if (textWords.has(word)) shared++;
  return keyWords.size > 0 && shared / keyWords.size >= 0.7 && shared / Math.max(textWords.size, 1) >= 0.3;
}

/** A name with its brackets' glosses left out: "Yervoy (ipilimumab) plus Opdivo (nivolumab)" is "Yervoy plus Opdivo". */
const unglossed = (s: string) =>
  s
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function containment(expected: string | null, got: string | null): boolean {
  if (expected === null || got === null) return expected === got;
  const contains = (a: string, b: string) => a.includes(b) || b.includes(a);
  const a = normal(expected);
  const b = normal(got);
  return contains(a, b) || contains(unglossed(a), unglossed(b));
}

const surname = (name: string | null) =>
  normal(name ?? '')
    .replace(/,.*$/, '')
    .replace(/\b(dr|prof|mr|mrs|ms)\.?\s+/g, '')
    .split(' ')
    .at(-1) ?? '';

function scoreList(key: string[], got: { text: string }[]): ListScore {
  return {
    found: key.filter((item) => got.some((g) => overlaps(item, g.text))).length,
    expected: key.length,
    matched: got.filter((g) => key.some((item) => overlaps(item, g.text))).length,
    extracted: got.length,
  };
}

function scoreQuotes(key: AnswerKey['quotes'], got: Extracted['quotes']): ListScore {
  const same = (k: AnswerKey['quotes'][number], g: Extracted['quotes'][number]) =>
    overlaps(k.text, g.text) && surname(k.speaker) === surname(g.speaker);
  return {
    found: key.filter((k) => got.some((g) => same(k, g))).length,
    expected: key.length,
    matched: got.filter((g) => key.some((k) => same(k, g))).length,
    extracted: got.length,
  };
}

/** Right when it matches; else abstained when nothing was given, wrong when something was. */
export function outcomeOf(right: boolean, got: unknown): Outcome {
  return right ? 'right' : got === null || got === undefined ? 'abstained' : 'wrong';
}

export function scoreArticle(article: string, key: AnswerKey, got: Extracted): ArticleScore {
  const fields: ArticleScore['fields'] = {};
  const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);
  for (const name of [...EXACT_FIELDS, ...CONTAINMENT_FIELDS]) {
    if (!(name in key)) continue;
    const expected = key[name] ?? null;
    const value = got[name] ?? null;
    const right = (EXACT_FIELDS as readonly string[]).includes(name)
      ? same(expected, value)
      : containment(expected as string | null, value as string | null);
    const outcome = outcomeOf(right, value);
    fields[name] = { outcome, right: outcome === 'right', expected, got: value };
  }
  return {
    article,
    fields,
    lists: {
      results: scoreList(key.results, got.results),
      harms: scoreList(key.harms, got.harms),
      next_steps: scoreList(key.next_steps, got.next_steps),
      caveats: scoreList(key.caveats, got.caveats),
      quote_speakers: scoreQuotes(key.quotes, got.quotes),
    },
  };
}

export interface FieldSummary {
  right: number;
  wrong: number;
  abstained: number;
  /** Articles whose key has the field. */
  of: number;
}

export interface EvalSummary {
  articles: number;
  fields: Record<string, FieldSummary>;
  /** Over all fields: values given that the key contradicts, and values left empty. */
  wrong: number;
  abstained: number;
  lists: Record<string, { recall: number; precision: number } & ListScore>;
}

export function summarise(scores: ArticleScore[]): EvalSummary {
  const fields: EvalSummary['fields'] = {};
  const lists: EvalSummary['lists'] = {};
  for (const score of scores) {
    for (const [name, { outcome }] of Object.entries(score.fields)) {
      const sum = (fields[name] ??= { right: 0, wrong: 0, abstained: 0, of: 0 });
      sum.of++;
      sum[outcome]++;
    }
    for (const [name, list] of Object.entries(score.lists)) {
      const sum = (lists[name] ??= { found: 0, expected: 0, matched: 0, extracted: 0, recall: 0, precision: 0 });
      sum.found += list.found;
      sum.expected += list.expected;
      sum.matched += list.matched;
      sum.extracted += list.extracted;
    }
  }
  for (const sum of Object.values(lists)) {
    // Nothing expected and nothing extracted is a perfect score, not a division by zero.
    sum.recall = sum.expected === 0 ? 1 : sum.found / sum.expected;
    sum.precision = sum.extracted === 0 ? (sum.expected === 0 ? 1 : 0) : sum.matched / sum.extracted;
  }
  const total = (outcome: Outcome) => Object.values(fields).reduce((n, f) => n + f[outcome], 0);
  return { articles: scores.length, fields, wrong: total('wrong'), abstained: total('abstained'), lists };
}
