// Outputs appear whole or not at all: write to a temp name in the same directory (so the
// rename stays on one file system and is atomic), then rename over the target.
//
// Hand-written rather than the `write-file-atomic` package: that package handles one file
// at a time (and fsyncs, chowns, queues per path), while a build needs "all of an article's
// outputs, or none": every temp written before any rename. That batch is the part that
// matters here and a package would not give it. No fsync: outputs are rebuildable, and a
// crash mid-build must only never leave a half-written file under the real name.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Temp files of this process that exist (or are being created) now: not yet renamed or removed. */
const pending = new Set<string>();

/**
 * Removes this process's temp files, synchronously: for a build that must exit at once
 * (a second Ctrl-C; see src/commands/build/interrupt.ts). Outputs already renamed are complete and
 * stay; a write cut short leaves nothing under any name.
 */
export function removePendingTempsSync(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

/** `.<name>.<pid>.<12 hex>.tmp`, as tempNameFor writes them. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temp files that a build killed outright (SIGKILL, a power cut) left in the output
 * folder and its article folders: those whose process is gone. A running build's (another
 * shard writing to the same folder) are left alone. Returns how many were removed.
 */
export async function sweepStaleTemps(outDir: string): Promise<number> {
  const entries = await readdir(outDir, { withFileTypes: true }).catch(() => []);
  const folders = [outDir, ...entries.filter((e) => e.isDirectory()).map((e) => path.join(outDir, e.name))];
  const removed = await Promise.all(
    folders.map(async (folder) => {
      const names = folder === outDir ? entries.map((e) => e.name) : await readdir(folder).catch(() => [] as string[]);
      const stale = names.filter((name) => {
        const pid = TEMP_NAME.exec(name)?.[1];
        return pid !== undefined && Number(pid) !== process.pid && !alive(Number(pid));
      });
      await Promise.all(stale.map((name) => rm(path.join(folder, name), { force: true })));
      return stale.length;
    }),
  );
  return removed.reduce((a, b) => a + b, 0);
}

async function removeTemp(temp: string): Promise<void> {
  await rm(temp, { force: true });
  pending.delete(temp);
}

export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

export function tempNameFor(target: string): string {
  // pid + random: parallel builds (shards, watch mode) never share a temp file.
  // Ends in .tmp, which .gitignore covers should a crash leave one behind.
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

async function writeTemp(target: string, data: string | Uint8Array): Promise<string> {
  const temp = tempNameFor(target);
  pending.add(temp);
  try {
    await writeFile(temp, data, { flag: 'wx' });
  } catch (err) {
    await removeTemp(temp);
    throw err;
  }
  return temp;
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await writeOutputsAtomically([{ path: target, data }]);
}

/**
 * Writes every file to a temp name first and renames only when all writes succeeded.
 * If a write fails, no target is touched and no temp is left behind. (A rename failing
 * halfway, e.g. a target turned into a directory, can still leave a mix: renames are
 * atomic one at a time, not as a group.)
 */
export async function writeOutputsAtomically(files: readonly OutputFile[]): Promise<void> {
  const targets = files.map((f) => path.resolve(f.path));
  if (new Set(targets).size !== targets.length) throw new Error('writeOutputsAtomically: the same path is listed twice');

  // Each folder once (an article's files share one), before any file is written.
  const dirs = await Promise.allSettled([...new Set(targets.map((t) => path.dirname(t)))].map((dir) => mkdir(dir, { recursive: true })));
  const noDir = dirs.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (noDir) throw noDir.reason;
  const written = await Promise.allSettled(files.map((f, i) => writeTemp(targets[i]!, f.data)));
  const temps = written.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = written.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await Promise.all(temps.map(removeTemp));
    throw failed.reason;
  }

  let i = 0;
  try {
    for (; i < temps.length; i++) {
      await rename(temps[i]!, targets[i]!);
      pending.delete(temps[i]!);
    }
  } catch (err) {
    await Promise.all(temps.slice(i).map(removeTemp));
    throw err;
  }
}
