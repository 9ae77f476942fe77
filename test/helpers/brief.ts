// Made-up studies composed into a patient brief with the facts a test gives: "Velorin" for
// gout (what its harms and "What happens next" sections print) and a randomised trial of
// "Neurafenib" for migraine (what its findings print).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { visibleText } from '../../src/audiences/text.js';
import { ROOT } from './article.js';
import { blankFacts, numberedFacts, sourceFinding, textFactOf, type FactsOverrides } from './facts.js';

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

/**
 * A randomised trial of Neurafenib for migraine with the results and harms `extra` gives. Its
 * facts take their source lines from `kit`, the test's own numberedFacts(), so the lines of the
 * test's findings never collide with the trial's.
 */
export function neurafenibTrialBrief(kit: ReturnType<typeof numberedFacts>, extra: FactsOverrides) {
  const { fact, judged, finding, derivedStudy } = kit;
  const facts = blankFacts({
    intervention: fact('Neurafenib'),
    condition: fact('migraine'),
    participants: { ...fact('400', 'The study enrolled 400 people.'), value: 400, raw: '400' },
    comparator: fact('placebo'),
    followUp: fact('two years'),
    harms: [{ ...finding('Some people taking Neurafenib felt dizzy.'), kind: 'side-effect' as const }],
    derived: derivedStudy('randomized trial', judged('randomised' as const)),
    ...extra,
  });
  const model = composePatientBrief(facts, glossary, { buildDate: '2025-07-01' });
  return {
    findings: visibleText(model.findings).join(' '),
    harms: visibleText(model.harms).join(' '),
    all: visibleText(model).join('\n'),
    model,
  };
}
