// Splits text blocks into sentences and gives each sentence its source line and column
// through the block's offset map. A small rule-based splitter, not a tagger: news and
// press-release prose ends sentences with . ! ? (perhaps inside a closing quote or
// bracket) before a capital, digit or opening quote, and the exceptions are a known
// set: titles and credentials ("Dr.", "M.D."), initials ("Anthony S. Fauci"), dates
// ("Feb. 1"), "et al.", "U.S.", "vs.", decimals. A quotation that runs over several
// sentences stays one sentence, so the quote and its attribution travel together.
import { location } from 'vfile-location';
import { MONTH_ABBREVIATIONS } from '../shared/word-lists.js';
import type { Block } from './blocks.js';
import type { SourceRef } from './schema.js';

export interface Sentence {
  text: string;
  /** Index of the first character in the block's text. */
  start: number;
  block: Block;
  blockIndex: number;
  index: number;
  line: number;
  column: number;
}

export function splitSentences(blocks: Block[], source: string): Sentence[] {
  const place = location(source);
  const sentences: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    const spans =
      block.kind === 'heading' || block.kind === 'cell' ? [trimSpan(block.text, 0, block.text.length)] : sentenceSpans(block.text);
    for (const [start, end] of spans) {
      if (end <= start) continue;
      const point = place.toPoint(block.offsets[start] ?? 0);
      sentences.push({
        text: block.text.slice(start, end),
        start,
        block,
        blockIndex,
        index: sentences.length,
        line: point?.line ?? 1,
        column: point?.column ?? 1,
      });
    }
  });
  return sentences;
}

export function sourceRef(sentence: Sentence): SourceRef {
  return { text: sentence.text, line: sentence.line, column: sentence.column };
}

/** Sentence texts of a paragraph, exactly as written (for tests and other callers). */
export function sentenceTexts(text: string): string[] {
  return sentenceSpans(text).map(([start, end]) => text.slice(start, end));
}

/** Never the end of a sentence: titles before a name, and particles inside one ("et al."). */
const NEVER_FINAL = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'prof',
  'st',
  'mt',
  'ft',
  'ste',
  'gov',
  'sen',
  'rep',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'rev',
  'hon',
  'vs',
  'v',
  'e.g',
  'i.e',
  'cf',
  'al',
  'approx',
  'ca',
]);
/** Before a number they go on ("No. 5", "p. 12", "Fig. 2"); before anything else they may end a sentence. */
const BEFORE_NUMBER = new Set(['no', 'nos', 'fig', 'figs', 'vol', 'p', 'pp', 'ref', 'refs', 'ed', 'eds', 'art', 'sec', 'ch']);
/**
 * Credentials, country and company abbreviations, units: they end a sentence only before
 * a quote or an obvious sentence opener ("… Acme Inc. The drug …", "… Anthony S. Fauci, M.D. “…").
 */
const CREDENTIAL =
  /(?:^|[\s(,])(?:M\.D|Ph\.D|M\.P\.H|M\.S|M\.Sc|M\.B\.A|R\.N|D\.O|Pharm\.D|D\.Phil|B\.Sc|B\.A|M\.A|U\.S|U\.K|U\.N|E\.U|D\.C|a\.m|p\.m|A\.M|P\.M|Ph|Inc|Ltd|Co|Corp|Bros|Jr|Sr|etc|est|dept|univ|assn|ave|blvd|rd|mg|ml|kg|min|max|avg|incl)$/i;
const OPENER =
  /^(?:The|This|These|That|Those|It|Its|In|At|On|For|A|An|He|She|They|We|I|But|And|However|Also|After|Before|During|When|While|Although|Results|Researchers|Patients|Participants|Other|Some|Most|Many|More|Both|Each|All|No|Not|As|If|To|Of|By|With|Our|His|Her|Their)\b/;

const OPEN_QUOTES = '“"‘';
const CLOSERS = '”"’\')]';

/** [start, end) spans of the sentences in a paragraph's text, trimmed of spaces. */
function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const quoteEnds = quotationRanges(text);
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char !== '.' && char !== '!' && char !== '?' && char !== '…') continue;
    // Take in closing quotes and brackets: `disease.”`, `(confused state).`
    let end = i + 1;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    const gap = /^\s*/.exec(text.slice(end))![0].length;
    const next = text.slice(end + gap);
    if (next === '') break;
    if (!isBoundary(text, i, end, gap, next)) continue;
    // Inside a quotation that closes later in the block: the quote goes on.
    if (quoteEnds.some(([from, to]) => i > from && end < to && to - from < 800)) continue;
    spans.push(trimSpan(text, start, end));
    start = end + gap;
    i = start - 1;
  }
  if (start < text.length) spans.push(trimSpan(text, start, text.length));
  return spans.filter(([a, b]) => b > a);
}

function isBoundary(text: string, at: number, end: number, gap: number, next: string): boolean {
  const char = text[at]!;
  const first = next[0]!;
  const startsSentence = /[A-Z0-9]/.test(first) || OPEN_QUOTES.includes(first) || first === '(' || first === '[';
  if (!startsSentence) return false;
  if (gap === 0) {
    // "on this study.To schedule": a full stop glued to the next sentence; web names
    // ("ClinicalTrials.gov", "DRCR.net") and decimals are not.
    return char === '.' && /[a-z]{2,}$/.test(text.slice(0, at)) && /^[A-Z][a-z]+\s/.test(next) && end === at + 1;
  }
  if (char !== '.' || end > at + 1) return true;
  const before = text.slice(0, at);
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(before)?.[1] ?? '';
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower)) return !/^\d/.test(next);
  // An initial ("Anthony S. Fauci", "M.E. Gluck") before a name, unless a sentence
  // plainly starts there ("hepatitis C. The drug").
  if (/^(?:[A-Z]\.)*[A-Z]$/.test(word)) return OPEN_QUOTES.includes(first) || OPENER.test(next);
  // A month abbreviation: a date goes on after it ("Feb. 1"); before anything else it may end a sentence.
  if (MONTH_ABBREVIATIONS.has(lower)) return !/^\d/.test(next);
  if (CREDENTIAL.test(before)) return OPEN_QUOTES.includes(first) || OPENER.test(next);
  return true;
}

/** [open, close] index pairs of quotations that open and close within the text. */
function quotationRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '“') open = i;
    else if (char === '”' && open !== -1) {
      ranges.push([open, i + 1]);
      open = -1;
    } else if (char === '"') {
      if (straightOpen === -1) straightOpen = i;
      else {
        ranges.push([straightOpen, i + 1]);
        straightOpen = -1;
      }
    }
  }
  return ranges;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}
