// out/manifest.json: what trialbrief wrote into an output folder, and from what. Each
// article is listed under its source path (relative to the output folder, so a moved
// checkout keeps its manifest), with its slug, the hash of its bytes and, per document,
// the key of the inputs it was built from and the files it made. A build skips every
// document whose key is unchanged, and removes only files this manifest lists.
import { readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { Audience } from '../audiences/registry.js';
import { writeFileAtomic } from '../output/atomic-write.js';

export const MANIFEST_NAME = 'manifest.json';
const FORMAT = 1;

export interface ManifestDocument {
  /** documentKey(): the inputs it was built from. */
  key: string;
  /** Its files, relative to out/<slug>/ ("patient-brief.pdf", "patient-brief.html"). */
  files: string[];
  pages: number | null;
}

export interface ManifestArticle {
  slug: string;
  /** The slug used for sharding (from the file name and front matter, without parsing the text). */
  shardSlug: string;
  /** sha256 of the article's bytes. */
  source: string;
  documents: Partial<Record<Audience, ManifestDocument>>;
  /** Files shared by the article's documents (facts.json, report.json), relative to out/<slug>/. */
  files: string[];
  /** From the last build, so --strict still fails while the article is unchanged. */
  warnings: number;
  violations: number;
}

export interface Manifest {
  manifest: typeof FORMAT;
  generator: string;
  /** The browser the PDFs were last printed with (informational). */
  browser: string | null;
  articles: Record<string, ManifestArticle>;
}

export const emptyManifest = (generator = ''): Manifest => ({ manifest: FORMAT, generator, browser: null, articles: {} });

/** The manifest of outDir; a missing, unreadable or foreign one is an empty manifest (everything rebuilds). */
export async function readManifest(outDir: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path.join(outDir, MANIFEST_NAME), 'utf8');
  } catch {
    return emptyManifest();
  }
  try {
    const parsed = JSON.parse(text) as Manifest;
    if (parsed?.manifest !== FORMAT || typeof parsed.articles !== 'object' || parsed.articles === null) return emptyManifest();
    return parsed;
  } catch {
    return emptyManifest();
  }
}

/**
 * Applies this build's changes to the manifest as it is on disk now (another build may
 * have written it meanwhile, e.g. a second shard into the same folder) and writes it
 * atomically. `changes` maps a source key to its new entry, or to null for "forget it".
 */
export async function saveManifest(
  outDir: string,
  changes: Map<string, ManifestArticle | null>,
  meta: { generator: string; browser: string | null },
): Promise<void> {
  const current = await readManifest(outDir);
  for (const [key, entry] of changes) {
    if (entry) current.articles[key] = entry;
    else delete current.articles[key];
  }
  const articles = Object.fromEntries(Object.entries(current.articles).sort(([a], [b]) => a.localeCompare(b)));
  const manifest: Manifest = { manifest: FORMAT, generator: meta.generator, browser: meta.browser ?? current.browser, articles };
  await writeFileAtomic(path.join(outDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 1)}\n`);
}

/** The manifest's key for an article file: its path relative to the output folder, with forward slashes. */
export function sourceKey(outDir: string, file: string): string {
  return path.relative(path.resolve(outDir), path.resolve(file)).split(path.sep).join('/');
}

export function sourcePath(outDir: string, key: string): string {
  return path.resolve(outDir, ...key.split('/'));
}

export function filesOf(entry: ManifestArticle): string[] {
  return [...entry.files, ...Object.values(entry.documents).flatMap((d) => d?.files ?? [])];
}

/**
 * Deletes the files an entry lists from out/<slug>/, then the folder if nothing else is
 * left in it. Files trialbrief did not write (someone's notes, another tool's output)
 * stay, and so does their folder.
 */
export async function removeOutputs(outDir: string, entry: ManifestArticle): Promise<void> {
  // Never a path outside out/<slug>/.
  if (!entry.slug || entry.slug === '.' || entry.slug === '..' || /[/\\]/.test(entry.slug)) return;
  const dir = path.join(outDir, entry.slug);
  await Promise.all(
    filesOf(entry)
      .filter((name) => !name.includes('/') && !name.includes('\\') && !name.startsWith('.'))
      .map((name) => rm(path.join(dir, name), { force: true })),
  );
  await rmdir(dir).catch(() => {}); // not empty, or already gone: leave it
}
