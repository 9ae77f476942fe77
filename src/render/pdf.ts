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
  /** The classes added to fit the document on fewer pages (see FIT_ATTRIBUTE); empty when none were. */
  fitted?: string[];
}

/**
 * A document that has a denser setting names it on an element: `data-print-fit="class …"`.
 * When the document prints on more than one page, those classes are added to that element
 * and it is printed again; the denser print is kept only if it has fewer pages (a fuller
 * second page is better than a denser sheet that gains nothing). The browser's own layout
 * decides, so what is kept is what the reader gets.
 */
export const FIT_ATTRIBUTE = 'data-print-fit';

/**
 * The number of pages of a PDF as Chromium (Skia) writes it: uncompressed object
 * dictionaries, the page tree's root holding the largest /Count. Null when none is found
 * (then nothing is refitted).
 */
export function pdfPageCount(pdf: Uint8Array): number | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  let most: number | null = null;
  for (const match of text.matchAll(/\bobj\b((?:(?!\bendobj\b)[\s\S]){0,4000}?)\bendobj\b/g)) {
    const body = match[1]!;
    if (!/\/Type\s*\/Pages\b/.test(body)) continue;
    const count = /\/Count\s+(\d+)/.exec(body);
    if (count) most = Math.max(most ?? 0, Number(count[1]));
  }
  return most;
}

/** Keep the denser print only when it saves a page. */
export function fitsBetter(regular: number | null, denser: number | null): boolean {
  return regular !== null && denser !== null && denser < regular;
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
// no request at all. Worse, Chromium 156 itself can crash on them: a fresh browser given a
// document with both a data: iframe and a srcdoc iframe died in about half of the loads
// ("Navigating frame was detached", then the browser disconnected), before either frame
// had navigated, so taking them out after the load came too late. So embedded documents
// never reach the page: a document whose markup may hold one is parsed first in an inert
// document (DOMParser: no frames, no requests), they are taken out there and reported,
// and the page gets that document's markup instead. (A Content-Security-Policy would
// block them too, but any policy on the page made every print about 90 ms slower in
// Chromium 156: most of the cost of a PDF.)
const EMBEDDED_DOCUMENTS = 'iframe, frame, frameset, object, embed, applet, portal, fencedframe';

// The HTML parser makes elements from start tags, named by the letters after "<" (case
// folded), and on its own only html, head, body and the like: markup without one of these
// names after a "<" cannot hold an embedded document and goes to the page as it is, with
// no extra round trip. (A superset of the start tags: "<frameset", "<objects" match too,
// and only cost the inert parse.)
const MAY_EMBED = /<(?:i?frame|object|embed|applet|portal|fencedframe)/i;

/** Inert parses of a document before giving up: markup that serializes into new embedded documents. */
const INERT_ROUNDS = 3;

/** The document kept embedding documents through every inert parse (see INERT_ROUNDS). */
export class EmbeddedDocumentError extends Error {
  override name = 'EmbeddedDocumentError';
}

/**
 * Takes the embedded documents out of `html` without loading any: parsed in an inert
 * document on `page` (DOMParser), also inside <template> contents (a declarative shadow
 * root would make them live in the page), serialized, and parsed again until a parse finds
 * none. Returns the markup to print (`html` itself when nothing was taken out) and what was
 * taken out, as the page would have tried to load it.
 */
async function withoutEmbeddedDocuments(page: Page, html: string): Promise<{ html: string; removed: string[] }> {
  if (!MAY_EMBED.test(html)) return { html, removed: [] };
  const inert = await page.evaluate(
    // No named functions in here: tsx (esbuild's keepNames) would wrap them in a helper
    // that exists only in Node.
    (markup, selector, rounds) => {
      const removed: string[] = [];
      let changed = false;
      for (let round = 0; round < rounds; round++) {
        const doc = new DOMParser().parseFromString(markup, 'text/html');
        const before = removed.length;
        const roots: ParentNode[] = [doc];
        for (let root = roots.pop(); root; root = roots.pop()) {
          for (const element of root.querySelectorAll(selector)) {
            const address = element.getAttribute('src') ?? element.getAttribute('data');
            element.remove();
            removed.push(address || `an embedded document (<${element.localName}> without an address)`);
          }
          for (const template of root.querySelectorAll('template')) roots.push(template.content);
        }
        // This parse found none: `markup` is what the page will parse, so it makes no frame.
        if (removed.length === before) return { markup: changed ? markup : null, removed };
        markup = [...doc.childNodes]
          .map((node) => {
            if (node instanceof DocumentType) {
              const ids =
                (node.publicId ? ` PUBLIC "${node.publicId}"` : node.systemId ? ' SYSTEM' : '') +
                (node.systemId ? ` "${node.systemId}"` : '');
              return `<!DOCTYPE ${node.name}${ids}>`;
            }
            if (node instanceof Comment) return `<!--${node.data}-->`;
            return node instanceof Element ? node.outerHTML : '';
          })
          .join('');
        changed = true;
      }
      return null;
    },
    html,
    EMBEDDED_DOCUMENTS,
    INERT_ROUNDS,
  );
  if (!inert)
    throw new EmbeddedDocumentError(`the document still embedded other documents after ${INERT_ROUNDS} attempts to take them out`);
  return { html: inert.markup ?? html, removed: inert.removed };
}

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
      const inert = await withoutEmbeddedDocuments(page, html);
      await page.setContent(inert.html, { waitUntil: 'load', timeout: timeoutMs });
      // Reported after what the load itself asked for, as when they were taken out of the page.
      refused.push(...inert.removed);
      // No frame but the page's own: if one got in anyway, its content is not printed.
      if (page.mainFrame().childFrames().length > 0)
        throw new EmbeddedDocumentError('the document embedded another document that could not be taken out');
      if (opts.title !== undefined) await page.evaluate((title) => void (document.title = title), opts.title);
      // page.pdf awaits document.fonts.ready itself (waitForFonts), in an isolated world.
      const print = () =>
        page.pdf({
          format: opts.format,
          printBackground: true,
          preferCSSPageSize: false,
          tagged: true,
          outline: true,
          displayHeaderFooter: false, // page numbers come from the templates' @page margin boxes
          waitForFonts: true,
          timeout: timeoutMs,
        });
      const pdf = await print();
      const pages = pdfPageCount(pdf);
      if (pages !== null && pages > 1) {
        // Through DevTools, as above: page scripts stay off.
        const fit = await page.evaluate((attribute) => {
          const element = document.querySelector(`[${attribute}]`);
          const classes = (element?.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
          if (!element || classes.length === 0) return null;
          element.classList.add(...classes);
          return classes;
        }, FIT_ATTRIBUTE);
        if (fit) {
          const denser = await print();
          if (fitsBetter(pages, pdfPageCount(denser))) return { pdf: denser, refused: [...new Set(refused)], fitted: fit };
        }
      }
      return { pdf, refused: [...new Set(refused)], fitted: [] };
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
