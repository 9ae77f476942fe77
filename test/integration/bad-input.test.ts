// Bad input, as a user meets it: each kind of broken article sits in a project next to a
// good one, the real CLI builds the folder, and the test checks the message (file, line,
// column, what is wrong, rule id, as vfile-reporter prints them), the exit code, and that the good
// article's documents were still written. Each case is its own build (HTML only, so no
// browser is needed to prove isolation); one more build of all of them together prints
// real PDFs for the good article.
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../src/article/load.js';
import { MAX_TABLE_ROWS } from '../../src/article/parse.js';
import { ZIMISLECEL_MD } from '../helpers/article.js';
import { pdfText, runCli } from '../helpers/cli.js';

const GOOD = 'zimislecel-islet-cells-type-1-diabetes';
const BODY = 'The phase 2 trial enrolled 40 adults with asthma. Of them, 12 of 20 on the inhaler improved.\n';

interface Case {
  name: string;
  file: string;
  content: string | Buffer;
  /** The whole diagnostic, as vfile-reporter prints it: the file, then line:col, error, message, rule id, source. */
  message: RegExp;
}

const CASES: Case[] = [
  {
    name: 'an empty file',
    file: 'empty.md',
    content: '  \n\n',
    message: /^✗ content\/empty\.md\n1:1 +error +Empty article: the file has no text +empty +trialbrief$/m,
  },
  {
    name: 'a binary file',
    file: 'photo.md',
    content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    message: /^✗ content\/photo\.md\n3:1 +error +Not a text file: binary data \(NUL byte at byte 8\) +binary +trialbrief$/m,
  },
  {
    name: 'a file that is not UTF-8 (Latin-1)',
    file: 'latin1.txt',
    content: Buffer.concat([Buffer.from('Trial of a new caf'), Buffer.from([0xe9]), Buffer.from(' drink\n\n' + BODY)]),
    message:
      /^✗ content\/latin1\.txt\n1:19 +error +Not UTF-8 text: invalid byte at byte 18; save the article as UTF-8 +encoding +trialbrief$/m,
  },
  {
    name: 'invalid YAML front matter',
    file: 'bad-yaml.md',
    content: `---\ntitle: "An inhaler trial\nlanguage: en\n---\n\n${BODY}`,
    message: /^✗ content\/bad-yaml\.md\n\d+:1 +error +Front matter is not valid YAML: .+ +front-matter-yaml +trialbrief$/m,
  },
  {
    name: 'an unknown front-matter key',
    file: 'typo.md',
    content: `---\ntitle: An inhaler trial\nlangauge: en\n---\n\n${BODY}`,
    message: /^✗ content\/typo\.md\n3:1 +error +Unknown front-matter key `langauge`; did you mean `language`\? +front-matter +trialbrief$/m,
  },
  {
    name: 'no title',
    file: 'untitled.md',
    content: BODY,
    message:
      /^✗ content\/untitled\.md\n1:1 +error +No title: add `title:` to the front matter or a first-line headline +no-title +trialbrief$/m,
  },
  {
    name: 'an article over the size limit',
    file: 'huge.md',
    content: `# A huge article\n\n${BODY.repeat(Math.ceil((MAX_ARTICLE_BYTES + 1) / BODY.length))}`,
    message: new RegExp(
      `^✗ content/huge\\.md\\n1:1 +error +Article is \\d+ bytes; the limit is ${MAX_ARTICLE_BYTES} +too-large +trialbrief$`,
      'm',
    ),
  },
  {
    name: 'deeply nested Markdown',
    file: 'deep.md',
    content: `# Nested quotes\n\n${BODY}\n${'> '.repeat(5000)}Deep.\n`,
    message: /^✗ content\/deep\.md\n5:\d+ +error +Markdown nested more than 40 levels deep +too-deep +trialbrief$/m,
  },
  {
    name: 'a table of thousands of rows',
    file: 'table.md',
    content: `# A long table\n\n${BODY}\n| arm | improved |\n| --- | --- |\n${Array.from({ length: 5000 }, (_, i) => `| arm ${i} | ${i % 20} of 20 |`).join('\n')}\n`,
    message: new RegExp(
      `^✗ content/table\\.md\\n5:1 +error +Table has 5000 rows; the limit is ${MAX_TABLE_ROWS} +table-too-long +trialbrief$`,
      'm',
    ),
  },
  {
    name: 'an image that does not exist',
    file: 'missing-image.md',
    content: `# An inhaler trial\n\n${BODY}\n![Results chart](images/results.png)\n`,
    message:
      /^✗ content\/missing-image\.md\n5:1 +error +Image `images\/results\.png` does not exist \(looked for content\/images\/results\.png\) +missing-image +trialbrief$/m,
  },
  {
    name: 'an image outside the project (relative path)',
    file: 'escape-image.md',
    content: `# An inhaler trial\n\n${BODY}\nSee ![chart](../../../../../../etc/passwd).\n`,
    message:
      /^✗ content\/escape-image\.md\n5:5 +error +Image `\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd` points outside the project .* +image-outside-project +trialbrief$/m,
  },
  {
    name: 'an image outside the project (file: URL)',
    file: 'file-image.md',
    content: `# An inhaler trial\n\n${BODY}\n![chart][passwd]\n\n[passwd]: file:///etc/passwd\n`,
    message:
      /^✗ content\/file-image\.md\n5:1 +error +Image `file:\/\/\/etc\/passwd` points outside the project .* +image-outside-project +trialbrief$/m,
  },
];

let root: string;

/** A project folder holding the good article, its glossary and the given bad ones. */
async function project(name: string, cases: Case[]): Promise<string> {
  const dir = path.join(root, name);
  await mkdir(path.join(dir, 'content'), { recursive: true });
  await cp(path.dirname(ZIMISLECEL_MD), path.join(dir, 'content'), { recursive: true });
  for (const c of cases) await writeFile(path.join(dir, 'content', c.file), c.content);
  return dir;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'trialbrief-bad-input-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe.concurrent('each bad input fails alone, with file, line and reason', () => {
  it.each(CASES)('$name', async (c) => {
    const dir = await project(path.basename(c.file, path.extname(c.file)), [c]);
    const result = await runCli(['build', 'content', '--out', 'out', '--format', 'html'], { cwd: dir });
    expect(result.stderr).toMatch(c.message);
    expect(result.stderr).toMatch(/^1 of 2 articles built, 1 failed/m);
    expect(result.code).toBe(1);
    // The good article was built in full; the bad one left nothing behind.
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual(['manifest.json', GOOD]);
    expect((await readdir(path.join(dir, 'out', GOOD))).sort()).toEqual([
      'clinician-summary.html',
      'facts.json',
      'patient-brief.html',
      'press-digest.html',
      'report.json',
    ]);
  });
});

describe('all of them in one folder, printed', () => {
  it('every bad article is named; the good one gets its three PDFs', async () => {
    const dir = await project('together', CASES);
    const result = await runCli(['build', 'content', '--out', 'out'], { cwd: dir });
    expect(result.code).toBe(1);
    for (const c of CASES) expect(result.stderr, c.name).toMatch(c.message);
    expect(result.stderr).toMatch(new RegExp(`^1 of ${CASES.length + 1} articles built, .*${CASES.length} failed`, 'm'));
    expect(await pdfText(path.join(dir, 'out', GOOD, 'patient-brief.pdf'))).toMatch(/type 1 diabetes/i);
    expect((await readdir(path.join(dir, 'out', GOOD))).filter((n) => n.endsWith('.pdf')).sort()).toEqual([
      'clinician-summary.pdf',
      'patient-brief.pdf',
      'press-digest.pdf',
    ]);
  });
});
