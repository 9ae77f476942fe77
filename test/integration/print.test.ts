// Print quality as poppler and qpdf see it: embedded fonts only, tagged, titled, with
// bookmarks, structurally clean, byte-identical when rebuilt, and within page budgets
// on A4 and on US Letter.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, ZIMISLECEL_MD } from '../helpers/article.js';
import { pdfInfo, runCli } from '../helpers/cli.js';

const exec = promisify(execFile);
const DOCUMENTS = { 'patient-brief': 2, 'clinician-summary': 2, 'press-digest': 1 } as const;
let dir: string;
let articles: string[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'trialbrief-print-'));
  articles = [ZIMISLECEL_MD, ...(await readdir(CORPUS)).filter((n) => n.endsWith('.txt')).map((n) => path.join(CORPUS, n))];
  // Two A4 builds in different orders (a different browser history for each page), one Letter build.
  const builds = await Promise.all([
    runCli(['build', ...articles, '--out', path.join(dir, 'a4-first'), '--format', 'pdf']),
    runCli(['build', ...[...articles].reverse(), '--out', path.join(dir, 'a4-second'), '--format', 'pdf']),
    runCli(['build', ...articles, '--out', path.join(dir, 'letter'), '--format', 'pdf', '--paper', 'letter']),
  ]);
  for (const build of builds) expect(build.code, build.stderr).toBe(0);
}, 240_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pdfs = async (build: string) => {
  const slugs = (await readdir(path.join(dir, build))).filter((name) => name !== 'manifest.json').sort();
  return slugs.flatMap((slug) =>
    Object.keys(DOCUMENTS).map((name) => ({
      slug,
      name: name as keyof typeof DOCUMENTS,
      file: path.join(dir, build, slug, `${name}.pdf`),
    })),
  );
};

describe('printed PDFs', () => {
  it('embed every font they use (pdffonts)', async () => {
    for (const { file } of await pdfs('a4-first')) {
      const { stdout } = await exec('pdffonts', [file]);
      const rows = stdout.trim().split('\n').slice(2);
      expect(rows.length, file).toBeGreaterThan(0);
      for (const row of rows) {
        const columns = row.trim().split(/\s+/);
        expect(columns.at(-5), `${file}: ${row}`).toBe('yes'); // emb
        expect(row, file).toMatch(/AtkinsonHyperlegibleNext|SourceSerif4|NotoSansSymbols2|NotoSansMath/);
      }
    }
  });

  it('are tagged, titled, attributed, dated from the source, and have bookmarks', async () => {
    for (const { file, name } of await pdfs('a4-first')) {
      const info = await pdfInfo(file);
      expect(info.Tagged, file).toBe('yes');
      expect(info.Title, file).toMatch(
        new RegExp(
          `^${{ 'patient-brief': 'Patient brief', 'clinician-summary': 'Clinician summary', 'press-digest': 'Press digest' }[name]}: `,
        ),
      );
      expect(info.Creator, file).toMatch(/^trialbrief \d+\.\d+\.\d+$/);
      expect(info.Producer, file).toBe(info.Creator);
      expect(info.Subject, file).not.toBe('');
      expect(info.Keywords, file).not.toBe('');
      const { stdout } = await exec('qpdf', ['--json', '--json-key=outlines', file]);
      expect(JSON.parse(stdout).outlines.length, file).toBeGreaterThan(0);
    }
  });

  it('pass qpdf --check', async () => {
    for (const { file } of await pdfs('a4-first')) {
      const { stdout } = await exec('qpdf', ['--check', file]);
      expect(stdout, file).toMatch(/No syntax or stream encoding errors found/);
    }
  });

  it('carry the language in the catalog', async () => {
    const { file } = (await pdfs('a4-first'))[0]!;
    const { stdout } = await exec('qpdf', ['--json', '--json-key=qpdf', file]);
    expect(stdout).toMatch(/"\/Lang": "u:en"/);
  });

  it('are byte-identical when built again', async () => {
    for (const { file } of await pdfs('a4-first')) {
      const again = file.replace(`${path.sep}a4-first${path.sep}`, `${path.sep}a4-second${path.sep}`);
      expect(Buffer.compare(await readFile(file), await readFile(again)), file).toBe(0);
    }
  });

  it('keep page budgets on A4 and on US Letter', async () => {
    for (const build of ['a4-first', 'letter']) {
      for (const { file, name } of await pdfs(build)) {
        const info = await pdfInfo(file);
        expect(Number(info.Pages), file).toBeLessThanOrEqual(DOCUMENTS[name]);
        expect(info['Page size'], file).toMatch(build === 'letter' ? /^612 x 792 pts \(letter\)/ : /^595\.\d+ x 841\.\d+ pts \(A4\)/);
      }
    }
  });
});

describe('printed HTML', () => {
  it('has heading levels in order and alt text on every figure', async () => {
    const out = path.join(dir, 'html');
    const build = await runCli(['build', ZIMISLECEL_MD, '--out', out, '--format', 'html']);
    expect(build.code, build.stderr).toBe(0);
    for (const name of Object.keys(DOCUMENTS)) {
      const html = await readFile(path.join(out, 'zimislecel-islet-cells-type-1-diabetes', `${name}.html`), 'utf8');
      const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
      expect(levels[0], name).toBe(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${name} heading ${i}`).toBeLessThanOrEqual(1);
      for (const [svg] of html.matchAll(/<svg\b[^>]*>/g))
        expect(svg, name).toMatch(/role="img"[^>]*aria-label="[^"]+"|aria-label="[^"]+"[^>]*role="img"/);
      for (const [img] of html.matchAll(/<img\b[^>]*>/g)) expect(img, name).toMatch(/alt="[^"]+"/);
    }
  });
});
