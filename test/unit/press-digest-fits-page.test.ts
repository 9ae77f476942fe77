// Issue #13 layout: a press release's long endpoint and adverse-event sentences spilled the
// one-page press digest onto a second page (review 18: h014, h038). The results and harms
// lists keep as many items as fit, the main results and most serious harms first, and say
// that more are in the source. Hand-written Facts, composed view models.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Facts, Harm } from '../../src/article/schema.js';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import type { PressDigestModel } from '../../src/audiences/view-models.js';
import { ROOT } from '../helpers/article.js';
import { countOf, headlineFacts, sourceFinding, textFactOf } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const press = (f: Facts) => composeDocument('press-digest', f, glossary, { buildDate: null }).view as PressDigestModel;
const harm = (text: string, kind: Harm['kind']): Harm => ({ ...sourceFinding(text), kind });
const texts = (items: { text: string }[]) => items.map((item) => item.text);
const endpoint = (n: number) =>
  sourceFinding(
    `Key secondary endpoint ${n} (change from baseline in the Montgomery-Asberg Depression Rating Scale total score at day 28, assessed by blinded raters at each of the study sites) numerically favored Calmora over placebo nasal spray, with ${20 + n}% of patients responding.`,
  );
const adverse = (n: number) =>
  harm(
    `The most common treatment-emergent adverse events reported in group ${n} were dizziness, nausea, headache, fatigue, increased blood pressure, vomiting and feeling drunk, in ${10 + n}% of patients.`,
    'side-effect',
  );

describe('press digest: results and harms that fit one page', () => {
  const facts = (results: number, harms: number): Facts =>
    headlineFacts({
      intervention: textFactOf('Calmora'),
      condition: textFactOf('depression'),
      participants: countOf(227, 'The study enrolled 227 patients.'),
      results: Array.from({ length: results }, (_, i) => endpoint(i + 1)),
      harms: Array.from({ length: harms }, (_, i) => adverse(i + 1)),
    });

  it('cuts long lists down, keeping at least three of each and saying more are in the source', () => {
    const digest = press(facts(6, 8));
    const findings = texts(digest.findings.items);
    const harms = texts(digest.harms.items);
    expect(findings.length).toBeLessThan(6);
    expect(harms.length).toBeLessThan(8);
    expect(findings.filter((t) => /^Key secondary endpoint/.test(t)).length).toBeGreaterThanOrEqual(3);
    expect(harms.filter((t) => /^The most common/.test(t)).length).toBeGreaterThanOrEqual(3);
    expect(findings.at(-1)).toBe('Further results are in the source.');
    expect(harms.at(-1)).toBe('Further harms are in the source.');
    // The most common adverse events of the first groups stay (severity order, then the article's).
    expect(harms[0]).toMatch(/group 1 /);
  });

  it('keeps every item when the lists are short', () => {
    const digest = press(facts(3, 2));
    expect(texts(digest.findings.items)).toHaveLength(3);
    expect(texts(digest.harms.items)).toHaveLength(2);
  });
});
