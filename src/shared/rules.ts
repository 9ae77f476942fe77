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

  // Page junk (src/article/clean.ts; cue phrases in src/article/cues/junk.yaml): removed before
  // extraction, each line listed under its rule in facts.json's `removed`.
  'junk-ad-marker': {
    severity: 'info',
    doc: 'An ad marker or page control alone on its line (“Advertisement”, “Skip to content”, “4 min read”).',
  },
  'junk-share-bar': { severity: 'info', doc: 'Share buttons (“Facebook Twitter LinkedIn Email”), at most 8 words.' },
  'junk-tag-list': { severity: 'info', doc: 'A list of tags or topics (“Tags: …”), under 30 words.' },
  'junk-photo-caption': { severity: 'info', doc: 'A photo caption or credit label (“Photo: …”, “Image credit: …”), under 25 words.' },
  'junk-photo-credit': { severity: 'info', doc: 'A picture agency credit (“jroe/iStock/Getty Images Plus”), under 25 words.' },
  'junk-photo-note': { severity: 'info', doc: 'A photo credit in brackets (“(Photo by …)”), under 12 words.' },
  'junk-language-switcher': { severity: 'info', doc: 'A language switcher (“English · Español”, “Leer en español”).' },
  'junk-newsletter': { severity: 'info', doc: 'A newsletter sign-up, under 40 words.' },
  'junk-read-more': { severity: 'info', doc: 'A “Read more” / “See also” / “Related” link to another story, under 25 words.' },
  'junk-link-label': { severity: 'info', doc: 'A label before links elsewhere (“Trending:”, “Most read:”, “Watch:”), under 25 words.' },
  'junk-more-information': {
    severity: 'info',
    doc: 'A pointer to more information elsewhere (“For more information, visit …”), under 30 words.',
  },
  'junk-tagline': { severity: 'info', doc: 'A trademark tagline ending in ®, ™ or ℠, under 10 words.' },
  'junk-about-boilerplate': {
    severity: 'info',
    doc: 'A paragraph opening “About <organisation>:” in which the organisation describes itself.',
  },
  'junk-organisation-boilerplate': {
    severity: 'info',
    doc: 'An organisation describing itself (“… is dedicated to …”) as the subject of a paragraph late in the article.',
  },
  'junk-press-availability': { severity: 'info', doc: 'A note that someone is available to the press for interviews, under 45 words.' },
  'junk-section-label': { severity: 'info', doc: 'A section label alone on its line (“Background”, “Key findings:”), outside tables.' },
  'junk-section-label-prefix': {
    severity: 'info',
    doc: 'A label glued to the start of an early paragraph (“At a Glance A clinical trial …”): the label is cut off.',
  },
  'junk-byline': {
    severity: 'info',
    doc: 'An author line near the top (“By Jane Doe”), or a line of author, date and reading time joined by bars or dots.',
  },
  'junk-timestamp': { severity: 'info', doc: 'A publication or update stamp near the top (“Updated: March 3, 2025”, “3 hours ago”).' },
  'junk-copyright': { severity: 'info', doc: 'A copyright line (“© 2024 …”, “All rights reserved”), under 30 words.' },
  'junk-comments': { severity: 'info', doc: 'Comment-section furniture (“Comments are closed”, “Leave a comment”), under 25 words.' },
  'junk-stock-market': { severity: 'info', doc: 'A stock-market note (“Acme shares rose 12% …”), under 30 words.' },
  'junk-cookie-notice': { severity: 'info', doc: 'A cookie notice, under 60 words.' },
  'junk-wire-credit': { severity: 'info', doc: 'A wire service’s credit (“Reporting by …; Editing by …”), under 25 words.' },
  'junk-web-link': { severity: 'info', doc: 'A web address alone on its line.' },
  'junk-social-post': {
    severity: 'info',
    doc: 'An embedded social-media post (two or more hashtags, a pic.twitter.com link, an “(@handle)” signature), under 60 words.',
  },
  'junk-issuing-office': {
    severity: 'info',
    doc: 'The office that issued a release (“National Eye Institute”), alone under the headline; kept as metadata.',
  },
  'junk-end-copyright': { severity: 'info', doc: 'A copyright line that closes the page: it and everything after it.' },
  'junk-end-marker': { severity: 'info', doc: 'The end of a release (“###”, “-30-”, “ENDS”): it and everything after it.' },
  'junk-forward-looking': { severity: 'info', doc: 'Forward-looking statements or a disclaimer: they and everything after them.' },
  'junk-related-information': { severity: 'info', doc: 'A “Related information” / “Resources” heading: it and everything after it.' },
  'junk-release-header': {
    severity: 'info',
    doc: 'A release or embargo line near the top (“FOR IMMEDIATE RELEASE: …”); its date is kept as metadata.',
  },
  'junk-release-date': { severity: 'info', doc: 'A date alone on its line near the top; kept as metadata.' },
  'junk-media-contact': {
    severity: 'info',
    doc: 'A media contact (a phone number or e-mail address, labelled or after a contact label); kept as metadata.',
  },
  'junk-media-contact-label': { severity: 'info', doc: 'A contact label alone on its line (“Media Contacts:”).' },
  'junk-about-header': {
    severity: 'info',
    doc: '“About <organisation>” alone on its line (not “About the study”), which opens boilerplate.',
  },
  'junk-about-section': {
    severity: 'info',
    doc: 'A paragraph of an “About” section: the organisation describing itself, or its website and social links.',
  },
  'junk-dateline': {
    severity: 'info',
    doc: 'A dateline opening an early paragraph (“CAMBRIDGE, Mass., March 3, 2025 /PRNewswire/ --”): cut off, kept as metadata.',
  },
  'junk-dateline-full-date': {
    severity: 'info',
    doc: 'A dateline whose place is in ordinary capitals (“Dallas, Texas -February 4, 2016 -”): a dateline only with a full date and a dash after it.',
  },
  'junk-trailing-link': {
    severity: 'info',
    doc: 'Short lines without a full stop after the story’s last sentence: links to other stories.',
  },

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
