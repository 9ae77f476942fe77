// The images an article points at. Documents are made from the article's text and print
// no images of the article's, so nothing is ever fetched or read for one; but a picture
// that is missing, or that points outside the project (`../../etc/passwd`, `file:///…`),
// is a broken or hostile article, and the build says so with the image's position.
// This is the shell's half (it looks at the file system); parse and extract stay pure.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Definition, Image, ImageReference, Root } from 'mdast';
import type { VFile } from 'vfile';
import { rule } from '../shared/rules.js';

export interface ImageCheckOptions {
  /** The project folder: local images must be inside it (default: the working directory). */
  root?: string;
}

interface ImageUse {
  url: string;
  node: Image | ImageReference;
}

export async function checkImages(file: VFile, tree: Root, options: ImageCheckOptions = {}): Promise<void> {
  const uses = imagesIn(tree);
  if (uses.length === 0) return;
  const root = await realpath(path.resolve(options.root ?? process.cwd()));
  const articleDir = path.dirname(path.resolve(file.path));
  for (const { url, node } of uses) {
    const place = node.position?.start;
    const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    if (scheme === 'http' || scheme === 'https' || scheme === 'data') {
      // Never fetched (the documents have no place for the article's pictures): a note only.
      file.info(`Image not fetched: documents print no pictures from the article (${shorten(url)})`, {
        place,
        ...rule('image-not-used'),
      });
      continue;
    }
    let target: string;
    if (scheme === 'file') target = fileURLToPath(url);
    else if (scheme !== undefined && !/^[a-z]$/i.test(scheme))
      file.fail(`Image \`${shorten(url)}\`: a ${scheme}: address is not an image`, { place, ...rule('bad-image') });
    else target = path.resolve(articleDir, decodeURIComponentSafe(url.replace(/[?#].*$/, '')));

    const inside = (p: string) => p === root || p.startsWith(root + path.sep);
    if (!inside(path.resolve(target)))
      file.fail(`Image \`${shorten(url)}\` points outside the project (${root})`, { place, ...rule('image-outside-project') });
    let real: string;
    try {
      real = await realpath(target);
      if (!(await stat(real)).isFile()) file.fail(`Image \`${shorten(url)}\` is not a file`, { place, ...rule('missing-image') });
    } catch (error) {
      if ((error as { fatal?: boolean }).fatal) throw error;
      file.fail(`Image \`${shorten(url)}\` does not exist (looked for ${path.relative(root, target) || target})`, {
        place,
        ...rule('missing-image'),
      });
    }
    // A link inside the project that leads out of it is outside too.
    if (!inside(real))
      file.fail(`Image \`${shorten(url)}\` points outside the project (through a link to ${real})`, {
        place,
        ...rule('image-outside-project'),
      });
  }
}

/** Every image in the tree with its address: inline ones, and references through their definitions. */
function imagesIn(tree: Root): ImageUse[] {
  const definitions = new Map<string, Definition>();
  const uses: ImageUse[] = [];
  const references: ImageReference[] = [];
  const visit = (node: Root | Root['children'][number]): void => {
    if (node.type === 'image') uses.push({ url: node.url, node });
    else if (node.type === 'imageReference') references.push(node);
    else if (node.type === 'definition') definitions.set(node.identifier, node);
    if ('children' in node) for (const child of node.children) visit(child as Root['children'][number]);
  };
  visit(tree);
  for (const reference of references) {
    const definition = definitions.get(reference.identifier);
    if (definition) uses.push({ url: definition.url, node: reference });
  }
  return uses;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function shorten(url: string): string {
  return url.length > 80 ? `${url.slice(0, 77)}…` : url;
}
