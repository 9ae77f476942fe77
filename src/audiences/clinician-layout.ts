// How dense to set the clinician summary: the regular size when it fits one page, a compact
// one (templates/styles/clinician-summary.css, .density-compact) when the regular size would
// spill a few lines onto a second page and the compact one fits; the regular size again when
// even the compact one needs two pages (a fuller second page is better than smaller type).
// A pure estimate from the composed strings (no browser): lines of text per block at the
// block's width, in the template's type sizes, calibrated against Chromium's layout of the
// corpus summaries. It errs towards "too long", so a summary it lets stay regular fits.
import type { ClinicianLayout, ClinicianSummaryModel, Text } from './view-models.js';

/** One density's type and spacing, in points (templates/styles/clinician-summary.css). */
export interface Density {
  /** Body size and line height. */
  size: number;
  leading: number;
  /** Section heading size; its margins, border and line, in its own ems. */
  heading: number;
  headingEms: number;
  title: number;
  /** Padding of a label/value row, a table cell, a list item's gap, in body ems. */
  rowPad: number;
  cellPad: number;
  itemGap: number;
}

export const REGULAR: Density = {
  size: 9,
  leading: 1.2,
  heading: 10.5,
  headingEms: 1.95,
  title: 16,
  rowPad: 0.3,
  cellPad: 0.3,
  itemGap: 0.1,
};
export const COMPACT: Density = {
  size: 8.3,
  leading: 1.13,
  heading: 9.5,
  headingEms: 1.75,
  title: 14,
  rowPad: 0.16,
  cellPad: 0.2,
  itemGap: 0.05,
};

/** The page's text area in points: A4's width (the narrower) and US Letter's height (the shorter). */
const PAGE = { width: 178 * 2.835, height: 247.4 * 2.835 };
const COLUMN_GAP = 1.4; // ems
/** Average advance of a character, in ems: the serif body and the sans labels and tables. */
const SERIF_EM = 0.47;
const SANS_EM = 0.5;

/** Lines a text of `chars` characters takes at `width` points, in a face of `em` points. */
function lines(chars: number, width: number, em: number, face = SERIF_EM): number {
  if (chars <= 0) return 0;
  const perLine = Math.max(8, Math.floor(width / (em * face)));
  // Words do not break: a line holds a little less than its width.
  return Math.ceil((chars * 1.06) / perLine);
}

/** A text with its source-line reference ("L5, L13"), which prints at three quarters of the size. */
const withRef = (text: Text | null | undefined): number => (text ? text.text.length + (text.ref ? text.ref.length * 0.75 + 1 : 0) : 0);

/** The height of the summary in points at one density, for a page of `width` points. */
export function summaryHeight(model: ClinicianSummaryModel, d: Density = REGULAR, width = PAGE.width): number {
  const line = d.size * d.leading;
  const heading = d.heading * d.headingEms;
  const column = (width - COLUMN_GAP * d.size) / 2;
  const em = d.size;
  let height = 0;
  // Masthead: kicker and title.
  height += d.size * 0.8 * 1.4 + lines(model.title.text.length, width, d.title, SANS_EM) * d.title * 1.15 + d.title * 0.25;
  // Bottom line: a box with its heading, the certainty line and the statement.
  const boxText = width - 1.4 * em - 3;
  height +=
    heading +
    (lines(model.bottomLine.certainty.text.length, boxText, em, SANS_EM) + lines(withRef(model.bottomLine.statement), boxText, em)) * line +
    1.2 * em;
  // PICO rows at the full width; the design rows in two columns.
  height += heading;
  for (const row of model.pico.rows) height += lines(withRef(row.value), width - 9.8 * em, em) * line + d.rowPad * em + 0.5;
  const designHeights = model.pico.design.map((row) => lines(withRef(row.value), column - 8.3 * em, em) * line + d.rowPad * em + 0.5);
  height += designHeights.reduce((sum, h) => sum + h, 0) / 2 + Math.max(0, ...designHeights) / 2 + 0.2 * em;
  // The outcomes table: each row as tall as its tallest cell.
  height += heading;
  if (model.outcomes.rows.length > 0) {
    height += lines(model.outcomes.columns.map((c) => c.text).join(' ').length / 2, width, em * 0.9, SANS_EM) * line + d.cellPad * em;
    for (const row of model.outcomes.rows) {
      const cells = [
        lines(row.outcome.text.length, width * 0.16 - 0.8 * em, em, SANS_EM),
        lines(row.timepoint.text.length, width * 0.14 - 0.8 * em, em),
        lines((row.absolute ? row.absolute.text.length + 1 : 0) + withRef(row.result), width * 0.7 - 0.8 * em, em),
      ];
      height += Math.max(...cells) * line + d.cellPad * em + 0.5;
    }
  } else height += line;
  // Harms, limitations, next studies, quotes and the citation flow in two columns.
  let flow = 0;
  const list = (items: readonly Text[]) =>
    items.reduce((sum, item) => sum + lines(withRef(item), column - 1.2 * em, em) * line + d.itemGap * em, 0);
  flow += heading;
  flow += model.harms.rows.length
    ? model.harms.rows.reduce(
        (sum, row) => sum + lines(row.label.text.length + 2 + withRef(row.value), column, em) * line + d.rowPad * em + 0.5,
        0,
      )
    : line;
  flow += heading + list(model.limitations.items);
  flow += heading + (model.next.items.length ? list(model.next.items) : line);
  if (model.quotes) {
    flow += heading;
    for (const quote of model.quotes.items) {
      const said = lines(quote.text.text.length + 2, column - 0.8 * em - 3, em * 0.95);
      const who = lines(quote.attribution.text.length + 2, column - 0.8 * em - 3, em * 0.85);
      flow += (said + who) * line * 0.95 + 0.45 * em;
    }
  }
  const cite = model.citation.rows.reduce((sum, row) => sum + row.label.text.length + row.value.text.length + 4, 0);
  flow += heading + lines(cite, column, em) * line;
  // Balanced columns, plus what a block that moves whole leaves at the foot of the first.
  height += flow / 2 + 2 * line;
  // The checklist: nine verdicts in three columns, one line each unless a note wraps them.
  const cell = (width - 2.4 * em) / 3;
  const rows = model.checklist.rows;
  let checklist = heading;
  for (let i = 0; i < rows.length; i += 3) {
    const tallest = Math.max(
      ...rows
        .slice(i, i + 3)
        .map((r) =>
          lines(
            r.criterion.text.length + 3 + (r.note ? r.note.text.length + 3 : 0) + (r.status.ref?.length ?? 0) * 0.75,
            cell - 1.2 * em,
            em * 0.95,
            SANS_EM,
          ),
        ),
    );
    checklist += tallest * line * 0.95 + 0.2 * em + 0.5;
  }
  return height + checklist;
}

/** Regular when it fits one page (with a margin for the estimate's error), compact when only that fits. */
const FITS = 0.95;

export function clinicianLayout(model: Omit<ClinicianSummaryModel, 'layout'>): ClinicianLayout {
  const full = model as ClinicianSummaryModel;
  const pages = summaryHeight(full, REGULAR) / PAGE.height;
  const compactPages = summaryHeight(full, COMPACT) / PAGE.height;
  const density = pages > FITS && compactPages <= 1 ? 'compact' : 'regular';
  return { density, pages: Math.round(pages * 1000) / 1000 };
}
