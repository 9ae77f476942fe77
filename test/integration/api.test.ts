// The public API as a program uses it: `trialbrief` imported by name (package.json
// "exports": the package refers to itself), a real build that launches Chromium and
// writes PDFs to a temp folder, read back with poppler, and the steps one by one.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { VFileMessage } from 'vfile-message';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as api from 'trialbrief';
import { build, check, compose, extract, Facts, loadGlossary, render, type BuildResult } from 'trialbrief';
import { ROOT, ZIMISLECEL_MD } from '../helpers/article.js';
import { pdfInfo, pdfText } from '../helpers/cli.js';

const exec = promisify(execFile);
const SLUG = 'api-letter';
let dir: string;
let article: string;
let result: BuildResult;
const events: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'trialbrief-api-'));
  article = path.join(dir, `${SLUG}.md`);
  const text = await readFile(ZIMISLECEL_MD, 'utf8');
  await writeFile(article, text.replace('language: en', `language: en\nslug: ${SLUG}\npaper: letter`));
  result = await build([article], {
    outDir: path.join(dir, 'out'),
    audiences: ['patient-brief', 'press-digest'],
    sourceDateEpoch: '1750000000',
    on: {
      plan: (plan) => events.push(`plan ${plan.work.length}`),
      document: (slug, document) => events.push(`${slug}/${document.audience}`),
      article: (built) => events.push(`built ${built.slug}`),
    },
  });
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("import { … } from 'trialbrief'", () => {
  it('is the API of src/index.ts, every export of it', async () => {
    const source = await import('../../src/index.js');
    expect(Object.keys(api).sort()).toEqual(Object.keys(source).sort());
    for (const name of ['build', 'extract', 'compose', 'check', 'render', 'factsJsonSchema'])
      expect(typeof api[name as keyof typeof api]).toBe('function');
  });

  it('build() writes the documents, on the paper the front matter asks for, and says what it did', async () => {
    expect(result.failed).toEqual([]);
    expect(result.interrupted).toBe(false);
    expect(result.built.map((a) => a.slug)).toEqual([SLUG]);
    expect(result.pdfs).toBe(2);
    const out = path.join(dir, 'out', SLUG);
    expect(result.built[0]!.outputs.map((f) => path.relative(out, f))).toEqual([
      'facts.json',
      'patient-brief.html',
      'patient-brief.pdf',
      'press-digest.html',
      'press-digest.pdf',
      'report.json',
    ]);
    expect(events).toEqual(expect.arrayContaining(['plan 1', `${SLUG}/patient-brief`, `${SLUG}/press-digest`, `built ${SLUG}`]));
    expect(events.at(-1)).toBe(`built ${SLUG}`);

    const press = await pdfText(path.join(out, 'press-digest.pdf'));
    expect(press.replace(/\s+/g, ' ')).toMatch(/In the group studied, the response is very encouraging/);
    expect((await pdfInfo(path.join(out, 'press-digest.pdf')))['Page size']).toMatch(/^612 x 792 pts \(letter\)/);
    expect((await pdfInfo(path.join(out, 'patient-brief.pdf')))['Page size']).toMatch(/^612 x 792 pts \(letter\)/);

    // facts.json: the Facts, naming their JSON Schema.
    const written = JSON.parse(await readFile(path.join(out, 'facts.json'), 'utf8')) as { $schema: string };
    expect(path.resolve(out, written.$schema)).toBe(path.join(ROOT, 'schema', 'facts.schema.json'));
    expect(Facts.parse(written).participants?.value).toBe(12);
  });

  it('build() again: up to date, no browser', async () => {
    const again = await build([article], {
      outDir: path.join(dir, 'out'),
      audiences: ['patient-brief', 'press-digest'],
      sourceDateEpoch: '1750000000',
    });
    expect(again.toBuild).toBe(0);
    expect(again.upToDate.map((entry) => entry.slug)).toEqual([SLUG]);
    expect(again.browser).toBeNull();
  });

  it('extract → compose → check → render, one step at a time', async () => {
    const glossary = loadGlossary(await readFile(path.join(ROOT, 'content', 'glossary.yaml'), 'utf8'));
    const { facts, paper, file } = await extract(article);
    expect(paper).toBe('letter');
    expect(facts.participants?.value).toBe(12);
    expect(file.messages.every((m) => !m.fatal)).toBe(true);

    const brief = compose(facts, 'patient-brief', { glossary, buildDate: null });
    expect(brief.audience).toBe('patient-brief');
    const report = check(brief, facts, { glossary });
    expect(report.audience).toBe('patient-brief');
    expect(report.readability?.fleschKincaidGrade).toBeLessThanOrEqual(8);
    const html = await render(brief, { paper });
    expect(html).toMatch(/@page \{\s*size: letter;/);
    // What the build wrote as HTML is what render makes (the build ran with that date).
    const dated = compose(facts, 'patient-brief', { glossary, buildDate: '2025-06-15' });
    expect(await render(dated, { paper })).toBe(await readFile(path.join(dir, 'out', SLUG, 'patient-brief.html'), 'utf8'));

    // Facts read back from a facts.json ("$schema" and all) compose the same document.
    const readBack = JSON.parse(await readFile(path.join(dir, 'out', SLUG, 'facts.json'), 'utf8')) as Facts;
    expect(compose(readBack, 'press-digest', { glossary, buildDate: null }).view).toEqual(
      compose(facts, 'press-digest', { glossary, buildDate: null }).view,
    );
  });

  it('extract() takes text too, and refuses what is not an article with a positioned message', async () => {
    const { facts, paper } = await extract({
      text: 'Drug X lowers blood pressure\nIn a phase 2 trial of 40 people, drug X lowered blood pressure.\n',
      path: 'pasted.txt',
    });
    expect(facts.title.value).toBe('Drug X lowers blood pressure');
    expect(facts.participants?.value).toBe(40);
    expect(paper).toBeUndefined();
    const empty = await extract({ text: '  \n' }).catch((error: unknown) => error);
    expect(empty).toBeInstanceOf(VFileMessage);
    expect(empty).toMatchObject({ ruleId: 'empty', file: 'article.md', line: 1 });
  });

  it('works from plain Node as well, where tsx runs the TypeScript, sharing its dependencies with the program', async () => {
    const script = `import { VFileMessage } from 'vfile-message';
const t = await import('trialbrief');
const { facts } = await t.extract({ text: 'A trial\\nIn a phase 2 trial of 40 people, drug X worked.', path: 'a.txt' });
const refused = await t.extract({ text: ' ' }).catch((error) => error);
console.log(JSON.stringify({ exports: Object.keys(t).sort(), participants: facts.participants.value, refused: refused instanceof VFileMessage, schema: t.factsJsonSchema().title }));`;
    const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT });
    expect(JSON.parse(stdout)).toEqual({ exports: Object.keys(api).sort(), participants: 40, refused: true, schema: 'trialbrief Facts' });
  });
});
