// Every piece of text a document shows, found by walking its view model: composers wrap
// each visible string in a `Text` ({ text, kind, lines, derived }), so the checks never
// depend on one document's layout and a new section is checked without extra wiring.
import type { Text } from '../view-models.js';

const isText = (value: unknown): value is Text =>
  typeof value === 'object' && value !== null && typeof (value as Text).text === 'string' && typeof (value as Text).kind === 'string' && Array.isArray((value as Text).lines);

export function visibleTexts(model: unknown): Text[] {
  const found: Text[] = [];
  const walk = (value: unknown, key?: string): void => {
    if (key === 'meta') return; // document properties, not page text
    if (isText(value)) {
      if (value.text.trim() !== '') found.push(value);
      return;
    }
    if (Array.isArray(value)) for (const item of value) walk(item);
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(model);
  return found;
}

/** Text the composers wrote (hype, jargon and readability rules apply to it). */
export const isGenerated = (text: Text) => text.kind === 'generated' || text.kind === 'simplified' || text.kind === 'heading';
