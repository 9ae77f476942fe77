// Stamps the document properties readers and archives see (title, author, subject,
// keywords, language, creator, producer) and replaces Chromium's clock-based dates with
// the build date, so the same inputs give byte-identical PDFs. pdf-lib keeps Chromium's
// structure tree (tags) and outline (bookmarks) as they are.
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';

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
    // Chromium stamps the clock; with no date to give, give none.
    const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
    info.delete(PDFName.of('CreationDate'));
    info.delete(PDFName.of('ModDate'));
  }
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.language));
  // Object streams off: a plain cross-reference table keeps the file easy to inspect.
  const pages = doc.getPageCount();
  const saved = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  return { pdf: renumberNodeIds(saved), pages, fonts: fontsIn(doc) };
}

/**
 * Chromium names tagged table header cells after DOM node ids ("(node00000095)"), which
 * count every node the renderer made before, so they differ between otherwise equal
 * builds. Renumber them 1, 2, 3 … in the order the structure tree defines them, and
 * re-sort the ID tree's name array (and its limits) to match. Every replacement has the same length, so
 * byte offsets (and the cross-reference table) stay valid.
 */
function renumberNodeIds(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const ids = new Map<string, string>();
  for (const [, id] of text.matchAll(/\/ID \(node(\d{8})\)/g)) if (!ids.has(id!)) ids.set(id!, String(ids.size + 1).padStart(8, '0'));
  if (ids.size === 0) return pdf;
  let renumbered = text.replace(/\(node(\d{8})\)/g, (whole, id: string) => (ids.has(id) ? `(node${ids.get(id)})` : whole));
  renumbered = renumbered.replace(/\/Limits \[ (\(node\d{8}\)) (\(node\d{8}\)) \](\s*)\/Names \[ ((?:\(node\d{8}\) \d+ 0 R )+)\]/g, (whole, _low, _high, gap: string, list: string) => {
    const pairs = [...list.matchAll(/(\(node\d{8}\)) \d+ 0 R /g)].sort((a, b) => a[1]!.localeCompare(b[1]!));
    const sorted = `/Limits [ ${pairs[0]![1]} ${pairs.at(-1)![1]} ]${gap}/Names [ ${pairs.map((m) => m[0]).join('')}]`;
    return sorted.length === whole.length ? sorted : whole;
  });
  return new Uint8Array(Buffer.from(renumbered, 'latin1'));
}

function fontsIn(doc: PDFDocument): string[] {
  const names = new Set<string>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const base = object.get(PDFName.of('BaseFont'));
    // Type 0 fonts repeat their descendant's name; subset tags ("ABCDEF+") vary per build.
    if (base instanceof PDFName) names.add(base.decodeText().replace(/^[A-Z]{6}\+/, ''));
  }
  return [...names].sort();
}
