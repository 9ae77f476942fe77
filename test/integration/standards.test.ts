// Every corpus article builds all three documents, and each meets its readers'
// standards as the build checks them (report.json) and as the printed PDFs show.
import { readFile, readdir, rm, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentReport } from '../../src/audiences/checks/index.js';
import type { ReportMessage } from '../../src/report.js';
import { CORPUS } from '../helpers/article.js';
import { articleFolders, pdfInfo, pdfText, runCli } from '../helpers/cli.js';

let out: string;
let slugs: string[];
let stderr: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'trialbrief-standards-'));
  const articles = (await readdir(CORPUS)).filter((n) => n.endsWith('.txt')).map((n) => path.join(CORPUS, n));
  const result = await runCli(['build', ...articles, '--out', out]);
  stderr = result.stderr;
  expect(result.code, result.stderr).toBe(0);
  slugs = await articleFolders(out);
}, 180_000);
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

const MUST_PASS = ['hype', 'untraceable-number', 'page-budget', 'reading-grade', 'long-sentence'];

describe('standards on every corpus article', () => {
  it('builds all three documents for all ten articles', () => {
    expect(slugs).toHaveLength(10);
    expect(stderr).toMatch(/10 of 10 articles built, 30 PDFs/);
  });

  it('meets reading level, sentence length, hype, provenance and page budgets', async () => {
    for (const slug of slugs) {
      const report = JSON.parse(await readFile(path.join(out, slug, 'report.json'), 'utf8')) as {
        documents: DocumentReport[];
        messages: ReportMessage[];
      };
      expect(report.documents).toHaveLength(3);
      const failing = report.messages.filter((m) => MUST_PASS.includes(m.ruleId ?? ''));
      expect(failing, slug).toEqual([]);
      const patient = report.documents.find((d) => d.audience === 'patient-brief')!;
      expect(patient.readability!.fleschKincaidGrade, slug).toBeLessThanOrEqual(8);
      expect(patient.readability!.longestSentence.words, slug).toBeLessThanOrEqual(20);
    }
  });

  it('prints within the page budgets, as pdfinfo counts them', async () => {
    const budget = { 'patient-brief': 2, 'clinician-summary': 2, 'press-digest': 1 };
    for (const slug of slugs)
      for (const [name, pages] of Object.entries(budget)) {
        const info = await pdfInfo(path.join(out, slug, `${name}.pdf`));
        expect(Number(info.Pages), `${slug} ${name}`).toBeLessThanOrEqual(pages);
      }
  });

  it('prints no hype word in the patient brief outside the quoted source title (its row and the footer)', async () => {
    for (const slug of slugs) {
      const text = await pdfText(path.join(out, slug, 'patient-brief.pdf'));
      // The source's own words stand quoted in "Where to learn more" and in each page's footer.
      const ownText = text.split(/Where to learn more/)[0]!.replace(/Source: “[^”]*”/g, '');
      expect(ownText.match(/\b(breakthrough|cure[sd]?|miracle|game[- ]changer|revolutionary)\b/gi), slug).toBeNull();
    }
  });

  it('never prints "undefined", "null" or an empty section', async () => {
    for (const slug of slugs)
      for (const name of ['patient-brief', 'clinician-summary', 'press-digest']) {
        const html = await readFile(path.join(out, slug, `${name}.html`), 'utf8');
        const text = html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');
        expect(text, `${slug} ${name}`).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/);
        expect(html, `${slug} ${name}`).not.toMatch(/<h[23][^>]*>[^<]*<\/h[23]>\s*(<\/section>|<h[23])/);
      }
  });
});
