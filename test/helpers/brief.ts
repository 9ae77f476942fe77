// A made-up study of "Velorin" for gout, composed into a patient brief with the facts a test
// gives: what its harms and "What happens next" sections print.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { visibleText } from '../../src/audiences/text.js';
import { ROOT } from './article.js';
import { blankFacts, sourceFinding, textFactOf, type FactsOverrides } from './facts.js';

export const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));

export function velorinBrief(extra: FactsOverrides) {
  const facts = blankFacts({
    intervention: textFactOf('Velorin'),
    condition: textFactOf('gout'),
    results: [sourceFinding('Pain eased in 40 of the 60 people who took Velorin.')],
    ...extra,
  });
  const model = composePatientBrief(facts, glossary, { buildDate: '2025-07-01' });
  return { harms: visibleText(model.harms).join(' '), next: model.knowledge.next.map((t) => t.text).join(' '), model };
}
