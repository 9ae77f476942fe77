// Temp files a killed build left behind are swept by the next build; a live build's are not.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepStaleTemps, tempNameFor, writeOutputsAtomically } from '../../src/output/atomic-write.js';

let out: string;
beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'trialbrief-sweep-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('sweepStaleTemps', () => {
  it('removes temps whose build is gone, keeps those of a running one and every real output', async () => {
    // A process that has exited: its pid names no running process now.
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    await mkdir(path.join(out, 'an-article'), { recursive: true });
    const files = {
      stale: `.patient-brief.pdf.${gone}.0123456789ab.tmp`,
      staleManifest: `.manifest.json.${gone}.abcdefabcdef.tmp`,
      running: `.press-digest.pdf.${process.ppid}.0123456789ab.tmp`,
      real: 'patient-brief.pdf',
      unrelated: 'notes.tmp',
    };
    await writeFile(path.join(out, files.staleManifest), '{');
    for (const name of [files.stale, files.running, files.real, files.unrelated]) await writeFile(path.join(out, 'an-article', name), 'x');

    expect(await sweepStaleTemps(out)).toBe(2);
    expect((await readdir(path.join(out, 'an-article'))).sort()).toEqual([files.running, files.unrelated, files.real].sort());
    expect(await readdir(out)).toEqual(['an-article']);
  });

  it('a missing output folder is nothing to sweep', async () => {
    expect(await sweepStaleTemps(path.join(out, 'not-there'))).toBe(0);
  });

  it('recognises the temp names the writer gives (here as if from a build that is gone)', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const own = path.basename(tempNameFor(path.join(out, 'third', 'facts.json')));
    const left = own.replace(`.${process.pid}.`, `.${gone}.`);
    await mkdir(path.join(out, 'third'), { recursive: true });
    await writeFile(path.join(out, 'third', left), '{');
    await writeOutputsAtomically([{ path: path.join(out, 'third', 'facts.json'), data: '{}' }]);
    expect(await sweepStaleTemps(out)).toBe(1);
    expect(await readdir(path.join(out, 'third'))).toEqual(['facts.json']);
  });
});
