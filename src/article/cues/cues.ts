// Cue phrases are data: one YAML file per fact kind beside this module (results.yaml,
// harms.yaml, caveats.yaml …), each entry a rule id, a pattern and an example sentence,
// the way retext-equality and alex keep their word lists. This module is the mechanism:
// it reads a file once, compiles its patterns, and says which rule a sentence matches,
// so the rule id can travel with the extracted value into facts.json.
//
// File shape:
//   fragments:            # optional: named pieces shared by several patterns
//     symptom: 'nausea|vomiting|headaches?'
//   cues:
//     - id: harm-side-effects          # unique across all cue files
//       pattern: 'side effects?|{symptom}'   # a JavaScript regex source; {name} inserts a fragment
//                                      # (the file's own, or a shared one: see SHARED_FRAGMENTS)
//       example: 'The most common side effects were nausea and headache.'
//       flags: i                       # optional, default "i"; word boundaries are added
//       bare: true                     # optional: no \b…\b around the pattern
//       note: why this cue exists      # optional
//       droppable: true                # optional: any other key is a marker for the code
//                                      # that reads this kind (see `meta`)
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { MONTH_PATTERN, numberWords } from '../../shared/word-lists.js';

export interface Cue {
  /** Rule id, unique across every cue file ("harm-side-effects"). */
  id: string;
  /** The fact kind the file is for ("harms"). */
  kind: string;
  regex: RegExp;
  /** The pattern with its fragments inserted, before word boundaries and flags: for code that needs other boundaries. */
  source: string;
  /** A sentence the cue must match: a test runs every example. */
  example: string;
  note?: string;
  /** The entry's other keys, markers that only the code reading this kind knows ("droppable: true" in hype.yaml). */
  meta: Readonly<Record<string, unknown>>;
}

interface CueEntry {
  id: string;
  pattern: string;
  example: string;
  flags?: string;
  bare?: boolean;
  note?: string;
  [marker: string]: unknown;
}

interface CueFile {
  fragments?: Record<string, string>;
  cues: CueEntry[];
}

/** The keys this module reads; any other key of an entry is a marker kept in `meta`. */
const ENTRY_KEYS = new Set(['id', 'pattern', 'example', 'flags', 'bare', 'note']);

/**
 * Fragments every cue file may use, built from src/shared/word-lists.ts so a cue file never
 * keeps its own copy of a list other layers share: {number-word} is "one" … "ninety",
 * {month} a month name or its abbreviation. A file's own fragment of the same name wins.
 */
const SHARED_FRAGMENTS: Readonly<Record<string, string>> = {
  'number-word': numberWords(1, 90).join('|'),
  month: MONTH_PATTERN,
};

const loaded = new Map<string, Cue[]>();

/** The cues of one kind, compiled once per process. */
export function cues(kind: string): Cue[] {
  let list = loaded.get(kind);
  if (!list) {
    list = compileData(kind, readCueFile(kind));
    loaded.set(kind, list);
  }
  return list;
}

/** Compiles a cue file's text; throws with the file and rule id when a pattern is bad. */
export function compile(kind: string, text: string): Cue[] {
  return compileData(kind, parse(text) as CueFile);
}

/**
 * A cue file's data: from the JSON copy that the compiled CLI (dist/, scripts/compiled.mjs)
 * carries beside each cue file, else from the YAML itself. Parsing the YAML of every cue
 * file took a fifth of a cold single-article build; the copy is made from the same file
 * whenever the sources change.
 */
function readCueFile(kind: string): CueFile {
  try {
    return JSON.parse(readFileSync(new URL(`./${kind}.json`, import.meta.url), 'utf8')) as CueFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return parse(readFileSync(new URL(`./${kind}.yaml`, import.meta.url), 'utf8')) as CueFile;
}

function compileData(kind: string, data: CueFile): Cue[] {
  const fragments = expandFragments(kind, { ...SHARED_FRAGMENTS, ...data.fragments });
  return (data.cues ?? []).map((entry) => {
    const source = insertFragments(kind, entry.id, entry.pattern, fragments);
    let regex: RegExp;
    try {
      regex = new RegExp(entry.bare ? source : String.raw`\b(?:${source})\b`, entry.flags ?? 'i');
    } catch (error) {
      throw new Error(`cues/${kind}.yaml: ${entry.id}: bad pattern: ${(error as Error).message}`, { cause: error });
    }
    const meta = Object.fromEntries(Object.entries(entry).filter(([key]) => !ENTRY_KEYS.has(key)));
    return { id: entry.id, kind, regex, source, example: entry.example, note: entry.note, meta };
  });
}

/** The first cue of the list that matches the text, or null. */
export function firstCue(list: readonly Cue[], text: string): Cue | null {
  for (const cue of list) if (cue.regex.test(text)) return cue;
  return null;
}

/** The cue with this id (throws on a typo, so code can never name a rule that is not there). */
export function cueById(kind: string, id: string): Cue {
  const cue = cues(kind).find((c) => c.id === id);
  if (!cue) throw new Error(`cues/${kind}.yaml has no rule ${id}`);
  return cue;
}

/** The first cue among those with these ids (in file order) that matches the text. */
export function firstCueOf(kind: string, ids: readonly string[], text: string): Cue | null {
  return firstCue(
    cues(kind).filter((c) => ids.includes(c.id)),
    text,
  );
}

function expandFragments(kind: string, raw: Record<string, string>): Record<string, string> {
  const done: Record<string, string> = {};
  const expand = (name: string, seen: string[]): string => {
    if (done[name] !== undefined) return done[name];
    if (raw[name] === undefined) throw new Error(`cues/${kind}.yaml: unknown fragment {${name}}`);
    if (seen.includes(name)) throw new Error(`cues/${kind}.yaml: fragment {${name}} refers to itself`);
    done[name] = raw[name].replace(/\{([a-z][\w-]*)\}/g, (_, inner: string) => `(?:${expand(inner, [...seen, name])})`);
    return done[name];
  };
  for (const name of Object.keys(raw)) expand(name, []);
  return done;
}

function insertFragments(kind: string, id: string, pattern: string, fragments: Record<string, string>): string {
  return pattern.replace(/\{([a-z][\w-]*)\}/g, (whole, name: string) => {
    if (fragments[name] === undefined) throw new Error(`cues/${kind}.yaml: ${id}: unknown fragment ${whole}`);
    return `(?:${fragments[name]})`;
  });
}

/**
 * A named fragment of a cue file as a regex of its own, for code that tests a shared phrase
 * list alone (clean.ts: "is this name an organisation?"). Flags as the code needs them.
 */
export function fragment(kind: string, name: string, flags = 'i'): RegExp {
  const data = readCueFile(kind);
  const source = expandFragments(kind, data.fragments ?? {})[name];
  if (source === undefined) throw new Error(`cues/${kind}.yaml: unknown fragment {${name}}`);
  return new RegExp(source, flags);
}
