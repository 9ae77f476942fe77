// Issue #13 (review class P8): a patient brief that spilled a few lines onto page 2 left it
// holding only "Where to learn more" or the tail of the glossary, and boxes and lists split
// across the break. The page is laid out by Chromium, so these tests hold the pieces that
// decide it: the template names a denser setting for the printer to try, that setting keeps
// the body at 12pt, the blocks that must move whole say so, and the printer's page count and
// choice. (That Chromium then prints a near-fit on one page needs a browser: an integration
// test, not here.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { FIT_ATTRIBUTE, fitsBetter, pdfPageCount } from '../../src/render/pdf.js';
import { renderHtml } from '../../src/render/html.js';
import { ROOT } from '../helpers/article.js';
import { blankFacts } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const page = () => renderHtml('patient-brief', composePatientBrief(blankFacts(), glossary, { buildDate: '2025-07-01' }), { paper: 'A4' });

/** The rules of a stylesheet: selector list → declarations (later rules for the same selector win). */
function rules(css: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of plain.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
    for (const selector of match[1]!.split(',').map((s) => s.trim().replace(/\s+/g, ' '))) {
      const declarations = out.get(selector) ?? new Map<string, string>();
      for (const declaration of match[2]!.split(';')) {
        const at = declaration.indexOf(':');
        if (at > 0) declarations.set(declaration.slice(0, at).trim(), declaration.slice(at + 1).trim());
      }
      out.set(selector, declarations);
    }
  }
  return out;
}

const points = (size: string): number => {
  const m = /^([\d.]+)(pt|px|em)$/.exec(size);
  if (!m) throw new Error(`unexpected font size ${size}`);
  return m[2] === 'pt' ? Number(m[1]) : m[2] === 'px' ? Number(m[1]) * 0.75 : Number(m[1]) * 12;
};

describe('patient brief layout (#13)', () => {
  it('names a compact density for the printer to try, on the element that holds the whole brief', async () => {
    const html = await page();
    const marked = [...html.matchAll(new RegExp(`<div class="([^"]*)" ${FIT_ATTRIBUTE}="([^"]*)">`, 'g'))];
    expect(marked).toHaveLength(1);
    expect(marked[0]![2]).toBe('density-compact');
    // It opens before the masthead and closes after the citation: all of the brief is denser.
    const body = html.slice(html.indexOf('<body'));
    expect(body.indexOf(FIT_ATTRIBUTE)).toBeLessThan(body.indexOf('class="masthead"'));
    expect(body.lastIndexOf('</div>')).toBeGreaterThan(body.indexOf('class="citation"'));
  });

  it('keeps the body and every heading at 12pt or more in the compact density', async () => {
    const css = rules(await page());
    const compact = [...css].filter(([selector]) => selector.includes('.density-compact'));
    expect(compact.length).toBeGreaterThan(5);
    for (const [selector, declarations] of compact) {
      const size = declarations.get('font-size');
      if (size) expect(points(size), selector).toBeGreaterThanOrEqual(12);
    }
    // Tighter, not smaller: the line height and spacing are what give.
    expect(Number(css.get('.density-compact')!.get('line-height'))).toBeLessThan(1.25);
  });

  it('moves a finding, the benefit and harm boxes and the glossary list whole rather than split them', async () => {
    const css = rules(await page());
    for (const selector of ['.doc-patient-brief .finding', '.side-by-side > section', '.glossary', '.glossary-terms'])
      expect(css.get(selector)?.get('break-inside'), selector).toBe('avoid');
    // Headings stay with what follows them, also inside the two-column flow.
    expect(css.get('h2')?.get('break-after')).toBe('avoid');
    expect(css.get('.knowledge h3')?.get('break-after')).toBe('avoid');
    // A box too tall for what is left of the page still splits; each part keeps its border.
    expect(css.get('.side-by-side > section')?.get('box-decoration-break')).toBe('clone');
  });
});

describe('pdfPageCount and fitsBetter', () => {
  const pdf = (...objects: string[]) =>
    new Uint8Array(Buffer.from(`%PDF-1.4\n${objects.map((o, i) => `${i + 1} 0 obj\n${o}\nendobj`).join('\n')}\n%%EOF`, 'latin1'));

  it('reads the page tree root’s count, not a page’s or a branch’s', () => {
    const doc = pdf(
      '<</Type /Catalog\n/Pages 2 0 R>>',
      '<</Type /Pages\n/Kids [3 0 R 4 0 R]\n/Count 3>>',
      '<</Type /Page\n/Parent 2 0 R>>',
      '<</Type /Pages\n/Parent 2 0 R\n/Kids [5 0 R 6 0 R]\n/Count 2>>',
    );
    expect(pdfPageCount(doc)).toBe(3);
    expect(pdfPageCount(pdf('<</Type /Page>>'))).toBeNull();
  });

  it('keeps the denser print only when it saves a page', () => {
    expect(fitsBetter(2, 1)).toBe(true);
    expect(fitsBetter(3, 2)).toBe(true);
    expect(fitsBetter(2, 2)).toBe(false);
    expect(fitsBetter(1, 1)).toBe(false);
    expect(fitsBetter(2, null)).toBe(false);
    expect(fitsBetter(null, 1)).toBe(false);
  });
});
