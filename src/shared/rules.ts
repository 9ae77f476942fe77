// Every problem trialbrief reports, from loading a file to checking a printed document,
// is a VFileMessage with one of these rule ids. This registry is the one list of them:
// code names a rule through `rule(id)` (a typo fails tsc), the README's "Rules" table is
// checked against it (test/unit/rules.test.ts), and so is every message the corpus
// produces. A leaf: every layer may import it, it imports none.

export type Severity = 'error' | 'warning' | 'info';

export interface RuleInfo {
  /**
   * error: the article cannot be built (thrown with `file.fail`); warning: built, but an
   * editor should look (`--strict` fails the build); info: a note (`--verbose` lists it).
   */
  severity: Severity;
  /** One line for the README: what the rule finds. */
  doc: string;
}

/** The `source` of every message: the reporter prints it beside the rule id. */
export const SOURCE = 'trialbrief';

export const RULES = {
  // Loading (src/article/load.ts): what is not an article is refused before parsing.
  'not-a-file': { severity: 'error', doc: 'The path is a folder or device, not an article file.' },
  unreadable: { severity: 'error', doc: 'The file does not exist or cannot be read.' },
  'too-large': { severity: 'error', doc: 'The file is over 1 MB: no news story is, so it is a mistake or an attack.' },
  binary: { severity: 'error', doc: 'The file holds a NUL byte: binary data, not text.' },
  encoding: { severity: 'error', doc: 'The file is not UTF-8 text; the message points at the first invalid byte.' },
  empty: { severity: 'error', doc: 'The file has no text.' },

  // Parsing (src/article/parse.ts, front-matter.ts).
  'front-matter-yaml': { severity: 'error', doc: 'The front matter is not valid YAML.' },
  'front-matter': { severity: 'error', doc: 'A front-matter key is unknown (with a did-you-mean) or its value has the wrong shape.' },
  'too-deep': { severity: 'error', doc: 'Markdown nested more than 40 levels deep.' },
  'table-too-long': { severity: 'error', doc: 'A table of more than 500 rows.' },

  // Images (src/article/images.ts): checked, never printed or fetched.
  'bad-image': { severity: 'error', doc: 'An image address with a scheme that is not a file (e.g. `javascript:`).' },
  'missing-image': { severity: 'error', doc: 'A local image that does not exist or is not a file.' },
  'image-outside-project': { severity: 'error', doc: 'A local image outside the project folder, by path, `file:` URL or symbolic link.' },
  'image-not-used': {
    severity: 'info',
    doc: 'A remote or `data:` image: noted, never fetched; documents print no pictures from the article.',
  },

  // Extraction (src/article/extract.ts): a gap the documents will call "not reported".
  'no-title': { severity: 'error', doc: 'No `title:` in the front matter and no headline on the first line.' },
  'no-intervention': { severity: 'warning', doc: 'No treatment studied found in the text (`facts.intervention` supplies it).' },
  'no-condition': { severity: 'warning', doc: 'No condition studied found in the text (`facts.condition` supplies it).' },
  'no-participants': { severity: 'warning', doc: 'No number of participants found in the text (`facts.participants` supplies it).' },
  'no-phase': { severity: 'warning', doc: 'No trial phase found in the text (`facts.phase` supplies it).' },
  'no-journal': { severity: 'warning', doc: 'No journal found in the text (`facts.journal` supplies it).' },
  'no-results': { severity: 'warning', doc: 'No numeric or outcome result found in the text.' },

  // Page junk (src/article/clean.ts, cue phrases in src/article/cues/junk.yaml): removed before extraction.
  junk: { severity: 'info', doc: 'A line of page junk was removed.' },

  // Document checks (src/audiences/checks/): the standards of STANDARDS.md, on every build.
  'reading-grade': {
    severity: 'warning',
    doc: 'Patient brief: Flesch–Kincaid grade above 8 (every heading, bullet and line counted as a sentence).',
  },
  smog: { severity: 'warning', doc: 'Patient brief: SMOG grade above 8.' },
  'long-sentence': { severity: 'warning', doc: 'Patient brief: a sentence of more than 20 words.' },
  'undefined-term': {
    severity: 'warning',
    doc: 'Patient brief: a glossary term or abbreviation used but not explained in “Words to know” or spelled out.',
  },
  hype: {
    severity: 'warning',
    doc: 'All documents: breakthrough, cure, miracle, game-changer … in text we wrote (quotes and the source headline are exempt).',
  },
  'untraceable-number': {
    severity: 'warning',
    doc: 'All documents: a number that is in no source sentence behind the facts and not declared as derived.',
  },
  'page-budget': { severity: 'warning', doc: 'All documents: more pages than the budget (patient 2, clinician 2, press 1).' },
  'font-fallback': { severity: 'warning', doc: 'All documents: characters printed in a system font that the embedded fonts lack.' },
  'external-request': {
    severity: 'warning',
    doc: 'All documents: the printed page asked for something from outside (refused), e.g. a custom template’s remote image.',
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

/** The message options that name a rule: `file.message(reason, { place, ...rule('no-phase') })`. */
export function rule(id: RuleId): { ruleId: RuleId; source: typeof SOURCE } {
  return { ruleId: id, source: SOURCE };
}

export function isRuleId(id: unknown): id is RuleId {
  return typeof id === 'string' && Object.hasOwn(RULES, id);
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** The document a check's message is about ("patient-brief"); absent on messages about the article itself. */
    audience?: string;
  }
}
