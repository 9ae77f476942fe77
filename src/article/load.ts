// Reading an article from disk: the only stage of the article core that touches the
// file system. It refuses what is not an article (missing, empty, binary, not UTF-8,
// too large) with one clear, positioned message, before any parsing happens.
import { readFile, stat } from 'node:fs/promises';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';

/** Articles are news stories; anything far larger is a mistake or an attack. */
export const MAX_ARTICLE_BYTES = 1_000_000;

/** Where a message about the whole file points: its start, so editors can jump there. */
const START = { line: 1, column: 1 };

export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

/** Thrown for input that cannot be built; carries file, position and rule id. */
export function fatal(file: VFile, reason: string, ruleId: string, place?: { line: number; column: number }): never {
  const message = new VFileMessage(reason, { place, ruleId, source: 'trialbrief' });
  message.file = file.path;
  message.fatal = true;
  file.messages.push(message);
  throw message;
}

export async function loadArticle(filePath: string): Promise<VFile> {
  // Messages name the file as the person typed it.
  const file = new VFile({ path: filePath });
  let bytes: Buffer;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) fatal(file, 'Not a file: expected a .md or .txt article', 'not-a-file');
    if (info.size > MAX_ARTICLE_BYTES) fatal(file, `Article is ${info.size} bytes; the limit is ${MAX_ARTICLE_BYTES}`, 'too-large', START);
    bytes = await readFile(filePath);
  } catch (error) {
    if (error instanceof VFileMessage) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    fatal(file, code === 'ENOENT' ? 'File not found' : `Cannot read file (${code ?? String(error)})`, 'unreadable');
  }
  file.value = decodeArticle(file, bytes);
  return file;
}

/** An article given as text rather than as a file (the API's extract): the same limits as a file's. */
export function articleFromText(text: string, filePath = 'article.md'): VFile {
  const file = new VFile({ path: filePath });
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > MAX_ARTICLE_BYTES)
    fatal(file, `Article is ${bytes.length} bytes; the limit is ${MAX_ARTICLE_BYTES}`, 'too-large', START);
  file.value = decodeArticle(file, bytes);
  return file;
}

/** Decodes bytes as UTF-8 text, refusing binary data and other encodings with a position. */
export function decodeArticle(file: VFile, bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) fatal(file, `Not a text file: binary data (NUL byte at byte ${nul})`, 'binary', placeOf(bytes, nul));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    fatal(file, `Not UTF-8 text: invalid byte at byte ${bad}; save the article as UTF-8`, 'encoding', placeOf(bytes, bad));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') fatal(file, 'Empty article: the file has no text', 'empty', START);
  return text.replace(/\r\n?/g, '\n');
}

function placeOf(bytes: Uint8Array, index: number) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] !== 0x0a) continue;
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode (streaming-safe cut points aside).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
