// Prints one self-contained HTML document to PDF on a page that runs no page scripts and
// loads nothing from outside: everything must be inlined (data: URLs).
import { TimeoutError, type ConsoleMessage, type HTTPRequest, type Page } from 'puppeteer-core';
import { withDeadline } from './deadline.js';

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

/**
 * The per-print limit when PrintOptions.timeoutMs is not given: TRIALBRIEF_PRINT_TIMEOUT_MS
 * (whole milliseconds) if set, e.g. longer on a slow machine or short in tests, else
 * DEFAULT_PRINT_TIMEOUT_MS.
 */
export function defaultPrintTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.TRIALBRIEF_PRINT_TIMEOUT_MS?.trim();
  if (!raw) return DEFAULT_PRINT_TIMEOUT_MS;
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    throw new Error(`TRIALBRIEF_PRINT_TIMEOUT_MS: expected a whole number of milliseconds; got "${raw}"`);
  return Number(raw);
}

/** A print overran its time limit: the page (or the browser) may be hung. */
export class PrintTimeoutError extends Error {
  override name = 'PrintTimeoutError';
  constructor(title: string | undefined, timeoutMs: number, options?: ErrorOptions) {
    super(`printing PDF${title ? ` "${title}"` : ''} took longer than ${timeoutMs} ms; the page may be too large or hung`, options);
  }
}

// Our own assets are inlined: fonts, and images a template may carry. A data: URL of any
// other type (an HTML document for a frame, a script) is as unexpected as a remote one.
const allowed = (url: string): boolean => url === 'about:blank' || /^data:(?:font\/|image\/(?:png|jpeg|gif|webp|svg\+xml)[;,])/i.test(url);

// What Chromium refuses before any request exists it says only on the console: file:
// addresses in a page not loaded from a file. Those attempts are reported with the
// refused requests.
const LOCAL_RESOURCE = /^Not allowed to load local resource: (\S+)/;

// Interception cannot stop everything: puppeteer lets data: URLs through unpaused (so a
// template's <iframe src="data:text/html,…"> would render), and an <iframe srcdoc> makes
// no request at all. So embedded documents are taken out of the page before it prints,
// and reported. (A Content-Security-Policy would block them too, but any policy on the
// page made every print about 90 ms slower in Chromium 156: most of the cost of a PDF.)
const EMBEDDED_DOCUMENTS = 'iframe, frame, frameset, object, embed, applet, portal, fencedframe';

/** Pages that already run with JavaScript off and every request intercepted. */
const hardened = new WeakSet<Page>();

export async function printPdf(page: Page, html: string, opts: PrintOptions): Promise<PrintResult> {
  const timeoutMs = opts.timeoutMs ?? defaultPrintTimeoutMs();
  const refused: string[] = [];
  const onRequest = (req: HTTPRequest): void => {
    const url = req.url();
    // Verified with Chromium 156: interception still sees every request with JS off,
    // and data: URLs come through here too.
    const handled = allowed(url) ? req.continue() : (refused.push(url), req.abort('blockedbyclient'));
    // The page may close under a pending request (timeout): nothing left to handle then.
    handled.catch(() => {});
  };
  const onConsole = (message: ConsoleMessage): void => {
    const url = LOCAL_RESOURCE.exec(message.text())?.[1];
    if (url) refused.push(url);
  };

  const work = (async () => {
    // Page scripts off (templates need none); CDP evaluate below still works, since it
    // runs through DevTools, not through the page's script execution. Both settings stay
    // with the page: a reused page is set up once, not on every print.
    if (!hardened.has(page)) {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      hardened.add(page);
    }
    page.on('request', onRequest);
    page.on('console', onConsole);
    try {
      await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
      // One round trip: set the title, and take out embedded documents (see above).
      const removed = await page.evaluate(
        (title, selector) => {
          if (title !== null) document.title = title;
          return [...document.querySelectorAll(selector)].map((element) => {
            const address = element.getAttribute('src') ?? element.getAttribute('data');
            element.remove();
            return address || `an embedded document (<${element.localName}> without an address)`;
          });
        },
        opts.title ?? null,
        EMBEDDED_DOCUMENTS,
      );
      refused.push(...removed);
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
      return { pdf, refused: [...new Set(refused)] };
    } finally {
      page.off('request', onRequest);
      page.off('console', onConsole);
    }
  })();

  // Our own deadline covers the whole print; puppeteer's per-step timeouts (same limit)
  // are a backstop, and either way the caller sees one clear message.
  const overrun = (cause?: unknown) => new PrintTimeoutError(opts.title, timeoutMs, { cause });
  try {
    return await withDeadline(work, timeoutMs, overrun);
  } catch (err) {
    throw err instanceof TimeoutError ? overrun(err) : err;
  }
}
