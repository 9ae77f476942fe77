// `trialbrief build`: every article through the pipeline, one browser for all, one
// progress line per article (and per document on a terminal), diagnostics with
// positions, a summary, an exit code.
//
// SIGINT/SIGTERM/SIGHUP: the build winds down (src/build/interrupt.ts): no new articles,
// the browser closed, files being written finished, the manifest saved for what was
// built, one line, exit 128 + the signal's number.
//
// Incremental: out/manifest.json records what each document was built from, so only
// documents whose inputs changed are rebuilt. Deciding that reads and hashes bytes only;
// the pipeline, the NLP and puppeteer-core are imported only when there is work, and
// Chromium starts on the first print. A build with nothing to do loads none of them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFileMessage } from 'vfile-message';
import type { DocumentReport } from '../audiences/checks/index.js';
import type { Audience } from '../audiences/registry.js';
import { sweepStaleTemps } from '../build/atomic-write.js';
import { fingerprint } from '../build/fingerprint.js';
import { findArticles } from '../build/inputs.js';
import { watchInterrupts, type Interrupt } from '../build/interrupt.js';
import { filesOf, readManifest, removeOutputs, saveManifest, type ManifestArticle, type ManifestDocument } from '../build/manifest.js';
import { planBuild, type PlannedArticle } from '../build/plan.js';
import { createProgress } from '../build/progress.js';
import type { Shard } from '../build/shard.js';
import { oneLine } from '../report.js';

export interface BuildFlags {
  outDir: string;
  audiences: Audience[];
  formats: ('pdf' | 'html')[];
  paper: 'a4' | 'letter';
  templatesDir?: string;
  strict: boolean;
  verbose: boolean;
  /** Rebuild every document, whatever the manifest says. */
  force?: boolean;
  /** Build only this part of the articles. */
  shard?: Shard;
  /** Print on a running browser instead of launching one. */
  wsEndpoint?: string;
  /** Pages printing at once (default: from the cores). */
  jobs?: number;
}

export async function runBuild(inputs: string[], flags: BuildFlags): Promise<number> {
  const interrupt = watchInterrupts(flags.outDir);
  try {
    return await build(inputs, flags, interrupt);
  } finally {
    interrupt.dispose();
  }
}

async function build(inputs: string[], flags: BuildFlags, interrupt: Interrupt): Promise<number> {
  const started = performance.now();
  const files = await findArticles(inputs);
  const sourceDateEpoch = process.env.SOURCE_DATE_EPOCH || undefined;
  const glossaryPath = path.resolve('content', 'glossary.yaml');
  const settings = { formats: flags.formats, paper: flags.paper, sourceDateEpoch };
  const [manifest, print] = await Promise.all([
    readManifest(flags.outDir),
    fingerprint({ templatesDir: flags.templatesDir, glossaryPath, pdf: flags.formats.includes('pdf'), wsEndpoint: flags.wsEndpoint }),
    // Temp files of a build that was killed outright: never a file anyone should see.
    sweepStaleTemps(flags.outDir),
  ]);
  const plan = await planBuild(files, {
    outDir: flags.outDir,
    manifest,
    fingerprint: print,
    audiences: flags.audiences,
    settings,
    force: flags.force,
    shard: flags.shard,
  });
  const changes = new Map<string, ManifestArticle | null>();
  const totalDocuments = plan.work.reduce((n, a) => n + a.stale.length, 0);
  const progress = createProgress(process.stderr, totalDocuments, started);

  // Articles whose file is gone: remove what trialbrief wrote for them, nothing else.
  const live = new Map<string, string>(Object.entries(manifest.articles).map(([key, entry]) => [key, entry.slug]));
  for (const { key, entry } of plan.removed) {
    live.delete(key);
    if (![...live.values()].includes(entry.slug)) await removeOutputs(flags.outDir, entry);
    changes.set(key, null);
    progress.line(`− ${entry.slug}: source ${key} is gone; removed its ${filesOf(entry).length} files`);
  }

  if (files.length === 0) {
    progress.done();
    if (changes.size > 0) await saveManifest(flags.outDir, changes, { generator: print.producer, browser: null });
    process.stderr.write(`trialbrief: no articles to build (looked in ${inputs.join(', ') || 'content/'})\n`);
    return 1;
  }

  let failed = 0;
  let warned = 0;
  let violated = 0;
  let documents = 0;
  let builtNow = 0;
  let browser: string | null = null;

  if (plan.work.length > 0) {
    // Only now: the pipeline (templates, checks, NLP on first read) and the printer.
    const [
      { finishArticle },
      { createPrinter, BrowserStartError },
      { createLocalPreparer, createWorkerPreparer, defaultPrepareWorkers, PrepareError },
    ] = await Promise.all([import('../pipeline.js'), import('../render/printer.js'), import('../build/prepare.js')]);
    const glossaryText = await readFile(glossaryPath, 'utf8').catch(() => '');
    const printing = flags.formats.includes('pdf');
    const pages = printing ? (flags.jobs ?? (await import('../render/browser.js')).defaultPoolSize()) : 0;
    // Worker threads prepare articles while this thread drives Chromium; a single
    // article is quicker prepared right here.
    const workers = plan.work.length >= 3 ? defaultPrepareWorkers() : 0;
    const preparer = workers > 0 ? createWorkerPreparer(workers, glossaryText) : await createLocalPreparer(glossaryText);
    const printer = createPrinter({
      wsEndpoint: flags.wsEndpoint,
      poolSize: flags.jobs,
      // interrupt (below) closes the browser on a signal; puppeteer's own handlers would exit first.
      handleSignals: false,
      onNotice: (message) => progress.line(`↻ ${message}`),
    });
    // On a signal: prints in progress fail at once, and no browser starts again.
    interrupt.onStop(() => printer.close());
    // Chromium starts now, while the first articles are prepared, not on the first print.
    if (printing) printer.start();
    let browserFailed = false;

    const buildOne = async (task: PlannedArticle): Promise<void> => {
      const articleStart = performance.now();
      try {
        const previous = task.previous;
        const options = {
          audiences: task.stale,
          paper: flags.paper,
          templatesDir: flags.templatesDir,
          sourceDateEpoch,
          verbose: flags.verbose,
        };
        const prepared = await preparer.prepare(task.file, options);
        const built = await finishArticle(prepared, printer, {
          ...options,
          outDir: flags.outDir,
          formats: flags.formats,
          producer: print.producer,
          keep: previous && { slug: previous.slug, audiences: Object.keys(previous.documents) as Audience[] },
          onDocument: (document, slug) =>
            progress.document(
              slug,
              document.audience,
              [document.pages !== null && plural(document.pages, 'page'), seconds(articleStart)].filter(Boolean).join(', '),
            ),
        });
        const slug = built.slug;
        const warnings = built.warnings;
        const violationLines = built.reports.flatMap((r) => r.violations.map((v) => `  ${r.audience}: ${v.rule}: ${v.message}`));
        if (warnings > 0) warned++;
        if (violationLines.length > 0) violated++;
        const pdfs = built.documents.filter((d) => d.pages !== null).length;
        documents += pdfs;
        const diagnostics = built.diagnostics;
        const counts = [
          printing ? plural(pdfs, 'PDF') : plural(built.documents.length, 'HTML document'),
          warnings && plural(warnings, 'warning'),
          violationLines.length && plural(violationLines.length, 'check failed', 'checks failed'),
        ].filter(Boolean);
        progress.line(
          `${violationLines.length ? '!' : '✓'} ${slug}: ${counts.join(', ')} · ${checkSummary(built.reports)} (${seconds(articleStart)})\n` +
            (violationLines.length ? `${violationLines.join('\n')}\n` : '') +
            (diagnostics ? `${diagnostics}\n` : ''),
        );

        // The manifest entry: the documents built now, plus the ones kept from before.
        const kept: ManifestArticle['documents'] = previous?.slug === slug ? { ...previous.documents } : {};
        for (const document of built.documents) {
          // Files an earlier build wrote in another format stay listed: they are still ours to remove.
          const files = new Set([...(kept[document.audience]?.files ?? []), ...document.files.map((f) => path.basename(f))]);
          kept[document.audience] = {
            key: task.keys[document.audience]!,
            files: [...files].sort(),
            pages: document.pages,
          } satisfies ManifestDocument;
        }
        builtNow++;
        changes.set(task.key, {
          slug,
          shardSlug: task.shardSlug,
          source: task.source!,
          documents: kept,
          files: ['facts.json', 'report.json'],
          warnings,
          violations: violationLines.length,
        });
        // A new slug (front matter `slug:` edited): the old folder's files go.
        if (previous && previous.slug !== slug) {
          live.set(task.key, slug);
          if (![...live.values()].includes(previous.slug)) await removeOutputs(flags.outDir, previous);
        }
      } catch (error) {
        // Stopped by a signal (its browser was closed under it): not a failure of the article.
        if (interrupt.signal) return;
        failed++;
        if (error instanceof BrowserStartError) {
          // Said once in full; every other article only points at it.
          progress.line(
            browserFailed ? `✗ ${task.file}: not printed (the browser did not start)` : `✗ ${task.file}: error: ${error.message}`,
          );
          browserFailed = true;
          return;
        }
        const reason =
          error instanceof PrepareError && error.line
            ? error.line
            : error instanceof VFileMessage
              ? oneLine(error)
              : `${task.file}: error: ${(error as Error).message}`;
        progress.line(`✗ ${reason}`);
      }
    };

    try {
      // A few articles ahead of the page pool: while pages print, the next articles are
      // prepared, but not so many that their HTML piles up in memory.
      await forEachLimit(plan.work, printing ? pages + workers + 1 : Math.max(1, workers), buildOne, () => interrupt.signal !== null);
    } finally {
      browser = printer.browserVersion();
      await Promise.all([printer.close(), preparer.close()]);
    }
  }

  for (const article of plan.upToDate) {
    const entry = article.previous!;
    if (entry.warnings > 0) warned++;
    if (entry.violations > 0) violated++;
    if (flags.strict && (entry.warnings > 0 || entry.violations > 0)) {
      const counts = [
        entry.warnings && plural(entry.warnings, 'warning'),
        entry.violations && plural(entry.violations, 'check failed', 'checks failed'),
      ].filter(Boolean);
      progress.line(`! ${entry.slug}: up to date, ${counts.join(', ')} at its last build (--force to see them again)`);
    }
  }
  progress.done();
  if (changes.size > 0) await saveManifest(flags.outDir, changes, { generator: print.producer, browser });

  if (interrupt.signal) {
    process.stderr.write(
      `trialbrief: interrupted (${interrupt.signal}); ${builtNow} of ${plural(plan.work.length, 'article')} ${builtNow === 1 ? 'was' : 'were'} built, ${flags.outDir}/ holds only complete files\n`,
    );
    return interrupt.exitCode();
  }

  const elapsed = (performance.now() - started) / 1000;
  const built = plan.work.length - failed;
  const parts = [
    plan.work.length > 0 ? `${built} of ${plural(plan.work.length, 'article')} built` : 'nothing to build',
    plan.upToDate.length > 0 && `${plan.upToDate.length} up to date`,
    flags.shard && `${plan.otherShards} in other shards (shard ${flags.shard.index}/${flags.shard.total})`,
    documents > 0 && `${plural(documents, 'PDF')}${elapsed > 0 ? ` (${(documents / elapsed).toFixed(1)}/s)` : ''}`,
    failed > 0 && `${failed} failed`,
    warned > 0 && `${warned} with warnings`,
    violated > 0 && `${violated} failing checks`,
    plan.removed.length > 0 && `${plan.removed.length} removed`,
  ].filter(Boolean);
  process.stderr.write(`${parts.join(', ')} in ${elapsed.toFixed(elapsed < 10 ? 2 : 1)} s → ${flags.outDir}/\n`);
  if (failed > 0) return 1;
  // Without --strict, failed checks are warnings: the documents are still written.
  return flags.strict && (warned > 0 || violated > 0) ? 1 : 0;
}

/** Runs fn over items, at most `limit` at a time, in order of starting; starts none once `stop()` is true. */
async function forEachLimit<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
  stop: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !stop()) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
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

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
