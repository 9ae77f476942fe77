// What a build records in out/manifest.json, and the clean-up that goes with it: the
// outputs of an article whose source is gone, or whose slug changed, are removed (only
// the files the manifest lists, and only when no other article now uses that slug).
import path from 'node:path';
import type { BuiltArticle } from '../pipeline.js';
import { removeOutputs, saveManifest, type Manifest, type ManifestArticle, type ManifestDocument } from './manifest.js';
import type { PlannedArticle } from './plan.js';

export interface BuildRecord {
  /** An article's source file is gone: forget it, and remove its outputs unless another article has its slug. */
  removed(key: string, entry: ManifestArticle): Promise<void>;
  /** An article was built: its entry lists the documents built now plus the ones kept from before. */
  built(task: PlannedArticle, article: BuiltArticle): Promise<void>;
  /** Writes the manifest, if anything changed. */
  save(meta: { generator: string; browser: string | null }): Promise<void>;
}

export function startRecord(outDir: string, manifest: Manifest): BuildRecord {
  const changes = new Map<string, ManifestArticle | null>();
  /** The slug each source key has now: a folder is removed only when no article uses it any more. */
  const live = new Map<string, string>(Object.entries(manifest.articles).map(([key, entry]) => [key, entry.slug]));
  const unused = (slug: string) => ![...live.values()].includes(slug);

  return {
    async removed(key, entry) {
      live.delete(key);
      if (unused(entry.slug)) await removeOutputs(outDir, entry);
      changes.set(key, null);
    },

    async built(task, article) {
      const { previous } = task;
      changes.set(task.key, manifestEntry(task, article));
      // A new slug (front matter `slug:` edited): the old folder's files go.
      if (previous && previous.slug !== article.slug) {
        live.set(task.key, article.slug);
        if (unused(previous.slug)) await removeOutputs(outDir, previous);
      }
    },

    async save(meta) {
      if (changes.size > 0) await saveManifest(outDir, changes, meta);
    },
  };
}

function manifestEntry(task: PlannedArticle, article: BuiltArticle): ManifestArticle {
  const { previous } = task;
  const documents: ManifestArticle['documents'] = previous?.slug === article.slug ? { ...previous.documents } : {};
  for (const document of article.documents) {
    // Files an earlier build wrote in another format stay listed: they are still ours to remove.
    const files = new Set([...(documents[document.audience]?.files ?? []), ...document.files.map((f) => path.basename(f))]);
    documents[document.audience] = {
      key: task.keys[document.audience]!,
      files: [...files].sort(),
      pages: document.pages,
    } satisfies ManifestDocument;
  }
  return {
    slug: article.slug,
    shardSlug: task.shardSlug,
    source: task.source!,
    documents,
    files: ['facts.json', 'report.json'],
    warnings: article.warnings,
    violations: violations(article),
  };
}

/** The failed checks of an article's documents (rebuilt and kept). */
export function violations(article: { reports: { violations: unknown[] }[] }): number {
  return article.reports.reduce((n, r) => n + r.violations.length, 0);
}
