// Hostile articles, built by the real CLI with the real Chromium, beside a local HTTP
// server that records every request it gets. Nothing in an article may run, nothing may
// be fetched, and no local file's content may reach a PDF. A second build uses a custom
// templates folder that itself reaches out (templates are trusted, but the page is still
// hermetic): every request is refused and reported, none arrives.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/article.js';
import { pdfText, runCli } from '../helpers/cli.js';

let dir: string;
let server: Server;
let base: string;
const requests: string[] = [];
// A line of /etc/passwd that is on every Linux machine; none of it may reach a document.
const PASSWD_MARK = 'root:x:0:0';

const BODY = [
  'The phase 2 trial enrolled 120 adults with migraine at 10 hospitals.',
  'Of them, 30 of 60 on the pill had fewer headaches after 12 weeks, against 15 of 60 on placebo.',
  'Nausea affected 6 of 60 people on the pill.',
  'The results were published in The Lancet Neurology.',
].join('\n\n');

function hostileArticle(url: string): string {
  return `---
title: A new pill for migraine
source:
  url: ${url}/source-link
---

# A new pill for migraine

<script>document.body.innerHTML = 'SCRIPT-RAN'</script>

${BODY}

<div onclick="alert('HANDLER-RAN')" onmouseover="fetch('${url}/handler')"><p>Researchers said the trial will continue.</p>
<img src="${url}/html-img.png" onerror="fetch('${url}/onerror')">
<iframe src="${url}/iframe" srcdoc="<p>IFRAME-TEXT</p>">IFRAME-FALLBACK</iframe>
<object data="${url}/object">OBJECT-FALLBACK</object><embed src="${url}/embed">
<link rel="stylesheet" href="${url}/style.css"><style>@import url('${url}/import.css'); body { background: url('${url}/bg.png') }</style>
<iframe src="file:///etc/passwd"></iframe><img src="file:///etc/passwd">
<svg><script>alert('SVG-RAN')</script></svg>
<a href="javascript:alert('LINK-RAN')">a javascript link</a></div>

Read the [full study](${url}/link) and see ![the chart](${url}/md-img.png) and [this](javascript:alert(1)).

Doctors said <script>alert('INLINE-RAN')</script> the pill <b onclick="x()">may help</b> some people.
`;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('FETCHED-CONTENT');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(path.join(os.tmpdir(), 'trialbrief-hostile-'));
  await mkdir(path.join(dir, 'content'));
  await cp(path.join(ROOT, 'content/glossary.yaml'), path.join(dir, 'content/glossary.yaml'));
  await writeFile(path.join(dir, 'content/hostile.md'), hostileArticle(base));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

async function outputs(out: string): Promise<{ pdfText: string; html: string; json: string }> {
  const folder = path.join(out, 'hostile');
  const names = (await readdir(folder)).sort();
  let text = '';
  let html = '';
  let json = '';
  for (const name of names) {
    if (name.endsWith('.pdf')) text += await pdfText(path.join(folder, name));
    if (name.endsWith('.html')) html += await readFile(path.join(folder, name), 'utf8');
    if (name.endsWith('.json')) json += await readFile(path.join(folder, name), 'utf8');
  }
  return { pdfText: text, html, json };
}

describe('a hostile article', () => {
  let result: Awaited<ReturnType<typeof runCli>>;
  let out: Awaited<ReturnType<typeof outputs>>;
  beforeAll(async () => {
    result = await runCli(['build', 'content', '--out', 'out'], { cwd: dir });
    out = await outputs(path.join(dir, 'out'));
  });

  it('builds: its text is read, its markup is not', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^[✓!] hostile: 3 PDFs/m);
    // The text around and inside the HTML is still the article's.
    expect(out.pdfText).toMatch(/30 of 60/);
    expect(out.pdfText.replace(/\s+/g, ' ')).toMatch(/Lancet Neurology/);
  });

  it('nothing is fetched: the server saw no request', () => {
    expect(requests).toEqual([]);
  });

  it('nothing ran, and no script, frame, handler or javascript: URL reached a page', () => {
    for (const mark of [
      'SCRIPT-RAN',
      'HANDLER-RAN',
      'SVG-RAN',
      'LINK-RAN',
      'INLINE-RAN',
      'IFRAME-TEXT',
      'IFRAME-FALLBACK',
      'OBJECT-FALLBACK',
      'FETCHED-CONTENT',
    ]) {
      expect(out.pdfText, mark).not.toContain(mark);
      expect(out.html, mark).not.toContain(mark);
      expect(out.json, mark).not.toContain(mark);
    }
    expect(out.html).not.toMatch(/<script|<iframe|<object|<embed|<link\b|\son\w+=|javascript:/i);
    // The only addresses in the pages are the article's source link, as text and a QR code.
    expect(out.html.match(/127\.0\.0\.1:\d+\/[\w.-]+/g)?.every((u) => u.endsWith('/source-link'))).toBe(true);
  });

  it('no local file’s content reaches a document', () => {
    expect(out.pdfText).not.toContain(PASSWD_MARK);
    expect(out.html).not.toContain(PASSWD_MARK);
    expect(out.json).not.toContain(PASSWD_MARK);
    expect(out.html).not.toMatch(/file:/);
  });

  it('no check reports a refused request: our pages ask for nothing', () => {
    expect(out.json).not.toMatch(/external-request/);
  });
});

describe('a templates folder that reaches out', () => {
  it('every request is refused and reported; none arrives; no file is read', async () => {
    const templates = path.join(dir, 'my-templates');
    await cp(path.join(ROOT, 'templates'), templates, { recursive: true });
    const reaching = [
      `<img src="${base}/template-img.png">`,
      `<link rel="stylesheet" href="${base}/template.css">`,
      `<iframe src="file:///etc/passwd"></iframe>`,
      `<img src="file:///etc/passwd">`,
      `<object data="file:///etc/passwd"></object>`,
      `<iframe src="data:text/html,<p>DATA-FRAME-TEXT</p>"></iframe>`,
      `<iframe srcdoc="<p>SRCDOC-TEXT</p>"></iframe>`,
      // A declarative shadow root makes its template's content live: querySelectorAll does not see in.
      `<div><template shadowrootmode="open"><iframe srcdoc="<p>SHADOW-TEXT</p>"></iframe></template></div>`,
      `<script>document.body.innerHTML = 'TEMPLATE-SCRIPT-RAN'</script>`,
      `<div style="background: url('${base}/template-bg.png')">template footer</div>`,
    ].join('\n');
    const file = path.join(templates, 'partials/document.hbs');
    const source = await readFile(file, 'utf8');
    expect(source).toContain('</body>');
    await writeFile(file, source.replace('</body>', `${reaching}\n</body>`));

    const before = requests.length;
    const result = await runCli(['build', 'content', '--out', 'out-templates', '--templates', templates, '--audience', 'press'], {
      cwd: dir,
    });
    expect(result.code, result.stderr).toBe(0);
    const text = await pdfText(path.join(dir, 'out-templates/hostile/press-digest.pdf'));
    expect(text).not.toContain(PASSWD_MARK);
    expect(text).not.toContain('TEMPLATE-SCRIPT-RAN');
    expect(text).not.toContain('DATA-FRAME-TEXT');
    expect(text).not.toContain('SRCDOC-TEXT');
    expect(text).not.toContain('SHADOW-TEXT');
    expect(text).toContain('template footer');
    expect(requests.slice(before)).toEqual([]);
    // Reported: on the build's output and in report.json, one line per address.
    const report = await readFile(path.join(dir, 'out-templates/hostile/report.json'), 'utf8');
    for (const url of [
      `${base}/template-img.png`,
      `${base}/template.css`,
      'file:///etc/passwd',
      `${base}/template-bg.png`,
      'data:text/html,<p>DATA-FRAME-TEXT</p>',
      'an embedded document (<iframe> without an address)',
    ]) {
      expect(report).toContain(`the page tried to load ${url}; refused`);
      // As vfile-reporter prints it: the document and reason, then the rule id and source.
      const escaped = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(result.stderr).toMatch(
        new RegExp(`press-digest: the page tried to load ${escaped}; refused +external-request +trialbrief$`, 'm'),
      );
    }
  });
});
