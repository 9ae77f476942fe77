// Review 8 (issue #13): the clinician outcomes table and the press digest's results led with the
// comparison group's own result ("The four people who got the sham stimulation … did not lose
// weight") before the treated group's. A comparison group's result now follows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import type { ClinicianSummaryModel, PressDigestModel } from '../../src/audiences/view-models.js';
import { ROOT } from '../helpers/article.js';
import { countOf, derivedWith, headlineFacts, judgedAs, sourceFinding, textFactOf } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));

const facts = headlineFacts({
  intervention: textFactOf('light therapy'),
  condition: textFactOf('insomnia'),
  participants: countOf(12, 'Twelve adults took part.'),
  derived: derivedWith({ studyType: judgedAs('randomized trial') }),
  results: [
    sourceFinding('The five people who got the sham lamp slept no longer than before.'),
    sourceFinding('the seven people who got the bright lamp slept an average of 40 minutes longer each night.'),
  ],
});

describe('a comparison group’s own result', () => {
  it('follows the treated group’s in the clinician outcomes table, each row opening with a capital', () => {
    const view = composeDocument('clinician-summary', facts, glossary, { buildDate: null }).view as ClinicianSummaryModel;
    expect(view.outcomes.rows.map((row) => row.result.text)).toEqual([
      'The seven people who got the bright lamp slept an average of 40 minutes longer each night.',
      'The five people who got the sham lamp slept no longer than before.',
    ]);
  });

  it('follows the treated group’s in the press digest’s results', () => {
    const view = composeDocument('press-digest', facts, glossary, { buildDate: null }).view as PressDigestModel;
    const texts = view.findings.items.map((item) => item.text);
    expect(texts.findIndex((t) => /bright lamp/.test(t))).toBeLessThan(texts.findIndex((t) => /sham lamp/.test(t)));
  });
});
