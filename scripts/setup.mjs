#!/usr/bin/env node
// Makes a fresh clone ready for `npm run build` / `npm test`. Runs BEFORE dependencies
// exist, so Node builtins only. Silent when everything is already in place.
//   node scripts/setup.mjs              dependencies + a Chromium
//   node scripts/setup.mjs --for-tests  also poppler-utils and qpdf (tests read PDFs back)
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium-paths.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const forTests = process.argv.includes('--for-tests');
const PDF_TOOLS = ['pdftotext', 'pdfinfo', 'pdffonts', 'qpdf'];

/** @param {string} msg */
const say = (msg) => console.error(`setup: ${msg}`);

/** @param {string} msg @returns {never} */
function fail(msg) {
  console.error(`setup: ${msg}`);
  process.exit(1);
}

/** @param {string} file */
function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

// (a) Dependencies. npm writes node_modules/.package-lock.json after every install, so a
// lockfile newer than it means someone changed dependencies (pull, branch switch).
function ensureDependencies() {
  const lock = mtime(path.join(root, 'package-lock.json'));
  const installed = mtime(path.join(root, 'node_modules', '.package-lock.json'));
  if (lock === undefined) return; // nothing to compare with; npm ci would refuse anyway
  let why;
  if (!existsSync(path.join(root, 'node_modules'))) why = 'node_modules is missing';
  else if (installed === undefined) why = 'node_modules was not installed by npm';
  else if (installed < lock) why = 'package-lock.json is newer than node_modules';
  if (!why) return;
  say(`${why}; running npm ci`);
  // Under `npm test` npm_execpath is npm's own CLI: reuse it (no PATH or npm.cmd issues).
  const npmCli = process.env.npm_execpath;
  const args = ['ci', '--no-audit', '--no-fund'];
  const r = npmCli
    ? spawnSync(process.execPath, [npmCli, ...args], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) fail(`npm ci failed (exit ${r.status ?? r.signal ?? r.error?.message})`);
}

/** @param {string} cmd */
function onPath(cmd) {
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const ext of exts) {
      try {
        accessSync(path.join(dir, cmd + ext), constants.X_OK);
        return true;
      } catch {
        // not here, or not executable: try the next folder
      }
    }
  }
  return false;
}

const canApt = process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get');

/**
 * One `apt-get update && install` for everything missing; output shown only on failure.
 * @param {string[]} packages
 */
function aptInstall(packages) {
  say(`installing ${packages.join(', ')} with apt-get (about 30 s)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...packages],
  ]) {
    const r = spawnSync('apt-get', args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.status !== 0) {
      console.error(r.stdout, r.stderr);
      fail(`apt-get ${args[0]} failed (exit ${r.status ?? r.signal})`);
    }
  }
}

function ensureSystemTools() {
  let chromium = findChromium();
  // A broken PUPPETEER_EXECUTABLE_PATH is the user's explicit choice: report, don't install.
  const envBroken = 'error' in chromium && Boolean(process.env.PUPPETEER_EXECUTABLE_PATH);
  const missingTools = forTests ? PDF_TOOLS.filter((t) => !onPath(t)) : [];
  const packages = [];
  if ('error' in chromium && !envBroken) packages.push('chromium');
  if (missingTools.length) packages.push('poppler-utils', 'qpdf');
  if (packages.length && canApt) {
    aptInstall(packages);
    chromium = findChromium();
  }
  if ('error' in chromium) fail(chromium.error);
  const stillMissing = forTests ? PDF_TOOLS.filter((t) => !onPath(t)) : [];
  if (stillMissing.length) {
    fail(`the tests need ${stillMissing.join(', ')} (they read the printed PDFs back). Install:
  - Debian/Ubuntu:  sudo apt-get install poppler-utils qpdf
  - macOS:          brew install poppler qpdf`);
  }
}

ensureDependencies();
ensureSystemTools();
// (c) The CLI compiled to dist/ (scripts/compiled.mjs): a run then skips tsx's loader.
// Only after (a), as it needs esbuild; a failure only leaves the CLI on tsx.
try {
  const { compile } = await import('./compiled.mjs');
  await compile(root);
} catch (error) {
  say(`could not compile src/ to dist/ (${/** @type {Error} */ (error).message}); the CLI runs the TypeScript sources`);
}
