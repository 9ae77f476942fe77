// load → parse → extract for one file: the article half of the pipeline, shared by
// `build`, `extract` and `eval`. Extraction (and the NLP it loads) is imported only
// when an article is actually read.
import type { VFile } from 'vfile';
import { checkImages } from './images.js';
import { loadArticle } from './load.js';
import { parseArticle, type ParsedArticle } from './parse.js';
import type { Facts } from './schema.js';

export interface ReadArticle {
  file: VFile;
  parsed: ParsedArticle;
  facts: Facts;
}

/** The article file at `source`, or one already loaded (articleFromText). */
export async function readArticle(source: string | VFile): Promise<ReadArticle> {
  const file = typeof source === 'string' ? await loadArticle(source) : source;
  const parsed = parseArticle(file);
  await checkImages(file, parsed.tree);
  const { extractFacts } = await import('./extract.js');
  return { file, parsed, facts: extractFacts(file, parsed) };
}
