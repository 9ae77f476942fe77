// Splits text blocks into sentences with compromise (which knows "Dr.", "Feb.", "U.S."),
// and gives each sentence its source line and column through the block's offset map.
import nlp from 'compromise';
import { location } from 'vfile-location';
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
    const pieces = block.kind === 'heading' || block.kind === 'cell' ? [block.text.trim()] : sentenceTexts(block.text);
    let cursor = 0;
    for (const piece of pieces) {
      if (piece === '') continue;
      let start = block.text.indexOf(piece, cursor);
      if (start === -1) start = cursor;
      cursor = start + piece.length;
      const point = place.toPoint(block.offsets[start] ?? 0);
      sentences.push({
        text: piece,
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

function sentenceTexts(text: string): string[] {
  const raw = nlp(text).json({ text: true }) as { text: string }[];
  return mergeQuoteTails(raw.map((s) => s.text.trim()));
}

/**
 * compromise sometimes cuts after a closing quote's inner full stop, leaving the
 * attribution (`” said X.`) as its own "sentence"; glue such tails back on.
 */
function mergeQuoteTails(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const previous = out.at(-1);
    const tail = /^[”"’]?\s*[,]?\s*(said|says|added|explained|stated|noted|according to)\b/i.test(piece);
    // "Presbyterian-St. Luke’s Hospital": a place-name abbreviation, not a sentence end.
    const abbreviation = previous !== undefined && /\b(St|Mt|Ft|Ste)\.$/.test(previous) && /^[A-Z]/.test(piece);
    if (previous !== undefined && (tail || abbreviation)) {
      out[out.length - 1] += ` ${piece}`;
    } else out.push(piece);
  }
  return out;
}

export function sourceRef(sentence: Sentence): SourceRef {
  return { text: sentence.text, line: sentence.line, column: sentence.column };
}
