// The CLI runs from dist/ only when dist/ was compiled from the sources there now
// (scripts/compiled.mjs); an edited, added or removed source sends it back to tsx.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compile, compiledEntry } from '../../scripts/compiled.mjs';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function checkout(): string {
  root = mkdtempSync(path.join(os.tmpdir(), 'trialbrief-compiled-'));
  mkdirSync(path.join(root, 'src', 'cues'), { recursive: true });
  writeFileSync(path.join(root, 'src', 'cli.ts'), "import { word } from './word.js';\nexport const main = (): string => word;\n");
  writeFileSync(path.join(root, 'src', 'word.ts'), "export const word: string = 'compiled';\n");
  writeFileSync(path.join(root, 'src', 'cues', 'list.yaml'), 'cues: []\n');
  return root;
}

describe('compiled CLI (dist/)', () => {
  it('compiles every source, copies data files beside them, and answers with dist/cli.js while nothing changed', async () => {
    const dir = checkout();
    expect(compiledEntry(dir)).toBeNull();
    expect(await compile(dir)).toBe(true);
    expect(compiledEntry(dir)).toBe(path.join(dir, 'dist', 'cli.js'));
    expect(readFileSync(path.join(dir, 'dist', 'word.js'), 'utf8')).toContain('"compiled"');
    expect(readFileSync(path.join(dir, 'dist', 'cues', 'list.yaml'), 'utf8')).toBe('cues: []\n');
    // Each YAML data file also as JSON, read in its place by the compiled modules.
    expect(JSON.parse(readFileSync(path.join(dir, 'dist', 'cues', 'list.json'), 'utf8'))).toEqual({ cues: [] });
    const { main } = (await import(path.join(dir, 'dist', 'cli.js'))) as { main: () => string };
    expect(main()).toBe('compiled');
    // Current: nothing to do.
    expect(await compile(dir)).toBe(false);
  });

  it('is stale after a source is edited, added or removed, and current again after compiling', async () => {
    const dir = checkout();
    await compile(dir);
    const later = new Date(Date.now() + 5000);
    utimesSync(path.join(dir, 'src', 'word.ts'), later, later);
    expect(compiledEntry(dir)).toBeNull();
    await compile(dir);
    expect(compiledEntry(dir)).not.toBeNull();
    writeFileSync(path.join(dir, 'src', 'extra.ts'), 'export {};\n');
    expect(compiledEntry(dir)).toBeNull();
    await compile(dir);
    rmSync(path.join(dir, 'src', 'extra.ts'));
    expect(compiledEntry(dir)).toBeNull();
  });
});
