import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../src/article/blocks.js';
import { cleanBlocks } from '../../src/article/clean.js';
import { decodeArticle } from '../../src/article/load.js';
import { parseArticle } from '../../src/article/parse.js';
import { splitSentences } from '../../src/article/sentences.js';
import { ZIMISLECEL_MD, ZIMISLECEL_TXT } from '../helpers/article.js';

function sentencesOf(filePath: string) {
  const text = readFileSync(filePath, 'utf8');
  const file = new VFile({ path: filePath, value: text });
  const parsed = parseArticle(file);
  const cleaned = cleanBlocks(collectBlocks(parsed.tree, text));
  return { text, parsed, cleaned, sentences: splitSentences(cleaned.blocks, text) };
}

describe('parse', () => {
  it('reads pasted plain text: title on line 1, one paragraph per line', () => {
    const { sentences, text } = sentencesOf(ZIMISLECEL_TXT);
    expect(sentences[0]!.text).toBe('Breakthrough in Diabetes Treatment: Lab-Grown Cells Restore Insulin Production');
    expect(sentences[0]!.block.kind).toBe('heading');
    const lines = text.split('\n');
    // Every sentence's position points at its own first characters in the file.
    for (const sentence of sentences) {
      const line = lines[sentence.line - 1]!;
      const atColumn = line.slice(sentence.column - 1);
      expect(atColumn.replace(/\*/g, '').startsWith(sentence.text.slice(0, 20))).toBe(true);
    }
  });

  it('keeps Dr., initials and M.D. inside sentences', () => {
    const { sentences } = sentencesOf(ZIMISLECEL_TXT);
    const quote = sentences.find((s) => s.text.startsWith('According to Dr. Nihal Thomas'));
    expect(quote?.text).toMatch(/Vellore, the results are encouraging\.$/);
  });

  it('reads front matter from Markdown and keeps body positions', () => {
    const { parsed, sentences, text } = sentencesOf(ZIMISLECEL_MD);
    expect(parsed.frontMatter.title).toMatch(/^Breakthrough in Diabetes Treatment/);
    expect(parsed.frontMatter.language).toBe('en');
    const ten = sentences.find((s) => s.text.startsWith('Ten participants'))!;
    expect(text.split('\n')[ten.line - 1]!.slice(ten.column - 1)).toMatch(/^Ten participants ceased/);
  });

  it('removes page junk and reports why', () => {
    const { cleaned } = sentencesOf(ZIMISLECEL_TXT);
    expect(cleaned.removed.map((r) => r.block.text)).toEqual(['Advertisement', 'Tags', 'Advertisement']);
    expect(cleaned.blocks.some((b) => /^(Advertisement|Tags)$/.test(b.text))).toBe(false);
  });

  it('keeps release lines as metadata and drops everything after ###', () => {
    const text =
      'FDA approves X\n\nFor Immediate Release: April 28, 2017\n\nThe FDA approved X for Y.\n\n###\n\nInquiries Media: Jane Doe 301-796-0000\n\nRelated Information\n';
    const { cleaned } = (() => {
      const file = new VFile({ path: 'x.txt', value: text });
      const parsed = parseArticle(file);
      return { cleaned: cleanBlocks(collectBlocks(parsed.tree, text)) };
    })();
    expect(cleaned.release.date).toBe('April 28, 2017');
    expect(cleaned.release.contact).toBe('Media: Jane Doe 301-796-0000');
    expect(cleaned.blocks.map((b) => b.text)).toEqual(['FDA approves X', 'The FDA approved X for Y.']);
  });

  it('gives a position to the nodes remark-gfm makes for a URL glued to a word (issue #12: a TypeError before)', () => {
    for (const path of ['glued.txt', 'glued.md']) {
      const text = 'Title here\n\nplease visithttp://www.example.com today, or mail info@example.org.\nSee www.example.net.[^1]\n';
      const { sentences } = (() => {
        const file = new VFile({ path, value: text });
        const parsed = parseArticle(file);
        return { sentences: splitSentences(cleanBlocks(collectBlocks(parsed.tree, text)).blocks, text) };
      })();
      const visit = sentences.find((s) => s.text.startsWith('please visit'))!;
      expect(visit.text).toMatch(/^please visithttp:\/\/www\.example\.com today/);
      expect([visit.line, visit.column]).toEqual([3, 1]);
      const lines = text.split('\n');
      for (const sentence of sentences) expect(lines[sentence.line - 1]!.slice(sentence.column - 1)).toMatch(/^\S/);
    }
  });

  it('refuses binary, non-UTF-8 and empty files with a position', () => {
    const file = new VFile({ path: 'bad.md' });
    expect(() => decodeArticle(file, new Uint8Array([0x61, 0x0a, 0x62, 0x00]))).toThrow(/binary data/);
    expect(() => decodeArticle(file, new Uint8Array([0x61, 0x0a, 0xff, 0xfe]))).toThrow(/Not UTF-8/);
    expect(() => decodeArticle(file, new TextEncoder().encode('  \n\n'))).toThrow(/Empty article/);
    try {
      decodeArticle(file, new Uint8Array([0x61, 0x0a, 0x62, 0x00]));
    } catch (error) {
      expect((error as { line: number }).line).toBe(2);
    }
  });

  it('names the line and key of bad front matter', () => {
    const bad = (yaml: string) => () => parseArticle(new VFile({ path: 'a.md', value: `---\n${yaml}\n---\n\nBody.` }));
    expect(bad('title: "x\nlanguage: [')).toThrow(/not valid YAML/);
    expect(bad('title: X\ntitel: Y')).toThrow(/Unknown front-matter key `titel`; did you mean `title`\?/);
    try {
      bad('title: X\nlanguage: en\ntitel: Y')();
    } catch (error) {
      expect((error as { line: number }).line).toBe(4);
    }
  });
});
