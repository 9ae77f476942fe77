// Numbers as natural frequencies with one denominator ("10 of the 12 people", "66 of every
// 100 people"), never "1 in X" (Gigerenzer; STANDARDS.md). Every number printed here is a
// source number or exact arithmetic on source numbers (a percent is a count per 100), and
// computed ones are returned as `derived` so the provenance check can see them.
import type { CountFact, NumberMention } from '../article/schema.js';
import { escapeRegExp } from '../shared/escape-regexp.js';
import { parseNumberWord } from '../article/numbers.js';
import { numberWords } from '../shared/word-lists.js';
import type { DerivedNumber } from './view-models.js';

/** What the composer knows about the whole study when it reads one finding. */
export interface StudyFrame {
  /** Enrolled count, when the article gives one. */
  participants: number | null;
  /** One group only (no comparator, not randomized): "all participants" means everyone. */
  singleGroup: boolean;
}

export interface NaturalFrequency {
  count: number;
  total: number;
  /** "more than", "about" …, as the source qualified the number; "" when exact. */
  qualifier: string;
  /** The natural frequency in words: "10 of the 12 people". */
  phrase: string;
  derived: DerivedNumber[];
}

export interface Rewritten {
  text: string;
  frequency: NaturalFrequency | null;
  /** Numbers the rewrite computed (the 100 of "N of every 100"), with or without a frequency to draw. */
  derived?: DerivedNumber[];
}

const PEOPLE = 'participants|patients|people|subjects|volunteers|individuals|adults|children|women|men|persons';
/** Above this many people an icon array stops being readable, and subgroups get likelier. */
export const MAX_ICONS = 100;
/** "6 of the", "six of": a count of a group, said just before the group. */
const COUNT_OF = new RegExp(String.raw`(?:\d|\b(?:${numberWords(1, 20).join('|')}))\s+of\s+(?:the\s+)?$`, 'i');
/** People named by who they are (not by their part in the study): a share of them keeps the word. */
const KIND_OF_PEOPLE = /^(?:adults|children|women|men)$/i;
const GROUP_WORDS = /\b(group|groups|arm|arms|cohort|subgroup|among|of these|of those|placebo|compared)\b/i;
const QUALIFIER =
  /^(more than|over|about|approximately|around|nearly|almost|roughly|up to|at least|fewer than|less than|under|an estimated|some)\s+/i;

/** Where a number's raw text stands, as a whole number ("1%" is not the end of "11%", "ten" not of "often"). */
function indexOfNumber(text: string, raw: string): number {
  const after = /\p{L}$/u.test(raw) ? '(?![\\p{L}\\p{N}])' : '(?!\\p{N})';
  return new RegExp(`(?<![\\p{L}\\p{N}.,])${escapeRegExp(raw)}${after}`, 'u').exec(text)?.index ?? -1;
}

export function formatCount(value: number): string {
  return value >= 1_000 && Number.isInteger(value) ? value.toLocaleString('en-US') : String(value);
}

/** The qualifier a source put on a number ("more than 1,200" → "more than"). */
export function qualifierOf(raw: string): string {
  return QUALIFIER.exec(raw.trim())?.[1]?.toLowerCase() ?? '';
}

/** "12", "more than 1,200": the enrolled count as the source qualified it. */
export function participantsPhrase(count: CountFact): string {
  const qualifier = qualifierOf(count.raw);
  return `${qualifier ? `${qualifier} ` : ''}${formatCount(count.value)}`;
}

/** "Ten participants" → "10 participants": numerals read faster (NIH plain language). */
export function wordsToDigits(clause: string, numbers: readonly NumberMention[]): string {
  let out = clause;
  for (const mention of numbers) {
    // "twenty-two" is one number: read it whole, or "twenty" alone would print "20-two".
    const word = numberWordIn(mention.raw.replace(QUALIFIER, ''));
    const value = word ? (parseNumberWord(word) ?? undefined) : undefined;
    // Two and up: "one" stays a word ("one year", "one of them"); it reads as easily as "1".
    if (!word || value === undefined || value < 2) continue;
    // A fraction ("Two-thirds") stays in words: "2-thirds" reads as neither.
    if (new RegExp(`^\\s*${word}-\\p{L}`, 'u').test(mention.raw.replace(QUALIFIER, ''))) continue;
    const digits = mention.raw.replace(new RegExp(`\\b${word}\\b`), String(value));
    // Whole words only: the raw "ten" must not touch "often".
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(mention.raw)}(?![\\p{L}\\p{N}])`, 'u'), digits);
  }
  return out;
}

/** The number word at the start of a mention: "twenty-two" of "twenty-two percent", "ten" of "ten years". */
function numberWordIn(raw: string): string | undefined {
  const words = /^\s*([A-Za-z]+)(?:-([A-Za-z]+))?/.exec(raw);
  if (!words) return undefined;
  const compound = words[2] ? `${words[1]}-${words[2]}` : undefined;
  return compound && parseNumberWord(compound) !== null ? compound : words[1];
}

function frequency(count: number, total: number, qualifier: string, phrase: string, derived: DerivedNumber[] = []): NaturalFrequency {
  return { count, total, qualifier, phrase, derived };
}

/**
 * "41 percent of participants" → "41 of every 100 people"; the first one leads. A range
 * ("95–99 percent of patients" → "95 to 99 of every 100 people") is rewritten too, but
 * has no single count to draw.
 */
function perHundred(clause: string, numbers: readonly NumberMention[]): Rewritten | null {
  let text = clause;
  let lead: NaturalFrequency | null = null;
  const derived: DerivedNumber[] = [];
  for (const mention of numbers) {
    if (mention.unit !== 'percent' || !Number.isInteger(mention.value) || mention.value > 100) continue;
    const at = text.indexOf(mention.raw);
    if (at < 0) continue;
    const range = /(\d+)\s*(?:[–-]|to)\s*$/.exec(text.slice(0, at));
    if (range && Number(range[1]) > mention.value) continue;
    const after = new RegExp(`^\\s+of\\s+(?:the\\s+)?(?:(\\S+)\\s+)?(${PEOPLE})\\b`, 'i').exec(text.slice(at + mention.raw.length));
    if (!after) continue;
    const [matched, modifier, noun = ''] = after;
    const qualifier = qualifierOf(mention.raw);
    // "40% of all patients": "every 100" already says all.
    // "10 percent of men and 20 percent of women": who the share is of stays ("of every 100
    // men"); only a study's word for its people ("participants", "patients") becomes "people".
    const who = KIND_OF_PEOPLE.test(noun) ? noun.toLowerCase() : 'people';
    const group =
      !modifier || /^all$/i.test(modifier)
        ? who
        : /^(trial|study)$/i.test(modifier)
          ? `people in the ${modifier.toLowerCase()}`
          : /^(these|those)$/i.test(modifier)
            ? `of ${modifier.toLowerCase()} people`
            : `${modifier} ${noun}`;
    const from = `"${range ? `${range[0].trim()}${mention.raw}` : mention.raw}" as a count per 100`;
    if (derived.length === 0) derived.push({ value: 100, from });
    if (range) {
      const start = at - range[0].length;
      const phrase = `${range[1]} to ${mention.value} of every 100 ${group}`;
      text = text.slice(0, start) + phrase + text.slice(at + mention.raw.length + matched.length);
      continue;
    }
    const rest = text.slice(at + mention.raw.length + matched.length);
    const phrase = `${qualifier ? `${qualifier} ` : ''}${mention.value} of every 100${lead && namesItsGroup(group, rest) ? '' : ` ${group}`}`;
    text = text.slice(0, at) + phrase + rest;
    lead ??= frequency(mention.value, 100, qualifier, phrase, [{ value: 100, from }]);
  }
  if (derived.length === 0) return null;
  // The other side of a comparison ("… compared with 14% of those on chemotherapy") is
  // put the same way, or the clause is left as written: one format per sentence.
  const partners = comparedShares(text, numbers);
  if (partners === null) return null;
  return { text: partners, frequency: lead, derived };
}

/**
 * A later share in a comparison whose study group the words after it name ("… compared
 * with 5 of every 100 in the Eylea group and 8 of every 100 in the Avastin group"):
 * "people" was said once already, and each repeat costs a word of a sentence held to 20.
 */
const namesItsGroup = (group: string, rest: string): boolean =>
  group === 'people' && /^\s+in the\s+(?:[\w-]+\s+){1,3}?(?:group|arm)\b/i.test(rest);

/** Words after a percent that make it a relative change ("29% lower risk"), not a share of people. */
const RELATIVE_AFTER =
  /^\s*(?:lower|higher|greater|smaller|fewer|more|less|reduced|increased|reduction|increase|decrease|drop|rise|relative|efficacy|effective)\b/i;
/** What joins two sides of a comparison just before the second figure ("compared to just 18 percent"). */
const COMPARED = /(?:compared (?:with|to)|versus|vs\.?|against|and|or|than)\s+(?:(?:just|only|about|nearly|almost|around|roughly)\s+)?$/i;

/**
 * After a share of people was written per 100, the percents across a comparison from it:
 * "14% of those on chemotherapy", "7% on placebo" → "14 of every 100 people on
 * chemotherapy", "7 of every 100 people on placebo". Null when one of them cannot be put
 * that way (the clause then keeps its percents).
 */
function comparedShares(clause: string, numbers: readonly NumberMention[]): string | null {
  let text = clause;
  for (const mention of numbers) {
    if (mention.unit !== 'percent') continue;
    const at = indexOfNumber(text, mention.raw);
    if (at < 0 || !COMPARED.test(text.slice(0, at))) continue;
    const rest = text.slice(at + mention.raw.length);
    if (RELATIVE_AFTER.test(rest)) continue;
    if (!Number.isInteger(mention.value) || mention.value > 100) return null;
    const those = /^\s+of\s+(?:those|these|them)\b/i.exec(rest);
    // "7% on placebo", "14% in the placebo group", "1%." : a share of the people just named.
    if (!those && !/^(?:\s+(?:on|in|with|taking|given|receiving|using|who|among)\b|\s*[,.;)]|\s*$)/i.test(rest)) return null;
    const qualifier = qualifierOf(mention.raw);
    const after = rest.slice(those ? those[0].length : 0);
    const phrase = `${qualifier ? `${qualifier} ` : ''}${mention.value} of every 100${namesItsGroup('people', after) ? '' : ' people'}`;
    text = text.slice(0, at) + phrase + after;
  }
  return text;
}

const SHARE_OF_THE = /\b(?:most|some|many|half|few|several|any|each|one|none|both)\s+of\s+the\s+$/i;

/** "Ten participants", "all participants", "none of the patients" → counts of the whole study. */
function ofStudy(clause: string, numbers: readonly NumberMention[], frame: StudyFrame): Rewritten | null {
  const total = frame.participants;
  if (total === null || total > MAX_ICONS || !frame.singleGroup || GROUP_WORDS.test(clause)) return null;
  const candidates: Array<{ at: number; length: number; count: number; wording: (n: number) => string }> = [];
  const all = new RegExp(`\\ball\\s+(?:of\\s+)?(?:the\\s+)?(?:${total}\\s+)?(?:${PEOPLE})\\b`, 'i').exec(clause);
  if (all) candidates.push({ at: all.index, length: all[0].length, count: total, wording: () => `all ${total} people` });
  const none = new RegExp(`\\b(?:none\\s+of\\s+the|no)\\s+(?:${PEOPLE})\\b`, 'i').exec(clause);
  if (none) candidates.push({ at: none.index, length: none[0].length, count: 0, wording: () => `none of the ${total} people` });
  for (const mention of numbers) {
    if (mention.unit !== 'count' || !Number.isInteger(mention.value) || mention.value > total) continue;
    if (qualifierOf(mention.raw)) continue;
    const match = new RegExp(`(?<![\\w-])${escapeRegExp(mention.raw)}\\s+(?:${PEOPLE})\\b`).exec(clause);
    // "6 of the 9 people who used the spray": the 9 is already the group a count is of.
    if (match && !COUNT_OF.test(clause.slice(0, match.index))) {
      const count = mention.value;
      // "24 volunteers" in a 24-person study is the enrolment, not a result: words only.
      // "Of the 24 patients" says "Of all 24 people", not "Of the all 24 people".
      const the = count === total ? (/\bthe\s+$/i.exec(clause.slice(0, match.index))?.[0].length ?? 0) : 0;
      // "most of the 67 patients" is a share of them all: "most of the 67 people", not "most of all 67 people".
      if (count === total && SHARE_OF_THE.test(clause.slice(0, match.index)))
        candidates.push({ at: match.index, length: match[0].length, count: -1, wording: () => `${total} people` });
      else if (count === total)
        candidates.push({ at: match.index - the, length: match[0].length + the, count: -1, wording: () => `all ${total} people` });
      else candidates.push({ at: match.index, length: match[0].length, count, wording: () => `${count} of the ${total} people` });
    }
  }
  // Lead with the first count that has someone in it: "0 of 12" says little as a picture.
  const chosen = candidates.sort((a, b) => a.at - b.at).find((c) => c.count > 0) ?? candidates[0];
  // count -1 marks a rewrite with nothing to draw (see above); 0 draws nothing either.
  if (!chosen) return null;
  let text = clause;
  for (const c of [...candidates].sort((a, b) => b.at - a.at)) {
    text = text.slice(0, c.at) + c.wording(c.count) + text.slice(c.at + c.length);
  }
  const phrase = chosen.wording(chosen.count);
  return { text, frequency: chosen.count > 0 ? frequency(chosen.count, total, '', phrase) : null };
}

/**
 * Rewrites the people-counting subject of a clause as a natural frequency and returns
 * the frequency worth drawing. Anything it cannot express exactly is left as written.
 */
export function naturalFrequency(clause: string, numbers: readonly NumberMention[], frame: StudyFrame): Rewritten {
  return perHundred(clause, numbers) ?? ofStudy(clause, numbers, frame) ?? { text: clause, frequency: null };
}

/**
 * A relative change: "a 29% lower risk of death", "cut the risk … by about 80%", "30% fewer
 * hospital stays", a hazard, odds or risk ratio, a vaccine's efficacy. It compares groups
 * and says nothing of how many people it means.
 */
const RELATIVE = [
  /\d(?:[\d.,]*)\s*(?:%|percent|per cent)\s+(?:lower|higher|greater|smaller|fewer|more|less|reduced|increased|reduction|increase|decrease|drop|rise|relative)\b/gi,
  /\b(?:risk|odds|chance|rate|likelihood|hazard|incidence)\b[^.;()]{0,80}?\bby\s+(?:(?:about|roughly|nearly|almost|around|approximately|more than|over|some)\s+)?\d[\d.]*\s*(?:%|percent|per cent)/gi,
  /\b(?:hazard|odds|risk|rate|incidence rate)\s+ratios?\b[^.;()]{0,40}?\d[\d.]*/gi,
  /\brelative risk(?: reduction)?\b[^.;()]{0,40}?\d[\d.]*\s*(?:%|percent|per cent)?/gi,
  /\b(?:vaccine\s+)?(?:efficacy|effectiveness)\b[^.;()]{0,40}?\d[\d.]*\s*(?:%|percent|per cent)/gi,
  /\d[\d.]*\s*(?:%|percent|per cent)\s+(?:effective|efficacy|efficacious)\b/gi,
];
/** Figures that are not results: statistics, confidence limits, ages, named stages. */
const NOT_A_FIGURE = [
  /\([^()]*\)/g,
  /\b\d+\s*(?:%|percent)\s+(?:confidence interval|CI|credible interval)\b[^;.]*/gi,
  /\bP\s*[=<>≤]\s*[\d.]+/gi,
  /\b(?:aged?|ages|age of|older than|younger than)\s+\d+(?:\s*(?:to|-|–|and)\s*\d+)?(?:\s+(?:years?|and older|or older|and over|and up))?/gi,
  /\b(?:type|phase|stage|grade|class|level)\s+\d+/gi,
];

/**
 * The clause states only a relative change: a relative figure and no number a reader
 * could picture as people or as an amount (a count, a share of people, months, points).
 * Years, ages, statistics and confidence limits do not count as figures.
 */
export function relativeOnly(clause: string, numbers: readonly NumberMention[]): boolean {
  // search(), unlike test(), ignores the global patterns' lastIndex (they are global for replace below).
  if (!RELATIVE.some((pattern) => clause.search(pattern) >= 0)) return false;
  let rest = clause;
  for (const pattern of [...NOT_A_FIGURE, ...RELATIVE]) rest = rest.replace(pattern, ' ');
  return !numbers.some((mention) => mention.unit !== 'year' && indexOfNumber(rest, mention.raw.replace(QUALIFIER, '')) >= 0);
}
