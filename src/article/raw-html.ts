// Raw HTML inside a Markdown article (pasted from a web page, or hostile). Articles are
// untrusted, so their HTML never reaches a document page: a block of HTML is parsed
// (hast-util-from-html), cleaned by hast-util-sanitize with GitHub's schema plus a longer
// strip list, and only the visible text of what is left is read, like any paragraph.
// Inline tags (<b>, <span>) carry no text of their own; the text between the tags of an
// element that must not be read (script, style, iframe …) is skipped by blocks.ts, using
// the same strip list.
import type { ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { Html } from 'mdast';

/** Elements removed with everything inside them: code, styles, embedded documents, forms. */
export const STRIPPED_ELEMENTS: readonly string[] = [
  ...(defaultSchema.strip ?? ['script']),
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'textarea',
  'select',
  'svg',
  'math',
  'title',
  'head',
  'xmp',
  'plaintext',
];

const SCHEMA: Schema = { ...defaultSchema, strip: [...STRIPPED_ELEMENTS] };

/** Elements that make a block of their own; any other element is read as part of its block. */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export interface HtmlTextBlock {
  kind: 'heading' | 'paragraph' | 'cell';
  quoted: boolean;
  /** The visible text, white space collapsed. */
  text: string;
  /** offsets[i]: the source offset of text[i] in the article. */
  offsets: number[];
}

/** The readable text of a block of raw HTML, one entry per block element, sanitised. */
export function htmlTextBlocks(node: Html): HtmlTextBlock[] {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start + node.value.length;
  // In a blockquote or list, the node's value has lost its prefixes ("> "); offsets then
  // drift a little inside the node, so they are kept within it.
  const toSource = (offset: number) => Math.min(start + offset, Math.max(start, end - 1));
  const clean = sanitize(fromHtml(node.value, { fragment: true }), SCHEMA) as HastRoot;

  const blocks: HtmlTextBlock[] = [];
  let current: HtmlTextBlock = { kind: 'paragraph', quoted: false, text: '', offsets: [] };
  const flush = (next: Pick<HtmlTextBlock, 'kind' | 'quoted'>) => {
    const { text, offsets } = current;
    // White space is already collapsed to single spaces; trim the ends.
    const from = text.length - text.trimStart().length;
    const to = text.trimEnd().length;
    if (to > from) blocks.push({ ...current, text: text.slice(from, to), offsets: offsets.slice(from, to) });
    current = { ...next, text: '', offsets: [] };
  };
  const append = (char: string, offset: number) => {
    const space = /\s/.test(char);
    if (space && (current.text === '' || current.text.endsWith(' '))) return;
    current.text += space ? ' ' : char;
    current.offsets.push(toSource(offset));
  };

  const walk = (children: ElementContent[], quoted: boolean): void => {
    for (const child of children) {
      if (child.type === 'text') {
        const base = child.position?.start.offset ?? 0;
        for (let i = 0; i < child.value.length; i++) append(child.value[i]!, base + i);
      } else if (child.type === 'element') {
        const name = child.tagName;
        if (name === 'br') append(' ', child.position?.start.offset ?? 0);
        else if (!BLOCK_ELEMENTS.has(name)) walk(child.children, quoted);
        else {
          const inQuote = quoted || name === 'blockquote';
          flush({ kind: /^h[1-6]$/.test(name) ? 'heading' : name === 'td' || name === 'th' ? 'cell' : 'paragraph', quoted: inQuote });
          walk(child.children, inQuote);
          flush({ kind: 'paragraph', quoted });
        }
      }
    }
  };

  walk(clean.children as ElementContent[], false);
  flush({ kind: 'paragraph', quoted: false });
  return blocks;
}

const STRIPPED_OPEN = new RegExp(`^<(${STRIPPED_ELEMENTS.join('|')})(?=[\\s/>])`, 'i');

/**
 * For inline HTML in a paragraph: the element name when this tag opens an element whose
 * content must be skipped (`<script>` … `</script>`), else null. A self-closing tag opens nothing.
 */
export function strippedElementOpened(tag: string): string | null {
  const match = STRIPPED_OPEN.exec(tag.trim());
  if (!match || /\/>\s*$/.test(tag) || new RegExp(`</${match[1]}\\s*>`, 'i').test(tag)) return null;
  return match[1]!.toLowerCase();
}

/** True when this inline HTML closes the named element. */
export function closesElement(tag: string, name: string): boolean {
  return new RegExp(`^</${name}\\s*>$`, 'i').test(tag.trim());
}
