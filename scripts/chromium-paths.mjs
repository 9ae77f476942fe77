// Where to find a Chromium, in one place: scripts/setup.mjs (before dependencies exist,
// so Node builtins only) and src/render/browser.ts (at run time) both resolve through
// findChromium(), so a build never uses a browser that setup did not check.
import { accessSync, constants, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** System installs, most common first. Checked after PUPPETEER_EXECUTABLE_PATH. */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Executables inside a Puppeteer browser cache (`npx @puppeteer/browsers install ...`),
 * relative to <cache>/<browser>/<platform-version>/<archive-dir>/. headless-shell first:
 * it is smaller and made for printing.
 */
const CACHE_LAYOUTS = [
  ['chrome-headless-shell', 'chrome-headless-shell'],
  ['chrome-headless-shell', 'chrome-headless-shell.exe'],
  ['chrome', 'chrome'],
  ['chrome', 'chrome.exe'],
  ['chrome', 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'],
];

export const HOW_TO_GET_CHROMIUM = `No Chromium or Chrome found. trialbrief prints PDFs with a local Chromium; get one of:
  - Debian/Ubuntu:  sudo apt-get install chromium
  - macOS:          brew install --cask chromium   (or install Google Chrome)
  - anywhere:       npx @puppeteer/browsers install chrome-headless-shell@stable
                    (into ~/.cache/puppeteer, which trialbrief searches)
  - or point PUPPETEER_EXECUTABLE_PATH at an existing Chrome/Chromium binary.
Searched: $PUPPETEER_EXECUTABLE_PATH, ${SYSTEM_CHROMIUM_PATHS.join(', ')}, and the Puppeteer cache.`;

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} dir @returns {string[]} */
function subdirs(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  } catch {
    return [];
  }
}

/**
 * Puppeteer cache candidates, newest version first (directory names look like
 * "linux-131.0.6778.85", so a numeric-aware sort orders them by version).
 * @param {string} cacheDir
 * @returns {string[]}
 */
export function puppeteerCacheCandidates(cacheDir) {
  /** @type {string[]} */
  const found = [];
  for (const [browser, exe] of CACHE_LAYOUTS) {
    const base = path.join(cacheDir, browser);
    const versions = subdirs(base).sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
    for (const version of versions) {
      for (const archive of subdirs(path.join(base, version))) {
        found.push(path.join(base, version, archive, exe));
      }
    }
  }
  return found;
}

/**
 * @typedef {{ path: string, source: 'env' | 'system' | 'puppeteer-cache' }} ChromiumFound
 * @typedef {{ error: string }} ChromiumMissing
 */

/**
 * Resolution order: PUPPETEER_EXECUTABLE_PATH, system paths, Puppeteer's cache.
 * A set but broken PUPPETEER_EXECUTABLE_PATH is an error, not a reason to fall back:
 * the user asked for that browser.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {ChromiumFound | ChromiumMissing}
 */
export function findChromium(env = process.env) {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    return isExecutable(fromEnv)
      ? { path: fromEnv, source: 'env' }
      : { error: `PUPPETEER_EXECUTABLE_PATH is set to "${fromEnv}", which is not an executable file.\nFix or unset it.` };
  }
  const system = SYSTEM_CHROMIUM_PATHS.find(isExecutable);
  if (system) return { path: system, source: 'system' };
  const cacheDir = env.PUPPETEER_CACHE_DIR || path.join(os.homedir(), '.cache', 'puppeteer');
  const cached = puppeteerCacheCandidates(cacheDir).find(isExecutable);
  if (cached) return { path: cached, source: 'puppeteer-cache' };
  return { error: HOW_TO_GET_CHROMIUM };
}
