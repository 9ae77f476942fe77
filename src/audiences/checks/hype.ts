// Words that oversell research. They must never appear in text we write; the article's
// own headline may still be quoted in the citation. The list is data: src/article/cues/hype.yaml.
import { cues } from '../../article/cues/cues.js';

/** Every hype cue as one pattern, in file order (hype.yaml's entries use the default flags). */
const ANY_HYPE = cues('hype')
  .map((cue) => `(?:${cue.source})`)
  .join('|');
const PATTERN = new RegExp(String.raw`\b(?:${ANY_HYPE})\b`, 'gi');

/** The hype words in a text, as written, in the order they appear. */
export function findHype(text: string): string[] {
  return [...text.matchAll(PATTERN)].map((m) => m[0]);
}
