// Flags → options, progress lines, exit codes. No logic of its own: the pipeline does
// the work; this file only talks to the person at the terminal (or the CI log).
import { Command, Option } from 'commander';
import { VFileMessage } from 'vfile-message';
import { formatFailure } from './report.js';
import { AUDIENCES, type Audience } from './audiences/registry.js';

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command('trialbrief')
    .description('Turn a clinical-trial news article into a patient brief, a clinician summary and a press digest (PDF).')
    .version(await version())
    .showHelpAfterError()
    .exitOverride();

  program
    .command('build')
    .description('Build the documents for the given articles (default: every .md/.txt in content/)')
    .argument('[files...]', 'articles (.md with front matter, or pasted .txt) or folders of them')
    .option('-o, --out <dir>', 'output folder', 'out')
    .addOption(
      new Option('-a, --audience <list>', 'documents to build, comma-separated: patient, clinician, press').default(
        'patient,clinician,press',
      ),
    )
    .addOption(new Option('-f, --format <list>', 'formats, comma-separated: pdf, html').default('pdf,html'))
    .addOption(new Option('-p, --paper <size>', 'paper size (front matter `paper:` wins)').choices(['a4', 'letter']).default('a4'))
    .option('-t, --templates <dir>', 'a folder of your own templates (same names as templates/)')
    .option('--strict', 'fail (exit 1) on warnings as well as errors', false)
    .option('-v, --verbose', 'also list info diagnostics (removed page junk)', false)
    .option('--force', 'rebuild every document, even those that are up to date', false)
    .option('--shard <i/n>', 'build only part i of n of the articles (by slug), e.g. 2/3 in the second of three CI jobs')
    .option('-j, --jobs <n>', 'pages printing at once (default: from the number of cores)')
    .option(
      '--browser-ws-endpoint <url>',
      'print on a running Chrome (ws://…, e.g. a browserless service or chrome --remote-debugging-port) instead of launching one',
    )
    .action(async (files: string[], flags) => {
      const [{ runBuild }, { parseShard }] = await Promise.all([import('./commands/build.js'), import('./build/shard.js')]);
      let shard;
      try {
        shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      exitCode = await runBuild(files, {
        outDir: flags.out,
        audiences: parseAudiences(flags.audience),
        formats: parseList(flags.format, ['pdf', 'html'], '--format') as ('pdf' | 'html')[],
        paper: flags.paper,
        templatesDir: flags.templates,
        strict: flags.strict,
        verbose: flags.verbose,
        force: flags.force,
        shard,
        jobs: flags.jobs === undefined ? undefined : parsePositive(flags.jobs, '--jobs'),
        wsEndpoint: flags.browserWsEndpoint === undefined ? undefined : parseWsEndpoint(flags.browserWsEndpoint),
      });
    });

  program
    .command('dev')
    .description("Preview server: every article's documents as HTML, rebuilt and reloaded as you edit")
    .option('--port <n>', 'port on 127.0.0.1 (0: any free port)', '4173')
    .option('-c, --content <dir>', 'articles folder (with glossary.yaml)', 'content')
    .option('-t, --templates <dir>', 'a folder of your own templates (same names as templates/)')
    .option('-p, --paper <size>', 'paper size (front matter `paper:` wins)', 'a4')
    .action(async (flags) => {
      const { runDev } = await import('./dev/server.js');
      if (flags.paper !== 'a4' && flags.paper !== 'letter') throw new UsageError(`--paper: expected a4 or letter; got "${flags.paper}"`);
      exitCode = await runDev({
        port: parsePositive(flags.port, '--port', true),
        contentDir: flags.content,
        templatesDir: flags.templates,
        paper: flags.paper,
      });
    });

  program
    .command('extract')
    .description('Print the facts extracted from one article')
    .argument('<file>', 'article (.md or .txt)')
    .option('--json', 'print JSON: the answer-key fields at the top level, the full Facts under `facts`', false)
    .action(async (file: string, flags) => {
      const { runExtract } = await import('./commands/extract.js');
      exitCode = await runExtract(file, { json: flags.json });
    });

  program
    .command('schema')
    .description('Print the JSON Schema of the facts (what each facts.json holds; also schema/facts.schema.json)')
    .action(async () => {
      const { runSchema } = await import('./commands/schema.js');
      exitCode = await runSchema();
    });

  program
    .command('eval')
    .description('Score extraction against answer keys (*.facts.json beside each article)')
    .argument('<dir...>', 'folders of articles with answer keys, scored together, e.g. test/fixtures/corpus scratch/corpus-news')
    .option('--json', 'print per-article scores and the summary as JSON', false)
    .action(async (dirs: string[], flags) => {
      const { runEval } = await import('./commands/eval.js');
      exitCode = await runEval(dirs, { json: flags.json });
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') return 0;
    if (code?.startsWith('commander.')) return 1;
    if (error instanceof UsageError) {
      process.stderr.write(`trialbrief: ${error.message}\n`);
      return 1;
    }
    if (error instanceof VFileMessage) {
      process.stderr.write(`${formatFailure(error)}\n`);
      return 1;
    }
    throw error;
  }
  return exitCode;
}

export class UsageError extends Error {}

function parseList(value: string, allowed: string[], flag: string): string[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = items.find((item) => !allowed.includes(item));
  if (bad !== undefined || items.length === 0)
    throw new UsageError(`${flag}: expected a comma-separated list of ${allowed.join(', ')}; got "${value}"`);
  return [...new Set(items)];
}

function parsePositive(value: string, flag: string, zeroOk = false): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || (!zeroOk && n < 1) || n > 65535)
    throw new UsageError(`${flag}: expected a whole number${zeroOk ? '' : ' of at least 1'}; got "${value}"`);
  return n;
}

function parseWsEndpoint(value: string): string {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (!url || !['ws:', 'wss:', 'http:', 'https:'].includes(url.protocol))
    throw new UsageError(`--browser-ws-endpoint: expected a ws:// URL (or the http:// address of Chrome's debugging port); got "${value}"`);
  return value;
}

function parseAudiences(value: string): Audience[] {
  const names = parseList(
    value,
    AUDIENCES.flatMap((a) => [a.short, a.name]),
    '--audience',
  );
  return AUDIENCES.filter((a) => names.includes(a.short) || names.includes(a.name)).map((a) => a.name);
}

async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
