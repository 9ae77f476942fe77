// One Chromium per build (launched, or connected to over a WebSocket), printing through
// a bounded pool of pages. puppeteer-core, not puppeteer: the latter's postinstall
// download breaks installs where Chrome's CDN is unreachable.
import os from 'node:os';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChromium } from '../../scripts/chromium-paths.mjs';

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
  /** Reuse a running browser (e.g. a browserless container) instead of launching one. */
  wsEndpoint?: string;
}

export async function launchBrowser(opts: LaunchOptions = {}): Promise<Browser> {
  if (opts.wsEndpoint) {
    const browser = await puppeteer.connect({ browserWSEndpoint: opts.wsEndpoint });
    connected.add(browser);
    return browser;
  }
  // Root cannot use Chromium's sandbox; everyone else keeps it.
  const asRoot = process.getuid?.() === 0;
  return puppeteer.launch({
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

export interface PagePool {
  readonly size: number;
  /** Runs fn on a fresh page, at most `size` at a time; the page is closed afterwards. */
  run<T>(fn: (page: Page) => Promise<T>): Promise<T>;
}

/** Beyond 4 pages (or the core count) parallel printing gains little and costs memory. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(os.availableParallelism(), 4));
}

// A fresh page per job, never reused: a reused page prints PDFs whose internal ids differ
// from a fresh page's, which breaks byte-for-byte reproducible output.
export function createPagePool(browser: Browser, size: number = defaultPoolSize()): PagePool {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page pool size must be a positive integer, got ${size}`);
  let active = 0;
  const waiting: Array<() => void> = [];

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
        const page = await browser.newPage();
        try {
          return await fn(page);
        } finally {
          // A crashed or already closed page must not hide fn's own result or error.
          await page.close().catch(() => {});
        }
      } finally {
        release();
      }
    },
  };
}
