// Flattens the mdast into text blocks (headings, paragraphs, list items, table cells),
// keeping a map from every character of a block's text back to its source offset, so
// sentences and facts found in the text can name their line and column.
import type { Nodes, Root } from 'mdast';
import { closesElement, htmlTextBlocks, strippedElementOpened } from './raw-html.js';

export type BlockKind = 'heading' | 'paragraph' | 'cell' | 'end-marker';

export interface Block {
  kind: BlockKind;
  /** The block's visible text (markup removed), as one string. */
  text: string;
  /** offsets[i] is the source offset of text[i]. */
  offsets: number[];
  /** Inside a blockquote: quoted material in Markdown articles. */
  quoted: boolean;
  /** Emphasised spans (italics), as [start, end) indexes into text: journals are often set in italics. */
  emphasis: [number, number][];
}

export function collectBlocks(tree: Root, source: string): Block[] {
  const blocks: Block[] = [];
  const visit = (node: Nodes, quoted: boolean): void => {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'tableCell': {
        const block = flatten(node, node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'cell' : 'paragraph', quoted);
        if (block.text.trim() !== '') blocks.push(block);
        else if (node.type === 'heading' && isEndMarker(node, source)) {
          // Point the marker at its own line, so the diagnostic names the right place.
          const at = source.indexOf('###', node.position?.start.offset ?? 0);
          blocks.push({ ...block, kind: 'end-marker', text: '###', offsets: [at, at + 1, at + 2] });
        }
        return;
      }
      case 'html':
        // Raw HTML: sanitised, and only its visible text read (raw-html.ts).
        for (const block of htmlTextBlocks(node)) blocks.push({ ...block, quoted: quoted || block.quoted, emphasis: [] });
        return;
      case 'code':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes, quoted || node.type === 'blockquote');
    }
  };
  visit(tree, false);
  return blocks;
}

/** "###" on a line of its own closes a press release; remark reads it as an empty heading. */
function isEndMarker(node: Nodes, source: string): boolean {
  const { start, end } = node.position ?? {};
  return source.slice(start?.offset, end?.offset).trim() === '###';
}

function flatten(node: Nodes, kind: BlockKind, quoted: boolean): Block {
  const block: Block = { kind, text: '', offsets: [], quoted, emphasis: [] };
  // Inside an inline <script>, <style>, <iframe> …: skipped up to its closing tag.
  let skipping: string | null = null;
  const walk = (current: Nodes): void => {
    if (skipping !== null) {
      if (current.type === 'html' && closesElement(current.value, skipping)) skipping = null;
      return;
    }
    if (current.type === 'html') {
      skipping = strippedElementOpened(current.value);
      return;
    }
    if (current.type === 'text' || current.type === 'inlineCode') {
      const start = current.position?.start.offset ?? block.offsets.at(-1) ?? 0;
      const sourceLength = (current.position?.end.offset ?? start) - start;
      // Escapes and entities make a node's value shorter than its source; map evenly.
      const exact = sourceLength === current.value.length;
      for (let i = 0; i < current.value.length; i++) {
        const char = current.value[i]!;
        block.text += char === '\n' ? ' ' : char;
        block.offsets.push(start + (exact ? i : Math.min(i, Math.max(0, sourceLength - 1))));
      }
      return;
    }
    if (current.type === 'break') {
      block.text += ' ';
      block.offsets.push(current.position?.start.offset ?? block.offsets.at(-1) ?? 0);
      return;
    }
    if (current.type === 'image' || current.type === 'imageReference') return;
    if ('children' in current) {
      const from = block.text.length;
      for (const child of current.children) walk(child as Nodes);
      if (current.type === 'emphasis') block.emphasis.push([from, block.text.length]);
    }
  };
  walk(node);
  return block;
}
