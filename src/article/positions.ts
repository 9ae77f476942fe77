// remark-gfm's literal autolinks are made after parsing by find-and-replace, and the
// nodes it makes for a URL glued to a word ("visithttp://www.example.com") carry no
// position. Every later stage maps text back to source lines, so each node must have
// one: a node without is placed where its text sits between its positioned neighbours.
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Point } from 'unist';

/** Gives every node of the tree a position inside its parent's span of the source. */
export function restorePositions(tree: Root, source: string): void {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const pointAt = (offset: number): Point => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1, offset };
  };
  tree.position ??= { start: pointAt(0), end: pointAt(source.length) };

  const place = (parent: Nodes): void => {
    if (!('children' in parent)) return;
    const children = parent.children as Nodes[];
    let cursor = parent.position?.start.offset ?? 0;
    const parentEnd = parent.position?.end.offset ?? source.length;
    children.forEach((child, index) => {
      if (!child.position) {
        const next = children.slice(index + 1).find((sibling) => sibling.position)?.position?.start.offset;
        const limit = Math.max(cursor, next ?? parentEnd);
        const text = toString(child);
        const found = text === '' ? -1 : source.indexOf(text, cursor);
        const start = found !== -1 && found + text.length <= limit ? found : cursor;
        const end = Math.min(start + text.length, limit);
        child.position = { start: pointAt(start), end: pointAt(Math.max(start, end)) };
      }
      place(child);
      cursor = Math.max(cursor, child.position.end.offset ?? cursor);
    });
  };
  place(tree);
}
