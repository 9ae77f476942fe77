// Faults in the middle of a real build (the CLI in a child process, the real Chromium):
// the browser killed (a crash), the browser stopped (a hang), the connection to a remote
// browser cut, and SIGTERM/SIGINT sent to the build. Each build starts five articles and
// is hit once its first article is written, so there is always work left to disturb.
// Chromium processes are found in /proc: those whose parent chain leads to the build.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/build/manifest.js';
import { startRemoteChromium, type RemoteChromium } from '../helpers/remote-chromium.js';
import { CORPUS, ROOT } from '../helpers/article.js';
import { pdfInfo, pdfText, runCli } from '../helpers/cli.js';

const ARTICLES = [
  '01-nih-halt-ms-stem-cell-transplant',
  '02-nih-eylea-avastin-lucentis-dme',
  '03-nih-tdcs-brain-stimulation-obesity',
  '04-nih-cabg-bypass-heart-failure',
  '05-fda-rydapt-midostaurin-aml',
];
/** Each document, with the start of its PDF title and of its text. */
const DOCUMENTS = [
  ['patient-brief', 'Patient brief: ', 'PATIENT BRIEF'],
  ['clinician-summary', 'Clinician summary: ', 'CLINICIAN EVIDENCE SUMMARY'],
  ['press-digest', 'Press digest: ', 'PRESS DIGEST OF '],
] as const;
/** Generous: these builds run next to the other test files. */
const DEADLINE_MS = 90_000;
const ENV = { SOURCE_DATE_EPOCH: '1750000000' };

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'trialbrief-faults-'));
  await mkdir(path.join(dir, 'content'));
  await cp(path.join(ROOT, 'content', 'glossary.yaml'), path.join(dir, 'content', 'glossary.yaml'));
  for (const name of ARTICLES) await cp(path.join(CORPUS, `${name}.txt`), path.join(dir, 'content', `${name}.txt`));
  // Our own copy of the templates: others may edit the real ones meanwhile.
  await cp(path.join(ROOT, 'templates'), path.join(dir, 'templates'), { recursive: true });
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

// ---------------------------------------------------------------------------------------
// Processes

interface Proc {
  pid: number;
  ppid: number;
  /** Session id: puppeteer starts Chromium as a session (and group) leader; its helpers keep it. */
  sid: number;
  state: string;
  command: string;
}

function processes(): Proc[] {
  const all: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name in (…) may hold spaces: the fields we want come after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state, ppid, , sid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0')[0] ?? '';
      all.push({ pid: Number(name), ppid: Number(ppid), sid: Number(sid), state: state!, command });
    } catch {
      // exited while we looked
    }
  }
  return all;
}

const isChromium = (p: Proc) => /chrom/i.test(path.basename(p.command));
const alive = (p: Proc) => p.state !== 'Z'; // a zombie has exited; only its parent has not reaped it

/** Chromium processes whose parent chain leads to `root`. */
function chromiumUnder(root: number, all = processes()): Proc[] {
  const byPid = new Map(all.map((p) => [p.pid, p]));
  const descends = (p: Proc) => {
    for (let q: Proc | undefined = p, hops = 0; q && hops < 64; q = byPid.get(q.ppid), hops++) if (q.ppid === root) return true;
    return false;
  };
  return all.filter((p) => isChromium(p) && alive(p) && descends(p));
}

/** Every Chromium process a running build starts, noted while it runs (the browser's helpers are reparented when it dies). */
function watchChromium(root: number) {
  const seen = new Map<number, Proc>();
  const look = () => {
    for (const p of chromiumUnder(root)) seen.set(p.pid, p);
  };
  look();
  const timer = setInterval(look, 100);
  return {
    seen,
    stop: () => clearInterval(timer),
    /** The browsers themselves: the build's direct children. */
    browsers: () => [...seen.values()].filter((p) => p.ppid === root),
    /** Live Chromium processes among the noted ones, or in their sessions. */
    left(): Proc[] {
      const sids = new Set([...seen.values()].map((p) => p.sid));
      return processes().filter((p) => alive(p) && isChromium(p) && (seen.has(p.pid) || sids.has(p.sid)));
    },
    /** left(), after waiting (up to a deadline) for them to go. */
    async leftAfterExit(): Promise<Proc[]> {
      const until = Date.now() + 15_000;
      while (this.left().length > 0 && Date.now() < until) await sleep(200);
      return this.left();
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const started: Array<{ child: ChildProcess; watch: ReturnType<typeof watchChromium> }> = [];

// A test that fails half-way must not leave a build or a (stopped) Chromium behind.
afterEach(() => {
  for (const { child, watch } of started.splice(0)) {
    watch.stop();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const p of watch.left()) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        // gone, as it should be
      }
    }
  }
});

/** `trialbrief build` in the temp project, watched: its stderr as it comes, its Chromium processes. */
function startBuild(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin/trialbrief.js'), 'build', '--templates', 'templates', '--jobs', '2', ...args],
    {
      cwd: dir,
      env: { ...process.env, ...ENV, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  const watch = watchChromium(child.pid!);
  started.push({ child, watch });
  void exited.then(() => watch.stop());
  return {
    pid: child.pid!,
    watch,
    exited,
    stderr: () => stderr,
    /** Resolves once stderr matches; fails if the build exits first or the deadline passes. */
    async waitFor(pattern: RegExp): Promise<void> {
      const until = Date.now() + DEADLINE_MS;
      while (!pattern.test(stderr)) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the build exited before ${pattern}:\n${stderr}`);
        if (Date.now() > until) throw new Error(`no ${pattern} within ${DEADLINE_MS} ms:\n${stderr}`);
        await sleep(50);
      }
    },
  };
}

/** An article's result line: its documents are written. */
const ARTICLE_WRITTEN = /^[✓!] \S+: 3 PDFs/m;

// ---------------------------------------------------------------------------------------
// Outputs

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)))
    .sort();
}

/** Every file in out/ is complete (PDFs poppler accepts, JSON that parses, whole HTML), and none is a temp file. */
async function expectOnlyCompleteFiles(out: string): Promise<string[]> {
  const files = await filesUnder(out);
  for (const file of files) {
    const name = path.basename(file);
    expect(name, `${file}: a temp or hidden file`).not.toMatch(/^\.|\.tmp$/);
    const full = path.join(out, file);
    if (name.endsWith('.pdf')) expect(Number((await pdfInfo(full)).Pages), file).toBeGreaterThan(0);
    else if (name.endsWith('.json')) expect(() => JSON.parse(readFileSync(full, 'utf8')), file).not.toThrow();
    else if (name.endsWith('.html')) expect((await readFile(full, 'utf8')).trimEnd(), file).toMatch(/<\/html>$/i);
    else throw new Error(`unexpected file in out/: ${file}`);
  }
  // The manifest lists only files that exist.
  const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
  for (const entry of Object.values(manifest.articles)) {
    const listed = [...entry.files, ...Object.values(entry.documents).flatMap((d) => d!.files)].map((f) => `${entry.slug}/${f}`);
    for (const file of listed) expect(files, `listed in manifest.json`).toContain(file);
  }
  return files;
}

/** Each article's three PDFs are there, and read back as the documents they should be. */
async function expectAllBuilt(out: string): Promise<void> {
  await expectOnlyCompleteFiles(out);
  const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
  expect(
    Object.values(manifest.articles)
      .map((a) => a.slug)
      .sort(),
  ).toEqual(ARTICLES);
  for (const slug of ARTICLES) {
    for (const [document, title, heading] of DOCUMENTS) {
      const file = path.join(out, slug, `${document}.pdf`);
      const info = await pdfInfo(file);
      const pages = Number(info.Pages);
      expect(pages, `${slug}/${document}`).toBeGreaterThan(0);
      expect(info.Title, `${slug}/${document}`).toContain(title);
      const text = await pdfText(file);
      expect(text.trimStart(), `${slug}/${document}`).toMatch(new RegExp(`^${heading}`));
      expect(text, `${slug}/${document}`).toContain(`Page ${pages} of ${pages}`);
    }
  }
}

async function hashes(out: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const file of await filesUnder(out))
    result.set(
      file,
      createHash('sha256')
        .update(await readFile(path.join(out, file)))
        .digest('hex'),
    );
  return result;
}

// ---------------------------------------------------------------------------------------

describe('the browser fails mid-build', () => {
  it('Chromium killed: the documents it was printing are printed again on a new browser; the build succeeds', async () => {
    const build = startBuild(['--out', 'out-crash']);
    await build.waitFor(ARTICLE_WRITTEN);
    const [browser, ...others] = chromiumUnder(build.pid).filter((p) => p.ppid === build.pid);
    expect(others).toEqual([]);
    process.kill(browser!.pid, 'SIGKILL');

    const { code } = await build.exited;
    const stderr = build.stderr();
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/^↻ the browser crashed or disconnected; starting a new one, and printing the affected documents once more$/m);
    expect(stderr).toMatch(/^5 of 5 articles built, 15 PDFs/m);
    expect(stderr).not.toMatch(/^✗/m);
    // A second browser did the rest, and was closed; the killed one left nothing running.
    expect(build.watch.browsers().length).toBeGreaterThanOrEqual(2);
    expect(await build.watch.leftAfterExit()).toEqual([]);
    await expectAllBuilt(path.join(dir, 'out-crash'));
  }, 120_000);

  it('Chromium hung: the print times out, the browser does not answer, and is replaced; the build succeeds', async () => {
    // A print limit well above a normal print here (under a second), well below the default 30 s.
    const build = startBuild(['--out', 'out-hang'], { TRIALBRIEF_PRINT_TIMEOUT_MS: '8000' });
    await build.waitFor(ARTICLE_WRITTEN);
    const [browser] = chromiumUnder(build.pid).filter((p) => p.ppid === build.pid);
    process.kill(browser!.pid, 'SIGSTOP'); // alive, holding its pipe open, answering nothing

    const { code } = await build.exited;
    const stderr = build.stderr();
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/^↻ the browser stopped answering \(a print timed out\); starting a new one/m);
    expect(stderr).toMatch(/^↻ retrying ".+" once on a new browser$/m);
    expect(stderr).toMatch(/^5 of 5 articles built, 15 PDFs/m);
    // The stopped browser was killed, not left behind.
    expect(await build.watch.leftAfterExit()).toEqual([]);
    await expectAllBuilt(path.join(dir, 'out-hang'));
  }, 120_000);

  describe('on a remote browser (--browser-ws-endpoint)', () => {
    let chrome: RemoteChromium | undefined;
    let proxy: net.Server;
    const sockets = new Set<net.Socket>();

    afterAll(async () => {
      proxy?.close();
      for (const socket of sockets) socket.destroy();
      await chrome?.stop();
    });

    it('the connection drops: the build connects again and finishes; the browser keeps running', async () => {
      chrome = await startRemoteChromium(path.join(dir, 'remote-profile'));
      const endpoint = new URL(chrome.wsEndpoint);
      // A TCP relay between the build and Chromium, so the test can cut the connection
      // while the browser stays up (a network drop, a restarted proxy).
      proxy = net.createServer((client) => {
        const upstream = net.connect(Number(endpoint.port), '127.0.0.1');
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('error', () => {});
          socket.on('close', () => sockets.delete(socket));
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      const relayed = new URL(endpoint);
      relayed.port = String((proxy.address() as net.AddressInfo).port);

      const build = startBuild(['--out', 'out-remote', '--browser-ws-endpoint', relayed.href]);
      await build.waitFor(ARTICLE_WRITTEN);
      expect(sockets.size).toBeGreaterThan(0);
      for (const socket of sockets) socket.destroy();

      const { code } = await build.exited;
      const stderr = build.stderr();
      expect(code, stderr).toBe(0);
      expect(stderr).toMatch(
        /^↻ the browser crashed or disconnected; connecting to it again, and printing the affected documents once more$/m,
      );
      expect(stderr).toMatch(/^5 of 5 articles built, 15 PDFs/m);
      expect(chrome!.process.exitCode).toBeNull();
      expect(build.watch.seen.size).toBe(0); // it launched no browser of its own
      await expectAllBuilt(path.join(dir, 'out-remote'));
    }, 120_000);
  });
});

describe('the build is interrupted', () => {
  it('SIGTERM: exit 143, no Chromium left, out/ holds only complete files, earlier outputs intact', async () => {
    const out = path.join(dir, 'out-term');
    // An earlier, complete build of two of the articles into the same out/.
    const earlier = await runCli(
      ['build', ...ARTICLES.slice(0, 2).map((a) => `content/${a}.txt`), '--out', 'out-term', '--templates', 'templates'],
      { cwd: dir, env: ENV },
    );
    expect(earlier.code, earlier.stderr).toBe(0);
    const before = await hashes(out);
    expect(before.size).toBe(1 + 2 * 8); // manifest.json; per article 3 PDFs, 3 HTML, facts.json, report.json

    // All five again (--force: the two built ones are being rewritten when the signal comes).
    const build = startBuild(['--out', 'out-term', '--force']);
    await build.waitFor(ARTICLE_WRITTEN);
    expect(build.watch.browsers().length).toBe(1);
    process.kill(build.pid, 'SIGTERM');

    const { code, signal } = await build.exited;
    const stderr = build.stderr();
    expect({ code, signal }, stderr).toEqual({ code: 143, signal: null });
    expect(stderr).toMatch(
      /^trialbrief: interrupted \(SIGTERM\); [1-4] of 5 articles (was|were) built, out-term\/ holds only complete files$/m,
    );
    expect(stderr).not.toMatch(/^✗/m); // stopped articles are not reported as failed
    expect(await build.watch.leftAfterExit()).toEqual([]);

    const files = await expectOnlyCompleteFiles(out);
    // The earlier outputs are all there, byte for byte (a rebuild with the same
    // SOURCE_DATE_EPOCH writes the same bytes, so rewritten or not, they must match).
    const after = await hashes(out);
    for (const [file, hash] of before) if (file !== 'manifest.json') expect(after.get(file), file).toBe(hash);
    // The manifest lists the earlier articles and those written before the build stopped; out/ holds their PDFs, no others.
    const builtNow = [...stderr.matchAll(/^[✓!] (\S+): 3 PDFs/gm)].map((m) => m[1]!);
    expect(stderr).toContain(`; ${builtNow.length} of 5 articles`);
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
    const listed = Object.values(manifest.articles)
      .map((a) => a.slug)
      .sort();
    expect(listed).toEqual([...new Set([...ARTICLES.slice(0, 2), ...builtNow])].sort());
    expect(files.filter((f) => f.endsWith('.pdf')).length).toBe(listed.length * 3);

    // And the next build finishes the job.
    const next = await runCli(['build', '--out', 'out-term', '--templates', 'templates'], { cwd: dir, env: ENV });
    expect(next.code, next.stderr).toBe(0);
    await expectAllBuilt(out);
  }, 150_000);

  it('SIGINT (Ctrl-C): exit 130, no Chromium left, out/ holds only complete files', async () => {
    const out = path.join(dir, 'out-int');
    const build = startBuild(['--out', 'out-int']);
    await build.waitFor(ARTICLE_WRITTEN);
    process.kill(build.pid, 'SIGINT');

    const { code } = await build.exited;
    const stderr = build.stderr();
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(
      /^trialbrief: interrupted \(SIGINT\); [1-4] of 5 articles (was|were) built, out-int\/ holds only complete files$/m,
    );
    expect(await build.watch.leftAfterExit()).toEqual([]);
    await expectOnlyCompleteFiles(out);
  }, 120_000);
});
