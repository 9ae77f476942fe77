// Stamps the document properties readers and archives see (title, author, subject,
// keywords, language, creator, producer) and replaces Chromium's clock-based dates with
// the build date, so the same inputs give byte-identical PDFs. Chromium's structure tree
// (tags) and outline (bookmarks) stay as they are.
//
// Fast path: Chromium (Skia) writes a plain PDF 1.4 file (one classic cross-reference
// table, uncompressed object dictionaries), so the Info dictionary and the catalog are
// rewritten in place and the cross-reference offsets shifted: about 1 ms a file, against
// about 30–45 ms to load and save the whole document with pdf-lib. Any file that does not
// look like that (object streams, incremental updates, encryption) goes through pdf-lib,
// loaded only then.

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
  /** "trialbrief 0.1.0": creator and producer. */
  producer: string;
  /** ISO date (YYYY-MM-DD) for both creation and modification dates; null: no dates. */
  date: string | null;
}

export interface FinishedPdf {
  pdf: Uint8Array;
  pages: number;
  /** Every font the PDF uses, by name without the subset tag ("SourceSerif4-Regular"). */
  fonts: string[];
}

export async function stampMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<FinishedPdf> {
  const fast = stampInPlace(pdf, meta);
  if (fast) return { ...fast, pdf: renumberNodeIds(fast.pdf) };
  return stampWithPdfLib(pdf, meta);
}

/** A text string as PDF writers write it for metadata: UTF-16BE with a byte-order mark, in hex. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/** "D:20250620000000Z", the form pdf-lib wrote (and PDF readers show as a UTC date). */
function pdfDate(isoDate: string): string {
  const when = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(when.getTime())) throw new RangeError(`not a date: ${isoDate}`);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `(D:${p(when.getUTCFullYear(), 4)}${p(when.getUTCMonth() + 1)}${p(when.getUTCDate())}${p(when.getUTCHours())}${p(when.getUTCMinutes())}${p(when.getUTCSeconds())}Z)`;
}

interface XrefEntry {
  offset: number;
  rest: string; // " 00000 n" / " 65535 f", kept as written
}

/** The in-place stamp, or null when the file is not the simple shape Chromium writes. */
function stampInPlace(bytes: Uint8Array, meta: PdfMetadata): FinishedPdf | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const startxrefAt = text.lastIndexOf('startxref');
  if (startxrefAt < 0) return null;
  const xrefAt = Number(/^startxref\s+(\d+)/.exec(text.slice(startxrefAt))?.[1] ?? NaN);
  if (!Number.isInteger(xrefAt) || !text.startsWith('xref', xrefAt)) return null;
  const trailerAt = text.indexOf('trailer', xrefAt);
  if (trailerAt < 0 || trailerAt > startxrefAt) return null;
  const trailer = text.slice(trailerAt, startxrefAt);
  // One revision only: an incremental update or encryption needs a real PDF library.
  if (/\/(Prev|Encrypt|XRefStm)\b/.test(trailer)) return null;
  const root = Number(/\/Root (\d+) 0 R/.exec(trailer)?.[1] ?? NaN);
  const infoRef = /\/Info (\d+) 0 R/.exec(trailer);
  if (!Number.isInteger(root) || !infoRef) return null;
  const info = Number(infoRef[1]);

  // The cross-reference table: subsections "first count" followed by 20-byte entries.
  const entries = new Map<number, XrefEntry>();
  const lines = text
    .slice(xrefAt + 4, trailerAt)
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  let next = -1;
  for (const line of lines) {
    const header = /^(\d+) (\d+)$/.exec(line);
    if (header) {
      next = Number(header[1]);
      continue;
    }
    const entry = /^(\d{10})( \d{5} [nf])$/.exec(line);
    if (!entry || next < 0) return null;
    entries.set(next++, { offset: Number(entry[1]), rest: entry[2]! });
  }

  const object = (n: number): { start: number; end: number; body: string } | null => {
    const entry = entries.get(n);
    if (!entry || !entry.rest.endsWith('n') || !text.startsWith(`${n} 0 obj`, entry.offset)) return null;
    const end = text.indexOf('endobj', entry.offset);
    if (end < 0) return null;
    const body = text.slice(entry.offset + `${n} 0 obj`.length, end).trim();
    // Only plain dictionaries are rewritten (never a stream).
    if (!body.startsWith('<<') || !body.endsWith('>>') || /\bstream\s/.test(body)) return null;
    return { start: entry.offset, end: end + 'endobj'.length, body };
  };
  const infoObject = object(info);
  const catalog = object(root);
  if (!infoObject || !catalog || !/\/Type\s*\/Catalog\b/.test(catalog.body)) return null;

  const fields = [
    `/Title ${pdfTextString(meta.title)}`,
    `/Author ${pdfTextString(meta.author)}`,
    `/Subject ${pdfTextString(meta.subject)}`,
    `/Keywords ${pdfTextString(meta.keywords.join(' '))}`,
    `/Creator ${pdfTextString(meta.producer)}`,
    `/Producer ${pdfTextString(meta.producer)}`,
    // Chromium stamps the clock; with no date to give, give none.
    ...(meta.date ? [`/CreationDate ${pdfDate(meta.date)}`, `/ModDate ${pdfDate(meta.date)}`] : []),
  ];
  const newInfo = `${info} 0 obj\n<<${fields.join('\n')}>>\nendobj`;

  // The catalog: language and "show the title, not the file name" (Chromium writes both today).
  let dict = catalog.body.slice(0, -2);
  const lang = `/Lang ${/^[\x20-\x7e]*$/.test(meta.language) && !/[()\\]/.test(meta.language) ? `(${meta.language})` : pdfTextString(meta.language)}`;
  if (/\/Lang\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/.test(dict))
    dict = dict.replace(/\/Lang\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/, () => lang);
  else if (/\/Lang\b/.test(dict)) return null;
  else dict += `\n${lang}`;
  if (!/\/DisplayDocTitle\s+true/.test(dict)) {
    if (/\/ViewerPreferences\b/.test(dict)) return null;
    dict += '\n/ViewerPreferences <</DisplayDocTitle true>>';
  }
  const newCatalog = `${root} 0 obj\n${dict}>>\nendobj`;

  const pagesRef = Number(/\/Pages (\d+) 0 R/.exec(catalog.body)?.[1] ?? NaN);
  const pagesObject = Number.isInteger(pagesRef) ? object(pagesRef) : null;
  const pages = Number(/\/Count (\d+)/.exec(pagesObject?.body ?? '')?.[1] ?? NaN);
  if (!Number.isInteger(pages)) return null;

  const fonts = new Set<string>();
  for (const [n, entry] of entries) {
    if (!entry.rest.endsWith('n') || n === 0) continue;
    const head = text.slice(entry.offset, entry.offset + 600);
    const dictEnd = head.search(/>>\s*(endobj|stream)/);
    const header = dictEnd < 0 ? head : head.slice(0, dictEnd);
    if (!/\/Type\s*\/Font(?![A-Za-z0-9#])/.test(header)) continue;
    const base = /\/BaseFont\s*\/([^\s/<>[\]()]+)/.exec(header)?.[1];
    // Type 0 fonts repeat their descendant's name; subset tags ("ABCDEF+") vary per build.
    if (base)
      fonts.add(base.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/^[A-Z]{6}\+/, ''));
  }

  // Splice the two objects in and shift every offset behind them.
  const edits = [
    { start: infoObject.start, end: infoObject.end, text: newInfo },
    { start: catalog.start, end: catalog.end, text: newCatalog },
  ].sort((a, b) => a.start - b.start);
  if (edits[0]!.end > edits[1]!.start) return null;
  const shift = (offset: number) => edits.reduce((sum, e) => (e.start < offset ? sum + e.text.length - (e.end - e.start) : sum), 0);
  let body = '';
  let at = 0;
  for (const edit of edits) {
    body += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  body += text.slice(at, xrefAt);
  const numbers = [...entries.keys()].sort((a, b) => a - b);
  let xref = 'xref\n';
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    xref += `${numbers[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) {
      const entry = entries.get(numbers[k]!)!;
      const offset = entry.rest.endsWith('n') ? entry.offset + shift(entry.offset) : entry.offset;
      xref += `${String(offset).padStart(10, '0')}${entry.rest} \n`;
    }
    i = j + 1;
  }
  const out = `${body}${xref}${trailer}startxref\n${body.length}\n%%EOF\n`;
  return { pdf: new Uint8Array(Buffer.from(out, 'latin1')), pages, fonts: [...fonts].sort() };
}

/** The general path, for files the in-place stamp does not recognise. */
async function stampWithPdfLib(pdf: Uint8Array, meta: PdfMetadata): Promise<FinishedPdf> {
  const { PDFDict, PDFDocument, PDFName, PDFString } = await import('pdf-lib');
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(meta.producer);
  doc.setProducer(meta.producer);
  if (meta.date) {
    const when = new Date(`${meta.date}T00:00:00Z`);
    doc.setCreationDate(when);
    doc.setModificationDate(when);
  } else {
    const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
    info.delete(PDFName.of('CreationDate'));
    info.delete(PDFName.of('ModDate'));
  }
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.language));
  // Object streams off: a plain cross-reference table keeps the file easy to inspect.
  const pages = doc.getPageCount();
  const saved = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  const names = new Set<string>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const base = object.get(PDFName.of('BaseFont'));
    if (base instanceof PDFName) names.add(base.decodeText().replace(/^[A-Z]{6}\+/, ''));
  }
  return { pdf: renumberNodeIds(saved), pages, fonts: [...names].sort() };
}

/**
 * Chromium names tagged table header cells after DOM node ids ("(node00000095)"), which
 * count every node the renderer made before, so they differ between otherwise equal
 * builds (and between a fresh page and a reused one). Renumber them 1, 2, 3 … in the order
 * the structure tree defines them, and re-sort the ID tree's name array (and its limits)
 * to match. Every replacement has the same length, so byte offsets (and the
 * cross-reference table) stay valid.
 */
function renumberNodeIds(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const ids = new Map<string, string>();
  for (const [, id] of text.matchAll(/\/ID \(node(\d{8})\)/g)) if (!ids.has(id!)) ids.set(id!, String(ids.size + 1).padStart(8, '0'));
  if (ids.size === 0) return pdf;
  let renumbered = text.replace(/\(node(\d{8})\)/g, (whole, id: string) => (ids.has(id) ? `(node${ids.get(id)})` : whole));
  // Each name-tree node: "/Limits [(low) (high)] /Names [(id) n 0 R …]", in Chromium's
  // spacing or pdf-lib's. The pairs are re-sorted in place, so the length stays the same.
  renumbered = renumbered.replace(
    /(\/Limits \[ ?)\(node(\d{8})\)( )\(node(\d{8})\)( ?\]\s*\/Names \[ ?)((?:\(node\d{8}\) \d+ 0 R ?)+)\]/g,
    (whole, open: string, _low, space: string, _high, middle: string, list: string) => {
      const pairs = [...list.matchAll(/\(node\d{8}\) \d+ 0 R/g)].map((m) => m[0]).sort();
      let i = 0;
      const sorted = list.replace(/\(node\d{8}\) \d+ 0 R/g, () => pairs[i++]!);
      const low = pairs[0]!.slice(0, 14);
      const high = pairs.at(-1)!.slice(0, 14);
      const rebuilt = `${open}${low}${space}${high}${middle}${sorted}]`;
      return rebuilt.length === whole.length ? rebuilt : whole;
    },
  );
  return new Uint8Array(Buffer.from(renumbered, 'latin1'));
}
