// The floor: the same HTML files the pipeline wrote, printed by a bare Puppeteer loop.
// Same browser, same launch flags, same number of pages at once, each page reused like the
// pipeline's, the same page.pdf options; and nothing else: no JavaScript switch, no
// request interception, no metadata stamping, no extraction, no templates, no checks.
//   tsx bench/floor.ts <out-dir-with-html> <dir-for-pdfs> [pages-at-once]
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { defaultPoolSize, launchBrowser, releaseBrowser } from '../src/render/browser.js';

const [from, to, jobsArg] = process.argv.slice(2);
if (!from || !to) throw new Error('usage: floor.ts <out-dir-with-html> <dir-for-pdfs> [pages-at-once]');
const jobs = jobsArg ? Number(jobsArg) : defaultPoolSize();

const started = performance.now();
const files: string[] = [];
for (const slug of (await readdir(from, { withFileTypes: true }))
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()) {
  for (const name of (await readdir(path.join(from, slug))).filter((n) => n.endsWith('.html')).sort()) files.push(path.join(slug, name));
}
const browser = await launchBrowser();
let next = 0;
await Promise.all(
  Array.from({ length: jobs }, async () => {
    let page: Page | null = null;
    while (next < files.length) {
      const file = files[next++]!;
      const html = await readFile(path.join(from, file), 'utf8');
      page ??= await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: false,
        tagged: true,
        outline: true,
        displayHeaderFooter: false,
        waitForFonts: true,
      });
      const target = path.join(to, file.replace(/\.html$/, '.pdf'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, pdf);
    }
    await page?.close();
  }),
);
await releaseBrowser(browser);
process.stdout.write(`${JSON.stringify({ pdfs: files.length, seconds: (performance.now() - started) / 1000, jobs })}\n`);
