// Numbers as people write them: "12", "1,558", "Ten", "a dozen", "69 percent",
// "more than 1,200", "n=24", "two decades", "half of". Each mention keeps its raw text so
// documents can quote it exactly and the provenance check can find it in the source.
import type { NumberMention } from './schema.js';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
const GROUPS: Record<string, number> = { dozen: 12, decade: 10, decades: 10, score: 20, pair: 2, couple: 2 };

const WORD = `(?:${[...Object.keys(TENS).map((t) => `${t}(?:[- ](?:${Object.keys(UNITS).join('|')}))?`), ...Object.keys(UNITS)].join('|')})`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:\s+(?:hundred|thousand|million|billion))?`;
const QUALIFIER = String.raw`(?:(?:more than|over|about|approximately|around|nearly|almost|roughly|up to|at least|fewer than|less than|under|an estimated|some)\s+)?`;
const UNIT = String.raw`(?:\s*(?:%|percent\b|per cent\b|percentage points?\b)|\s+(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)\b|\s*(?:mg|ml|kg|g|mmhg|mmol\/l|mg\/dl)\b)?`;

const NUMBER_PATTERN = new RegExp(
  String.raw`(?<![\w.])(?:n\s*=\s*(?<n>\d[\d,]*)|${QUALIFIER}(?:\$\s?)?(?<num>${DIGITS}|${WORD}|an?\s+(?:dozen|decade|couple|pair)|half|a third|a quarter)${SCALE}(?:\s+dozen|\s+decades?)?${UNIT})(?![\w])`,
  'gi',
);

export interface NumberMatch extends NumberMention {
  index: number;
}

/** Parses a number word or digit string ("Ten", "twenty-five", "1,558") to its value. */
export function parseNumberWord(raw: string): number | null {
  const text = raw.toLowerCase().replace(/,/g, '').trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text in UNITS) return UNITS[text]!;
  const compound = /^(\w+)[- ](\w+)$/.exec(text);
  if (compound && compound[1]! in TENS && compound[2]! in UNITS) return TENS[compound[1]!]! + UNITS[compound[2]!]!;
  if (text in TENS) return TENS[text]!;
  return null;
}

export function findNumbers(text: string): NumberMatch[] {
  const found: NumberMatch[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const raw = match[0].trim();
    const mention = interpret(raw, match.groups ?? {});
    if (mention) found.push({ ...mention, index: match.index! + match[0].indexOf(raw) });
  }
  return found;
}

function interpret(raw: string, groups: Record<string, string | undefined>): NumberMention | null {
  if (groups.n) return { raw, value: Number(groups.n.replace(/,/g, '')), unit: 'count' };
  const lower = raw.toLowerCase();
  const core = (groups.num ?? '').toLowerCase();
  let value: number | null;
  if (/^an?\s+/.test(core)) value = GROUPS[core.replace(/^an?\s+/, '')] ?? null;
  else if (core === 'half') value = 0.5;
  else if (core === 'a third') value = 1 / 3;
  else if (core === 'a quarter') value = 0.25;
  else value = parseNumberWord(core);
  if (value === null) return null;
  const scale = /\b(hundred|thousand|million|billion)\b/.exec(lower);
  if (scale) value *= SCALES[scale[1]!]!;
  if (/\bdozen\b/.test(lower) && !/^an?\s/.test(core)) value *= 12;
  if (/\bdecades?\b/.test(lower) && !/^an?\s/.test(core)) value *= 10;
  // A bare "one" is usually a pronoun ("one of the drugs"), not a figure.
  if (core === 'one' && lower === 'one') return null;
  const unit: NumberMention['unit'] = /%|percent|per cent|percentage point/.test(lower)
    ? 'percent'
    : /\b(days?|weeks?|months?|years?|hours?|minutes?|decades?)\b/.test(lower)
      ? 'duration'
      : /\$/.test(lower)
        ? 'money'
        : /\b(mg|ml|kg|g|mmhg|mmol\/l|mg\/dl)\b/.test(lower)
          ? 'measure'
          : /^(19|20)\d\d$/.test(core)
            ? 'year'
            : 'count';
  return { raw, value, unit };
}

const TIME_UNIT = String.raw`(?:days?|weeks?|months?|years?|hours?|decades?)`;
const TIMEPOINT_PATTERN = new RegExp(
  String.raw`\b(?:(?:within|after|by|at|over|for|during|up to|through|in the first)\s+)?(?:(?:day|week|month|year)\s+\d+|(?:${DIGITS}|${WORD}|an?)[- ]${TIME_UNIT}(?:\s+(?:post[- ]\w+|later|after \w+(?: \w+)?|of follow-up|follow-up))?)\b`,
  'gi',
);

/** Time expressions that say when an outcome was measured ("within 90 days", "day 365"). */
export function findTimepoints(text: string): string[] {
  return [...text.matchAll(TIMEPOINT_PATTERN)].map((m) => m[0].trim());
}
