// Which documents a build has to make: each article's bytes are hashed and combined
// with the fingerprint of everything else (documentKey); a document whose key matches
// the manifest is up to date. Also finds the articles whose source file is gone, whose
// outputs the build then removes. Reads raw bytes only: no parsing, no NLP, no browser.
import { readFile, stat } from 'node:fs/promises';
import type { Audience } from '../audiences/registry.js';
import { documentKey, hashBytes, type DocumentSettings, type Fingerprint } from './fingerprint.js';
import { sourceKey, sourcePath, type Manifest, type ManifestArticle } from './manifest.js';
import { inShard, quickSlug, type Shard } from './shard.js';

export interface PlannedArticle {
  /** The path as given (messages name it so). */
  file: string;
  /** Its key in the manifest. */
  key: string;
  /** sha256 of its bytes; null when it could not be read (the build reports why). */
  source: string | null;
  shardSlug: string;
  previous: ManifestArticle | undefined;
  /** documentKey() of each requested document. */
  keys: Partial<Record<Audience, string>>;
  /** The requested documents that have to be built. */
  stale: Audience[];
}

export interface BuildPlan {
  /** Articles with at least one document to build (or that could not be read). */
  work: PlannedArticle[];
  upToDate: PlannedArticle[];
  /** Articles left to other shards. */
  otherShards: number;
  /** Manifest entries whose source file no longer exists. */
  removed: { key: string; entry: ManifestArticle }[];
}

export interface PlanOptions {
  outDir: string;
  manifest: Manifest;
  fingerprint: Fingerprint;
  audiences: Audience[];
  settings: DocumentSettings;
  force?: boolean;
  shard?: Shard;
}

export async function planBuild(files: string[], options: PlanOptions): Promise<BuildPlan> {
  const { manifest, outDir } = options;
  const planned = await mapLimit(
    files,
    64, // open files at once: a content folder of thousands must not run out of descriptors
    async (file): Promise<PlannedArticle> => {
      const key = sourceKey(outDir, file);
      const previous = manifest.articles[key];
      const bytes = await readFile(file).catch(() => null);
      const source = bytes ? hashBytes(bytes) : null;
      // An unchanged article keeps its recorded shard slug: no need to look at its front matter.
      const shardSlug =
        previous && source && previous.source === source ? previous.shardSlug : await quickSlug(file, bytes ?? new Uint8Array());
      const keys: Partial<Record<Audience, string>> = {};
      const stale: Audience[] = [];
      for (const audience of options.audiences) {
        keys[audience] = source ? documentKey(options.fingerprint, audience, source, options.settings) : '';
        if (options.force || !source || previous?.source !== source || previous.documents[audience]?.key !== keys[audience])
          stale.push(audience);
      }
      return { file, key, source, shardSlug, previous, keys, stale };
    },
  );
  const mine = planned.filter((article) => inShard(article.shardSlug, options.shard));

  const named = new Set(planned.map((article) => article.key));
  const removed: BuildPlan['removed'] = [];
  await Promise.all(
    Object.entries(manifest.articles).map(async ([key, entry]) => {
      // An article named in this build is never "removed": a missing one fails with a message instead.
      if (named.has(key)) return;
      const gone = await stat(sourcePath(outDir, key)).then(
        () => false,
        (error: NodeJS.ErrnoException) => error.code === 'ENOENT' || error.code === 'ENOTDIR',
      );
      if (gone) removed.push({ key, entry });
    }),
  );
  removed.sort((a, b) => a.key.localeCompare(b.key));

  return {
    work: mine.filter((article) => article.stale.length > 0),
    upToDate: mine.filter((article) => article.stale.length === 0),
    otherShards: planned.length - mine.length,
    removed,
  };
}

/** fn over items, at most `limit` at a time; results in the items' order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
