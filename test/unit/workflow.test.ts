// .github/workflows/handouts.yml cannot run here; this checks that it is valid YAML with
// the shape GitHub Actions needs, and that the CLI accepts every flag it passes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { ROOT } from '../helpers/article.js';

interface Step {
  uses?: string;
  run?: string;
  name?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  strategy?: { matrix: { shard: number[] }; 'fail-fast'?: boolean };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: {
    schedule: { cron: string }[];
    push: { branches: string[]; paths: string[] };
    workflow_dispatch?: unknown;
  };
  jobs: Record<string, Job>;
}

let workflow: Workflow;
let build: Job;
beforeAll(async () => {
  const text = await readFile(path.join(ROOT, '.github/workflows/handouts.yml'), 'utf8');
  workflow = parse(text, { strict: true, uniqueKeys: true }) as Workflow;
  build = workflow.jobs.build!;
});

const step = (pattern: RegExp) => build.steps.find((s) => pattern.test(`${s.uses ?? ''} ${s.run ?? ''}`));

describe('handouts workflow', () => {
  it('runs on a schedule, on pushes to content or templates, and by hand', () => {
    expect(workflow.on.schedule[0]!.cron.split(' ')).toHaveLength(5);
    expect(workflow.on.push.paths).toEqual(expect.arrayContaining(['content/**', 'templates/**']));
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('builds its shards as a matrix, each with its own part', () => {
    const shards = build.strategy!.matrix.shard;
    expect(shards).toEqual(Array.from({ length: shards.length }, (_, i) => i + 1));
    expect(build.strategy!['fail-fast']).toBe(false);
    expect(step(/trialbrief|npm run build/)!.run).toMatch(/--shard \$\{\{ matrix\.shard \}\}\/\$\{\{ strategy\.job-total \}\}/);
    for (const s of build.steps) if (s.uses) expect(s.uses, 'actions are pinned to a major version').toMatch(/^[\w-]+\/[\w/-]+@v\d+$/);
  });

  it('installs from the lockfile, uses the runner’s Chrome, and dates PDFs from git', () => {
    expect(step(/actions\/setup-node/)!.with).toMatchObject({ 'node-version': 20, cache: 'npm' });
    expect(step(/npm ci/)).toBeDefined();
    expect(step(/PUPPETEER_EXECUTABLE_PATH/)!.run).toMatch(/>> "\$GITHUB_ENV"/);
    const date = step(/SOURCE_DATE_EPOCH/)!;
    expect(date.run).toMatch(/SOURCE_DATE_EPOCH=\$\(git log -1 --format=%ct/);
    expect(step(/actions\/checkout/)!.with).toMatchObject({ 'fetch-depth': 0 });
  });

  it('caches out/ per shard (the manifest makes the next run incremental) and uploads the PDFs', () => {
    const cache = step(/actions\/cache/)!;
    expect(cache.with!.path).toBe('out');
    expect(String(cache.with!.key)).toContain('${{ matrix.shard }}');
    expect(String(cache.with!['restore-keys'])).toContain('${{ matrix.shard }}');
    const upload = step(/actions\/upload-artifact@/)!;
    expect(upload.with!.path).toMatch(/out\/.*\.pdf/);
    expect(String(upload.with!.name)).toContain('${{ matrix.shard }}');
    expect(build.steps.indexOf(cache)).toBeLessThan(build.steps.indexOf(step(/--shard/)!));
    expect(build.steps.indexOf(upload)).toBeGreaterThan(build.steps.indexOf(step(/--shard/)!));
  });

  it('passes only flags that trialbrief build accepts', async () => {
    const command = step(/--shard/)!.run!;
    const flags = [...command.replace(/\$\{\{[^}]*\}\}/g, 'X').matchAll(/(?<=\s)--?[a-z][\w-]*/g)]
      .map((m) => m[0])
      .filter((f) => f !== '--');
    let help = '';
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => ((help += chunk), true)) as typeof process.stdout.write;
    try {
      expect(await main(['build', '--help'])).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    for (const flag of flags) expect(help, flag).toContain(flag);
  });
});
