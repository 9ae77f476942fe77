// One Chromium per build (launched, or connected to over a WebSocket), printing through
// a bounded pool of pages. puppeteer-core, not puppeteer: the latter's postinstall
// download breaks installs where Chrome's CDN is unreachable.
import os from 'node:os';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChromium } from '../../scripts/chromium-paths.mjs';
import { fulfilsWithin, settlesWithin } from './deadline.js';

/** The browser executable, resolved exactly as scripts/setup.mjs does. */
export function resolveChromium(): string {
  const found = findChromium();
  if ('error' in found) throw new Error(found.error);
  return found.path;
}

// Defaults in puppeteer 24 already cover much of this (background networking, sync,
// first run, dev-shm); listing them keeps the hardening true if a default changes.
const HARDENING_ARGS = [
  '--disable-gpu',
  // Chromium resolves names on its own (e.g. for prefetch); a content page never needs DNS.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  // /dev/shm is 64 MB in Docker; Chromium then crashes on large pages.
  '--disable-dev-shm-usage',
];

const connected = new WeakSet<Browser>();

export interface LaunchOptions {
  executablePath?: string;
  /** Reuse a running browser (e.g. a browserless container) instead of launching one: ws:// or http:// URL. */
  wsEndpoint?: string;
  /**
   * false: puppeteer installs no SIGINT/SIGTERM/SIGHUP handlers of its own (they would
   * exit the process, or close the browser under a running build); the caller closes the
   * browser on those signals itself, as `trialbrief build` does (src/commands/build/interrupt.ts).
   * Puppeteer still kills a launched browser when the process exits. Default true.
   */
  handleSignals?: boolean;
}

export async function launchBrowser(opts: LaunchOptions = {}): Promise<Browser> {
  if (opts.wsEndpoint) {
    // ws://…/devtools/browser/<id> (or a service's ws:// URL), or http://host:port of a
    // Chrome started with --remote-debugging-port, which tells the ws:// address itself.
    const browser = await puppeteer.connect(
      /^https?:/i.test(opts.wsEndpoint) ? { browserURL: opts.wsEndpoint } : { browserWSEndpoint: opts.wsEndpoint },
    );
    connected.add(browser);
    return browser;
  }
  // Root cannot use Chromium's sandbox; everyone else keeps it.
  const asRoot = process.getuid?.() === 0;
  const signals = opts.handleSignals ?? true;
  return puppeteer.launch({
    handleSIGINT: signals,
    handleSIGTERM: signals,
    handleSIGHUP: signals,
    executablePath: opts.executablePath ?? resolveChromium(),
    headless: true,
    // A pipe instead of a debugging port: nothing else on the machine can attach.
    pipe: true,
    args: [...HARDENING_ARGS, ...(asRoot ? ['--no-sandbox'] : [])],
  });
}

/** Close a browser we launched; only disconnect from one we connected to (not ours). */
export async function releaseBrowser(browser: Browser): Promise<void> {
  if (connected.has(browser)) await browser.disconnect();
  else await browser.close();
}

/**
 * Kills a browser we launched, and whatever is left of its process group (puppeteer starts
 * Chromium as a group leader; its renderers and zygote stay in the group, also after the
 * main process died). For a browser that does not answer, or one that crashed. A no-op on
 * a connected browser: that one is not ours.
 */
export function killBrowser(browser: Browser): void {
  const pid = browser.process()?.pid;
  if (!pid || connected.has(browser)) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // the group is gone already
  }
}

/** A page of a hung browser never confirms its close: give up waiting after this. */
const PAGE_CLOSE_MS = 5_000;
/** … nor opens: PagePool.open() stops waiting for it after this. */
const PAGE_OPEN_MS = 5_000;
const closePage = (page: Page) => settlesWithin(PAGE_CLOSE_MS, page.close());

export interface PagePool {
  readonly size: number;
  /** Runs fn on a page, at most `size` at a time. */
  run<T>(fn: (page: Page) => Promise<T>): Promise<T>;
  /** With `reusePages`: opens the pool's pages ahead of its first jobs (all at once). */
  open(): Promise<void>;
  /** Closes the pages the pool keeps for reuse (a no-op without `reusePages`). */
  close(): Promise<void>;
}

export interface PagePoolOptions {
  /**
   * Keep each page for the next job instead of closing it: a fresh page costs a new
   * renderer process and cold caches (about 0.1–0.2 s a PDF here). Printing on a reused
   * page is byte-for-byte the same once pdf-metadata.ts has renumbered Chromium's node
   * ids. A page whose job failed is closed, never reused.
   */
  reusePages?: boolean;
  /** With reusePages: replace a page after this many jobs, so no page grows without bound. */
  maxUses?: number;
}

/** Pages printing at once: the cores, at least 2 (a print waits on Chromium as much as it works), at most 4. */
export function defaultPoolSize(): number {
  return Math.max(2, Math.min(os.availableParallelism(), 4));
}

export function createPagePool(browser: Browser, size: number = defaultPoolSize(), options: PagePoolOptions = {}): PagePool {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page pool size must be a positive integer, got ${size}`);
  const maxUses = options.maxUses ?? 100;
  let active = 0;
  const waiting: Array<() => void> = [];
  const idle: Array<{ page: Page; uses: number }> = [];

  async function acquire(): Promise<void> {
    if (active < size) {
      active++;
      return;
    }
    // The releasing job hands its slot over directly, so `active` stays correct.
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else active--;
  }

  return {
    size,
    async run<T>(fn: (page: Page) => Promise<T>): Promise<T> {
      await acquire();
      try {
        const held = idle.pop() ?? { page: await browser.newPage(), uses: 0 };
        let ok = false;
        try {
          const result = await fn(held.page);
          ok = true;
          return result;
        } finally {
          held.uses++;
          if (ok && options.reusePages && held.uses < maxUses && !held.page.isClosed()) idle.push(held);
          // A crashed, hung or already closed page must not hide fn's own result or error.
          else await closePage(held.page);
        }
      } finally {
        release();
      }
    },
    async open() {
      if (!options.reusePages) return;
      // Never fails and never waits long: a page that does not open in time (a hung
      // browser) is left to the jobs, which open their own under their time limits.
      await Promise.all(
        Array.from({ length: size - active - idle.length }, async () => {
          const opening = browser.newPage();
          if (await fulfilsWithin(PAGE_OPEN_MS, opening)) idle.push({ page: await opening, uses: 0 });
          else opening.then(closePage, () => {});
        }),
      );
    },
    async close() {
      await Promise.all(idle.splice(0).map(({ page }) => closePage(page)));
    },
  };
}
