// The public API: what the CLI does, as typed functions. `import { build } from 'trialbrief'`
// (package.json "exports" → index.js, which runs this file through tsx as the CLI does).
//
//   build(inputs, options)           articles → PDFs, HTML, facts.json, report.json (`trialbrief build`)
//   extract(file | { text, path })   one article → its Facts, with diagnostics (`trialbrief extract`)
//   compose(facts, audience, …)      Facts → one document's view model (pure)
//   check(document, facts, …)        the standards checks on a composed document (pure)
//   render(document, …)              a composed document → the self-contained HTML page that is printed
//   factsJsonSchema()                the JSON Schema of the Facts (`trialbrief schema`)
//
// Nothing here prints or exits: results come back as values, problems as thrown errors
// (a VFileMessage, with file, line, column and rule id, for an article that cannot be read).
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { articleFromText } from './article/load.js';
import { readArticle } from './article/read-article.js';
import { Facts } from './article/schema.js';
import { checkDocument, type DocumentReport } from './audiences/checks/index.js';
import { composeDocument, loadGlossary, type ComposedDocument, type Glossary } from './audiences/compose.js';
import type { Audience } from './audiences/registry.js';
import { buildDateFor } from './output/build-date.js';
import { renderHtml } from './render/html.js';

export { build, type ArticleBuilt, type ArticleFailure, type BuildEvents, type BuildOptions, type BuildResult } from './build/build.js';
export { factsJsonSchema } from './article/json-schema.js';
export { AUDIENCES, type Audience } from './audiences/registry.js';
export { Facts, loadGlossary };
export type { ComposedDocument, DocumentReport, Glossary };
export type { ViewModels } from './audiences/compose.js';

/** An article given as text. */
export interface ArticleText {
  text: string;
  /** Names the article in messages; a `.txt` name reads it as pasted text (default: article.md, Markdown with front matter). */
  path?: string;
}

export interface Extracted {
  facts: Facts;
  /** The front matter's `paper:`, when the article sets it (pass it on to render). */
  paper: 'a4' | 'letter' | undefined;
  /** The article as a VFile; its warnings and info diagnostics are in `file.messages`. */
  file: VFile;
}

/** The Facts of one article: a file path (.md or .txt), or its text. */
export async function extract(article: string | ArticleText): Promise<Extracted> {
  const source = typeof article === 'string' ? article : articleFromText(article.text, article.path);
  const { file, facts, parsed } = await readArticle(source);
  return { facts, paper: parsed.frontMatter.paper, file };
}

export interface ComposeOptions {
  /** Plain definitions of medical terms (loadGlossary(yamlText)); default: none. */
  glossary?: Glossary;
  /**
   * The build date the document shows (yyyy-mm-dd), or null for none. Default, as the
   * build does: SOURCE_DATE_EPOCH when set, else today (UTC).
   */
  buildDate?: string | null;
}

const NO_GLOSSARY = loadGlossary('');

/** One document of the facts (e.g. from extract, or read back from a facts.json). */
export function compose<A extends Audience>(facts: Facts, audience: A, options: ComposeOptions = {}): ComposedDocument<A> {
  const valid = Facts.parse(facts);
  const buildDate = options.buildDate !== undefined ? options.buildDate : buildDateFor(process.env.SOURCE_DATE_EPOCH);
  return composeDocument(audience, valid, options.glossary ?? NO_GLOSSARY, { buildDate });
}

/**
 * The standards checks a build runs before printing (reading grade, hype words, undefined
 * terms, numbers without a source, the evidence checklist); pages and fonts come with a PDF.
 */
export function check(
  document: ComposedDocument,
  facts: Facts,
  options: Pick<ComposeOptions, 'glossary'> = {},
): DocumentReport & { messages: VFileMessage[] } {
  const valid = Facts.parse(facts);
  // Failed checks are messages on the article's file, at the source sentence the checked
  // text came from, as in a build; a fresh file keeps them apart from extraction's.
  const file = new VFile({ path: valid.meta.file });
  const report = checkDocument(file, document, valid, options.glossary ?? NO_GLOSSARY);
  return { ...report, messages: file.messages };
}

export interface RenderOptions {
  /** Default: a4. */
  paper?: 'a4' | 'letter';
  /** A folder of your own templates (same names as templates/). */
  templatesDir?: string;
}

/** The self-contained HTML page of a composed document: what the build prints to PDF and writes as <audience>.html. */
export function render(document: ComposedDocument, options: RenderOptions = {}): Promise<string> {
  return renderHtml(document.audience, document.view, { paper: options.paper ?? 'a4', templatesDir: options.templatesDir });
}
