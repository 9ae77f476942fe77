// Fonts come from npm packages (@fontsource/*) and are inlined as data: URLs, so a page
// needs no request to get them, prints the same on every machine, and embeds them in
// the PDF. Each family keeps fontsource's unicode-range subsets: Chromium loads only the
// subsets a document uses. Noto Sans Math is the fallback for arrows and symbols.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

interface FontPackage {
  family: string;
  packageName: string;
  faces: string[]; // fontsource CSS files: "400", "400-italic", "700"
}

export const FONT_PACKAGES: FontPackage[] = [
  { family: 'Atkinson Hyperlegible Next', packageName: '@fontsource/atkinson-hyperlegible-next', faces: ['400', '400-italic', '700'] },
  { family: 'Source Serif 4', packageName: '@fontsource/source-serif-4', faces: ['400', '400-italic', '600', '700'] },
  { family: 'Inter', packageName: '@fontsource/inter', faces: ['400', '600', '700'] },
  { family: 'Noto Sans Math', packageName: '@fontsource/noto-sans-math', faces: ['400'] },
];

/** The families every stylesheet may name; anything else would fall back to system fonts. */
export const EMBEDDED_FAMILIES = FONT_PACKAGES.map((p) => p.family);

let cached: Promise<string> | null = null;

/** @font-face rules for every packaged face, with the woff2 files inlined. */
export function fontFaceCss(): Promise<string> {
  return (cached ??= Promise.all(FONT_PACKAGES.flatMap((pkg) => pkg.faces.map((face) => inlineFace(pkg, face)))).then((parts) => parts.join('\n')));
}

async function inlineFace(pkg: FontPackage, face: string): Promise<string> {
  const dir = path.dirname(require.resolve(`${pkg.packageName}/package.json`));
  const css = await readFile(path.join(dir, `${face}.css`), 'utf8');
  const files = new Map<string, string>();
  for (const [, file] of css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)/g)) {
    if (!files.has(file!)) files.set(file!, (await readFile(path.join(dir, 'files', file!))).toString('base64'));
  }
  // Keep woff2 only (every Chromium reads it) and drop the woff fallback URL.
  return css.replace(/src:\s*url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)(?:,\s*url\([^)]+\) format\('woff'\))?;/g, (_, file: string) => `src: url(data:font/woff2;base64,${files.get(file)}) format('woff2');`);
}
