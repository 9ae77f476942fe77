// The render shell against a real Chromium, checked by reading the PDFs back with poppler
// (scripts/setup.mjs --for-tests makes sure pdftotext and pdfinfo exist).
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeFileAtomic, writeOutputsAtomically } from '../../src/output/atomic-write.js';
import { createPagePool, launchBrowser, releaseBrowser, resolveChromium } from '../../src/render/browser.js';
import { printPdf } from '../../src/render/pdf.js';

const run = promisify(execFile);
let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(path.join(os.tmpdir(), 'trialbrief-render-'));
});
afterAll(async () => {
  if (browser) await releaseBrowser(browser);
  if (dir) await rm(dir, { recursive: true, force: true });
});

const doc = (body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>From the HTML</title>
<style>
  @page { size: A4; margin: 20mm 18mm 25mm;
    @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 10pt sans-serif; } }
  body { font: 12pt sans-serif; }
</style></head>
<body>${body}<script>document.body.append('SCRIPT RAN')</script></body></html>`;

async function pdfText(file: string): Promise<string> {
  return (await run('pdftotext', ['-layout', file, '-'])).stdout;
}
async function pdfInfo(file: string): Promise<string> {
  return (await run('pdfinfo', [file])).stdout;
}

describe('printPdf', () => {
  test('prints text, CSS page numbers, tags and title; refuses outside requests; runs no scripts', async () => {
    const page = await browser.newPage();
    const { pdf, refused } = await printPdf(
      page,
      doc('<h1>Insulin trial</h1><p>Ten of twelve participants stopped insulin.</p><img src="http://127.0.0.1:9/x.png" alt="">'),
      { format: 'A4', title: 'Patient brief' },
    );
    await page.close();
    const file = path.join(dir, 'one', 'patient.pdf');
    await writeFileAtomic(file, pdf);

    const text = await pdfText(file);
    expect(text).toContain('Insulin trial');
    expect(text).toContain('Ten of twelve participants stopped insulin.');
    expect(text).toContain('Page 1 of 1');
    expect(text).not.toContain('SCRIPT RAN');

    const info = await pdfInfo(file);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toMatch(/^Title:\s+Patient brief$/m);
    expect(info).toMatch(/^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)$/m);

    const outline = JSON.parse((await run('qpdf', ['--json', '--json-key=outlines', file])).stdout);
    expect(outline.outlines.map((o: { title: string }) => o.title)).toEqual(['Insulin trial']);

    expect(refused).toEqual(['http://127.0.0.1:9/x.png']);
  });

  test('counter(pages) counts every page', async () => {
    const pages = await createPagePool(browser, 1).run((page) =>
      printPdf(page, doc('<p>First</p><p style="break-before: page">Second</p>'), { format: 'Letter' }),
    );
    const file = path.join(dir, 'two.pdf');
    await writeFileAtomic(file, pages.pdf);
    const text = await pdfText(file);
    expect(text).toContain('Page 1 of 2');
    expect(text).toContain('Page 2 of 2');
    expect(await pdfInfo(file)).toMatch(/^Title:\s+From the HTML$/m);
    expect(pages.refused).toEqual([]);
  });

  test('a print that overruns its time limit rejects with a clear error', async () => {
    const page = await browser.newPage();
    await expect(printPdf(page, doc('<p>slow</p>'), { format: 'A4', timeoutMs: 1 })).rejects.toThrow(/took longer than 1 ms/);
    await page.close();
  });
});

describe('createPagePool', () => {
  test('runs at most `size` jobs at once, each on a fresh page that is closed afterwards', async () => {
    const before = (await browser.pages()).length;
    const pool = createPagePool(browser, 2);
    let active = 0;
    let peak = 0;
    let started = 0;
    const seen = new Set<unknown>();
    // Each job but the last holds its slot until a second job is running beside it (or 10 s
    // pass): a fixed 50 ms wait let a loaded machine finish a job before the next page opened,
    // and the test then failed for want of concurrency it was not testing.
    const partnered = async () => {
      for (let waited = 0; active < 2 && started < 5 && waited < 10_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    };
    await Promise.all(
      Array.from({ length: 5 }, () =>
        pool.run(async (page) => {
          seen.add(page);
          started++;
          peak = Math.max(peak, ++active);
          await partnered();
          active--;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(seen.size).toBe(5);
    expect((await browser.pages()).length).toBe(before);
  });

  test('a failing job frees its slot and its page', async () => {
    const pool = createPagePool(browser, 1);
    await expect(pool.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(pool.run(async () => 'next')).resolves.toBe('next');
  });
});

describe('resolveChromium', () => {
  test('a broken PUPPETEER_EXECUTABLE_PATH is an error, not silently skipped', () => {
    const saved = process.env.PUPPETEER_EXECUTABLE_PATH;
    process.env.PUPPETEER_EXECUTABLE_PATH = '/nonexistent/chrome';
    try {
      expect(() => resolveChromium()).toThrow(/PUPPETEER_EXECUTABLE_PATH.*\/nonexistent\/chrome/);
    } finally {
      if (saved === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
      else process.env.PUPPETEER_EXECUTABLE_PATH = saved;
    }
  });
});

describe('writeOutputsAtomically', () => {
  test('a failed write leaves previous outputs untouched and no temp files', async () => {
    const out = path.join(dir, 'atomic');
    await writeOutputsAtomically([
      { path: path.join(out, 'a.html'), data: 'old a' },
      { path: path.join(out, 'b.html'), data: 'old b' },
    ]);
    await writeFile(path.join(out, 'blocker'), 'a file where a directory is needed');
    await expect(
      writeOutputsAtomically([
        { path: path.join(out, 'a.html'), data: 'new a' },
        { path: path.join(out, 'b.html'), data: 'new b' },
        { path: path.join(out, 'blocker', 'c.pdf'), data: 'new c' },
      ]),
    ).rejects.toThrow();
    expect(await readFile(path.join(out, 'a.html'), 'utf8')).toBe('old a');
    expect(await readFile(path.join(out, 'b.html'), 'utf8')).toBe('old b');
    expect((await readdir(out)).sort()).toEqual(['a.html', 'b.html', 'blocker']);
  });
});
