// A build: articles in, documents out, for the CLI (`trialbrief build`) and the API
// (`build()` from 'trialbrief') alike. Plan, then for each article with work prepare,
// print and record it, then sum up. It prints nothing: what happens is told through
// `on` events and the result, and src/commands/build.ts turns those into lines.
//
// Incremental: out/manifest.json records what each document was built from, so only
// documents whose inputs changed are rebuilt. Deciding that reads and hashes bytes only;
// the pipeline, the NLP and puppeteer-core are imported only when there is work, and
// Chromium starts on the first print. A build with nothing to do loads none of them.
//
// Aborting `signal` (the CLI does on SIGINT/SIGTERM/SIGHUP) winds the build down: no new
// articles, the browser closed, files being written finished, the manifest saved for
// what was built.
import path from 'node:path';
import { AUDIENCES, type Audience } from '../audiences/registry.js';
import { sweepStaleTemps } from '../output/atomic-write.js';
import type { BuiltDocument } from '../pipeline.js';
import { buildArticles, type ArticleBuilt, type ArticleFailure } from './articles.js';
import { fingerprint, type Fingerprint } from './fingerprint.js';
import { findArticles } from './inputs.js';
import { readManifest, type Manifest, type ManifestArticle } from './manifest.js';
import { planBuild, type BuildPlan } from './plan.js';
import { startRecord, violations, type BuildRecord } from './record.js';
import type { Shard } from './shard.js';

export type { ArticleBuilt, ArticleFailure } from './articles.js';

export interface BuildOptions {
  /** Output folder (default: out). */
  outDir?: string;
  /** The documents to build (default: all three). */
  audiences?: Audience[];
  /** Default: both. */
  formats?: ('pdf' | 'html')[];
  /** Default: a4; an article's front matter `paper:` wins. */
  paper?: 'a4' | 'letter';
  /** A folder of your own templates (same names as templates/). */
  templatesDir?: string;
  /** Default: content/glossary.yaml (none when it does not exist). */
  glossaryPath?: string;
  /** Rebuild every document, whatever the manifest says. */
  force?: boolean;
  /** Build only this part of the articles. */
  shard?: Shard;
  /** Print on a running browser (ws://…) instead of launching one. */
  wsEndpoint?: string;
  /** Pages printing at once (default: from the cores). */
  jobs?: number;
  /** The build date of every document, in seconds since 1970 (default: the SOURCE_DATE_EPOCH environment variable). */
  sourceDateEpoch?: string;
  /** Include info diagnostics (removed page junk) in each article's `diagnostics`. */
  verbose?: boolean;
  /** Aborting it winds the build down (see above); the result then says `interrupted`. */
  signal?: AbortSignal;
  /** Told as things happen. */
  on?: BuildEvents;
}

export interface BuildEvents {
  /** The plan is made (before anything is built or removed). */
  plan?(plan: BuildPlan): void;
  /** An article's source file is gone; the outputs it had are removed. */
  removed?(entry: ManifestArticle, key: string): void;
  /** A document is ready (printed and stamped), before its article's files are written. */
  document?(slug: string, document: BuiltDocument, seconds: number): void;
  /** An article's files are written; `seconds` since it started. */
  article?(article: ArticleBuilt): void;
  failed?(failure: ArticleFailure): void;
  /** A browser was replaced, or a document printed once more. */
  notice?(message: string): void;
}

export interface BuildResult {
  outDir: string;
  /** Every article file found (in this shard or not); none means there was nothing to build. */
  files: string[];
  /** Articles with documents to build. */
  toBuild: number;
  built: ArticleBuilt[];
  failed: ArticleFailure[];
  /** Manifest entries of the articles whose documents were all up to date. */
  upToDate: ManifestArticle[];
  /** Articles left to other shards. */
  otherShards: number;
  /** Manifest entries of the articles whose source file is gone (their outputs were removed). */
  removed: ManifestArticle[];
  /** PDFs printed now. */
  pdfs: number;
  /** Articles (built now, or up to date) with warnings; with failed checks. */
  warned: number;
  violated: number;
  /** The browser that printed, or null. */
  browser: string | null;
  /** True when `signal` was aborted: the build stopped early. */
  interrupted: boolean;
  seconds: number;
}

/** The options with their defaults filled in. */
type BuildSettings = BuildOptions &
  Required<Pick<BuildOptions, 'outDir' | 'audiences' | 'formats' | 'paper' | 'glossaryPath' | 'force' | 'verbose' | 'on'>>;

/** Builds the documents of `inputs` (article files or folders of them; none: content/). */
export async function build(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const settings = withDefaults(options);
  const { files, manifest, print, plan } = await makePlan(inputs, settings);
  settings.on.plan?.(plan);
  const record = startRecord(settings.outDir, manifest);
  await removeGone(plan, record, settings);
  const run = plan.work.length > 0 ? await buildArticles(plan.work, print, record, settings) : { built: [], failed: [], browser: null };
  await record.save({ generator: print.producer, browser: run.browser });
  return summarise(files, plan, run, settings, started);
}

function withDefaults(options: BuildOptions): BuildSettings {
  return {
    ...options,
    outDir: options.outDir ?? 'out',
    audiences: options.audiences ?? AUDIENCES.map((a) => a.name),
    formats: options.formats ?? ['pdf', 'html'],
    paper: options.paper ?? 'a4',
    glossaryPath: options.glossaryPath ?? path.join('content', 'glossary.yaml'),
    force: options.force ?? false,
    verbose: options.verbose ?? false,
    sourceDateEpoch: options.sourceDateEpoch ?? (process.env.SOURCE_DATE_EPOCH || undefined),
    on: options.on ?? {},
  };
}

/** Articles whose source file is gone: their outputs go, and the manifest forgets them. */
async function removeGone(plan: BuildPlan, record: BuildRecord, settings: BuildSettings): Promise<void> {
  for (const { key, entry } of plan.removed) {
    await record.removed(key, entry);
    settings.on.removed?.(entry, key);
  }
}

function summarise(
  files: string[],
  plan: BuildPlan,
  run: Pick<BuildResult, 'built' | 'failed' | 'browser'>,
  settings: BuildSettings,
  started: number,
): BuildResult {
  const upToDate = plan.upToDate.map((article) => article.previous!);
  const articles = [...run.built.map((a) => ({ warnings: a.warnings, violations: violations(a) })), ...upToDate];
  return {
    outDir: settings.outDir,
    files,
    toBuild: plan.work.length,
    ...run,
    upToDate,
    otherShards: plan.otherShards,
    removed: plan.removed.map(({ entry }) => entry),
    pdfs: run.built.reduce((n, a) => n + a.documents.filter((d) => d.pages !== null).length, 0),
    warned: articles.filter((a) => a.warnings > 0).length,
    violated: articles.filter((a) => a.violations > 0).length,
    interrupted: settings.signal?.aborted === true,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Which articles there are, and which of their documents are out of date. */
async function makePlan(
  inputs: string[],
  settings: BuildSettings,
): Promise<{ files: string[]; manifest: Manifest; print: Fingerprint; plan: BuildPlan }> {
  const { outDir, formats, templatesDir, wsEndpoint } = settings;
  const files = await findArticles(inputs);
  const [manifest, print] = await Promise.all([
    readManifest(outDir),
    fingerprint({ templatesDir, glossaryPath: path.resolve(settings.glossaryPath), pdf: formats.includes('pdf'), wsEndpoint }),
    // Temp files of a build that was killed outright: never a file anyone should see.
    sweepStaleTemps(outDir),
  ]);
  const plan = await planBuild(files, {
    outDir,
    manifest,
    fingerprint: print,
    audiences: settings.audiences,
    settings: { formats, paper: settings.paper, sourceDateEpoch: settings.sourceDateEpoch },
    force: settings.force,
    shard: settings.shard,
  });
  return { files, manifest, print, plan };
}
