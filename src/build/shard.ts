// `--shard I/N`: N CI jobs share the articles. An article's part depends on its slug
// alone (a hash of it, modulo N), so parts are disjoint, together cover everything, and
// adding or removing an article never moves another one to a different part (each
// shard's cache stays useful).
import { createHash } from 'node:crypto';
import path from 'node:path';

export interface Shard {
  /** 1-based: 1 … total. */
  index: number;
  total: number;
}

export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new RangeError(`--shard: expected I/N with 1 ≤ I ≤ N (e.g. 1/3), got "${value}"`);
  }
  return { index, total };
}

/** The part (1 … total) an article belongs to. */
export function shardOf(slug: string, total: number): number {
  if (total <= 1) return 1;
  const digest = createHash('sha256').update(slug).digest();
  return (digest.readUInt32BE(0) % total) + 1;
}

export function inShard(slug: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(slug, shard.total) === shard.index;
}

/**
 * An article's slug as the build will name its folder (front matter `slug:`, else the
 * file name), read from the raw bytes without parsing the article. Any file that the
 * build would reject still gets a slug, from its name, so it lands in exactly one part.
 */
export async function quickSlug(file: string, bytes: Uint8Array): Promise<string> {
  const fromName = path.basename(file, path.extname(file));
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const block = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)?.[1];
  if (!block || !/^slug[ \t]*:/m.test(block)) return fromName;
  try {
    const { parse } = await import('yaml');
    const data = parse(block) as { slug?: unknown } | null;
    return typeof data?.slug === 'string' && data.slug !== '' ? data.slug : fromName;
  } catch {
    return fromName;
  }
}
