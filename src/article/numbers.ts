// Numbers as people write them: "12", "1,558", "Ten", "twenty-five", "a dozen",
// "69 percent", "more than 1,200", "n=24", "two decades", "half of", "10 of 12",
// "95–99 percent", "Phase IIb". Each mention keeps its raw text so documents can quote
// it exactly and the provenance check can find it in the source. Numbers that only
// label something ("type 1 diabetes", "genotype 3", "Stage II", "COVID-19", a date's
// day) are told apart from quantities, so counts and results are not read from them.
import { MONTH_PATTERN as MONTH, numberWords, numberWordValue } from '../shared/word-lists.js';
import type { NumberMention } from './schema.js';
import { cues } from './cues/cues.js';

const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
const GROUPS: Record<string, number> = { dozen: 12, decade: 10, decades: 10, score: 20, pair: 2, couple: 2, hundred: 100, thousand: 1_000 };
const FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  'a half': 1 / 2,
  'one half': 1 / 2,
  'a third': 1 / 3,
  'one third': 1 / 3,
  'one-third': 1 / 3,
  'two thirds': 2 / 3,
  'two-thirds': 2 / 3,
  'a quarter': 1 / 4,
  'one quarter': 1 / 4,
  'one-quarter': 1 / 4,
  'three quarters': 3 / 4,
  'three-quarters': 3 / 4,
  'a fifth': 1 / 5,
  'one fifth': 1 / 5,
  'one-fifth': 1 / 5,
};

const UNIT_WORDS = numberWords(0, 19).join('|');
const TENS_WORDS = numberWords(20, 90).join('|');

/** The value of "zero" … "nineteen": the words that follow "twenty-" or come before "hundred". */
function unitValue(word: string): number | undefined {
  const value = numberWordValue(word);
  return value !== undefined && value < 20 ? value : undefined;
}

/** The value of "twenty" … "ninety". */
function tensValue(word: string): number | undefined {
  const value = numberWordValue(word);
  return value !== undefined && value >= 20 ? value : undefined;
}

/** "ten", "twenty", "twenty-five", "one hundred", "two hundred and fifty". */
const WORD = String.raw`(?:(?:${TENS_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${UNIT_WORDS})(?:\s+hundred(?:\s+(?:and\s+)?(?:(?:${TENS_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${UNIT_WORDS}))?)?`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const SCALE = String.raw`(?:\s+(?:hundred|thousand|million|billion))?`;
/** Kept in the raw text, as documents repeat them ("more than 1,200"); "a total of" is not a qualifier. */
const QUALIFIERS =
  'more than|over|about|approximately|around|nearly|almost|roughly|up to|at least|fewer than|less than|under|an estimated|some';
const QUALIFIER = String.raw`(?:(?:${QUALIFIERS})\s+)?`;
const QUALIFIER_AT_START = new RegExp(`^(${QUALIFIERS})\\s`, 'i');
const TIME_WORDS = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)`;
const MEASURE_WORDS = String.raw`(?:mg\/dl|mg\/kg|mmol\/l|mmhg|mg|mcg|µg|ml|kg|g|lbs?|pounds?|kilograms?|grams?|milligrams?|milliliters?|millilitres?|calories|kcal|cm|mm|inches|feet|points?|lines|units|iu|bpm)`;
const TIME_AT_END = new RegExp(`[- ]${TIME_WORDS}$`);
const MEASURE_AT_END = new RegExp(`${MEASURE_WORDS}$`);
const UNIT = String.raw`(?:\s*(?:%|percent\b|per cent\b|percentage points?\b)|[- ]${TIME_WORDS}\b|\s*${MEASURE_WORDS}\b)?`;
const CORE = String.raw`(?:a|one)[- ]half|half|(?:a|one)[- ](?:third|quarter|fifth)|two[- ]thirds|three[- ]quarters|${DIGITS}|${WORD}|an?\s+(?:dozen|decade|couple|pair|hundred|thousand)`;

const NUMBER_PATTERN = new RegExp(
  String.raw`(?<![\w.,]|[A-Za-z]-)(?:n\s*=\s*(?<n>\d[\d,]*)|(?<ratio>\d+(?:\.\d+)?\/\d+(?:\.\d+)?)|${QUALIFIER}(?:\$\s?|£\s?|€\s?)?(?<num>${CORE})${SCALE}(?:\s+dozen|\s+decades?)?${UNIT})(?![\w]|,\d)`,
  'gi',
);

/** A number that names a thing rather than counting it ("type 1", "genotype 3", "Stage II"). */
const LABEL_BEFORE =
  /\b(?:type|types|genotypes?|phases?|stages?|grades?|class|classes|level|levels|step|steps|version|figure|fig\.|table|chapter|part|arm|cohort|tier|category|generation|gen|no\.|number|visit|cycle|dose|room|ward|chromosome|factor|trisomy|HbA1c of|score of)\s*$/i;
const TIMEPOINT_BEFORE = /\b(?:day|days|week|weeks|month|months|year|years|hour|hours)\s*$/i;
const DATE = new RegExp(
  String.raw`\b(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?:,?\s+\d{4})?)(?![\w])`,
  'g',
);

/** What follows a count of people or things ("2000 overweight adults", "1990 cases"). */
const COUNTED_AFTER =
  /^\s+(?:[\w-]+\s+){0,3}?(?:participants|patients|people|persons|volunteers|adults|children|subjects|individuals|men|women|infants|babies|cases|deaths|doses|users|residents|veterans|students|samples|sites|hospitals)\b/i;

export interface NumberMatch extends NumberMention {
  index: number;
  /** "more than", "about", "up to" … when the writer gave an approximate or bounded figure. */
  qualifier?: string;
}

/** Parses a number word or digit string ("Ten", "twenty-five", "one hundred", "1,558") to its value. */
export function parseNumberWord(raw: string): number | null {
  const text = raw.toLowerCase().replace(/,/g, '').trim();
  if (/^(?:\d+(?:\.\d+)?|\.\d+)$/.test(text)) return Number(text);
  const single = numberWordValue(text);
  if (single !== undefined) return single;
  const compound = /^(\w+)[- ](\w+)$/.exec(text);
  const tens = compound ? tensValue(compound[1]!) : undefined;
  const unit = compound ? unitValue(compound[2]!) : undefined;
  if (tens !== undefined && unit !== undefined) return tens + unit;
  const hundreds = /^(\w+)\s+hundred(?:\s+(?:and\s+)?(.+))?$/.exec(text);
  const count = hundreds ? unitValue(hundreds[1]!) : undefined;
  if (hundreds && count !== undefined) {
    const rest = hundreds[2] ? parseNumberWord(hundreds[2]) : 0;
    return rest === null ? null : count * 100 + rest;
  }
  return null;
}

/** Extractors ask about the same sentences again and again; the answer depends on the text alone. */
const recent = new Map<string, readonly NumberMatch[]>();
const RECENT_LIMIT = 2000;

/** Empties the cache of recent answers (benchmarks measure articles never seen before). */
export function forgetNumbers(): void {
  recent.clear();
}

/** Every number in the text, with its unit and the raw words that state it. */
export function findNumbers(text: string): NumberMatch[] {
  let found = recent.get(text);
  if (!found) {
    found = Object.freeze(scanNumbers(text).map((n) => Object.freeze(n)));
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
    recent.set(text, found);
  }
  return [...found];
}

function scanNumbers(text: string): NumberMatch[] {
  const dates = [...text.matchAll(DATE)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const found: NumberMatch[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const raw = match[0].trim();
    const index = match.index! + match[0].indexOf(raw);
    // Context is read in short windows: a long text must not make each number cost its length.
    const mention = interpret(raw, match.groups ?? {}, text.slice(Math.max(0, index - 40), index));
    if (!mention) continue;
    // A date's day of the month is not a figure; its year stays a year.
    if (dates.some(([from, to]) => index >= from && index < to) && mention.unit !== 'year') continue;
    // "a trial of 2000 patients": a year-like number that counts people is a count.
    if (mention.unit === 'year' && COUNTED_AFTER.test(text.slice(index + raw.length, index + raw.length + 80))) mention.unit = 'count';
    found.push({ ...mention, index });
  }
  shareRangeUnits(text, found);
  return found;
}

function interpret(raw: string, groups: Record<string, string | undefined>, before: string): Omit<NumberMatch, 'index'> | null {
  if (groups.n) return { raw, value: Number(groups.n.replace(/,/g, '')), unit: 'count' };
  if (groups.ratio) {
    const [a, b] = groups.ratio.split('/').map(Number) as [number, number];
    if (b === 0) return null;
    // "phase 1/2" names a phase; "20/40 vision" is a measure.
    return { raw, value: a / b, unit: LABEL_BEFORE.test(before) ? 'other' : 'measure' };
  }
  const lower = raw.toLowerCase();
  const core = (groups.num ?? '').toLowerCase().replace(/\s+/g, ' ');
  let value: number | null;
  const fraction = FRACTIONS[core.replace(/-/g, ' ')] ?? FRACTIONS[core];
  if (fraction !== undefined) value = fraction;
  else if (/^an?\s+/.test(core)) value = GROUPS[core.replace(/^an?\s+/, '')] ?? null;
  else value = parseNumberWord(core);
  if (value === null) return null;
  const qualifier = QUALIFIER_AT_START.exec(raw)?.[1];
  const scale = /\b(hundred|thousand|million|billion)\b/.exec(lower.slice(lower.indexOf(core) + core.length));
  if (scale) value *= SCALES[scale[1]!]!;
  if (/\bdozen\b/.test(lower) && !/^an?\s/.test(core)) value *= 12;
  if (/\bdecades?\b/.test(lower) && !/^an?\s/.test(core)) value *= 10;
  // A bare "one" is usually a pronoun ("one of the drugs"), not a figure.
  if (core === 'one' && lower === 'one') return null;
  const unit: NumberMention['unit'] =
    fraction !== undefined
      ? 'other'
      : /%|percent|per cent|percentage point/.test(lower)
        ? 'percent'
        : TIME_AT_END.test(lower)
          ? 'duration'
          : /[$£€]/.test(lower)
            ? 'money'
            : MEASURE_AT_END.test(lower)
              ? 'measure'
              : /^(?:1[89]|20)\d\d$/.test(core) && !qualifier
                ? 'year'
                : TIMEPOINT_BEFORE.test(before)
                  ? 'time'
                  : LABEL_BEFORE.test(before)
                    ? 'other'
                    : 'count';
  return qualifier ? { raw, value, unit, qualifier: qualifier.toLowerCase() } : { raw, value, unit };
}

const RANGE_JOIN = /^\s*(?:[–—-]|to|and)\s*$/i;
const COMPARE_JOIN = /^\s*(?:vs\.?|versus|compared (?:with|to))\s*$/i;
const LIST_JOIN = /^\s*(?:,|,?\s*(?:or|and))\s*$/i;

/**
 * "95–99 percent", "26 to 52 years", "7.7 vs. 6.3 years": the first number takes the unit
 * written after the second; "genotypes 4, 5 or 6": a list of labels stays labels.
 */
function shareRangeUnits(text: string, found: NumberMatch[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    const between = text.slice(a.index + a.raw.length, b.index);
    if (a.unit === 'other' && b.unit === 'count' && LIST_JOIN.test(between) && Number.isInteger(b.value) && b.value < 100) {
      b.unit = 'other';
      continue;
    }
    if (COMPARE_JOIN.test(between) && a.unit === 'count' && (b.unit === 'duration' || b.unit === 'percent' || b.unit === 'measure')) {
      a.unit = b.unit;
      continue;
    }
    if (!RANGE_JOIN.test(between) || a.unit !== 'count' || b.unit === 'count' || b.unit === 'year' || b.unit === 'other') continue;
    // "between 15 and 35" is a range; "4, 5 and 6" is a list: "and" only after "between".
    if (/^\s*and\s*$/i.test(between) && !/\bbetween\s+$/i.test(text.slice(Math.max(0, a.index - 20), a.index))) continue;
    a.unit = b.unit;
  }
}

export interface NumberRange {
  raw: string;
  low: number;
  high: number;
  unit: NumberMention['unit'];
  index: number;
}

/** Ranges: "95–99 percent", "26 to 52 years", "between 15 and 35", "20-25 percent". */
export function findRanges(text: string): NumberRange[] {
  const numbers = findNumbers(text);
  const ranges: NumberRange[] = [];
  for (let i = 0; i + 1 < numbers.length; i++) {
    const a = numbers[i]!;
    const b = numbers[i + 1]!;
    const between = text.slice(a.index + a.raw.length, b.index);
    if (!RANGE_JOIN.test(between) || a.unit !== b.unit || a.value >= b.value) continue;
    const window = Math.max(0, a.index - 20);
    const betweenWord = /\bbetween\s+$/i.exec(text.slice(window, a.index));
    if (/^\s*and\s*$/i.test(between) && !betweenWord) continue;
    const start = betweenWord ? window + betweenWord.index : a.index;
    ranges.push({ raw: text.slice(start, b.index + b.raw.length), low: a.value, high: b.value, unit: a.unit, index: start });
    i++;
  }
  return ranges;
}

export interface Proportion {
  raw: string;
  /** How many of the whole, or null for a fraction written in words ("half of"). */
  part: number | null;
  whole: number | null;
  value: number;
  index: number;
}

const COUNT_WORD = String.raw`(?:${DIGITS}|${WORD})`;
const PROPORTION = new RegExp(
  String.raw`(?<![\w.,])(?:(?<part>${COUNT_WORD})\s+(?:of|out of|in)\s+(?:the\s+|every\s+|all\s+)?(?<whole>${COUNT_WORD})(?![\w.,]\d|\s*(?:%|percent))|(?<fraction>(?:a|one)[- ]half|half|(?:a|one)[- ](?:third|quarter|fifth)|two[- ]thirds|three[- ]quarters)\s+(?:of\s+)?(?:the|all|these|those|their|its|participants|patients|people|subjects|volunteers))\b`,
  'gi',
);

/** "10 of 12", "nine out of 10", "one in five", "half of the participants", "two-thirds of patients". */
export function findProportions(text: string): Proportion[] {
  const found: Proportion[] = [];
  for (const match of text.matchAll(PROPORTION)) {
    const groups = match.groups ?? {};
    if (groups.fraction) {
      const key = groups.fraction.toLowerCase().replace(/-/g, ' ');
      const value = FRACTIONS[key] ?? FRACTIONS[groups.fraction.toLowerCase()];
      if (value !== undefined) found.push({ raw: groups.fraction, part: null, whole: null, value, index: match.index! });
      continue;
    }
    const part = parseNumberWord(groups.part!);
    const whole = parseNumberWord(groups.whole!);
    if (part === null || whole === null || whole === 0 || part > whole) continue;
    found.push({ raw: match[0], part, whole, value: part / whole, index: match.index! });
  }
  return found;
}

export interface PhaseMention {
  raw: string;
  /** Normalised: "1", "1/2", "2b", "3". */
  value: string;
  index: number;
}

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };
const PHASE_NUMBER = String.raw`(?:iv|i{1,3}|[0-4]|${numberWords(1, 4).join('|')})`;
const PHASE_PATTERN = new RegExp(
  String.raw`\bphase[\s-]*(${PHASE_NUMBER})\s*([ab])?(?:\s*(?:\/|-|–|and)\s*(?:phase[\s-]*)?(${PHASE_NUMBER})\s*([ab])?)?(?![\w])`,
  'gi',
);

/** Trial phases as written: "phase 3", "Phase III", "Phase IIb", "phase 1/2", "Phase I/II", "phase two". */
export function findPhases(text: string): PhaseMention[] {
  const part = (n: string, letter?: string) => `${ROMAN[n.toLowerCase()] ?? numberWordValue(n) ?? n}${letter?.toLowerCase() ?? ''}`;
  return [...text.matchAll(PHASE_PATTERN)].map((m) => ({
    raw: m[0],
    value: m[3] ? `${part(m[1]!, m[2])}/${part(m[3], m[4])}` : part(m[1]!, m[2]),
    index: m.index!,
  }));
}

const TIME_UNIT = String.raw`(?:days?|weeks?|months?|years?|hours?|decades?)`;
const TIMEPOINT_PATTERN = new RegExp(
  String.raw`\b(?:(?:within|after|by|at|over|for|during|up to|through|in the first)\s+)?(?:(?:day|week|month|year)\s+\d+|(?:${DIGITS}|${WORD}|an?)[- ]${TIME_UNIT}(?:\s+(?:post[- ]\w+|later|after (?:\w+ing\s+(?:(?:the|a|an|their|his|her)\s+)?)?[\w/-]+|of follow-up|follow-up))?)\b`,
  'gi',
);

/**
 * Time expressions that say when an outcome was measured ("within 90 days", "day 365",
 * "12 weeks after finishing treatment"). An age, how often, a length that is itself the
 * result or the study's length is not one (cues/timepoints.yaml); the same time said twice
 * is kept once.
 */
export function findTimepoints(text: string): string[] {
  const found = [...text.matchAll(TIMEPOINT_PATTERN)].map((m) => ({
    text: m[0].trim(),
    before: text.slice(Math.max(0, m.index! - 90), m.index!) + (LEAD_WORD.exec(m[0])?.[0] ?? ''),
    after: text.slice(m.index! + m[0].length),
  }));
  const kept = found.filter((time) => !notATimepoint(time, false));
  const seen = new Set<string>();
  return kept
    .filter((time) => !notATimepoint(time, kept.length > 1))
    .map((time) => time.text)
    .filter((time) => {
      const key = time.replace(LEAD_WORD, '').toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

const LEAD_WORD = /^(?:within|after|by|at|over|for|during|up to|through|in the first)\s+/i;

/** Whether a cue of cues/timepoints.yaml says this is no timepoint; `beside`: the sentence has another. */
function notATimepoint(time: { text: string; before: string; after: string }, beside: boolean): boolean {
  if (/^(?:\S+\s+)?(?:day|week|month|year)\s+\d/i.test(time.text)) return false;
  const led = LEAD_WORD.test(time.text);
  return cues('timepoints').some((cue) => {
    if (cue.meta['beside-another'] === true && !beside) return false;
    if (cue.meta['unled'] === true && led) return false;
    const where = cue.meta['where'];
    return cue.regex.test(where === 'before' ? time.before : where === 'after' ? time.after : time.text);
  });
}
