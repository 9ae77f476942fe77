// Where in the article a checked piece of text comes from, so a check's message points at
// the source sentence an editor would change. A `Text` knows its source lines (from the
// facts it was composed from); the facts know their sentences there and the column each
// starts at. Of the sentences on the text's first line, the one sharing the most words
// with the text is where it was composed from.
import type { Facts } from '../../article/schema.js';
import type { Text } from '../view-models.js';

export interface Place {
  line: number;
  column: number;
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Places of printed texts in the article; undefined for a text that rests on no source line. */
export function sourcePlaces(facts: Facts): (text: Text | undefined) => Place | undefined {
  const sentences = new Map<number, { column: number; words: Set<string> }[]>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const source = (value as { source?: { text?: unknown; line?: unknown; column?: unknown } }).source;
      if (source && typeof source.text === 'string' && typeof source.line === 'number' && typeof source.column === 'number') {
        const onLine = sentences.get(source.line) ?? [];
        if (!onLine.some((s) => s.column === source.column)) onLine.push({ column: source.column, words: wordsOf(source.text) });
        sentences.set(source.line, onLine);
      }
      Object.values(value).forEach(visit);
    }
  };
  visit(facts);
  for (const onLine of sentences.values()) onLine.sort((a, b) => a.column - b.column);

  return (text) => {
    const line = text?.lines[0];
    if (text === undefined || line === undefined) return undefined;
    const words = [...wordsOf(text.text)];
    let best: { column: number; shared: number } = { column: 1, shared: -1 };
    for (const sentence of sentences.get(line) ?? []) {
      const shared = words.filter((word) => sentence.words.has(word)).length;
      if (shared > best.shared) best = { column: sentence.column, shared };
    }
    return { line, column: best.column };
  };
}
