// Markdown (or pasted plain text) to mdast, plus the validated front matter. Pure: the
// VFile's text in, a tree out; positions in the tree are the file's own lines/columns.
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { FrontMatter, parseFrontMatter } from './front-matter.js';
import { rule } from '../shared/rules.js';
import { restorePositions } from './positions.js';

export interface ParsedArticle {
  tree: Root;
  frontMatter: FrontMatter;
  /** True for pasted plain text: title on the first line, one paragraph per line. */
  plainText: boolean;
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Deeper nesting than this is not an article but an attempt to exhaust the parser. */
const MAX_DEPTH = 40;
/** A news story's table has a few dozen rows; thousands make every later stage crawl. */
export const MAX_TABLE_ROWS = 500;

export function parseArticle(file: VFile): ParsedArticle {
  const text = String(file.value);
  const plainText = file.extname === '.txt';
  const tree = processor.parse(text) as Root;
  checkShape(file, tree);
  // After the depth check: placing nodes walks the tree recursively.
  restorePositions(tree, text);

  let frontMatter: FrontMatter = FrontMatter.parse({});
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    frontMatter = parseFrontMatter(file, first.value, (first.position?.start.line ?? 1) + 1);
    tree.children.shift();
  }
  if (plainText) adaptPlainText(tree);
  return { tree, frontMatter, plainText };
}

/**
 * Pasted text has one paragraph per line and the headline on the first line. Markdown
 * would join adjacent lines into one paragraph (and swallow junk lines such as
 * "Advertisement" into the story), so split paragraphs at their line breaks.
 */
function adaptPlainText(tree: Root): void {
  tree.children = tree.children.flatMap((node): RootContent[] => (node.type === 'paragraph' ? splitParagraph(node) : [node]));
  const first = tree.children[0];
  if (first?.type === 'paragraph') {
    const heading: Heading = { type: 'heading', depth: 1, children: first.children, position: first.position };
    tree.children[0] = heading;
  }
}

function splitParagraph(paragraph: Paragraph): Paragraph[] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of paragraph.children) {
    if (child.type === 'break') {
      lines.push([]);
      continue;
    }
    if (child.type !== 'text' || !child.value.includes('\n') || !child.position) {
      lines.at(-1)!.push(child);
      continue;
    }
    const start = child.position.start;
    const pieces = child.value.split('\n');
    let offset = start.offset ?? 0;
    pieces.forEach((piece, index) => {
      if (index > 0) lines.push([]);
      const line = start.line + index;
      const column = index === 0 ? start.column : 1;
      // remark drops a continuation line's indentation; assume none in pasted text.
      if (piece !== '')
        lines.at(-1)!.push({
          type: 'text',
          value: piece,
          position: {
            start: { line, column, offset },
            end: { line, column: column + piece.length, offset: offset + piece.length },
          },
        });
      offset += piece.length + 1;
    });
  }
  return lines
    .filter((children) => children.length > 0)
    .map((children) => ({
      type: 'paragraph',
      children,
      position: { start: children[0]!.position!.start, end: children.at(-1)!.position!.end },
    }));
}

/** Refuses pathological Markdown: nesting too deep, tables too long. */
function checkShape(file: VFile, tree: Root): void {
  const stack: { node: Root | RootContent; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_DEPTH)
      file.fail(`Markdown nested more than ${MAX_DEPTH} levels deep`, { place: node.position?.start, ...rule('too-deep') });
    if (node.type === 'table' && node.children.length > MAX_TABLE_ROWS + 1)
      file.fail(`Table has ${node.children.length - 1} rows; the limit is ${MAX_TABLE_ROWS}`, {
        place: node.position?.start,
        ...rule('table-too-long'),
      });
    if ('children' in node) for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
}
