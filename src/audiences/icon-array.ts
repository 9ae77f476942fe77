// Icon arrays (Galesic, Garcia-Retamero & Gigerenzer 2009): one person icon per person,
// filled for those the result is about, outlined for the rest, so the picture survives
// greyscale printing. The SVG is built from two integers and an escaped label only, which
// is why templates may embed it unescaped.
import type { IconArray } from './view-models.js';

const CELL_W = 12;
const CELL_H = 22;

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function person(x: number, y: number, filled: boolean): string {
  // Presentation attributes, not a <style>: inline SVG styles would leak into the page.
  const style = filled ? 'fill="#1b1b1b"' : 'fill="#ffffff" stroke="#555555" stroke-width="1"';
  // Head and shoulders-to-feet body, drawn within a 10×20 box.
  return (
    `<g ${style} transform="translate(${x} ${y})">` +
    `<circle cx="5" cy="3.6" r="3.1"/>` +
    `<path d="M1.2 19.2V11.4C1.2 9 2.6 7.9 5 7.9S8.8 9 8.8 11.4V19.2Z"/>` +
    `</g>`
  );
}

/** Columns for a wide, short grid that sits beside text: 12 → 12 × 1, 24 → 12 × 2, 100 → 20 × 5. */
export function columnsFor(total: number): number {
  if (total <= 12) return total;
  if (total <= 24) return 12;
  if (total <= 50) return 10;
  return 20;
}

export function iconArray(filled: number, total: number, label: string): IconArray {
  const count = Math.max(0, Math.min(Math.floor(filled), total));
  const columns = columnsFor(total);
  const rows = Math.ceil(total / columns);
  const width = columns * CELL_W;
  const height = rows * CELL_H;
  const icons: string[] = [];
  for (let i = 0; i < total; i++) {
    icons.push(person((i % columns) * CELL_W + 1, Math.floor(i / columns) * CELL_H + 1, i < count));
  }
  const safe = escapeXml(label);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="icon-array" role="img" aria-label="${safe}" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" preserveAspectRatio="xMinYMin meet">` +
    `<title>${safe}</title>` +
    icons.join('') +
    `</svg>`;
  return { svg, filled: count, total };
}
