// "What we know and don’t know yet": the article's own caveats and next steps as plain
// sentences, and the limitations derived from the facts, in the order a patient most
// needs them.
import type { Facts, Finding } from '../../article/schema.js';
import { toPieces } from '../clauses.js';
import { limitations, type Limitation } from '../limitations.js';
import { fitsPatient } from '../patient-text.js';
import { wordsToDigits } from '../plain-numbers.js';
import { plainWords } from '../plain-words.js';
import { linesOf, text } from '../text.js';
import type { Text } from '../view-models.js';
import { clean } from '../wording.js';

export const MAX_CAVEATS = 2;
/** "Not known yet" items in all: the article's own caveats first, then derived limitations. */
export const MAX_UNKNOWN = 5;
export const MAX_NEXT = 2;

/** A caveat or next step as plain sentences, with the finding it came from. */
export interface PlainGroup {
  finding: Finding;
  pieces: Text[];
}

/**
 * Caveats or next steps as plain sentences. A statement whose pieces are not all plain
 * enough is left out whole (half a statement can mislead); the clinician summary has it.
 */
export function plainGroups(findings: Finding[], names: ReadonlySet<string>): PlainGroup[] {
  return findings
    .map((finding) => {
      const plain = plainWords(wordsToDigits(clean(finding.text), finding.numbers));
      return { finding, pieces: toPieces(plain).sentences.map((sentence) => text('simplified', sentence, linesOf(finding))) };
    })
    .filter(({ pieces }) => pieces.length > 0 && pieces.every((piece) => fitsPatient(piece.text, names)));
}

export function plainList(findings: Finding[], max: number, names: ReadonlySet<string>): Text[] {
  return plainGroups(findings, names)
    .slice(0, max)
    .flatMap((group) => group.pieces);
}

/** Derived limitations fill "Not known yet" after the article's own caveats, which are specific to it. */
const LIMITATION_ORDER = [
  'small-sample',
  'size-unknown',
  'no-comparator',
  'news-report-only',
  'not-randomized',
  'follow-up-unknown',
  'short-follow-up',
  'surrogate-outcomes',
  'immunosuppression',
];

/** The limitations derived from the facts, in the order a patient most needs them. */
export function derivedLimitations(facts: Facts): Limitation[] {
  return limitations(facts).sort((a, b) => LIMITATION_ORDER.indexOf(a.id) - LIMITATION_ORDER.indexOf(b.id));
}
