// Incremental builds as a user runs them: the CLI in a child process, a real Chromium
// behind a wrapper that logs every launch, and out/manifest.json deciding what to build.
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/chromium-paths.mjs';
import type { Manifest } from '../../src/build/manifest.js';
import { CORPUS, ROOT, ZIMISLECEL_MD } from '../helpers/article.js';
import { pdfInfo, runCli } from '../helpers/cli.js';

const MD = 'zimislecel-islet-cells-type-1-diabetes';
const HALT = '01-nih-halt-ms-stem-cell-transplant';
const RYDAPT = '05-fda-rydapt-midostaurin-aml';
let dir: string;
let launches: string;
let env: NodeJS.ProcessEnv;

/** `trialbrief build` in the temp project, with our own copy of the templates (others may edit the real ones meanwhile). */
const build = (...args: string[]) => runCli(['build', '--out', 'out', '--templates', 'templates', ...args], { cwd: dir, env });
const launchCount = async () => (await readFile(launches, 'utf8').catch(() => '')).split('\n').filter(Boolean).length;
const manifest = async (): Promise<Manifest> => JSON.parse(await readFile(path.join(dir, 'out', 'manifest.json'), 'utf8'));

/** Inode and modification time of every file under out/<slug>/: a rewritten file gets a new inode (temp + rename). */
async function snapshot(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const slug of await readdir(path.join(dir, 'out'))) {
    const folder = path.join(dir, 'out', slug);
    if (!(await stat(folder)).isDirectory()) continue;
    for (const name of await readdir(folder)) {
      const info = await stat(path.join(folder, name));
      files.set(`${slug}/${name}`, `${info.ino}:${info.mtimeMs}`);
    }
  }
  return files;
}
const changed = (before: Map<string, string>, after: Map<string, string>) =>
  [...after.keys()].filter((file) => before.get(file) !== after.get(file)).sort();

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'trialbrief-incremental-'));
  const content = path.join(dir, 'content');
  await mkdir(content);
  await cp(ZIMISLECEL_MD, path.join(content, `${MD}.md`));
  await cp(path.join(ROOT, 'content', 'glossary.yaml'), path.join(content, 'glossary.yaml'));
  for (const name of [HALT, RYDAPT]) await cp(path.join(CORPUS, `${name}.txt`), path.join(content, `${name}.txt`));
  await cp(path.join(ROOT, 'templates'), path.join(dir, 'templates'), { recursive: true });
  // A Chromium that notes each launch, then runs the real one (pipe file descriptors pass through exec).
  const chromium = findChromium();
  if ('error' in chromium) throw new Error(chromium.error);
  launches = path.join(dir, 'launches.log');
  const wrapper = path.join(dir, 'chromium');
  await writeFile(wrapper, `#!/bin/sh\necho launched >> '${launches}'\nexec '${chromium.path}' "$@"\n`);
  await chmod(wrapper, 0o755);
  env = { PUPPETEER_EXECUTABLE_PATH: wrapper, SOURCE_DATE_EPOCH: '1750000000' };
}, 60_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('incremental builds', () => {
  it('a first build makes every document and records it in out/manifest.json', async () => {
    const result = await build();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^3 of 3 articles built, 9 PDFs/m);
    expect(await launchCount()).toBe(1);
    const { articles } = await manifest();
    expect(Object.keys(articles).sort()).toEqual([`../content/${HALT}.txt`, `../content/${RYDAPT}.txt`, `../content/${MD}.md`]);
    for (const entry of Object.values(articles)) {
      expect(Object.keys(entry.documents).sort()).toEqual(['clinician-summary', 'patient-brief', 'press-digest']);
      expect(entry.documents['patient-brief']!.files).toEqual(['patient-brief.html', 'patient-brief.pdf']);
    }
  });

  // How quick a no-op rebuild is belongs to `npm run bench` (no-op time), not to a test.
  it('a no-op rebuild builds nothing, starts no browser and touches no file', async () => {
    const before = await snapshot();
    const result = await build();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^nothing to build, 3 up to date/m);
    expect(await launchCount()).toBe(1);
    expect(changed(before, await snapshot())).toEqual([]);
  });

  it('changing one article rebuilds only its three documents', async () => {
    const before = await snapshot();
    await appendFile(path.join(dir, 'content', `${HALT}.txt`), '\nThe researchers plan a larger study.\n');
    const result = await build();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^1 of 1 article built, 2 up to date, 3 PDFs/m);
    expect(changed(before, await snapshot())).toEqual(
      [
        'clinician-summary.html',
        'clinician-summary.pdf',
        'facts.json',
        'patient-brief.html',
        'patient-brief.pdf',
        'press-digest.html',
        'press-digest.pdf',
        'report.json',
      ].map((f) => `${HALT}/${f}`),
    );
    expect(await launchCount()).toBe(2);
  });

  it('a changed stylesheet rebuilds only the documents it styles; report.json keeps the others', async () => {
    const before = await snapshot();
    const reportBefore = JSON.parse(await readFile(path.join(dir, 'out', MD, 'report.json'), 'utf8'));
    await appendFile(path.join(dir, 'templates', 'styles', 'press-digest.css'), '\n/* edited */\n');
    const result = await build();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^3 of 3 articles built, 3 PDFs/m);
    const rewritten = changed(before, await snapshot());
    expect(rewritten.filter((f) => /patient-brief|clinician-summary/.test(f))).toEqual([]);
    expect(rewritten.filter((f) => f.endsWith('press-digest.pdf'))).toHaveLength(3);
    const report = JSON.parse(await readFile(path.join(dir, 'out', MD, 'report.json'), 'utf8'));
    expect(report.documents.map((d: { audience: string }) => d.audience)).toEqual(['patient-brief', 'clinician-summary', 'press-digest']);
    // The messages too: the article's (read again) and every document's checks, kept or rebuilt.
    expect(report.messages).toEqual(reportBefore.messages);
  });

  it('--strict still fails on warnings from the last build, without rebuilding', async () => {
    const result = await build('--strict');
    expect(result.code).toBe(1);
    // The zimislecel article names no trial phase: a warning at every build.
    expect(result.stderr).toMatch(new RegExp(`^! ${MD}: up to date, \\d+ warnings?(?:, \\d+ checks? failed)? at its last build`, 'm'));
    expect(result.stderr).toMatch(/^nothing to build, 3 up to date/m);
  });

  it('a failed article keeps its earlier outputs, the others stay up to date, and it is retried', async () => {
    const article = path.join(dir, 'content', `${MD}.md`);
    const good = await readFile(article, 'utf8');
    const before = await snapshot();
    await writeFile(article, good.replace('language: en', 'language: en\ntitle: "unclosed'));
    const failed = await build();
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(
      new RegExp(`^✗ content/${MD}\\.md\\n\\d+:\\d+ +error +Front matter is not valid YAML: .* +front-matter-yaml +trialbrief$`, 'm'),
    );
    expect(failed.stderr).toMatch(/^0 of 1 article built, 2 up to date, 1 failed/m);
    expect(changed(before, await snapshot())).toEqual([]);
    // The same broken file fails again (it is not recorded as built) …
    expect((await build()).code).toBe(1);
    // … and once it is as it was, its earlier outputs are current again.
    await writeFile(article, good);
    const fixed = await build();
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.stderr).toMatch(/^nothing to build, 3 up to date/m);
  });

  it('--force rebuilds every document, byte for byte the same', async () => {
    const pdf = path.join(dir, 'out', RYDAPT, 'clinician-summary.pdf');
    const bytes = await readFile(pdf);
    const result = await build('--force');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^3 of 3 articles built, 9 PDFs/m);
    expect(Buffer.compare(await readFile(pdf), bytes)).toBe(0);
    expect(Number((await pdfInfo(pdf)).Pages)).toBeGreaterThan(0);
  });

  it('removing an article removes the files trialbrief wrote for it, and nothing else', async () => {
    await writeFile(path.join(dir, 'out', RYDAPT, 'editor-notes.txt'), 'mine');
    await mkdir(path.join(dir, 'out', 'not-ours'));
    await writeFile(path.join(dir, 'out', 'not-ours', 'patient-brief.pdf'), 'someone else’s');
    await rm(path.join(dir, 'content', `${RYDAPT}.txt`));
    await rm(path.join(dir, 'content', `${HALT}.txt`));
    const result = await build();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`^− ${HALT}: source \\.\\./content/${HALT}\\.txt is gone; removed its 8 files`, 'm'));
    expect(result.stderr).toMatch(/^nothing to build, 1 up to date, .*2 removed in/m);
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual(['manifest.json', 'not-ours', RYDAPT, MD].sort());
    expect(await readdir(path.join(dir, 'out', RYDAPT))).toEqual(['editor-notes.txt']);
    expect(await readdir(path.join(dir, 'out', 'not-ours'))).toEqual(['patient-brief.pdf']);
    expect(Object.keys((await manifest()).articles)).toEqual([`../content/${MD}.md`]);
  });
});

describe('--shard', () => {
  it('splits the articles into disjoint parts that together cover them all', async () => {
    const corpus = path.join(dir, 'corpus');
    await mkdir(corpus);
    const names = (await readdir(CORPUS)).filter((n) => n.endsWith('.txt'));
    for (const name of names) await cp(path.join(CORPUS, name), path.join(corpus, name));
    const parts: string[][] = [];
    const launched = await launchCount();
    for (const shard of ['1/3', '2/3', '3/3']) {
      const out = path.join(dir, `shard-${shard.replace('/', '-of-')}`);
      // HTML only: sharding is decided before any printing.
      const result = await runCli(['build', corpus, '--out', out, '--format', 'html', '--shard', shard], { cwd: dir, env });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toMatch(new RegExp(`in other shards \\(shard ${shard}\\)`));
      parts.push((await readdir(out)).filter((n) => n !== 'manifest.json'));
    }
    expect(parts.flat().sort()).toEqual(names.map((n) => n.replace(/\.txt$/, '')).sort());
    expect(new Set(parts.flat()).size).toBe(names.length);
    expect(await launchCount()).toBe(launched);
  });

  it('refuses a malformed part', async () => {
    const result = await runCli(['build', '--shard', '4/3', '--format', 'html'], { cwd: dir, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--shard: expected I\/N/);
  });
});
