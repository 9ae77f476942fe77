// `trialbrief build`: the build (src/build/build.ts) at a terminal or in a CI log. One
// progress line per article (and per document on a terminal), diagnostics with
// positions, a summary, an exit code.
//
// SIGINT/SIGTERM/SIGHUP: the build winds down (./build/interrupt.ts): no new articles,
// the browser closed, files being written finished, the manifest saved for what was
// built, one line, exit 128 + the signal's number.
import type { Audience } from '../audiences/registry.js';
import { build, type BuildEvents, type BuildResult } from '../build/build.js';
import type { ManifestArticle } from '../build/manifest.js';
import type { Shard } from '../build/shard.js';
import { watchInterrupts, type Interrupt } from './build/interrupt.js';
import { articleLines, documentDetail, failureLine, interruptedLine, removedLine, summaryLine, upToDateLine } from './build/lines.js';
import { createProgress, type Progress } from './build/progress.js';

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
    const started = performance.now();
    const terminal = progressLines(flags, started);
    const { strict, ...options } = flags;
    const result = await build(inputs, { ...options, signal: interrupt.abort, on: terminal.events });
    if (strict) terminal.upToDate(result.upToDate);
    terminal.done();
    return conclude(inputs, result, flags, interrupt);
  } finally {
    interrupt.dispose();
  }
}

/** The build's events as lines on stderr: a status line on a terminal, plain lines in a log. */
function progressLines(flags: BuildFlags, started: number) {
  let progress: Progress | null = null;
  let browserFailed = false;
  const current = () => (progress ??= createProgress(process.stderr, 0, started));
  const events: BuildEvents = {
    plan: (plan) => {
      progress = createProgress(
        process.stderr,
        plan.work.reduce((documents, article) => documents + article.stale.length, 0),
        started,
      );
    },
    removed: (entry, key) => current().line(removedLine(entry, key)),
    notice: (message) => current().line(`↻ ${message}`),
    document: (slug, document, seconds) => current().document(slug, document.audience, documentDetail(document, seconds)),
    article: (article) => current().line(articleLines(article, flags.formats.includes('pdf'))),
    failed: (failure) => {
      current().line(failureLine(failure, browserFailed));
      browserFailed ||= failure.browserDidNotStart;
    },
  };
  return {
    events,
    /** With --strict: the unchanged articles that had warnings or failed checks. */
    upToDate: (entries: ManifestArticle[]) => entries.map(upToDateLine).forEach((line) => line && current().line(line)),
    done: () => current().done(),
  };
}

/** The last line, and the exit code. */
function conclude(inputs: string[], result: BuildResult, flags: BuildFlags, interrupt: Interrupt): number {
  if (result.files.length === 0) {
    process.stderr.write(`trialbrief: no articles to build (looked in ${inputs.join(', ') || 'content/'})\n`);
    return 1;
  }
  if (interrupt.signal) {
    process.stderr.write(`${interruptedLine(result, interrupt.signal)}\n`);
    return interrupt.exitCode();
  }
  process.stderr.write(`${summaryLine(result, flags.shard)}\n`);
  if (result.failed.length > 0) return 1;
  // Without --strict, failed checks are warnings: the documents are still written.
  return flags.strict && (result.warned > 0 || result.violated > 0) ? 1 : 0;
}
