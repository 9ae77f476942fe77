// The articles of a build that have work, each one prepare → print → record: prepared
// (read, composed, checked, filled) in worker threads while this thread drives Chromium,
// printed and written by the pipeline, then recorded for the manifest. A few articles
// run at once, a few ahead of the page pool.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFileMessage } from 'vfile-message';
import type { Audience } from '../audiences/registry.js';
import type { BuiltArticle, BuiltDocument, FinishOptions, PrepareOptions } from '../pipeline.js';
import { formatFailure } from '../report.js';
import type { Fingerprint } from './fingerprint.js';
import type { PlannedArticle } from './plan.js';
import type { BuildRecord } from './record.js';

/** What building articles needs of the build's settings (src/build/build.ts). */
export interface ArticleSettings extends Omit<PrepareOptions, 'audiences'> {
  outDir: string;
  formats: ('pdf' | 'html')[];
  glossaryPath: string;
  wsEndpoint?: string;
  jobs?: number;
  signal?: AbortSignal;
  on: {
    document?(slug: string, document: BuiltDocument, seconds: number): void;
    article?(article: ArticleBuilt): void;
    failed?(failure: ArticleFailure): void;
    notice?(message: string): void;
  };
}

export interface ArticleBuilt extends BuiltArticle {
  /** The article file, as given. */
  file: string;
  /** Since the article started. */
  seconds: number;
}

export interface ArticleFailure {
  /** The article file, as given. */
  file: string;
  /** One line naming the file, and the line, column and rule when known: `file:3:1: error: … [trialbrief:rule]`. */
  message: string;
  /** The browser could not be started (or reached): every article that needed it fails with this. */
  browserDidNotStart: boolean;
}

interface Run {
  built: ArticleBuilt[];
  failed: ArticleFailure[];
  browser: string | null;
}

export async function buildArticles(
  work: PlannedArticle[],
  print: Fingerprint,
  record: BuildRecord,
  settings: ArticleSettings,
): Promise<Run> {
  const { on, signal } = settings;
  const engine = await startEngine(work.length, settings);
  const stop = () =>
    void Promise.resolve()
      .then(() => engine.printer.close())
      .catch(() => {});
  // On an abort: prints in progress fail at once, and no browser starts again.
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });
  const built: ArticleBuilt[] = [];
  const failed: ArticleFailure[] = [];

  const buildOne = async (task: PlannedArticle): Promise<void> => {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const prepared = await engine.preparer.prepare(task.file, prepareOptions(task, settings));
      const article = await engine.finishArticle(prepared, engine.printer, {
        ...printOptions(task, settings, print),
        onDocument: (document, slug) => on.document?.(slug, document, seconds()),
      });
      const done = { ...article, file: task.file, seconds: seconds() };
      on.article?.(done);
      await record.built(task, article);
      built.push(done);
    } catch (error) {
      // Stopped on purpose (its browser was closed under it): not a failure of the article.
      if (signal?.aborted) return;
      const failure = failureOf(task.file, error, engine);
      failed.push(failure);
      on.failed?.(failure);
    }
  };

  try {
    await forEachLimit(work, engine.ahead, buildOne, () => signal?.aborted === true);
    return { built, failed, browser: engine.printer.browserVersion() };
  } finally {
    signal?.removeEventListener('abort', stop);
    await Promise.all([engine.printer.close(), engine.preparer.close()]);
  }
}

function prepareOptions(task: PlannedArticle, settings: ArticleSettings): PrepareOptions {
  const { paper, templatesDir, sourceDateEpoch, verbose } = settings;
  return { audiences: task.stale, paper, templatesDir, sourceDateEpoch, verbose };
}

function printOptions(task: PlannedArticle, settings: ArticleSettings, print: Fingerprint): FinishOptions {
  const { previous } = task;
  return {
    ...prepareOptions(task, settings),
    outDir: settings.outDir,
    formats: settings.formats,
    producer: print.producer,
    // Documents not rebuilt now keep their entries in report.json.
    keep: previous && { slug: previous.slug, audiences: Object.keys(previous.documents) as Audience[] },
  };
}

type Engine = Awaited<ReturnType<typeof startEngine>>;

/** The pipeline, the preparers and the printer: loaded only now that there is work. */
async function startEngine(articles: number, settings: ArticleSettings) {
  const [
    { finishArticle },
    { createPrinter, BrowserStartError },
    { createLocalPreparer, createWorkerPreparer, defaultPrepareWorkers, PrepareError },
  ] = await Promise.all([import('../pipeline.js'), import('../render/printer.js'), import('./prepare.js')]);
  const glossaryText = await readFile(path.resolve(settings.glossaryPath), 'utf8').catch(() => '');
  const printing = settings.formats.includes('pdf');
  const pages = printing ? (settings.jobs ?? (await import('../render/browser.js')).defaultPoolSize()) : 0;
  // Worker threads prepare articles while this thread drives Chromium; a single
  // article is quicker prepared right here.
  const workers = articles >= 3 ? defaultPrepareWorkers() : 0;
  const printer = createPrinter({
    wsEndpoint: settings.wsEndpoint,
    poolSize: settings.jobs,
    // The CLI closes the browser on a signal (through `signal`); puppeteer's own handlers would exit first.
    handleSignals: false,
    onNotice: (message) => settings.on.notice?.(message),
  });
  // Chromium starts now, while the first articles are prepared, not on the first print.
  if (printing) printer.start();
  const preparer = workers > 0 ? createWorkerPreparer(workers, glossaryText) : await createLocalPreparer(glossaryText);
  return {
    finishArticle,
    preparer,
    printer,
    // A few articles ahead of the page pool: while pages print, the next articles are
    // prepared, but not so many that their HTML piles up in memory.
    ahead: printing ? pages + workers + 1 : Math.max(1, workers),
    BrowserStartError,
    PrepareError,
  };
}

/** Why an article failed, in one line. */
function failureOf(file: string, error: unknown, { BrowserStartError, PrepareError }: Engine): ArticleFailure {
  if (error instanceof BrowserStartError) return { file, message: `${file}: error: ${error.message}`, browserDidNotStart: true };
  const message =
    error instanceof PrepareError && error.line
      ? error.line
      : error instanceof VFileMessage
        ? formatFailure(error)
        : `${file}: error: ${(error as Error).message}`;
  return { file, message, browserDidNotStart: false };
}

/** Runs fn over items, at most `limit` at a time, in order of starting; starts none once `stop()` is true. */
async function forEachLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>, stop: () => boolean): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !stop()) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
