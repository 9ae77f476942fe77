// Words that oversell research. They must never appear in text we write; the article's
// own headline may still be quoted in the citation. The list is data: src/article/cues/hype.yaml.
import { cues } from '../../article/cues/cues.js';

/** Every hype cue as one pattern, in file order (hype.yaml's entries use the default flags). */
const ANY_HYPE = cues('hype')
  .map((cue) => `(?:${cue.source})`)
  .join('|');
const PATTERN = new RegExp(String.raw`\b(?:${ANY_HYPE})\b`, 'gi');

/**
 * A hype word fused by a hyphen to a capitalised piece is part of a name ("founder and CEO of
 * P-Cure", "Cure-Tech"): the name is what the company is called, not a claim we make.
 */
const IN_A_NAME_BEFORE = /\b[A-Z][\w]*-$/;
const IN_A_NAME_AFTER = /^-[A-Z]/;

/** The hype words in a text, as written, in the order they appear. */
export function findHype(text: string): string[] {
  return [...text.matchAll(PATTERN)]
    .filter((m) => !IN_A_NAME_BEFORE.test(text.slice(0, m.index)) && !IN_A_NAME_AFTER.test(text.slice(m.index! + m[0].length)))
    .map((m) => m[0]);
}
