// The whole pipeline as a user runs it: the CLI builds the zimislecel article with the
// real Chromium, and the PDFs' text is read back with pdftotext.
import { mkdtemp, readFile, readdir, rm, writeFile, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/article/numbers.js';
import type { ReportMessage } from '../../src/report.js';
import { ZIMISLECEL_MD } from '../helpers/article.js';
import { pdfInfo, pdfText, runCli } from '../helpers/cli.js';

const SLUG = 'zimislecel-islet-cells-type-1-diabetes';
let out: string;
let text: Record<'patient-brief' | 'clinician-summary' | 'press-digest', string>;
let build: Awaited<ReturnType<typeof runCli>>;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'trialbrief-build-'));
  build = await runCli(['build', ZIMISLECEL_MD, '--out', out]);
  const dir = path.join(out, SLUG);
  text = {
    'patient-brief': await pdfText(path.join(dir, 'patient-brief.pdf')),
    'clinician-summary': await pdfText(path.join(dir, 'clinician-summary.pdf'), { raw: true }),
    'press-digest': await pdfText(path.join(dir, 'press-digest.pdf')),
  };
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

// Source-line markers ("L15") may land mid-sentence in pdftotext's reading order.
const flat = (s: string) => s.replace(/\bL\d+\b,?/g, ' ').replace(/\s+/g, ' ');

describe('trialbrief build on the zimislecel article', () => {
  it('exits 0 and writes three PDFs, their HTML and facts.json', async () => {
    expect(build.stderr).toMatch(/^[✓!] zimislecel-islet-cells-type-1-diabetes: 3 PDFs/m);
    expect(build.code).toBe(0);
    expect((await readdir(path.join(out, SLUG))).sort()).toEqual([
      'clinician-summary.html',
      'clinician-summary.pdf',
      'facts.json',
      'patient-brief.html',
      'patient-brief.pdf',
      'press-digest.html',
      'press-digest.pdf',
      'report.json',
    ]);
    const facts = JSON.parse(await readFile(path.join(out, SLUG, 'facts.json'), 'utf8'));
    expect(facts.participants.value).toBe(12);
  });

  it('prints A4 pages within each document’s budget', async () => {
    const budgets = { 'patient-brief': 2, 'clinician-summary': 2, 'press-digest': 1 } as const;
    for (const [name, budget] of Object.entries(budgets)) {
      const info = await pdfInfo(path.join(out, SLUG, `${name}.pdf`));
      expect(Number(info.Pages), name).toBeLessThanOrEqual(budget);
      expect(info['Page size'], name).toMatch(/595\.\d* x 841\.\d* pts \(A4\)/);
      expect(info.Tagged, name).toBe('yes');
    }
  });

  it('patient brief: who took part, natural frequencies, harms, open questions', () => {
    const t = flat(text['patient-brief']);
    expect(t).toMatch(/12 (people|participants)/);
    expect(t).toMatch(/type 1 diabetes/i);
    expect(t).toMatch(/over two decades/);
    expect(t).toMatch(/10 of the 12/);
    expect(t).toMatch(/headaches/);
    expect(t).toMatch(/gastrointestinal/);
    expect(t).toMatch(/two patient deaths|2 of the 12|two (people|participants) died|deaths/i);
    expect(t).toMatch(/cost/);
    expect(t).toMatch(/long-term immunosuppression/);
    expect(t).toMatch(/Page 1 of 2/);
    expect(t).toMatch(/Page 2 of 2/);
    // The footer names the source by its title and gives the build date (the article has no date of its own).
    expect(flat(t)).toMatch(/Source: “Breakthrough in Diabetes Treatment: [^”]*” · built \d{4}-\d{2}-\d{2}/);
  });

  it('clinician summary: outcomes with timepoints, harms, citation', () => {
    const t = flat(text['clinician-summary']);
    expect(t).toMatch(/C-peptide/);
    expect(t).toMatch(/within 90 days/);
    expect(t).toMatch(/HbA1c/);
    expect(t).toMatch(/below 7%/);
    expect(t).toMatch(/four months/);
    expect(t).toMatch(/Ten participants ceased needing insulin altogether, while the remaining two required significantly less/);
    expect(t).toMatch(/headaches and gastrointestinal issues/);
    expect(t).toMatch(/neither was directly linked to zimislecel/);
    expect(t).toMatch(/New England Journal of Medicine/);
    expect(t).toMatch(/June 2025/);
    expect(t).toMatch(/phase 3/i);
    expect(t).toMatch(/50 participants/);
    expect(t).toMatch(/five years/);
  });

  it('press digest: the quote with speaker, role and affiliation; what is next', () => {
    const t = flat(text['press-digest']);
    expect(t).toMatch(/In the group studied, the response is very encouraging/);
    expect(t).toMatch(/Nihal Thomas/);
    expect(t).toMatch(/Professor of Endocrinology/);
    expect(t).toMatch(/Christian Medical College, Vellore/);
    expect(t).toMatch(/50 participants/);
    expect(t).toMatch(/###/);
  });

  it('leaves page junk out of every output', async () => {
    for (const name of await readdir(path.join(out, SLUG))) {
      const content = name.endsWith('.pdf')
        ? await pdfText(path.join(out, SLUG, name))
        : await readFile(path.join(out, SLUG, name), 'utf8');
      // What was removed is listed in facts.json and noted (info) in report.json, and nowhere else.
      const withoutRemovedList =
        name === 'facts.json'
          ? JSON.stringify({ ...JSON.parse(content), removed: [] })
          : name === 'report.json'
            ? JSON.stringify({
                ...JSON.parse(content),
                messages: JSON.parse(content).messages.filter((m: ReportMessage) => m.severity !== 'info'),
              })
            : content;
      expect(withoutRemovedList, name).not.toMatch(/Advertisement|\bTags\b/);
    }
  });

  it('states no number that is not in the source', async () => {
    const source = await readFile(ZIMISLECEL_MD, 'utf8');
    // Numbers as written ("Ten", "two decades" → 10, 20) and as digits.
    const sourceNumbers = new Set([...source.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0]));
    for (const mention of findNumbers(source)) sourceNumbers.add(String(mention.value));
    const buildDate = /built \d{4}-\d{2}-\d{2}/g;
    for (const [name, content] of Object.entries(text)) {
      const body = content
        .replace(/Page \d+ of \d+/g, '')
        .replace(buildDate, '')
        .replace(/\bline \d+\b|\bL\d+\b|\blines? [\d, –-]+/g, '');
      for (const [number] of body.matchAll(/\d+(?:[.,]\d+)*/g)) {
        expect(sourceNumbers.has(number.replace(/,/g, '')) || sourceNumbers.has(number), `${name}: ${number}`).toBe(true);
      }
    }
  });
});

describe('bad input', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'trialbrief-bad-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a missing file: one line naming it, exit 1, nothing written', async () => {
    const result = await runCli(['build', path.join(dir, 'nope.md'), '--out', path.join(dir, 'out1'), '--format', 'html']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nope\.md\n +error +File not found +unreadable +trialbrief$/m);
    await expect(readdir(path.join(dir, 'out1'))).rejects.toThrow();
  });

  it('binary file and invalid YAML fail alone; the good article still builds', async () => {
    const content = path.join(dir, 'content');
    await cp(path.dirname(ZIMISLECEL_MD), content, { recursive: true });
    await writeFile(path.join(content, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x00, 0x00]));
    await writeFile(path.join(content, 'bad-yaml.md'), '---\ntitle: "unclosed\nlanguage: en\n---\n\nText.\n');
    const result = await runCli(['build', content, '--out', path.join(dir, 'out2'), '--format', 'html']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/binary\.md\n2:\d+ +error +Not a text file: .* +binary +trialbrief$/m);
    expect(result.stderr).toMatch(/bad-yaml\.md\n\d+:1 +error +Front matter is not valid YAML: .* +front-matter-yaml +trialbrief$/m);
    const written = await readdir(path.join(dir, 'out2'));
    expect(written.sort()).toEqual(['manifest.json', SLUG]);
  });
});

describe('--strict', () => {
  // An editor's value with a hype word in it ("breakthrough") reaches text trialbrief writes:
  // the hype check fails on every document, whatever extraction finds in the article.
  const ARTICLE = [
    '---',
    'title: "Drug lowers blood pressure in a small trial"',
    'facts:',
    '  intervention: "the breakthrough pill lorvaxin"',
    '  phase: "2"',
    '---',
    '',
    'A drug called lorvaxin lowered blood pressure in 40 people with hypertension, researchers reported in the journal Hypertension.',
    '',
    'In the trial, 20 people took lorvaxin and 20 took a placebo for 12 weeks. Blood pressure fell by 12 points in the lorvaxin group and by 2 points in the placebo group.',
    '',
  ].join('\n');

  it('turns a failed check into exit 1; without it the build still succeeds', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'trialbrief-strict-'));
    try {
      const file = path.join(dir, 'lorvaxin.md');
      await writeFile(file, ARTICLE);
      const strict = await runCli(['build', file, '--out', path.join(dir, 'a'), '--format', 'html', '--strict']);
      expect(strict.code).toBe(1);
      expect(strict.stderr).toMatch(/^! lorvaxin: 3 HTML documents, .*\d+ checks failed/m);
      expect(strict.stderr).toMatch(/^\d+:\d+ +warning +patient-brief: hype word “breakthrough” in: .* +hype +trialbrief$/m);
      const lenient = await runCli(['build', file, '--out', path.join(dir, 'b'), '--format', 'html']);
      expect(lenient.code).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
