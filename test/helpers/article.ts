// Reads an article through the pure core (no browser) for unit tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { decodeArticle } from '../../src/article/load.js';
import { parseArticle } from '../../src/article/parse.js';
import { extractFacts } from '../../src/article/extract.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The development corpus, copied from shared/corpus so tests run on any clone. */
export const CORPUS = path.join(ROOT, 'test/fixtures/corpus');
export const ZIMISLECEL_TXT = path.join(CORPUS, '00-zimislecel-islet-cells-type-1-diabetes.txt');
export const ZIMISLECEL_MD = path.join(ROOT, 'content/zimislecel-islet-cells-type-1-diabetes.md');

/** Facts from text, as if it were a file of the given name. */
export function factsFrom(text: string, name = 'article.md') {
  const file = new VFile({ path: name });
  file.value = decodeArticle(file, new TextEncoder().encode(text));
  return { file, facts: extractFacts(file, parseArticle(file)) };
}
