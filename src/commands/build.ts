// `trialbrief build`: every article through the pipeline, one browser for all, one
// progress line per article, diagnostics with positions, a summary, an exit code.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFileMessage } from 'vfile-message';
import { loadGlossary } from '../audiences/compose.js';
import type { Audience } from '../audiences/registry.js';
import { findArticles } from '../build/inputs.js';
import { oneLine } from '../cli.js';
import { buildArticle } from '../pipeline.js';
import { createPrinter } from '../render/printer.js';
import { formatDiagnostics } from '../report.js';

export interface BuildFlags {
  outDir: string;
  audiences: Audience[];
  formats: ('pdf' | 'html')[];
  paper: 'a4' | 'letter';
  templatesDir?: string;
  strict: boolean;
  verbose: boolean;
}

export async function runBuild(inputs: string[], flags: BuildFlags): Promise<number> {
  const started = performance.now();
  const files = await findArticles(inputs);
  if (files.length === 0) {
    process.stderr.write(`trialbrief: no articles to build (looked in ${inputs.join(', ') || 'content/'})\n`);
    return 1;
  }
  const glossary = loadGlossary(await readFile(path.resolve('content', 'glossary.yaml'), 'utf8').catch(() => ''));
  const printer = createPrinter();
  const buildDate = buildDateFrom(process.env.SOURCE_DATE_EPOCH);
  let failed = 0;
  let warned = 0;
  let documents = 0;

  try {
    await Promise.all(
      files.map(async (file) => {
        const articleStart = performance.now();
        try {
          const built = await buildArticle(file, glossary, printer, { ...flags, buildDate });
          const warnings = built.file.messages.filter((m) => m.fatal === false).length;
          if (warnings > 0) warned++;
          documents += built.outputs.filter((o) => o.endsWith('.pdf')).length;
          const diagnostics = formatDiagnostics(built.file, { verbose: flags.verbose });
          const pdfs = built.outputs.filter((o) => o.endsWith('.pdf')).length;
          process.stderr.write(
            `✓ ${built.facts.meta.slug}: ${pdfs} PDF${pdfs === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} (${seconds(articleStart)})\n${diagnostics ? `${diagnostics}\n` : ''}`,
          );
        } catch (error) {
          failed++;
          const reason = error instanceof VFileMessage ? oneLine(error) : `${file}: error: ${(error as Error).message}`;
          process.stderr.write(`✗ ${reason}\n`);
        }
      }),
    );
  } finally {
    await printer.close();
  }

  const built = files.length - failed;
  process.stderr.write(
    `${built} of ${files.length} article${files.length === 1 ? '' : 's'} built, ${documents} PDF${documents === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''}${warned ? `, ${warned} with warnings` : ''} in ${seconds(started)} → ${flags.outDir}/\n`,
  );
  if (failed > 0) return 1;
  return flags.strict && warned > 0 ? 1 : 0;
}

/** Reproducible builds set SOURCE_DATE_EPOCH; otherwise today's date (UTC). */
function buildDateFrom(epoch: string | undefined): string {
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
