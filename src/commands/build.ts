// `trialbrief build`: every article through the pipeline, one browser for all, one
// progress line per article, diagnostics with positions, a summary, an exit code.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFileMessage } from 'vfile-message';
import type { DocumentReport } from '../audiences/checks/index.js';
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
  const producer = `trialbrief ${await packageVersion()}`;
  let failed = 0;
  let warned = 0;
  let violated = 0;
  let documents = 0;

  try {
    await Promise.all(
      files.map(async (file) => {
        const articleStart = performance.now();
        try {
          const built = await buildArticle(file, glossary, printer, { ...flags, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, producer });
          const warnings = built.file.messages.filter((m) => m.fatal === false).length;
          const violations = built.reports.flatMap((r) => r.violations.map((v) => `  ${r.audience}: ${v.rule}: ${v.message}`));
          if (warnings > 0) warned++;
          if (violations.length > 0) violated++;
          const pdfs = built.outputs.filter((o) => o.endsWith('.pdf')).length;
          documents += pdfs;
          const diagnostics = formatDiagnostics(built.file, { verbose: flags.verbose });
          const counts = [plural(pdfs, 'PDF'), warnings && plural(warnings, 'warning'), violations.length && plural(violations.length, 'check failed', 'checks failed')].filter(Boolean);
          process.stderr.write(
            `${violations.length ? '!' : '✓'} ${built.facts.meta.slug}: ${counts.join(', ')} · ${checkSummary(built.reports)} (${seconds(articleStart)})\n` +
              (violations.length ? `${violations.join('\n')}\n` : '') +
              (diagnostics ? `${diagnostics}\n` : ''),
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
    `${built} of ${files.length} article${files.length === 1 ? '' : 's'} built, ${documents} PDF${documents === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''}${warned ? `, ${warned} with warnings` : ''}${violated ? `, ${violated} failing checks` : ''} in ${seconds(started)} → ${flags.outDir}/\n`,
  );
  if (failed > 0) return 1;
  // Without --strict, failed checks are warnings: the documents are still written.
  return flags.strict && (warned > 0 || violated > 0) ? 1 : 0;
}

/** "patient grade 6.1, SMOG 7.9, longest 18 words; pages 2/1/1; checklist 5/9". */
function checkSummary(reports: DocumentReport[]): string {
  const patient = reports.find((r) => r.readability)?.readability;
  const clinician = reports.find((r) => r.checklist)?.checklist;
  return [
    patient && `patient grade ${patient.fleschKincaidGrade}, SMOG ${patient.smog}, longest ${patient.longestSentence.words} words`,
    reports.every((r) => r.pages !== null) && `pages ${reports.map((r) => r.pages).join('/')}`,
    clinician && `checklist ${clinician.reported}/${clinician.of}`,
  ]
    .filter(Boolean)
    .join('; ');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

async function packageVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
