// The font rules a page carries: only the face files its characters need, the symbol
// and math fonts subset to its characters, and everything whole when that cannot be told.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFaceCss, fontFaceCssFor, pageCodePoints, parseUnicodeRange, woffToSfnt } from '../../src/render/fonts.js';
import { subsetSfnt } from '../../src/render/hb-subset.js';

const cps = (text: string) => new Set([...text].map((c) => c.codePointAt(0)!));
const rulesOf = (css: string) => [...css.matchAll(/\/\* ([a-z0-9-]+) \*\//g)].map((m) => m[1]);
const fontBytes = (css: string) => [...css.matchAll(/base64,([^)]+)\)/g)].reduce((n, m) => n + Buffer.from(m[1]!, 'base64').length, 0);

describe('pageCodePoints', () => {
  it('reads text, both cases, character references and CSS escapes, and always ASCII', () => {
    const set = pageCodePoints('<p class="x">straße &#x2192; &#8805; &amp;</p><style>p::before { content: "\\2713 "; }</style>')!;
    for (const ch of 'ßSTRASSE→≥✓&~ ') expect(set.has(ch.codePointAt(0)!), ch).toBe(true);
    expect(set.has('é'.codePointAt(0)!)).toBe(false);
  });

  it('gives up (every file whole) on a named reference it does not decode', () => {
    expect(pageCodePoints('<p>a&nbsp;b</p>')).toBeNull();
    expect(pageCodePoints('<p>a &amp; b &lt;c&gt;</p>')).not.toBeNull();
  });
});

describe('parseUnicodeRange', () => {
  it('reads single points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+4??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
  });
});

describe('fontFaceCssFor', () => {
  it('inlines only the face files a page needs, and the symbol font subset to its symbols', async () => {
    const plain = await fontFaceCssFor(cps('Hello, world'));
    expect(rulesOf(plain).every((name) => /-latin-\d+-(normal|italic)$/.test(name!))).toBe(true);
    expect(rulesOf(plain)).toHaveLength(7); // 3 Atkinson Hyperlegible Next + 4 Source Serif 4 faces
    const symbols = await fontFaceCssFor(cps('Hello → ✓ ☐ ≥ ł α'));
    expect(rulesOf(symbols)).toEqual(
      expect.arrayContaining([
        'atkinson-hyperlegible-next-latin-ext-400-normal',
        'source-serif-4-greek-700-normal',
        'noto-sans-symbols-2-symbols-400-normal',
        'noto-sans-symbols-2-math-400-normal',
      ]),
    );
    expect(symbols).toMatch(/src: url\(data:font\/ttf;base64,[A-Za-z0-9+/=]+\) format\('truetype'\);/);
    // The unicode-range rules are fontsource's own, so each character keeps its face.
    expect(symbols).toMatch(/unicode-range: U\+0001-000C,/);
    const all = await fontFaceCss();
    expect(fontBytes(all)).toBeGreaterThan(600_000);
    expect(fontBytes(symbols)).toBeLessThan(fontBytes(all) / 2);
  });

  it('draws ≥ ≤ with Noto Sans Math, subset, and never a letter with it', async () => {
    const ruleFor = (css: string, name: string) => css.split(/(?=\/\* [a-z0-9-]+ \*\/)/).find((rule) => rule.startsWith(`/* ${name} */`));
    const math = await fontFaceCssFor(cps('response ≥ 50% improvement, score ≤12'));
    const rule = ruleFor(math, 'noto-sans-math-latin-400-normal');
    expect(rule).toBeDefined();
    expect(rule).toMatch(/font-family: 'Noto Sans Math';/);
    expect(rule).toMatch(/src: url\(data:font\/ttf;base64,/); // subset, not the 256 KB file
    expect(fontBytes(rule!)).toBeLessThan(20_000);
    const ranges = parseUnicodeRange(/unicode-range: ([^;]+);/.exec(rule!)![1]!);
    const inRange = (ch: string) => ranges.some(([low, high]) => ch.codePointAt(0)! >= low && ch.codePointAt(0)! <= high);
    expect(inRange('≥') && inRange('≤')).toBe(true);
    for (const ch of 'AZaz09%éłαΩ’') expect(inRange(ch), ch).toBe(false);
    expect(rulesOf(await fontFaceCssFor(cps('Hello, world — “score” 12% ✓ ☐ é α')))).not.toContain('noto-sans-math-latin-400-normal');
  });

  it('is the same for the same characters (reproducible pages)', async () => {
    const a = await fontFaceCssFor(cps('x → ✓'));
    const b = await fontFaceCssFor(cps('✓ → x'));
    expect(a).toBe(b);
  });
});

describe('woffToSfnt', () => {
  it('refuses what is not a WOFF file', () => {
    expect(() => woffToSfnt(Buffer.from('not a font at all, not at all, not at all, really'))).toThrow(/not a WOFF file/);
  });
});

describe('subsetSfnt (HarfBuzz)', () => {
  it('keeps the glyphs asked for, as a small TrueType font, the same every time', async () => {
    const dir = path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-symbols-2/package.json'));
    const woff = await readFile(path.join(dir, 'files/noto-sans-symbols-2-symbols-400-normal.woff'));
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    const arrows = await subsetSfnt(sfnt, [0x2192, 0x2713]);
    expect(arrows.readUInt32BE(0)).toBe(0x00010000);
    expect(arrows.length).toBeLessThan(10_000);
    expect(arrows.length).toBeLessThan((await subsetSfnt(sfnt, [0x2192, 0x2713, 0x2610, 0x279c, 0x2717])).length);
    expect((await subsetSfnt(sfnt, [0x2713, 0x2192])).equals(arrows)).toBe(true);
  });

  it('refuses what is not a font', async () => {
    await expect(subsetSfnt(Buffer.from('not a font'), [0x41])).rejects.toThrow(/HarfBuzz/);
  });
});
