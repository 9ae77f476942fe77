// Runs the real CLI in a child process, the way a person or CI would.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './article.js';

const exec = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [path.join(ROOT, 'bin/trialbrief.js'), ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout, stderr: e.stderr };
  }
}

export async function pdfText(file: string, { raw = false }: { raw?: boolean } = {}): Promise<string> {
  // Without -layout: reading order, so phrases split across columns stay whole. `raw`: the
  // order of the page's content stream (Chromium writes it in document order, the order its
  // tags give a screen reader), for two columns whose lines share baselines, which
  // pdftotext's reading-order guess interleaves line by line.
  return (await exec('pdftotext', ['-enc', 'UTF-8', ...(raw ? ['-raw'] : []), file, '-'])).stdout;
}

export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await exec('pdfinfo', [file]);
  return Object.fromEntries(
    stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

/** The per-article folders of an output folder (not manifest.json and the like), sorted. */
export async function articleFolders(out: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  return (await readdir(out, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}
