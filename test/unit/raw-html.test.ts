// Raw HTML in Markdown: sanitised, and only its visible text read, with source positions.
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../src/article/blocks.js';
import { parseArticle } from '../../src/article/parse.js';
import { VFile } from 'vfile';

function blocksOf(markdown: string) {
  const file = new VFile({ path: 'a.md', value: markdown });
  return collectBlocks(parseArticle(file).tree, markdown);
}

describe('raw HTML in an article', () => {
  it('reads the text of block HTML, one block per element, and drops scripts, styles and frames with their content', () => {
    const source =
      '# T\n\n<div><p>First <b>bold</b> words.</p>\n<script>alert("x")</script><style>p{}</style>\n<h2>A heading</h2><iframe src="http://x">fallback</iframe><p onclick="y()">Second.</p></div>\n';
    const blocks = blocksOf(source);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'T'],
      ['paragraph', 'First bold words.'],
      ['heading', 'A heading'],
      ['paragraph', 'Second.'],
    ]);
    // Every character maps back to the same character in the source.
    for (const block of blocks.slice(1))
      for (let i = 0; i < block.text.length; i++) if (block.text[i] !== ' ') expect(source[block.offsets[i]!]).toBe(block.text[i]);
  });

  it('skips the content of inline script and style elements in a paragraph, keeps the rest', () => {
    const [, paragraph] = blocksOf('# T\n\nDoctors said <script>alert("x")</script> the pill <b>may</b> help <style>b{}</style>some.\n');
    expect(paragraph!.text.replace(/\s+/g, ' ')).toBe('Doctors said the pill may help some.');
  });

  it('keeps blockquoted HTML quoted', () => {
    const blocks = blocksOf('# T\n\n> <p>“We are pleased,” she said.</p>\n');
    expect(blocks[1]).toMatchObject({ text: '“We are pleased,” she said.', quoted: true });
  });
});
