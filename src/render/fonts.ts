// Fonts come from npm packages (@fontsource/*) and are inlined as data: URLs, so a page
// needs no request to get them, prints the same on every machine, and embeds them in
// the PDF. Noto Sans Symbols 2 is the fallback for symbols, Noto Sans Math for
// mathematical operators and arrows.
//
// Each page carries only what it can use. fontsource splits every face into files by
// script, each with its unicode-range (latin, latin-ext, greek …); a page gets the files
// whose range holds a character of the page, and nothing else. The symbol font's files
// (a 380 KB woff2 for "symbols" alone, most of the old 880 KB of font CSS a page carried)
// are subset with HarfBuzz's hb-subset to exactly the page's characters in their range: a few KB.
// The text faces' files are kept whole (12–22 KB of woff2 each): their subsets measured
// no faster to print and cost CPU on every document. The unicode-range rules themselves
// are unchanged, so every character is drawn by the same face as before.
//
// Subsets are cached in memory by the hash of the font file and the code points, so a
// build subsets each distinct set of symbols once per thread; HarfBuzz (hb-subset.ts) is
// loaded only when a page needs a subset that is not cached.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { subsetSfnt } from './hb-subset.js';

const require = createRequire(import.meta.url);

interface FontPackage {
  family: string;
  packageName: string;
  faces: string[]; // fontsource CSS files: "400", "400-italic", "700"
  subsets?: string[];
  /** Subset its files to each page's characters (the big symbol font); otherwise files are inlined whole. */
  subsetGlyphs?: boolean;
  /**
   * The unicode-range its files are used for, in place of the one fontsource's CSS gives:
   * for a fallback whose file claims more (Latin) than it should stand in for.
   */
  unicodeRange?: string;
}

export const FONT_PACKAGES: FontPackage[] = [
  { family: 'Atkinson Hyperlegible Next', packageName: '@fontsource/atkinson-hyperlegible-next', faces: ['400', '400-italic', '700'] },
  { family: 'Source Serif 4', packageName: '@fontsource/source-serif-4', faces: ['400', '400-italic', '600', '700'] },
  // The symbol fallback: check boxes, bullets, shapes, some arrows. Its Latin subsets are
  // left out so it never stands in for a letter the text faces have. Its "math" file's
  // unicode-range claims U+2190-22FF, but its cmap lacks most of it (→ ← ≥ ≤ ≠ ≈ ∓ …).
  {
    family: 'Noto Sans Symbols 2',
    packageName: '@fontsource/noto-sans-symbols-2',
    faces: ['400'],
    subsets: ['math', 'symbols'],
    subsetGlyphs: true,
  },
  // The fallback for what none of the above has: ≥ ≤ ≠ ≈ ∓ √ ∞ (Mathematical Operators),
  // → ← ↔ ⇒ (Arrows) and ⩽ ⩾ (Supplemental Mathematical Operators). Its one file (256 KB)
  // is labelled "latin" and holds Latin letters too, so its unicode-range is narrowed to
  // those three blocks: it never stands in for a letter. Last in the font stacks, so a
  // character an earlier face has is still drawn by that face.
  {
    family: 'Noto Sans Math',
    packageName: '@fontsource/noto-sans-math',
    faces: ['400'],
    subsets: ['latin'],
    subsetGlyphs: true,
    unicodeRange: 'U+2190-21FF,U+2200-22FF,U+2A00-2AFF',
  },
];

/** The families every stylesheet may name; anything else would fall back to system fonts. */
export const EMBEDDED_FAMILIES = FONT_PACKAGES.map((p) => p.family);

/** Scripts of the languages articles come in; Cyrillic and Vietnamese subsets would only add weight. */
const SUBSETS = ['latin', 'latin-ext', 'greek'];

/** One fontsource file of a face: one @font-face rule with its unicode-range. */
interface FaceFile {
  /** The @font-face rule as fontsource writes it, with "{{src}}" where its src descriptor goes. */
  rule: string;
  ranges: Array<[number, number]>;
  covers: Map<number, boolean>;
  /** Absolute path of the .woff2 file (inlined whole) … */
  woff2: string;
  /** … and of the .woff file (what HarfBuzz subsets: zlib, which Node inflates natively). */
  woff: string;
  subsetGlyphs: boolean;
}

let faceFiles: Promise<FaceFile[]> | null = null;

/** Every packaged face file, in fontsource's order (the order of the rules in the page). */
function allFaceFiles(): Promise<FaceFile[]> {
  return (faceFiles ??= Promise.all(FONT_PACKAGES.flatMap((pkg) => pkg.faces.map((face) => readFace(pkg, face)))).then((faces) =>
    faces.flat(),
  ));
}

async function readFace(pkg: FontPackage, face: string): Promise<FaceFile[]> {
  const dir = path.dirname(require.resolve(`${pkg.packageName}/package.json`));
  const all = await readFile(path.join(dir, `${face}.css`), 'utf8');
  // fontsource writes one commented @font-face block per subset: "/* <id>-<subset>-<weight>-<style> */".
  const blocks = all
    .split(/(?=\/\*[^*]*\*\/\s*@font-face)/)
    .filter((block) => (pkg.subsets ?? SUBSETS).some((subset) => new RegExp(`-${subset}-\\d+-(normal|italic) \\*/`).test(block)));
  return blocks.map((block) => {
    const src = /src:\s*url\(\.\/files\/([^)]+)\.woff2\) format\('woff2'\)(?:,\s*url\([^)]+\) format\('woff'\))?;/.exec(block);
    const range = /unicode-range:\s*([^;]+);/.exec(block);
    if (!src || !range) throw new Error(`${pkg.packageName}/${face}.css: a @font-face rule without a woff2 source or a unicode-range`);
    const unicodeRange = pkg.unicodeRange ?? range[1]!;
    return {
      rule: block
        .replace(src[0], '{{src}}')
        .replace(range[0], () => `unicode-range: ${unicodeRange};`)
        .trim(),
      ranges: parseUnicodeRange(unicodeRange),
      covers: new Map(),
      woff2: path.join(dir, 'files', `${src[1]}.woff2`),
      woff: path.join(dir, 'files', `${src[1]}.woff`),
      subsetGlyphs: pkg.subsetGlyphs ?? false,
    };
  });
}

/** "U+0000-00FF,U+0131,U+2190-21FF" → inclusive code point ranges. */
export function parseUnicodeRange(text: string): Array<[number, number]> {
  return text.split(',').map((part) => {
    const match = /^\s*U\+([0-9A-Fa-f?]{1,6})(?:-([0-9A-Fa-f]{1,6}))?\s*$/.exec(part);
    if (!match) throw new Error(`unicode-range: cannot read "${part}"`);
    const [, low, high] = match;
    // "U+4??" stands for U+400-4FF.
    if (low!.includes('?')) return [parseInt(low!.replace(/\?/g, '0'), 16), parseInt(low!.replace(/\?/g, 'F'), 16)];
    return [parseInt(low!, 16), parseInt(high ?? low!, 16)];
  });
}

/** Is the code point in the file's unicode-range? Remembered: pages of a build share most characters. */
function covers(file: FaceFile, cp: number): boolean {
  let known = file.covers.get(cp);
  if (known === undefined) {
    known = file.ranges.some(([low, high]) => cp >= low && cp <= high);
    file.covers.set(cp, known);
  }
  return known;
}

// Characters a page may draw that are not written in it: list markers Chromium draws
// with a glyph (disc, circle, square, disclosure triangles).
const GENERATED = '\u2022\u25E6\u25AA\u25B8\u25BE';
// Named entities are not decoded here: a page that uses one the templates might write
// (&nbsp; &rarr; …) gets every font file whole rather than risk a missing glyph.
const KNOWN_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Every code point a page may print, from its HTML (the font rules left out): its text,
 * attribute values and CSS (generated content: footers, markers), numeric character
 * references and CSS escapes decoded, and each character's upper and lower case (for
 * text-transform). More than it prints, never less; null when that cannot be told (a
 * named character reference other than the five XML ones).
 */
export function pageCodePoints(html: string): Set<number> | null {
  const codePoints = new Set<number>();
  const add = (text: string) => {
    for (const ch of new Set(text)) {
      codePoints.add(ch.codePointAt(0)!);
      for (const cased of [ch.toUpperCase(), ch.toLowerCase()]) if (cased !== ch) for (const c of cased) codePoints.add(c.codePointAt(0)!);
    }
  };
  add(html);
  add(GENERATED);
  for (let cp = 0x20; cp < 0x7f; cp++) codePoints.add(cp);
  for (const [, hex, dec, name] of html.matchAll(/&(?:#[xX]([0-9A-Fa-f]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]*));/g)) {
    if (name !== undefined) {
      if (!(name in KNOWN_ENTITIES)) return null;
      continue;
    }
    const cp = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    if (cp <= 0x10ffff) add(String.fromCodePoint(cp));
  }
  // CSS escapes ("\2192 "), harmless to over-read in HTML text.
  for (const [, hex] of html.matchAll(/\\([0-9A-Fa-f]{1,6})/g)) {
    const cp = parseInt(hex!, 16);
    if (cp <= 0x10ffff) add(String.fromCodePoint(cp));
  }
  // Counter styles that write letters the page does not contain.
  if (/lower-greek/i.test(html)) add('αβγδεζηθικλμνξοπρστυφχψω');
  return codePoints;
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

// Per thread, for the life of the process: base64 of whole files, sfnt of files to subset,
// and finished @font-face rules by content (file hash and code points).
const wholeFiles = new Map<string, Promise<string>>();
const sfnts = new Map<string, Promise<{ sfnt: Buffer; hash: string }>>();
const subsetRules = new Map<string, Promise<string>>();

function wholeRule(file: FaceFile): Promise<string> {
  let css = wholeFiles.get(file.woff2);
  if (!css) {
    css = readFile(file.woff2).then((bytes) => file.rule.replace('{{src}}', () => srcDescriptor('woff2', bytes)));
    wholeFiles.set(file.woff2, css);
  }
  return css;
}

function srcDescriptor(format: 'woff2' | 'truetype', bytes: Uint8Array): string {
  const type = format === 'woff2' ? 'font/woff2' : 'font/ttf';
  return `src: url(data:${type};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}) format('${format}');`;
}

function sfntOf(file: FaceFile): Promise<{ sfnt: Buffer; hash: string }> {
  let sfnt = sfnts.get(file.woff);
  if (!sfnt) {
    sfnt = readFile(file.woff).then((woff) => {
      const decoded = woffToSfnt(woff, file.woff);
      return { sfnt: decoded, hash: sha256(decoded) };
    });
    sfnts.set(file.woff, sfnt);
  }
  return sfnt;
}

async function subsetRule(file: FaceFile, codePoints: number[]): Promise<string> {
  const { sfnt, hash } = await sfntOf(file);
  const key = sha256(`${hash}:${codePoints.join(',')}`);
  let css = subsetRules.get(key);
  if (!css) {
    css = (async () => {
      const subset = await subsetSfnt(sfnt, codePoints);
      return file.rule.replace('{{src}}', () => srcDescriptor('truetype', subset));
    })();
    subsetRules.set(key, css);
    // A failure is not cached: the next page tries again.
    css.catch(() => subsetRules.delete(key));
  }
  return css;
}

/**
 * @font-face rules for a page that prints (at most) these code points: the face files
 * whose unicode-range holds one of them, the symbol font subset to them. Without code
 * points (null), every packaged file, whole.
 */
export async function fontFaceCssFor(codePoints: ReadonlySet<number> | null): Promise<string> {
  const files = await allFaceFiles();
  const rules = await Promise.all(
    files.map((file) => {
      if (codePoints === null) return wholeRule(file);
      const used = [...codePoints].filter((cp) => covers(file, cp)).sort((a, b) => a - b);
      if (used.length === 0) return null;
      return file.subsetGlyphs ? subsetRule(file, used) : wholeRule(file);
    }),
  );
  return rules.filter((rule) => rule !== null).join('\n');
}

/** @font-face rules for every packaged face file, whole. */
export function fontFaceCss(): Promise<string> {
  return fontFaceCssFor(null);
}

/**
 * WOFF 1.0 → the sfnt (TrueType/OpenType) it wraps: each table inflated with zlib. The
 * table directory of a WOFF file is sorted by tag, as an sfnt's must be.
 */
export function woffToSfnt(woff: Buffer, name = 'font'): Buffer {
  if (woff.length < 44 || woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error(`${name}: not a WOFF file`);
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= numTables) {
    searchRange *= 2;
    entrySelector++;
  }
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange * 16, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange * 16, 10);
  const tables: Buffer[] = [];
  let offset = header.length;
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + 20 * i;
    const tag = woff.readUInt32BE(entry);
    const at = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const checksum = woff.readUInt32BE(entry + 16);
    if (at + compLength > woff.length) throw new Error(`${name}: a table runs past the end of the file`);
    const stored = woff.subarray(at, at + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength) throw new Error(`${name}: a table inflates to ${data.length} bytes, not ${origLength}`);
    header.writeUInt32BE(tag, 12 + 16 * i);
    header.writeUInt32BE(checksum, 12 + 16 * i + 4);
    header.writeUInt32BE(offset, 12 + 16 * i + 8);
    header.writeUInt32BE(origLength, 12 + 16 * i + 12);
    const padded = Buffer.alloc((origLength + 3) & ~3);
    data.copy(padded);
    tables.push(padded);
    offset += padded.length;
  }
  return Buffer.concat([header, ...tables]);
}
