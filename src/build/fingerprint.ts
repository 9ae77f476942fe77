// What, besides the article itself, shapes a document: trialbrief (its version, its
// source and its installed dependencies, which include the font packages), the glossary,
// every file of the templates folder, and the browser that prints. All of it is hashed
// from raw bytes and file metadata: nothing is parsed, no NLP is loaded and no browser
// is started, so a build with nothing to do stays fast.
import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../scripts/chromium-paths.mjs';
import { AUDIENCES, type Audience } from '../audiences/registry.js';

/** The checkout (or installed package) trialbrief runs from. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** templates/ of the package; html.ts resolves the same folder. */
export const DEFAULT_TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates');

export interface Fingerprint {
  /** Hash of everything every document depends on (trialbrief, glossary, shared templates). */
  shared: string;
  /** Per audience: its own template (<audience>.hbs) and stylesheet (styles/<audience>.css). */
  audiences: Record<Audience, string>;
  /** The printing browser, or null when the build prints no PDF. */
  browser: string | null;
  /** "trialbrief 0.1.0". */
  producer: string;
}

export interface FingerprintOptions {
  templatesDir?: string;
  glossaryPath: string;
  /** Identify the browser too (only PDFs depend on it). */
  pdf: boolean;
  wsEndpoint?: string;
}

const sha = (...parts: (string | Uint8Array)[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? `${part.length}:${part}` : part).update('\0');
  return hash.digest('hex');
};

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function readOrNull(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') return null;
    throw error;
  }
}

/** Every file under dir, as sorted posix-style relative paths (dotfiles and temp files skipped). */
async function filesUnder(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => !name.split('/').some((part) => part.startsWith('.')) && !name.endsWith('.tmp'))
    .sort();
}

/** trialbrief itself: version, source files, and the versions actually installed of its dependencies. */
async function trialbriefHash(): Promise<{ hash: string; version: string }> {
  const pkgText = await readFile(path.join(PACKAGE_ROOT, 'package.json'), 'utf8');
  const pkg = JSON.parse(pkgText) as { version: string; dependencies?: Record<string, string> };
  const require = createRequire(path.join(PACKAGE_ROOT, 'package.json'));
  const installed = await Promise.all(
    Object.keys(pkg.dependencies ?? {})
      .sort()
      .map(async (name) => {
        try {
          const text = await readFile(require.resolve(`${name}/package.json`), 'utf8');
          return `${name}@${(JSON.parse(text) as { version: string }).version}`;
        } catch {
          return `${name}@${pkg.dependencies![name]}`; // exports hide package.json: the pinned version
        }
      }),
  );
  const srcDir = path.join(PACKAGE_ROOT, 'src');
  // The preview server and the CLI's own wording do not shape documents.
  const sources = (await filesUnder(srcDir)).filter((name) => !name.startsWith('dev/'));
  const contents = await Promise.all(sources.map((name) => readFile(path.join(srcDir, name))));
  const chromiumPaths = await readOrNull(path.join(PACKAGE_ROOT, 'scripts', 'chromium-paths.mjs'));
  const hash = sha(pkg.version, installed.join('\n'), ...sources.flatMap((name, i) => [name, contents[i]!]), chromiumPaths ?? '');
  return { hash, version: pkg.version };
}

/**
 * The browser, identified without starting it: the executable's real path, size and
 * modification time (an upgrade replaces the file). A remote browser answers
 * /json/version (Chrome's DevTools HTTP endpoint; browserless serves it too); when it
 * does not, its address stands in for its version.
 */
export async function browserIdentity(wsEndpoint?: string): Promise<string> {
  if (wsEndpoint) {
    let url: URL;
    try {
      url = new URL(wsEndpoint);
    } catch {
      return `remote ${wsEndpoint}`;
    }
    const http = new URL(`/json/version${url.search}`, `${url.protocol === 'wss:' ? 'https:' : 'http:'}//${url.host}`);
    try {
      const response = await fetch(http, { signal: AbortSignal.timeout(2000) });
      if (response.ok) {
        const info = (await response.json()) as { Browser?: string; 'Protocol-Version'?: string };
        if (info.Browser) return `remote ${info.Browser}`;
      }
    } catch {
      // Not every service exposes it; fall through.
    }
    return `remote ${url.protocol}//${url.host}${url.pathname}`;
  }
  const found = findChromium();
  if ('error' in found) return 'none';
  try {
    const real = await realpath(found.path);
    const info = await stat(real);
    return `local ${real} ${info.size} ${Math.trunc(info.mtimeMs)}`;
  } catch {
    return `local ${found.path}`;
  }
}

export async function fingerprint(options: FingerprintOptions): Promise<Fingerprint> {
  const templatesDir = path.resolve(options.templatesDir ?? DEFAULT_TEMPLATES_DIR);
  const [trialbrief, glossary, templateFiles, browser] = await Promise.all([
    trialbriefHash(),
    readOrNull(path.resolve(options.glossaryPath)),
    filesUnder(templatesDir),
    options.pdf ? browserIdentity(options.wsEndpoint) : Promise.resolve(null),
  ]);
  const contents = await Promise.all(templateFiles.map((name) => readFile(path.join(templatesDir, name))));
  const own = (audience: Audience) => (name: string) => name === `${audience}.hbs` || name === `styles/${audience}.css`;
  const audiences = {} as Record<Audience, string>;
  for (const { name: audience } of AUDIENCES) {
    audiences[audience] = sha(...templateFiles.flatMap((name, i) => (own(audience)(name) ? [name, contents[i]!] : [])));
  }
  const shared = sha(
    trialbrief.hash,
    glossary ?? '(no glossary)',
    ...templateFiles.flatMap((name, i) => (AUDIENCES.some((a) => own(a.name)(name)) ? [] : [name, contents[i]!])),
  );
  return { shared, audiences, browser, producer: `trialbrief ${trialbrief.version}` };
}

/** The options that change what a document looks like (not where it goes). */
export interface DocumentSettings {
  formats: readonly string[];
  paper: string;
  sourceDateEpoch?: string;
}

/** The key of one document: the same key means the same output files, byte for byte. */
export function documentKey(print: Fingerprint, audience: Audience, articleHash: string, settings: DocumentSettings): string {
  const pdf = settings.formats.includes('pdf');
  return sha(
    'document/1',
    print.shared,
    print.audiences[audience],
    pdf ? (print.browser ?? 'none') : 'no pdf',
    audience,
    articleHash,
    [...settings.formats].sort().join(','),
    settings.paper,
    settings.sourceDateEpoch ?? '',
  ).slice(0, 32);
}
