// A folder of articles often holds its own README or licence: building the folder must not
// print three documents about the README (review 6 found out/README/ from the corpus folder).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticles } from '../../src/build/inputs.js';

describe('findArticles', () => {
  it("skips a folder's README, LICENSE and SOURCE files but reads them when named", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'trialbrief-inputs-'));
    for (const name of ['story.md', 'news.txt', 'README.md', 'LICENSE.txt', 'SOURCE.md', 'readme-not.md'])
      await writeFile(path.join(dir, name), 'Headline\n\nBody.\n');
    const found = (await findArticles([dir])).map((file) => path.basename(file));
    expect(found).toEqual(['news.txt', 'readme-not.md', 'story.md']);
    expect(await findArticles([path.join(dir, 'README.md')])).toEqual([path.join(dir, 'README.md')]);
  });
});
