// Ctrl-C (SIGINT), SIGTERM (CI cancelling a job, `docker stop`) and SIGHUP during a build.
//
// The first signal does not exit: it aborts the build's AbortSignal (the build closes the
// browser, so prints in progress fail at once), and the build itself winds down: it starts no
// more articles, lets files being written finish (each is written under a temp name and
// renamed whole, see src/output/atomic-write.ts), saves the manifest for what was built, prints one
// line and exits with 128 + the signal's number (130, 143, 129). out/ then holds only
// complete files, and the manifest is the old one or a new complete one.
//
// A second signal, or a wind-down that takes longer than GRACE_MS, exits at once: temp
// files are removed first, and puppeteer's exit hook kills a browser we launched.
import { constants } from 'node:os';
import { removePendingTempsSync } from '../../output/atomic-write.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type Signal = (typeof SIGNALS)[number];

/** Longest wind-down after the first signal (closing a hung browser alone may take 5 s). */
const GRACE_MS = 15_000;

export interface Interrupt {
  /** The first signal received, or null. */
  readonly signal: Signal | null;
  /** Aborted on the first signal: what the build (src/build/build.ts) watches. */
  readonly abort: AbortSignal;
  /** 128 + the signal's number. */
  exitCode(): number;
  /** Back to Node's default handling (call when the build is over). */
  dispose(): void;
}

/** From now until dispose(), the first of these signals winds the build down; `outDir` is for the messages. */
export function watchInterrupts(outDir: string, stderr: NodeJS.WritableStream = process.stderr): Interrupt {
  let signal: Signal | null = null;
  const controller = new AbortController();
  const exitCode = () => 128 + (signal ? constants.signals[signal] : 0);

  let over = false;
  const exitNow = (why: string) => {
    removePendingTempsSync();
    // After dispose() the build has said its line already; only the exit is left to do.
    if (!over) stderr.write(`trialbrief: interrupted (${signal}); ${why}, ${outDir}/ holds only complete files\n`);
    process.exit(exitCode());
  };
  const onSignal = (received: Signal) => {
    if (signal) return exitNow(`${received} again, stopped at once`);
    signal = received;
    controller.abort(received);
    // unref: a build that winds down in time exits on its own, with its own line.
    setTimeout(() => exitNow(`still stopping after ${GRACE_MS / 1000} s, stopped at once`), GRACE_MS).unref();
  };
  for (const name of SIGNALS) process.on(name, onSignal);

  return {
    get signal() {
      return signal;
    },
    abort: controller.signal,
    exitCode,
    dispose() {
      over = true;
      for (const name of SIGNALS) process.off(name, onSignal);
    },
  };
}
