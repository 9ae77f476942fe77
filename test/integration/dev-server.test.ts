// The preview server in a real Chromium: pages show the documents, laid out as the build
// prints them, and reload themselves when their article, a stylesheet or a template
// changes (and only then).
import { cp, mkdir, mkdtemp, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../../src/dev/server.js';
import { resolveChromium } from '../../src/render/browser.js';
import { CORPUS, ROOT, ZIMISLECEL_MD } from '../helpers/article.js';

const SLUG = 'zimislecel-islet-cells-type-1-diabetes';
const OTHER = '05-fda-rydapt-midostaurin-aml';
let dir: string;
let server: DevServer;
let browser: Browser;
let article: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'trialbrief-dev-'));
  await mkdir(path.join(dir, 'content'));
  article = path.join(dir, 'content', `${SLUG}.md`);
  await cp(ZIMISLECEL_MD, article);
  await cp(path.join(CORPUS, `${OTHER}.txt`), path.join(dir, 'content', `${OTHER}.txt`));
  await cp(path.join(ROOT, 'content', 'glossary.yaml'), path.join(dir, 'content', 'glossary.yaml'));
  await cp(path.join(ROOT, 'templates'), path.join(dir, 'templates'), { recursive: true });
  server = await startDevServer({
    port: 0,
    contentDir: path.join(dir, 'content'),
    templatesDir: path.join(dir, 'templates'),
    paper: 'a4',
    log: () => {},
    debounceMs: 30,
  });
  // A browser as a person would use it (JavaScript on, 127.0.0.1 reachable), not the
  // hardened one that prints PDFs.
  browser = await puppeteer.launch({
    executablePath: resolveChromium(),
    headless: true,
    pipe: true,
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
}, 60_000);
afterAll(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const listening = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.previewReload === 'listening', { timeout: 10_000 });

/** Opens a preview and waits until it listens for reloads. */
async function open(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await listening(page);
  return page;
}

/** Runs the edit and resolves when the page has reloaded and listens again. */
async function reloadAfter(page: Page, edit: () => Promise<void>): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 15_000 }), edit()]);
  await listening(page);
}

const text = (page: Page) => page.evaluate(() => document.body.innerText);

describe('npm run dev', () => {
  it('lists the articles and serves each document as HTML on 127.0.0.1', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await (await fetch(server.url)).text();
    for (const audience of ['patient-brief', 'clinician-summary', 'press-digest']) expect(index).toContain(`/${SLUG}/${audience}.html`);
    expect(index).toContain(`/${OTHER}/patient-brief.html`);
    const page = await open(`${server.url}${SLUG}/clinician-summary.html`);
    expect(await text(page)).toMatch(/New England Journal of Medicine/);
    expect((await fetch(`${server.url}nope/patient-brief.html`)).status).toBe(404);
    await page.close();
  });

  it('reloads a page when its article changes, and leaves other articles’ pages alone', async () => {
    const page = await open(`${server.url}${SLUG}/patient-brief.html`);
    const other = await open(`${server.url}${OTHER}/patient-brief.html`);
    await other.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const original = await readFile(article, 'utf8');
    await reloadAfter(page, () =>
      writeFile(article, original.replace(/^title: ".*"$/m, 'title: "Lab-grown cells let ten of twelve people stop insulin"')),
    );
    expect(await text(page)).toMatch(/Lab-grown cells let ten of twelve people stop insulin/);
    expect(await other.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await Promise.all([page.close(), other.close()]);
  });

  it('reloads every page when a stylesheet or template changes', async () => {
    const page = await open(`${server.url}${SLUG}/press-digest.html`);
    await reloadAfter(page, () =>
      appendFile(path.join(dir, 'templates', 'styles', 'base.css'), '\nbody { outline: 7px solid rgb(1, 2, 3); }\n'),
    );
    expect(await page.evaluate(() => getComputedStyle(document.body).outlineWidth)).toBe('7px');
    const template = path.join(dir, 'templates', 'press-digest.hbs');
    const source = await readFile(template, 'utf8');
    const lastClose = source.lastIndexOf('{{/');
    await reloadAfter(page, () =>
      writeFile(template, `${source.slice(0, lastClose)}<p id="dev-test">Edited template</p>\n${source.slice(lastClose)}`),
    );
    expect(await page.$eval('#dev-test', (el) => el.textContent)).toBe('Edited template');
    await page.close();
  });

  it('shows an article that does not build as an error, and the document again once fixed', async () => {
    const page = await open(`${server.url}${SLUG}/patient-brief.html`);
    const good = await readFile(article, 'utf8');
    const before = await text(page);
    await reloadAfter(page, () => writeFile(article, good.replace('language: en', 'language: en\nsurprise: key')));
    expect(await text(page)).toMatch(/does not build[\s\S]*surprise/);
    await reloadAfter(page, () => writeFile(article, good));
    expect(await text(page)).toBe(before);
    await page.close();
  });

  it('lays out an article whose front matter says `paper: letter` for Letter, as the build prints it', async () => {
    const letter = (await readFile(article, 'utf8')).replace('language: en', 'language: en\nslug: letter-paper\npaper: letter');
    const rebuilt = server.nextRebuild();
    await writeFile(path.join(dir, 'content', 'letter-paper.md'), letter);
    expect(await rebuilt).toContain('letter-paper');
    const html = await (await fetch(`${server.url}letter-paper/patient-brief.html`)).text();
    expect(html).toMatch(/@page \{\s*size: letter;/);
    expect(await (await fetch(`${server.url}${SLUG}/patient-brief.html`)).text()).toMatch(/@page \{\s*size: A4;/);
    // And Chromium, printing the preview as the page asks, makes US Letter pages (612 × 792 pt).
    const page = await open(`${server.url}letter-paper/patient-brief.html`);
    const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true }));
    expect(pdf.getPages().map((p) => p.getSize())).toContainEqual({ width: 612, height: 792 });
    expect(pdf.getPages().every((p) => Math.round(p.getWidth()) === 612 && Math.round(p.getHeight()) === 792)).toBe(true);
    await page.close();
  });
});
