// The editor-owned glossary (content/glossary.yaml): plain definitions for "Words to
// know". Parsing is pure (the pipeline reads the file); a bad entry fails with its name.
import { parse } from 'yaml';
import { z } from 'zod';
import { escapeRegExp } from '../shared/escape-regexp.js';

const Entry = z.object({
  term: z.string().min(1),
  definition: z.string().min(1),
  /** Other spellings that count as the same word ("A1c", "randomised"). */
  also: z.array(z.string().min(1)).default([]),
});
// Editors may write a list of entries, or a map of term → definition (or → entry body).
const GlossaryFile = z.union([z.array(Entry), z.record(z.string(), z.union([z.string().min(1), Entry.omit({ term: true })]))]);

export interface GlossaryEntry {
  term: string;
  definition: string;
  also: string[];
}

export interface Glossary {
  entries: GlossaryEntry[];
}

export function loadGlossary(yamlText: string): Glossary {
  const data: unknown = parse(yamlText) ?? [];
  const result = GlossaryFile.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`glossary: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  const entries: GlossaryEntry[] = Array.isArray(result.data)
    ? result.data.map((entry) => ({ ...entry }))
    : Object.entries(result.data).map(([term, body]) =>
        typeof body === 'string' ? { term, definition: body, also: [] } : { term, ...body },
      );
  return { entries: entries.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' })) };
}

function termPattern(word: string): RegExp {
  const escaped = escapeRegExp(word).replace(/[- ]/g, '[- ]');
  // Whole words, plural allowed; "phase 1" must not match inside "phase 1/2" or "phase 12".
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?:s|es)?(?![\\p{L}\\p{N}]|/\\d)`, 'iu');
}

interface Matcher {
  pattern: RegExp;
  /** The word's longest ASCII piece, lower-cased: a text without it cannot match (a cheap test first). */
  needle: string | null;
}

// Compiled once per entry: composing one article asks about the whole glossary dozens of
// times, and compiling the patterns anew each time was a third of the CPU of a build.
const matchers = new WeakMap<GlossaryEntry, Matcher[]>();

function matchersOf(entry: GlossaryEntry): Matcher[] {
  let found = matchers.get(entry);
  if (!found) {
    found = [entry.term, ...entry.also].map((word) => {
      const pieces = word
        .toLowerCase()
        .split(/[- ]/)
        .filter((piece) => /^[\x20-\x7e]+$/.test(piece));
      const needle = pieces.sort((a, b) => b.length - a.length)[0] ?? null;
      return { pattern: termPattern(word), needle };
    });
    matchers.set(entry, found);
  }
  return found;
}

/** The entries whose term (or another spelling of it) appears in any of the texts. */
export function termsUsed(glossary: Glossary, texts: readonly string[]): GlossaryEntry[] {
  const all = texts.join('\n');
  const lower = all.toLowerCase();
  return glossary.entries.filter((entry) =>
    matchersOf(entry).some(({ pattern, needle }) => (needle === null || lower.includes(needle)) && pattern.test(all)),
  );
}
