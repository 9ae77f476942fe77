// The build benchmark: a generated batch of articles (variants of the corpus) in a temp
// folder, built by the real CLI in a child process, side by side with the floor: the same
// HTML printed by a bare Puppeteer loop (bench/floor.ts) with the same browser and the
// same number of pages. Reports cold build time, PDFs per second, time per PDF, the ratio
// to the floor, a no-op rebuild, a one-article rebuild and peak memory.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin/trialbrief.js');
const FLOOR = path.join(ROOT, 'bench/floor.ts');
const EDITIONS = [
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'zeta',
  'eta',
  'theta',
  'iota',
  'kappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'omicron',
  'pi',
  'rho',
  'sigma',
  'tau',
  'upsilon',
  'phi',
  'chi',
  'psi',
  'omega',
];

export interface BuildBenchOptions {
  corpus: string;
  articles: number;
  rounds: number;
  /** Pages at once for both sides (default: trialbrief's default from the cores). */
  jobs?: number;
  /** Longest wait, in seconds, for an idle machine before each timed run (default 180). */
  maxWait?: number;
  log?: (line: string) => void;
}

interface Run {
  seconds: number;
  stderr: string;
  stdout: string;
  code: number;
  /** Peak memory of the process and everything it started (PSS where the kernel gives it), in MB. */
  peakTreeMb: number;
  peakMainMb: number;
}

/** Writes `count` articles: the corpus's articles again and again, each copy with its own title and file name. */
async function generateArticles(corpus: string, dir: string, count: number): Promise<string[]> {
  const sources = [
    ...(await readdir(corpus)).filter((n) => n.endsWith('.txt')).map((n) => path.join(corpus, n)),
    ...(await readdir(path.join(ROOT, 'content'))).filter((n) => n.endsWith('.md')).map((n) => path.join(ROOT, 'content', n)),
  ].sort();
  await mkdir(dir, { recursive: true });
  await cp(path.join(ROOT, 'content/glossary.yaml'), path.join(dir, 'glossary.yaml'));
  const written: string[] = [];
  for (let i = 0; written.length < count; i++) {
    const source = sources[i % sources.length]!;
    const round = Math.floor(i / sources.length);
    const edition =
      EDITIONS[round % EDITIONS.length]! +
      (round >= EDITIONS.length ? ` ${EDITIONS[Math.floor(round / EDITIONS.length) % EDITIONS.length]}` : '');
    const text = await readFile(source, 'utf8');
    const ext = path.extname(source);
    const varied =
      ext === '.txt'
        ? text.replace(/^([^\n]*)/, (title) => `${title}, edition ${edition}`)
        : text.replace(/^title: "([^"]*)"/m, (_, title: string) => `title: "${title}, edition ${edition}"`).replace(/^slug:.*\n/m, '');
    const name = `${path.basename(source, ext)}-${edition.replace(/ /g, '-')}${ext}`;
    await writeFile(path.join(dir, name), varied);
    written.push(path.join(dir, name));
  }
  return written;
}

/** Resident memory of a process tree, from /proc (Linux); 0 elsewhere. */
async function treeMemory(root: number): Promise<{ tree: number; main: number }> {
  if (process.platform !== 'linux') return { tree: 0, main: 0 };
  const parents = new Map<number, number>();
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) parents.set(Number(name), ppid);
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p && hops < 64; p = parents.get(p), hops++) if (p === root) return true;
    return false;
  };
  const memoryOf = async (pid: number): Promise<number> => {
    const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
    const pss = /^Pss:\s+(\d+) kB/m.exec(rollup)?.[1];
    if (pss) return Number(pss) / 1024;
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) / 1024;
  };
  const pids = [...parents.keys()].filter(inTree);
  const sizes = await Promise.all(pids.map(memoryOf));
  return { tree: sizes.reduce((a, b) => a + b, 0), main: sizes[pids.indexOf(root)] ?? 0 };
}

/** Busy and total CPU time of the whole machine so far, from /proc/stat (Linux). */
async function machineCpu(): Promise<{ busy: number; total: number } | null> {
  const line = (await readFile('/proc/stat', 'utf8').catch(() => '')).split('\n')[0] ?? '';
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  if (fields.length < 5) return null;
  const total = fields.reduce((a, b) => a + b, 0);
  return { busy: total - fields[3]! - (fields[4] ?? 0), total };
}

/**
 * Waits (up to 3 minutes) until the machine is nearly idle, so another job's CPU use (a
 * test suite, another build) does not land in one side of the comparison. Returns the
 * seconds waited.
 */
async function waitForQuiet(maxSeconds: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < maxSeconds * 1000) {
    const a = await machineCpu();
    await new Promise((r) => setTimeout(r, 1000));
    const b = await machineCpu();
    if (!a || !b || (b.busy - a.busy) / Math.max(1, b.total - a.total) < 0.15) break;
  }
  return (performance.now() - started) / 1000;
}

let maxWaitSeconds = 180;

async function run(command: string[], cwd: string, env: NodeJS.ProcessEnv = {}, sample = true): Promise<Run> {
  const waited = await waitForQuiet(maxWaitSeconds);
  if (waited > 2) console.log(`  (waited ${waited.toFixed(0)} s for the machine to be idle)`);
  const started = performance.now();
  const child = spawn(process.execPath, command, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let peakTreeMb = 0;
  let peakMainMb = 0;
  let sampling = sample;
  const sampler = (async () => {
    while (sampling) {
      const { tree, main } = await treeMemory(child.pid!);
      peakTreeMb = Math.max(peakTreeMb, tree);
      peakMainMb = Math.max(peakMainMb, main);
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  sampling = false;
  await sampler;
  return { seconds, stderr, stdout, code, peakTreeMb, peakMainMb };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchBuild(options: BuildBenchOptions): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(line));
  maxWaitSeconds = options.maxWait ?? 180;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'trialbrief-bench-'));
  try {
    const loadBefore = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    const articles = await generateArticles(options.corpus, path.join(dir, 'content'), options.articles);
    const env = { SOURCE_DATE_EPOCH: '1750000000' };
    const jobs = options.jobs ? ['--jobs', String(options.jobs)] : [];
    const { defaultPoolSize } = await import('../src/render/browser.js');
    const pages = String(options.jobs ?? defaultPoolSize());
    const tsx = fileURLToPath(import.meta.resolve('tsx/esm'));
    const build = (sample = true) => run([CLI, 'build', 'content', '--out', 'out', ...jobs], dir, env, sample);
    const floor = () => run(['--import', tsx, FLOOR, path.join(dir, 'out'), path.join(dir, 'floor'), pages], dir, env);

    // Warm-up at full size, not counted: the first runs on a fresh machine or folder pay
    // for cold caches (files, Chromium, the output folder's first blocks).
    log(`Warm-up build of ${articles.length} articles (not counted) …`);
    await run([CLI, 'build', 'content', '--out', 'warm-up', ...jobs], dir, env, false);
    await run(['--import', tsx, FLOOR, path.join(dir, 'warm-up'), path.join(dir, 'warm-up-floor'), pages], dir, env, false);
    await rm(path.join(dir, 'warm-up-floor'), { recursive: true, force: true });

    log(
      `Build: ${articles.length} articles (variants of ${path.relative(ROOT, options.corpus) || options.corpus} and content/), ${articles.length * 3} PDFs + HTML, ${pages} pages at once, ${os.availableParallelism()} cores`,
    );
    const rows: { pipeline: Run; floor: Run; pdfs: number }[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      // Alternate who goes first, so neither side always runs on a warmer machine.
      let pipeline: Run;
      let bare: Run;
      if (round % 2 === 1 || rows.length === 0) {
        await rm(path.join(dir, 'out'), { recursive: true, force: true });
        pipeline = await build();
        bare = await floor();
      } else {
        bare = await floor();
        await rm(path.join(dir, 'out'), { recursive: true, force: true });
        pipeline = await build();
      }
      if (pipeline.code !== 0) throw new Error(`the build failed (exit ${pipeline.code}):\n${pipeline.stderr.slice(-3000)}`);
      if (bare.code !== 0) throw new Error(`the floor failed (exit ${bare.code}):\n${bare.stderr.slice(-3000)}`);
      const pdfs = Number(/(\d+) PDFs/.exec(pipeline.stderr.split('\n').filter(Boolean).at(-1) ?? '')?.[1] ?? 0);
      const floorPdfs = (JSON.parse(bare.stdout.trim().split('\n').at(-1)!) as { pdfs: number }).pdfs;
      if (pdfs !== floorPdfs) throw new Error(`the build made ${pdfs} PDFs, the floor ${floorPdfs}`);
      rows.push({ pipeline, floor: bare, pdfs });
      log(
        `  round ${round}: pipeline ${pipeline.seconds.toFixed(1)} s (${(pdfs / pipeline.seconds).toFixed(2)} PDFs/s, ${((pipeline.seconds / pdfs) * 1000).toFixed(0)} ms/PDF); ` +
          `floor ${bare.seconds.toFixed(1)} s (${(pdfs / bare.seconds).toFixed(2)} PDFs/s); ratio ${(pipeline.seconds / bare.seconds).toFixed(2)}`,
      );
    }
    const pdfs = rows[0]!.pdfs;
    const pipelineTotal = rows.reduce((s, r) => s + r.pipeline.seconds, 0);
    const floorTotal = rows.reduce((s, r) => s + r.floor.seconds, 0);
    const best = Math.min(...rows.map((r) => r.pipeline.seconds));

    // Nothing changed: the manifest says so without a browser.
    const noops: Run[] = [];
    for (let i = 0; i < 5; i++) noops.push(await build(false));
    for (const noop of noops)
      if (!/nothing to build/.test(noop.stderr)) throw new Error(`the no-op rebuild built something:\n${noop.stderr.slice(-2000)}`);

    // A cold single article: one article into an empty folder, process start to exit
    // (module loading, NLP start-up, browser start, three prints, writes), as on a fresh
    // clone's first `npm run build` (after its install).
    const single = articles.find((file) => file.endsWith('.md')) ?? articles[0]!;
    const colds: Run[] = [];
    for (let i = 0; i < 5; i++) {
      await rm(path.join(dir, 'cold'), { recursive: true, force: true });
      colds.push(await run([CLI, 'build', path.relative(dir, single), '--out', 'cold', ...jobs], dir, env, false));
      if (!/^1 of 1 article built, 3 PDFs/m.test(colds.at(-1)!.stderr))
        throw new Error(`the cold single-article build did not build its 3 PDFs:\n${colds.at(-1)!.stderr.slice(-2000)}`);
    }

    // One article edited: its three documents, nothing else.
    const edited = articles[Math.floor(articles.length / 2)]!;
    await writeFile(edited, `${await readFile(edited, 'utf8')}\nThe researchers will present further results next year.\n`);
    const one = await build(false);
    if (!/^1 of 1 article built/m.test(one.stderr))
      throw new Error(`the one-article rebuild did not build exactly one article:\n${one.stderr.slice(-2000)}`);

    const mem = rows.map((r) => r.pipeline);
    const ratios = rows.map((r) => r.pipeline.seconds / r.floor.seconds);
    const perPdfMs = (pipelineTotal / rows.length / pdfs) * 1000;
    const noop = median(noops.map((r) => r.seconds));
    const cold = median(colds.map((r) => r.seconds));
    const ratio = median(ratios);
    const seconds = (runs: Run[]) => runs.map((r) => r.seconds.toFixed(2)).join(', ');
    log('');
    log(
      `cold build          ${(pipelineTotal / rows.length).toFixed(1)} s mean of ${rows.length} (best ${best.toFixed(1)} s), ${pdfs} PDFs`,
    );
    log(`PDFs per second     ${(pdfs / (pipelineTotal / rows.length)).toFixed(2)}`);
    log(`time per PDF        ${perPdfMs.toFixed(0)} ms`);
    log(`floor (bare loop)   ${(floorTotal / rows.length).toFixed(1)} s mean, ${(pdfs / (floorTotal / rows.length)).toFixed(2)} PDFs/s`);
    log(
      `pipeline / floor    ${ratio.toFixed(2)} median of rounds, ${(pipelineTotal / floorTotal).toFixed(2)} over all (per round: ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
    );
    log(`no-op rebuild       ${noop.toFixed(2)} s median of ${noops.length} (${seconds(noops)}), whole process, no browser`);
    log(`cold single article ${cold.toFixed(2)} s median of ${colds.length} (${seconds(colds)}), 3 PDFs, process start to exit`);
    log(`one article edited  ${one.seconds.toFixed(2)} s (3 PDFs)`);
    log(
      `peak memory         ${Math.max(...mem.map((r) => r.peakTreeMb)).toFixed(0)} MB with Chromium (PSS), trialbrief's Node process ${Math.max(...mem.map((r) => r.peakMainMb)).toFixed(0)} MB`,
    );
    log(
      `load average        ${loadBefore} before, ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} after (1, 5, 15 min)`,
    );
    // Side by side with the targets of issue #14 (2 cores, a batch of at least 30 articles).
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');
    log('');
    log('figure               measured   target');
    log(`time per PDF         ${`${perPdfMs.toFixed(0)} ms`.padEnd(10)} ≤ 100 ms   ${verdict(perPdfMs <= 100)}`);
    log(`PDFs per second      ${(pdfs / (pipelineTotal / rows.length)).toFixed(2).padEnd(10)} ≥ 10`);
    log(`cold single article  ${`${cold.toFixed(2)} s`.padEnd(10)} ≤ 1.5 s    ${verdict(cold <= 1.5)}`);
    log(`no-op rebuild        ${`${noop.toFixed(2)} s`.padEnd(10)} ≤ 0.3 s    ${verdict(noop <= 0.3)}`);
    log(`pipeline / floor     ${ratio.toFixed(2).padEnd(10)} ≤ 1.15     ${verdict(ratio <= 1.15)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
