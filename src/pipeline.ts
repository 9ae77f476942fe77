// One article through the stages of DESIGN.md, top to bottom:
//   read (load → parse → extract) → compose → check → fill templates → print → write
// Owns no logic of its own: each stage is a call into its module. Loaded only by a build
// that has something to do (src/build/articles.ts imports it lazily), and by the preview
// server, which shows what prepareArticle makes.
//
// Two halves, so a batch can run them in different threads: prepareArticle (read,
// compose, check, fill: CPU only, no browser, no writes; its result is plain data that
// can cross a worker boundary) and finishArticle (print, stamp, write).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import type { Facts } from './article/schema.js';
import { checkDocument, withPrint, type DocumentReport } from './audiences/checks/index.js';
import { composeDocument, type Glossary } from './audiences/compose.js';
import { AUDIENCES, type Audience } from './audiences/registry.js';
import type { DocumentMeta } from './audiences/view-models.js';
import { writeOutputsAtomically, type OutputFile } from './output/atomic-write.js';
import { buildDateFor } from './output/build-date.js';
import { factsJson } from './output/facts-json.js';
import { EMBEDDED_FAMILIES } from './render/fonts.js';
import { renderHtml } from './render/html.js';
import { stampMetadata } from './render/pdf-metadata.js';
import type { Printer } from './render/printer.js';
import { formatDiagnostics, restoreMessages, serialiseMessages, type ReportMessage } from './report.js';

export interface PrepareOptions {
  /** The documents to build now (others of the article are left as they are). */
  audiences: Audience[];
  paper: 'a4' | 'letter';
  templatesDir?: string;
  /** SOURCE_DATE_EPOCH, when set: the build date of every document. */
  sourceDateEpoch?: string;
  /** List info diagnostics (removed page junk) too. */
  verbose?: boolean;
}

export interface FinishOptions extends PrepareOptions {
  outDir: string;
  formats: ('pdf' | 'html')[];
  /** "trialbrief 0.1.0", written into each PDF's creator and producer. */
  producer: string;
  /**
   * Documents of this article that are up to date and not rebuilt: their entries in the
   * existing report.json are kept (when the article still has that slug).
   */
  keep?: { slug: string; audiences: Audience[] };
  /** Called as each document is ready (printed and stamped), before anything is written. */
  onDocument?: (document: BuiltDocument, slug: string) => void;
}

export interface PreparedDocument {
  audience: Audience;
  /** The self-contained page: what is printed, and written as <audience>.html. */
  html: string;
  title: string;
  meta: DocumentMeta;
  /** The measures before printing (page count and fonts come with the PDF). */
  report: DocumentReport;
}

/** An article read, composed, checked and filled into HTML: plain data, nothing printed or written. */
export interface PreparedArticle {
  slug: string;
  facts: Facts;
  paper: 'a4' | 'letter';
  buildDate: string | null;
  documents: PreparedDocument[];
  /** The article's path, and the messages on it so far (reading, then each document's checks). */
  file: string;
  messages: ReportMessage[];
}

export interface BuiltDocument {
  audience: Audience;
  /** Its output files (paths under outDir). */
  files: string[];
  pages: number | null;
  report: DocumentReport;
}

export interface BuiltArticle {
  slug: string;
  facts: Facts;
  outputs: string[];
  /** Every URL a document page tried to load (all refused). */
  refused: string[];
  /** The measures, one report per document in report.json (rebuilt and kept). */
  reports: DocumentReport[];
  /** The documents built now. */
  documents: BuiltDocument[];
  /** Every message, as report.json holds them: the article's, then each document's checks (rebuilt and kept). */
  messages: ReportMessage[];
  /** Warnings about the article, and failed checks of its documents. */
  warnings: number;
  checksFailed: number;
  /** The messages for people (vfile-reporter). */
  diagnostics: string;
}

export async function prepareArticle(filePath: string, glossary: Glossary, options: PrepareOptions): Promise<PreparedArticle> {
  // Loaded on first use: reading pulls in the NLP and the Markdown parser, which a build's
  // main thread (printing what worker threads prepared) never needs.
  const { readArticle } = await import('./article/read-article.js');
  const { file, facts, parsed } = await readArticle(filePath);
  const paper = parsed.frontMatter.paper ?? options.paper;
  const buildDate = buildDateFor(options.sourceDateEpoch);
  const documents: PreparedDocument[] = [];
  for (const audience of options.audiences) {
    const document = composeDocument(audience, facts, glossary, { buildDate });
    const report = checkDocument(file, document, facts, glossary);
    const html = await renderHtml(audience, document.view, { templatesDir: options.templatesDir, paper });
    documents.push({ audience, html, title: document.title, meta: document.meta, report });
  }
  return {
    slug: facts.meta.slug,
    facts,
    paper,
    buildDate,
    documents,
    file: file.path,
    messages: serialiseMessages(file),
  };
}

export async function finishArticle(prepared: PreparedArticle, printer: Printer, options: FinishOptions): Promise<BuiltArticle> {
  const { slug, facts, paper, buildDate } = prepared;
  const dir = path.join(options.outDir, slug);
  const factsFile = path.join(dir, 'facts.json');
  const outputs: OutputFile[] = [{ path: factsFile, data: factsJson(facts, factsFile) }];
  const refused: string[] = [];
  const file = new VFile({ path: prepared.file });
  restoreMessages(file, prepared.messages);

  const documents = await Promise.all(
    prepared.documents.map(async ({ audience, html, title, meta, report }): Promise<BuiltDocument> => {
      const files: OutputFile[] = [];
      if (options.formats.includes('html')) files.push({ path: path.join(dir, `${audience}.html`), data: html });
      let pages: number | null = null;
      if (options.formats.includes('pdf')) {
        const printed = await printer.print(html, { format: paper === 'letter' ? 'Letter' : 'A4', title });
        refused.push(...printed.refused);
        const stamped = await stampMetadata(printed.pdf, { ...meta, producer: options.producer, date: buildDate });
        report = withPrint(file, report, { ...stamped, refused: printed.refused }, EMBEDDED_FAMILIES);
        pages = stamped.pages;
        files.push({ path: path.join(dir, `${audience}.pdf`), data: stamped.pdf });
      }
      outputs.push(...files);
      const built = { audience, files: files.map((f) => f.path), pages, report };
      options.onDocument?.(built, slug);
      return built;
    }),
  );

  const kept =
    options.keep?.slug === slug
      ? await keptReports(
          dir,
          options.keep.audiences,
          prepared.documents.map((d) => d.audience),
        )
      : { reports: [], messages: [] };
  restoreMessages(file, kept.messages);
  // Messages about the article first, then each document's in document order (prints finish in any order).
  const order = (audience: string | undefined) => AUDIENCES.findIndex((a) => a.name === audience);
  file.messages.sort((a, b) => order(a.audience) - order(b.audience));
  const reports = [...documents.map((d) => d.report), ...kept.reports].sort((a, b) => order(a.audience) - order(b.audience));
  const messages = serialiseMessages(file);
  outputs.push({
    path: path.join(dir, 'report.json'),
    data: `${JSON.stringify({ slug, paper, documents: reports, messages }, null, 2)}\n`,
  });

  // All of an article's files appear together, or none do.
  await writeOutputsAtomically(outputs);
  return {
    slug,
    facts,
    outputs: outputs.map((o) => o.path).sort(),
    refused,
    reports,
    documents,
    messages,
    warnings: messages.filter((m) => m.severity === 'warning' && m.audience === undefined).length,
    checksFailed: messages.filter((m) => m.severity === 'warning' && m.audience !== undefined).length,
    diagnostics: formatDiagnostics(file, { verbose: options.verbose ?? false }),
  };
}

/** The previous report.json's entries and messages for documents that are not rebuilt now. */
async function keptReports(
  dir: string,
  keep: Audience[],
  rebuilt: Audience[],
): Promise<{ reports: DocumentReport[]; messages: ReportMessage[] }> {
  const wanted: string[] = keep.filter((audience) => !rebuilt.includes(audience));
  if (wanted.length === 0) return { reports: [], messages: [] };
  try {
    const previous = JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8')) as {
      documents?: DocumentReport[];
      messages?: ReportMessage[];
    };
    return {
      reports: (previous.documents ?? []).filter((r) => wanted.includes(r.audience)),
      messages: (previous.messages ?? []).filter((m) => m.audience !== undefined && wanted.includes(m.audience)),
    };
  } catch {
    return { reports: [], messages: [] };
  }
}
