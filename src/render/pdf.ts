// Prints one self-contained HTML document to PDF on a page that runs no page scripts and
// loads nothing from outside: everything must be inlined (data: URLs).
import { TimeoutError, type HTTPRequest, type Page } from 'puppeteer-core';

export interface PrintOptions {
  format: 'A4' | 'Letter';
  /** PDF Title metadata; replaces the HTML <title> when given. */
  title?: string;
  /** Whole print (load + fonts + PDF), in ms. */
  timeoutMs?: number;
}

export interface PrintResult {
  pdf: Uint8Array;
  /** Every URL the page tried to load and was refused, in request order. */
  refused: string[];
}

export const DEFAULT_PRINT_TIMEOUT_MS = 30_000;

const allowed = (url: string): boolean => url.startsWith('data:') || url === 'about:blank';

export async function printPdf(page: Page, html: string, opts: PrintOptions): Promise<PrintResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
  const refused: string[] = [];
  const onRequest = (req: HTTPRequest): void => {
    const url = req.url();
    // Verified with Chromium 156: interception still sees every request with JS off,
    // and data: URLs come through here too.
    const handled = allowed(url) ? req.continue() : (refused.push(url), req.abort('blockedbyclient'));
    // The page may close under a pending request (timeout): nothing left to handle then.
    handled.catch(() => {});
  };

  const work = (async () => {
    // Page scripts off (templates need none); CDP evaluate below still works, since it
    // runs through DevTools, not through the page's script execution.
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', onRequest);
    try {
      await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
      if (opts.title !== undefined) {
        await page.evaluate((t) => {
          document.title = t;
        }, opts.title);
      }
      // page.pdf awaits document.fonts.ready itself (waitForFonts), in an isolated world.
      const pdf = await page.pdf({
        format: opts.format,
        printBackground: true,
        preferCSSPageSize: false,
        tagged: true,
        outline: true,
        displayHeaderFooter: false, // page numbers come from the templates' @page margin boxes
        waitForFonts: true,
        timeout: timeoutMs,
      });
      return { pdf, refused };
    } finally {
      page.off('request', onRequest);
    }
  })();

  // Our own deadline covers the whole print; puppeteer's per-step timeouts (same limit)
  // are a backstop, and either way the caller sees one clear message.
  const overrun = (cause?: unknown) =>
    new Error(
      `printing PDF${opts.title ? ` "${opts.title}"` : ''} took longer than ${timeoutMs} ms; the page may be too large or hung`,
      { cause },
    );
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(overrun()), timeoutMs);
  });
  // After a timeout the work keeps running until the page closes; its late rejection
  // must not surface as an unhandled rejection.
  work.catch(() => {});
  try {
    return await Promise.race([work, deadline]);
  } catch (err) {
    throw err instanceof TimeoutError ? overrun(err) : err;
  } finally {
    clearTimeout(timer);
  }
}
