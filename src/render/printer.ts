// One browser per build, started on the first print only: a build whose documents are
// all up to date never starts Chromium, and never even loads puppeteer-core (this module
// imports it on the first print). Prints go through a bounded pool of reused pages.
//
// Faults. A print that fails because its page or its browser went away (Chromium crashed
// or was killed, the connection dropped, the page hung past the print's time limit) is
// printed once more; a second failure is that document's error. If the browser itself is
// gone, or no longer answers after a print timed out, it is replaced first: relaunched,
// or connected to again with --browser-ws-endpoint. Prints that fail together share one
// replacement, and a print that finds its browser already gone before it starts moves to
// the new one without using up its retry.
import type { LaunchOptions } from './browser.js';
import type { PrintOptions, PrintResult } from './pdf.js';

export interface Printer {
  print(html: string, options: PrintOptions): Promise<PrintResult>;
  /**
   * Starts the browser and its pages now, in the background, instead of on the first
   * print: a build that knows it will print overlaps Chromium's start-up with preparing
   * its first article. A browser that fails to start fails the first print, as it would
   * have anyway. A no-op once started or closed.
   */
  start(): void;
  /** "HeadlessChrome/156.0.8078.79" once the browser is up; null before the first print. */
  browserVersion(): string | null;
  /** Closes the browser (pages printing now fail); later prints throw PrinterClosedError. Idempotent. */
  close(): Promise<void>;
}

export interface PrinterOptions extends LaunchOptions {
  /** Pages printing at once (default: from the cores, see defaultPoolSize). */
  poolSize?: number;
  /** Told, in one line, when a browser is replaced or a document is printed again. */
  onNotice?: (message: string) => void;
}

/** The browser could not be launched or connected to: every print of the build fails with it. */
export class BrowserStartError extends Error {}

/** A print after close(), or one that failed because close() closed its browser. */
export class PrinterClosedError extends Error {}

/** One browser and its pages, as the printer sees it. Tests open their own (see createPrinter). */
export interface Session {
  readonly version: string;
  /** Prints on one of this browser's pages. */
  print(html: string, options: PrintOptions): Promise<PrintResult>;
  /** False once the browser crashed, exited or disconnected. */
  connected(): boolean;
  /** Does the browser still answer (asked after a print timed out)? */
  responsive(): Promise<boolean>;
  /** Our pages, then the browser; bounded: a launched browser that does not answer is killed. */
  close(): Promise<void>;
}

/** Why a failed print is printed again; `browser`: on a new browser. */
interface Fault {
  browser: boolean;
  reason: string;
}

/** Errors that say the page or the connection went away, as opposed to a problem of the document. */
export function isTargetGone(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // By name: puppeteer-core is loaded only on the first print, and these classes are its own.
  if (['TargetCloseError', 'ConnectionClosedError', 'ProtocolError'].includes(error.name)) return true;
  return /Protocol error|Target closed|Session closed|Connection closed|Target crashed|Page crashed|detached/i.test(error.message);
}

/**
 * `open` starts one browser session; by default it launches (or connects to) Chromium as
 * `launch` says. The retry logic below only sees Sessions, so unit tests pass fakes.
 */
export function createPrinter(launch: PrinterOptions = {}, open: () => Promise<Session> = () => openBrowserSession(launch)): Printer {
  let current: Promise<Session> | null = null;
  let version: string | null = null;
  let closing: Promise<void> | null = null;
  /** Sessions being closed after a fault; close() waits for them. */
  const retiring: Promise<void>[] = [];
  const notice = launch.onNotice ?? (() => {});
  let limit: Promise<Limiter> | null = null;

  const session = (): Promise<Session> => {
    if (closing) return Promise.reject(new PrinterClosedError('the printer is closed'));
    return (current ??= open().then((s) => {
      version = s.version;
      return s;
    }));
  };

  /**
   * Retires `failed` if it is still the current session, so that the next session() opens
   * a new one. If another print replaced it already, there is nothing to do: prints that
   * fail together share one new browser.
   */
  const replace = (failed: Promise<Session>, why: string): void => {
    if (current !== failed || closing) return;
    current = null;
    retiring.push(failed.then((s) => s.close()).catch(() => {}));
    notice(
      `the browser ${why}; ${launch.wsEndpoint ? 'connecting to it again' : 'starting a new one'}, and printing the affected documents once more`,
    );
  };

  /** Null when the error is the document's own; then it is not retried. */
  const diagnose = async (s: Session, error: unknown): Promise<Fault | null> => {
    const timedOut = error instanceof Error && error.name === 'PrintTimeoutError';
    if (!timedOut && !isTargetGone(error)) return null;
    if (!s.connected()) return { browser: true, reason: 'crashed or disconnected' };
    if (!(await s.responsive())) return { browser: true, reason: timedOut ? 'stopped answering (a print timed out)' : 'stopped answering' };
    return { browser: false, reason: timedOut ? 'the print timed out' : 'its page closed or crashed' };
  };

  /** The current session, or a new one if the current one is gone (nothing printing was lost: no retry). */
  const live = async (): Promise<{ attempt: Promise<Session>; s: Session }> => {
    let attempt = session();
    let s = await attempt;
    if (!s.connected()) {
      replace(attempt, 'crashed or disconnected');
      s = await (attempt = session());
    }
    return { attempt, s };
  };

  const printOnce = async (html: string, options: PrintOptions): Promise<PrintResult> => {
    const { attempt, s } = await live();
    try {
      return await s.print(html, options);
    } catch (error) {
      if (closing) throw error; // closed under it: no retry (see below)
      const fault = await diagnose(s, error);
      if (!fault || closing) throw error;
      const what = options.title ? `"${options.title}"` : 'a document';
      if (fault.browser) {
        replace(attempt, fault.reason);
        notice(`retrying ${what} once on a ${launch.wsEndpoint ? 'new connection' : 'new browser'}`);
      } else {
        notice(`retrying ${what} once on a new page (${fault.reason})`);
      }
      // On the current browser: the new one, also when another print replaced it meanwhile.
      // A second failure is this document's error.
      return await (await live()).s.print(html, options);
    }
  };

  /** A print that close() cut short says so, instead of showing as a crash. */
  const printOnceUnlessClosed = async (html: string, options: PrintOptions): Promise<PrintResult> => {
    try {
      return await printOnce(html, options);
    } catch (error) {
      if (closing && !(error instanceof PrinterClosedError))
        throw new PrinterClosedError('the printer was closed while printing', { cause: error });
      throw error;
    }
  };

  return {
    async print(html, options) {
      if (closing) throw new PrinterClosedError('the printer is closed');
      // The limit is the printer's, not a pool's: a print waiting for a page picks the
      // browser only when it gets one, so a browser that died meanwhile is not used.
      const run = await (limit ??= (async () => createLimiter(launch.poolSize ?? (await import('./browser.js')).defaultPoolSize()))());
      return run(() => printOnceUnlessClosed(html, options));
    },
    start() {
      if (!closing) session().catch(() => {}); // its error is the first print's to report
    },
    browserVersion: () => version,
    close() {
      return (closing ??= (async () => {
        const last = current;
        current = null;
        await Promise.all([...retiring, last?.then((s) => s.close()).catch(() => {})]);
      })());
    },
  };
}

type Limiter = <T>(fn: () => Promise<T>) => Promise<T>;

/** At most `size` calls of fn at once; the others wait in order. */
function createLimiter(size: number): Limiter {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (fn) => {
    if (active < size) active++;
    // The finishing call hands its slot over directly, so `active` stays correct.
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await fn();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/** Waits for a browser's answer to "are you there?" after a timeout, and for its close. */
const PROBE_MS = 5_000;
const CLOSE_MS = 5_000;

/** Chromium, launched or connected to, with a pool of reused pages. */
async function openBrowserSession(launch: PrinterOptions): Promise<Session> {
  const [
    { createPagePool, killBrowser, launchBrowser, releaseBrowser },
    { defaultPrintTimeoutMs, printPdf, PrintTimeoutError },
    { fulfilsWithin, settlesWithin, withDeadline },
  ] = await Promise.all([import('./browser.js'), import('./pdf.js'), import('./deadline.js')]);
  const browser = await launchBrowser(launch).catch((error: unknown) => {
    throw new BrowserStartError(error instanceof Error ? error.message : String(error), { cause: error });
  });
  const version = await browser.version();
  // The printer's limit keeps this pool from ever queueing; it is the pool for the pages.
  const pool = createPagePool(browser, launch.poolSize, { reusePages: true });
  // Its pages open now, side by side, rather than one by one as the first prints wait for them.
  await pool.open();
  return {
    version,
    async print(html, options) {
      // The time limit covers getting a page too: on a hung browser newPage() never returns.
      // (printPdf keeps its own limit on the print itself.)
      const timeoutMs = options.timeoutMs ?? defaultPrintTimeoutMs();
      return withDeadline(
        pool.run((page) => printPdf(page, html, { ...options, timeoutMs })),
        timeoutMs,
        () => new PrintTimeoutError(options.title, timeoutMs),
      );
    },
    connected: () => browser.connected,
    responsive: async () => (await fulfilsWithin(PROBE_MS, browser.version())) && browser.connected,
    async close() {
      // Our pages go first: on a shared (connected) browser they would otherwise stay open.
      await settlesWithin(
        CLOSE_MS,
        (async () => {
          await pool.close();
          await releaseBrowser(browser);
        })(),
      );
      // Then kill what is left of a launched browser: all of it if it hung (did not close
      // in time), its helpers if it crashed. After a clean close there is nothing left.
      killBrowser(browser);
    },
  };
}
