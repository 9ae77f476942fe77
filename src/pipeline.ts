// One article through the stages of DESIGN.md, top to bottom:
//   read (load → parse → extract) → compose → check → fill templates → print → write
// Owns no logic of its own: each stage is a call into its module.
import path from 'node:path';
import type { VFile } from 'vfile';
import { readArticle } from './article/read-article.js';
import type { Facts } from './article/schema.js';
import { checkDocument, withPrint, type DocumentReport } from './audiences/checks/index.js';
import { composeDocument, type Glossary } from './audiences/compose.js';
import type { Audience } from './audiences/registry.js';
import { writeOutputsAtomically, type OutputFile } from './build/atomic-write.js';
import { buildDateFor } from './build/build-date.js';
import { renderHtml } from './render/html.js';
import { stampMetadata } from './render/pdf-metadata.js';
import type { Printer } from './render/printer.js';

export interface BuildOptions {
  outDir: string;
  audiences: Audience[];
  formats: ('pdf' | 'html')[];
  paper: 'a4' | 'letter';
  templatesDir?: string;
  /** SOURCE_DATE_EPOCH, when set: the build date of every document. */
  sourceDateEpoch?: string;
  /** "trialbrief 0.1.0", written into each PDF's creator and producer. */
  producer: string;
}

export interface BuiltArticle {
  file: VFile;
  facts: Facts;
  outputs: string[];
  /** Every URL a document page tried to load (all refused). */
  refused: string[];
  /** The standards checks, one report per document (also written to report.json). */
  reports: DocumentReport[];
}

export async function buildArticle(filePath: string, glossary: Glossary, printer: Printer, options: BuildOptions): Promise<BuiltArticle> {
  const { file, facts, parsed } = await readArticle(filePath);
  const paper = parsed.frontMatter.paper ?? options.paper;
  const buildDate = buildDateFor(options.sourceDateEpoch, facts.meta.date);
  const dir = path.join(options.outDir, facts.meta.slug);
  const outputs: OutputFile[] = [{ path: path.join(dir, 'facts.json'), data: `${JSON.stringify(facts, null, 2)}\n` }];
  const refused: string[] = [];

  const reports = await Promise.all(
    options.audiences.map(async (audience) => {
      const document = composeDocument(audience, facts, glossary, { buildDate });
      let report = checkDocument(document, facts, glossary);
      const html = await renderHtml(audience, document.view, { templatesDir: options.templatesDir, paper });
      if (options.formats.includes('html')) outputs.push({ path: path.join(dir, `${audience}.html`), data: html });
      if (options.formats.includes('pdf')) {
        const printed = await printer.print(html, { format: paper === 'letter' ? 'Letter' : 'A4', title: document.title });
        refused.push(...printed.refused);
        const { meta } = document;
        const stamped = await stampMetadata(printed.pdf, { ...meta, producer: options.producer, date: buildDate });
        report = withPrint(report, stamped);
        outputs.push({ path: path.join(dir, `${audience}.pdf`), data: stamped.pdf });
      }
      return report;
    }),
  );
  outputs.push({ path: path.join(dir, 'report.json'), data: `${JSON.stringify({ slug: facts.meta.slug, paper, documents: reports }, null, 2)}\n` });

  // All of an article's files appear together, or none do.
  await writeOutputsAtomically(outputs);
  return { file, facts, outputs: outputs.map((o) => o.path).sort(), refused, reports };
}
