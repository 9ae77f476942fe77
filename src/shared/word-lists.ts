// English words that several layers need to recognise: month names (dates in page junk,
// publication dates, sentence ends after "Feb.") and number words (counts, durations,
// "ten participants" → "10 participants"). One copy each here, so a fix or an added
// spelling reaches every reader of the list; the accessors below shape it for each use.

/** The months in calendar order, with the abbreviations news copy uses ("Sept." and "Sep."). */
export const MONTHS: readonly { name: string; abbreviations: readonly string[] }[] = [
  { name: 'January', abbreviations: ['Jan'] },
  { name: 'February', abbreviations: ['Feb'] },
  { name: 'March', abbreviations: ['Mar'] },
  { name: 'April', abbreviations: ['Apr'] },
  // "May" is short already: it is never abbreviated, so it never ends in an abbreviation's full stop.
  { name: 'May', abbreviations: [] },
  { name: 'June', abbreviations: ['Jun'] },
  { name: 'July', abbreviations: ['Jul'] },
  { name: 'August', abbreviations: ['Aug'] },
  { name: 'September', abbreviations: ['Sept', 'Sep'] },
  { name: 'October', abbreviations: ['Oct'] },
  { name: 'November', abbreviations: ['Nov'] },
  { name: 'December', abbreviations: ['Dec'] },
];

/**
 * Regex source for a month as dates write it, full or abbreviated, with an optional full
 * stop: "March", "Mar", "Sept.". Case as written (add the `i` flag for any case). Each
 * full name comes before its abbreviations, so the longest spelling is tried first.
 */
export const MONTH_PATTERN = String.raw`(?:${MONTHS.flatMap((month) => [month.name, ...month.abbreviations]).join('|')})\.?`;

/** The abbreviations in lower case ("jan", "sept"): a full stop after one need not end a sentence. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(
  MONTHS.flatMap((month) => month.abbreviations.map((short) => short.toLowerCase())),
);

/** "zero" to "nineteen", each at the index of its value. */
const UNIT_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
] as const;

/** "twenty" to "ninety", each at the index of its value divided by ten. */
const TENS_WORDS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;

/** Every one-word number up to ninety with its value, smallest first ("zero" … "nineteen", "twenty" … "ninety"). */
export const NUMBER_WORDS: readonly { word: string; value: number }[] = [
  ...UNIT_WORDS.map((word, value) => ({ word, value })),
  ...TENS_WORDS.flatMap((word, tens) => (word ? [{ word, value: tens * 10 }] : [])),
];

const VALUE_OF = new Map(NUMBER_WORDS.map(({ word, value }) => [word, value]));

/** The value of a one-word number in any case ("Twelve" → 12, "forty" → 40); undefined for anything else. */
export function numberWordValue(word: string): number | undefined {
  return VALUE_OF.get(word.toLowerCase());
}

/** The one-word numbers whose values lie in [from, to], smallest first: numberWords(1, 12) is "one" … "twelve". */
export function numberWords(from: number, to: number): string[] {
  return NUMBER_WORDS.filter(({ value }) => value >= from && value <= to).map(({ word }) => word);
}
