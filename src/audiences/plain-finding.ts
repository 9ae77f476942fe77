// One finding (a result or a harm) in plain language: its people-count as a natural
// frequency with an icon array, then the source clause in short plain sentences. When a
// clause keeps a claim-bearing hype word ("cured"), it is quoted exactly instead.
import type { Finding } from '../article/schema.js';
import { findHype } from './checks/hype.js';
import { toPieces } from './clauses.js';
import { iconArray } from './icon-array.js';
import { MAX_ICONS, naturalFrequency, wordsToDigits, type StudyFrame } from './plain-numbers.js';
import { plainWords } from './plain-words.js';
import { generated, linesOf, text } from './text.js';
import type { FindingItem } from './view-models.js';
import { capitalize, clean } from './wording.js';

export interface PlainFindingOptions {
  /** Long lists are cut to this many bullets, with a line saying the source lists more. */
  maxBullets: number;
}

export function plainFinding(finding: Finding, frame: StudyFrame, options: PlainFindingOptions): FindingItem {
  const lines = linesOf(finding);
  const source = clean(finding.text);
  const rewritten = naturalFrequency(source, finding.numbers, frame);
  const frequency = rewritten.frequency;
  const derived = frequency?.derived ?? rewritten.derived ?? [];
  const plain = plainWords(wordsToDigits(rewritten.text, finding.numbers));
  const lead = frequency ? generated(capitalize(frequency.phrase), lines, derived) : null;
  const icons =
    frequency && frequency.total <= MAX_ICONS ? iconArray(frequency.count, frequency.total, capitalize(frequency.phrase)) : null;

  const pieces = toPieces(plain);
  // Hype in what would be printed (not in an aside the shortening dropped, such as
  // ", suggesting the infections had been cured"): the clause is quoted exactly instead.
  if ([...pieces.sentences, ...pieces.bullets].some((piece) => findHype(piece).length > 0)) {
    return { lead, icons, sentences: [text('quote', `“${source.replace(/[.,;]$/, '')}.”`, lines)], bullets: [] };
  }
  const bullets = pieces.bullets.slice(0, options.maxBullets).map((item) => text('simplified', capitalize(item), lines, derived));
  if (pieces.bullets.length > options.maxBullets) bullets.push(generated('Others are listed in the source.', lines));
  return {
    lead,
    icons,
    sentences: pieces.sentences.map((sentence) => text('simplified', sentence, lines, derived)),
    bullets,
  };
}
