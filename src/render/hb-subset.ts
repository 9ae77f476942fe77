// Font subsetting with HarfBuzz's own subsetter (hb-subset), from the HarfBuzz project's
// WebAssembly build (harfbuzzjs). The calls are the ones subset-font makes (same input
// flags: every layout feature kept, glyph closure over GSUB, hinting kept), without its
// woff/woff2 converters: loading those cost 0.4–1.3 s a process under tsx here, against
// 25–70 ms for this module's wasm. The sfnt goes in and a TrueType/OpenType sfnt comes out.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface HarfBuzzSubset {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

let harfbuzz: Promise<HarfBuzzSubset> | null = null;

/** The wasm module, compiled once per thread (WebAssembly.instantiate compiles off the main thread). */
function loadHarfBuzz(): Promise<HarfBuzzSubset> {
  harfbuzz ??= (async () => {
    const bytes = await readFile(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes);
    const exports = instance.exports as unknown as HarfBuzzSubset & { _initialize(): void };
    exports._initialize();
    return exports;
  })();
  harfbuzz.catch(() => (harfbuzz = null));
  return harfbuzz;
}

/** Starts compiling HarfBuzz now, so that the first subset does not wait for it. */
export function warmUpHarfBuzz(): void {
  loadHarfBuzz().catch(() => {}); // the first subset reports a failure
}

/**
 * The glyphs of `sfnt` (a TrueType or OpenType font) that these code points need, with
 * what its layout features reach from them; metrics, names and hinting as they were.
 */
export async function subsetSfnt(sfnt: Uint8Array, codePoints: Iterable<number>): Promise<Buffer> {
  const hb = await loadHarfBuzz();
  // The wasm memory can grow while subsetting, which detaches earlier views: a fresh one each time.
  const heap = () => new Uint8Array(hb.memory.buffer);
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('HarfBuzz could not start a subset (hb_subset_input_create_or_fail)');
  const fontBuffer = hb.malloc(sfnt.byteLength);
  heap().set(sfnt, fontBuffer);
  const blob = hb.hb_blob_create(fontBuffer, sfnt.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  let subset = 0;
  try {
    // Every layout feature (hb-subset's --layout-features='*').
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const cp of codePoints) hb.hb_set_add(unicodes, cp);
    subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error('HarfBuzz could not subset the font (hb_subset_or_fail): is it a TrueType or OpenType font?');
    const result = hb.hb_face_reference_blob(subset);
    try {
      const offset = hb.hb_blob_get_data(result, 0);
      const length = hb.hb_blob_get_length(result);
      if (length === 0) throw new Error('HarfBuzz made an empty subset');
      return Buffer.from(heap().subarray(offset, offset + length));
    } finally {
      hb.hb_blob_destroy(result);
    }
  } finally {
    hb.hb_subset_input_destroy(input);
    if (subset !== 0) hb.hb_face_destroy(subset);
    hb.hb_face_destroy(face);
    hb.free(fontBuffer);
  }
}
