// One browser per build, started on the first print only: a build whose documents are
// all up to date never starts Chromium, and never even loads puppeteer-core (this module
// imports it on the first print). Prints go through a bounded pool of reused pages.
import type { Browser } from 'puppeteer-core';
import type { LaunchOptions, PagePool } from './browser.js';
import type { PrintOptions, PrintResult } from './pdf.js';

export interface Printer {
  print(html: string, options: PrintOptions): Promise<PrintResult>;
  /** "HeadlessChrome/156.0.8078.79" once the browser is up; null before the first print. */
  browserVersion(): string | null;
  close(): Promise<void>;
}

export interface PrinterOptions extends LaunchOptions {
  /** Pages printing at once (default: from the cores, see defaultPoolSize). */
  poolSize?: number;
}

/** The browser could not be launched or connected to: every print of the build fails with it. */
export class BrowserStartError extends Error {}

export function createPrinter(launch: PrinterOptions = {}): Printer {
  let started: Promise<{ browser: Browser; pool: PagePool; print: typeof import('./pdf.js').printPdf; version: string }> | null = null;
  let version: string | null = null;
  const start = () =>
    (started ??= (async () => {
      const [{ createPagePool, launchBrowser }, { printPdf }] = await Promise.all([import('./browser.js'), import('./pdf.js')]);
      const browser = await launchBrowser(launch).catch((error: unknown) => {
        throw new BrowserStartError(error instanceof Error ? error.message : String(error), { cause: error });
      });
      version = await browser.version();
      return { browser, pool: createPagePool(browser, launch.poolSize, { reusePages: true }), print: printPdf, version };
    })());
  return {
    async print(html, options) {
      const { pool, print } = await start();
      return pool.run((page) => print(page, html, options));
    },
    browserVersion: () => version,
    async close() {
      if (!started) return;
      const running = started;
      started = null;
      const { browser, pool } = await running.catch(() => ({ browser: null, pool: null }));
      if (!browser || !pool) return;
      // Our pages go first: on a shared (connected) browser they would otherwise stay open.
      await pool.close();
      const { releaseBrowser } = await import('./browser.js');
      await releaseBrowser(browser);
    },
  };
}
