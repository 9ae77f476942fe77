// Which files a build reads: the ones named, or every article in content/. Folders
// expand to the articles inside them (not recursively: content/ is flat by design).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_EXTENSIONS } from '../article/load.js';

/**
 * A folder's own documentation ("README.md", "LICENSE.md", "SOURCE.md" …) sits beside the
 * articles in many shared folders; it is never an article, and built as one it printed three
 * documents about the README. A file named on the command line is still read, whatever its name.
 */
const FOLDER_DOCS =
  /^(?:readme|license|licence|changelog|changes|contributing|code_of_conduct|security|source|sources|notice|authors)(?:\.[^.]+)?$/i;

const isArticle = (name: string) =>
  (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase()) && !name.startsWith('.') && !FOLDER_DOCS.test(name);

export async function findArticles(inputs: string[], contentDir = 'content'): Promise<string[]> {
  const targets = inputs.length > 0 ? inputs : [contentDir];
  const found: string[] = [];
  for (const target of targets) {
    const info = await stat(target).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(target)).filter(isArticle).sort();
      found.push(...names.map((name) => path.join(target, name)));
    } else found.push(target); // missing files are reported by the loader, with the name
  }
  return [...new Set(found)];
}
