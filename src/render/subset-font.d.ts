// subset-font 2.9 ships no types: the one call fonts.ts makes.
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'; noHinting?: boolean; noLayoutClosure?: boolean },
  ): Promise<Buffer>;
}
