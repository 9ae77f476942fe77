// The CLI's sources compiled to plain JavaScript in dist/ (git-ignored), so a run loads
// Node modules straight from disk instead of sending every TypeScript file through tsx's
// loader thread: on a cold single article that is most of the time spent before the
// first page prints. dist/ mirrors src/ file for file, at the same depth, so paths a
// module resolves from its own location (templates/, cue files, scripts/) stay right.
//
// `compile()` runs from scripts/setup.mjs (before `npm run build`, `npm test`, `npm run
// bench`); `compiledEntry()` is asked by bin/trialbrief.js on every run and answers only
// when dist/ was compiled from exactly the sources there now (same files, sizes and
// modification times), else the CLI runs the sources through tsx as before. Node
// builtins only, and esbuild (tsx's own compiler) loaded only to compile.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file under src/, with size and modification time: what dist/ was compiled from.
 * @param {string} root
 */
function sourcesKey(root) {
  const src = path.join(root, 'src');
  const lines = [];
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const { size, mtimeMs } = statSync(file);
    lines.push(`${path.relative(src, file)}\t${size}\t${mtimeMs}`);
  }
  return lines.sort().join('\n');
}

const STAMP = '.compiled-from';

/**
 * dist/cli.js when dist/ holds the current sources compiled, else null.
 * @param {string} root
 * @returns {string | null}
 */
export function compiledEntry(root) {
  try {
    const dist = path.join(root, 'dist');
    if (readFileSync(path.join(dist, STAMP), 'utf8') !== sourcesKey(root)) return null;
    return path.join(dist, 'cli.js');
  } catch {
    return null;
  }
}

/**
 * Compiles src/ into dist/ unless it is current; returns whether it compiled.
 * @param {string} root
 * @returns {Promise<boolean>}
 */
export async function compile(root) {
  if (compiledEntry(root)) return false;
  const key = sourcesKey(root);
  const src = path.join(root, 'src');
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
  const { build } = await import('esbuild');
  // Built beside dist/ and swapped in whole, so a run never sees half a compile.
  const next = path.join(root, `dist.${process.pid}.tmp`);
  rmSync(next, { recursive: true, force: true });
  await build({
    entryPoints: files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')),
    outdir: next,
    outbase: src,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  // Data files the modules read beside themselves (cue files, the worker's bootstrap);
  // each YAML file also as JSON, which parses about ten times faster (src/article/cues/cues.ts).
  const { parse } = await import('yaml');
  for (const file of files.filter((f) => !f.endsWith('.ts'))) {
    const to = path.join(next, path.relative(src, file));
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(file, to);
    if (file.endsWith('.yaml')) writeFileSync(to.replace(/\.yaml$/, '.json'), JSON.stringify(parse(readFileSync(file, 'utf8'))));
  }
  writeFileSync(path.join(next, STAMP), key);
  const old = path.join(root, `dist.${process.pid}.old`);
  if (existsSync(path.join(root, 'dist'))) renameSync(path.join(root, 'dist'), old);
  renameSync(next, path.join(root, 'dist'));
  rmSync(old, { recursive: true, force: true });
  return true;
}
