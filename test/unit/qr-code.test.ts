import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/article/schema.js';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { qrCodeFor } from '../../src/audiences/qr-code.js';
import { renderHtml } from '../../src/render/html.js';
import { ROOT } from '../helpers/article.js';

const fixture = Facts.parse(JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/zimislecel.facts.json'), 'utf8')));
const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));

describe('QR code to the source', () => {
  it('is an accessible inline SVG, only for http(s) links', () => {
    const code = qrCodeFor('https://example.org/a?b=1&c=<2>')!;
    expect(code.svg).toMatch(
      /^<svg [^>]*role="img" aria-label="QR code linking to the source article: https:\/\/example.org\/a\?b=1&#38;c=&#60;2&#62;"/,
    );
    expect(code.svg).toMatch(/<path d="(M\d+ \d+h1v1h-1z)+"/);
    expect(qrCodeFor('javascript:alert(1)')).toBeNull();
  });

  it('appears in the patient brief when the source link is known, and not otherwise', async () => {
    const withLink = { ...fixture, meta: { ...fixture.meta, url: 'https://example.org/story' } };
    const brief = composePatientBrief(withLink, glossary, { buildDate: null });
    expect(brief.learnMore.qr?.caption.text).toBe('Scan to read the source article.');
    const html = await renderHtml('patient-brief', brief, { paper: 'A4' });
    expect(html).toMatch(
      /<figure class="qr-code"><svg [^>]*aria-label="QR code linking to the source article: https:\/\/example.org\/story"/,
    );
    expect(composePatientBrief(fixture, glossary, { buildDate: null }).learnMore.qr).toBeNull();
  });
});
