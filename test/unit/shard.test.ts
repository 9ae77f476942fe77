// --shard I/N: disjoint parts that together cover every article, stable under additions,
// and the slug read from raw bytes the way the build names the folder.
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, quickSlug, shardOf } from '../../src/build/shard.js';

const slugs = Array.from({ length: 500 }, (_, i) => `article-${i}-${(i * 7919).toString(36)}`);
const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseShard', () => {
  it('reads I/N, 1-based', () => {
    expect(parseShard('1/3')).toEqual({ index: 1, total: 3 });
    expect(parseShard(' 3 / 3 ')).toEqual({ index: 3, total: 3 });
    expect(parseShard('1/1')).toEqual({ index: 1, total: 1 });
  });

  it.each(['0/3', '4/3', '1/0', '3', 'a/b', '1/3/5', '-1/3', ''])('refuses %j', (value) => {
    expect(() => parseShard(value)).toThrow(/--shard: expected I\/N/);
  });
});

describe('shardOf', () => {
  it.each([1, 2, 3, 4, 7])('splits articles into %i disjoint parts that cover them all', (total) => {
    const parts = Array.from({ length: total }, (_, i) => slugs.filter((slug) => inShard(slug, { index: i + 1, total })));
    expect(parts.reduce((n, part) => n + part.length, 0)).toBe(slugs.length);
    expect(new Set(parts.flat()).size).toBe(slugs.length);
    for (const part of parts) expect(part.length, `part sizes for ${total}`).toBeGreaterThan(slugs.length / total / 2);
  });

  it('depends on the slug alone: stable across runs and when other articles come and go', () => {
    const before = slugs.map((slug) => shardOf(slug, 3));
    const again = [...slugs]
      .reverse()
      .map((slug) => shardOf(slug, 3))
      .reverse();
    expect(again).toEqual(before);
    expect(shardOf('zimislecel-islet-cells-type-1-diabetes', 3)).toBe(shardOf('zimislecel-islet-cells-type-1-diabetes', 3));
  });

  it('puts everything in part 1 of 1', () => {
    expect(slugs.every((slug) => shardOf(slug, 1) === 1)).toBe(true);
    expect(inShard('anything', undefined)).toBe(true);
  });
});

describe('quickSlug', () => {
  it('is the file name without extension when the front matter names no slug', async () => {
    expect(await quickSlug('content/my-story.md', bytes('---\ntitle: "A"\n---\n\nText.'))).toBe('my-story');
    expect(await quickSlug('pasted/Story.txt', bytes('A title\n\nText.'))).toBe('Story');
  });

  it('is the front matter’s slug when there is one', async () => {
    expect(await quickSlug('content/a.md', bytes('---\ntitle: "A"\nslug: "the-slug"\n---\n\nText.'))).toBe('the-slug');
    expect(await quickSlug('content/a.md', bytes('\uFEFF---\r\nslug: bare-slug\r\n---\r\n\r\nText.'))).toBe('bare-slug');
  });

  it('falls back to the file name for front matter that does not parse or is not at the top', async () => {
    expect(await quickSlug('content/a.md', bytes('---\nslug: [unclosed\n---\n'))).toBe('a');
    expect(await quickSlug('content/a.md', bytes('Text first.\n\n---\nslug: no\n---\n'))).toBe('a');
    expect(await quickSlug('content/a.md', new Uint8Array([0x89, 0x50, 0x00]))).toBe('a');
  });
});
