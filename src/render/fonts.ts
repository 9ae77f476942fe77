// Fonts come from npm packages (@fontsource/*) and are inlined as data: URLs, so a page
// needs no request to get them, prints the same on every machine, and embeds them in
// the PDF. Each family keeps fontsource's unicode-range subsets: Chromium loads only the
// subsets a document uses. Noto Sans Symbols 2 is the fallback for arrows and symbols.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

interface FontPackage {
  family: string;
  packageName: string;
  faces: string[]; // fontsource CSS files: "400", "400-italic", "700"
  subsets?: string[];
}

export const FONT_PACKAGES: FontPackage[] = [
  { family: 'Atkinson Hyperlegible Next', packageName: '@fontsource/atkinson-hyperlegible-next', faces: ['400', '400-italic', '700'] },
  { family: 'Source Serif 4', packageName: '@fontsource/source-serif-4', faces: ['400', '400-italic', '600', '700'] },
  // The symbol fallback: arrows, ≥ ≤ ×, check boxes. Its Latin subsets are left out so it
  // never stands in for a letter the text faces have.
  { family: 'Noto Sans Symbols 2', packageName: '@fontsource/noto-sans-symbols-2', faces: ['400'], subsets: ['math', 'symbols'] },
];

/** The families every stylesheet may name; anything else would fall back to system fonts. */
export const EMBEDDED_FAMILIES = FONT_PACKAGES.map((p) => p.family);

let cached: Promise<string> | null = null;

/** @font-face rules for every packaged face, with the woff2 files inlined. */
export function fontFaceCss(): Promise<string> {
  return (cached ??= Promise.all(FONT_PACKAGES.flatMap((pkg) => pkg.faces.map((face) => inlineFace(pkg, face)))).then((parts) =>
    parts.join('\n'),
  ));
}

/** Scripts of the languages articles come in; Cyrillic and Vietnamese subsets would only add weight. */
const SUBSETS = ['latin', 'latin-ext', 'greek'];

async function inlineFace(pkg: FontPackage, face: string): Promise<string> {
  const dir = path.dirname(require.resolve(`${pkg.packageName}/package.json`));
  const all = await readFile(path.join(dir, `${face}.css`), 'utf8');
  // fontsource writes one commented @font-face block per subset: "/* <id>-<subset>-<weight>-<style> */".
  const css = all
    .split(/(?=\/\*[^*]*\*\/\s*@font-face)/)
    .filter((block) => (pkg.subsets ?? SUBSETS).some((subset) => new RegExp(`-${subset}-\\d+-(normal|italic) \\*/`).test(block)))
    .join('');
  const files = new Map<string, string>();
  for (const [, file] of css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)/g)) {
    if (!files.has(file!)) files.set(file!, (await readFile(path.join(dir, 'files', file!))).toString('base64'));
  }
  // Keep woff2 only (every Chromium reads it) and drop the woff fallback URL.
  return css.replace(
    /src:\s*url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)(?:,\s*url\([^)]+\) format\('woff'\))?;/g,
    (_, file: string) => `src: url(data:font/woff2;base64,${files.get(file)}) format('woff2');`,
  );
}
