// One finding (a result or a harm) in plain language: its people-count as a natural
// frequency with an icon array, then the source clause in short plain sentences, the one
// the picture shows first. When a clause keeps a claim-bearing hype word ("cured"), it is
// quoted exactly instead. A finding that gives only a relative change ("a 29% lower risk")
// says so, and that the source does not say how many people it means (STANDARDS.md:
// relative risk never alone).
import type { Finding } from '../article/schema.js';
import { findHype } from './checks/hype.js';
import { toPieces } from './clauses.js';
import { iconArray } from './icon-array.js';
import { MAX_ICONS, naturalFrequency, relativeOnly, wordsToDigits, type StudyFrame } from './plain-numbers.js';
import { plainWords } from './plain-words.js';
import { generated, linesOf, text } from './text.js';
import type { FindingItem } from './view-models.js';
import { capitalize, clean, standsAlone } from './wording.js';

export interface PlainFindingOptions {
  /** Long lists are cut to this many bullets, with a line saying the source lists more. */
  maxBullets: number;
  /** Another finding of the same paragraph gives the figures behind a relative one ("(… 33.2% compared with 40.3%.)"). */
  figuresBeside?: boolean;
}

/** Our note under a finding that gives only a relative change. */
export const RELATIVE_NOTE = [
  'This is a relative figure: it compares one group with another.',
  'The source does not say how many people this means.',
];

/** Our note instead, when the source's sentence gives the figures a shorter form left out. */
const FIGURES_LEFT_OUT = 'The source gives more figures than we show here.';

/** A finding that gives only a relative change ("a 29% lower risk"): it carries our note saying so. */
export function givesOnlyRelativeChange(item: FindingItem): boolean {
  return item.sentences.some((sentence) => sentence.kind === 'generated' && RELATIVE_NOTE.includes(sentence.text));
}

/** A list item that only names or narrows the one before it ("known as loop diuretics"): not an item of its own. */
const APPOSITIVE = /^(?:also known as|known as|called|named|such as|including|especially)\b/i;

/**
 * List items that are pieces of the item before them ("those using certain medicines" /
 * "known as loop diuretics" / "glucocorticoids") go back together as the source has them:
 * from the item before the appositive to the end of the list, since the appositive's own
 * list runs on to the end ("known as loop diuretics or glucocorticoids").
 */
function joinAppositives(bullets: string[], source: string): string[] {
  const at = bullets.findIndex((item, index) => index > 0 && APPOSITIVE.test(item));
  if (at < 0) return bullets;
  const head = bullets[at - 1]!;
  const lower = source.toLowerCase();
  const start = lower.indexOf(head.toLowerCase());
  const last = bullets[bullets.length - 1]!;
  const end = lower.lastIndexOf(last.toLowerCase());
  const joined = start >= 0 && end >= start ? source.slice(start, end + last.length) : bullets.slice(at - 1).join(', ');
  return [...bullets.slice(0, at - 1), joined.replace(/^(?:and|or)\s+/i, '')];
}

/** "But also caused …", "But also in their other knee": a ", but" clause with no subject of its own. */
const FRAGMENT =
  /^(?:But|Yet)\s+(?:also\s+|not\s+)?(?:in|on|at|for|with|to|\w+ed|did|does|do|was|were|is|are|had|has|have|could|can|may|might|will|would)\b/;

/**
 * A sentence cut at ", but" whose second half has no subject ("… raised good cholesterol.
 * But also caused triglycerides to rise.") goes back onto the sentence before it: a
 * fragment is never printed (the whole may then be too long, and the finding is left out
 * or shortened like any other).
 */
function rejoinFragments(sentences: string[]): string[] {
  const out: string[] = [];
  for (const sentence of sentences) {
    const previous = out[out.length - 1];
    if (previous !== undefined && FRAGMENT.test(sentence))
      out[out.length - 1] = `${previous.replace(/\.$/, '')}, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
    else out.push(sentence);
  }
  return out;
}

export function plainFinding(finding: Finding, frame: StudyFrame, options: PlainFindingOptions): FindingItem {
  const lines = linesOf(finding);
  const source = clean(finding.text);
  const rewritten = naturalFrequency(source, finding.numbers, frame);
  const derived = rewritten.frequency?.derived ?? rewritten.derived ?? [];
  const plain = plainWords(wordsToDigits(rewritten.text, finding.numbers));

  const pieces = toPieces(plain);
  pieces.sentences = rejoinFragments(pieces.sentences);
  // The picture sits over the first sentence, so that is the sentence it counts: a later
  // one that stands alone moves up; one that leans on the sentence before it keeps its
  // place, and the finding goes without a picture.
  let frequency = rewritten.frequency;
  if (frequency) {
    const phrase = frequency.phrase.toLowerCase();
    const at = pieces.sentences.findIndex((sentence) => sentence.toLowerCase().includes(phrase));
    if (at > 0 && standsAlone(pieces.sentences[at]!)) pieces.sentences.unshift(...pieces.sentences.splice(at, 1));
    else if (at > 0) frequency = null;
    // Shortening took the aside that held it ("Women who do not carry the gene - about 80 per
    // cent of women with breast cancer - benefited"): no picture of a figure not printed.
    else if (at < 0 && !pieces.bullets.some((bullet) => bullet.toLowerCase().includes(phrase))) frequency = null;
  }
  const lead = frequency ? generated(capitalize(frequency.phrase), lines, derived) : null;
  const icons =
    frequency && frequency.total <= MAX_ICONS ? iconArray(frequency.count, frequency.total, capitalize(frequency.phrase)) : null;
  // Hype in what would be printed (not in an aside the shortening dropped, such as
  // ", suggesting the infections had been cured"): the clause is quoted exactly instead.
  if ([...pieces.sentences, ...pieces.bullets].some((piece) => findHype(piece).length > 0)) {
    return { lead, icons, sentences: [text('quote', `“${source.replace(/[.,;]$/, '')}.”`, lines)], bullets: [] };
  }
  pieces.bullets = joinAppositives(pieces.bullets, plain);
  const bullets = pieces.bullets.slice(0, options.maxBullets).map((item) => text('simplified', capitalize(item), lines, derived));
  if (pieces.bullets.length > options.maxBullets) bullets.push(generated('Others are listed in the source.', lines));
  // A shorter form may have left out the figures its sentence gives, or the paragraph gives
  // them in a sentence of their own ("(… 33.2% compared with 40.3%.)"): then the source does
  // say how many, and the note must not deny it.
  const note = relativeOnly(source, finding.numbers)
    ? (relativeOnly(finding.source.text, finding.numbers) && !options.figuresBeside
        ? RELATIVE_NOTE
        : [RELATIVE_NOTE[0]!, FIGURES_LEFT_OUT]
      ).map((sentence) => generated(sentence, lines))
    : [];
  return {
    lead,
    icons,
    sentences: [...pieces.sentences.map((sentence) => text('simplified', sentence, lines, derived)), ...note],
    bullets,
  };
}
