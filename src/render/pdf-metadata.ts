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
  /** ISO date (YYYY-MM-DD) used for both creation and modification dates. */
  date: string;
}

export interface FinishedPdf {
  pdf: Uint8Array;
  pages: number;
  /** Every font the PDF uses, by name without the subset tag ("SourceSerif4-Regular"). */
  fonts: string[];
}

export async function stampMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<FinishedPdf> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const when = new Date(`${meta.date}T00:00:00Z`);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(meta.producer);
  doc.setProducer(meta.producer);
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.language));
  // Object streams off: a plain cross-reference table keeps the file easy to inspect.
  const pages = doc.getPageCount();
  return { pdf: await doc.save({ useObjectStreams: false, updateFieldAppearances: false }), pages, fonts: fontsIn(doc) };
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
