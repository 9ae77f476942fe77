// One browser per build, started on the first print only: a build whose documents are
// all up to date never starts Chromium. Prints go through the bounded page pool.
import type { Browser } from 'puppeteer-core';
import { createPagePool, launchBrowser, releaseBrowser, type LaunchOptions, type PagePool } from './browser.js';
import { printPdf, type PrintOptions, type PrintResult } from './pdf.js';

export interface Printer {
  print(html: string, options: PrintOptions): Promise<PrintResult>;
  close(): Promise<void>;
}

export function createPrinter(launch: LaunchOptions & { poolSize?: number } = {}): Printer {
  let started: Promise<{ browser: Browser; pool: PagePool }> | null = null;
  const start = () =>
    (started ??= launchBrowser(launch).then((browser) => ({ browser, pool: createPagePool(browser, launch.poolSize) })));
  return {
    async print(html, options) {
      const { pool } = await start();
      return pool.run((page) => printPdf(page, html, options));
    },
    async close() {
      if (!started) return;
      const { browser } = await started;
      started = null;
      await releaseBrowser(browser);
    },
  };
}
