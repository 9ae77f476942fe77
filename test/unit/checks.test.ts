// The build's standards checks catch what they exist to catch: a hype word or an
// untraceable number slipped into a view model, a long sentence, an undefined term.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/article/schema.js';
import { checkDocument, withPrint } from '../../src/audiences/checks/index.js';
import { measureReadability } from '../../src/audiences/checks/readability.js';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import { generated } from '../../src/audiences/text.js';
import type { PatientBriefModel, PressDigestModel } from '../../src/audiences/view-models.js';
import { visibleLines } from '../../src/audiences/text.js';
import { ROOT } from '../helpers/article.js';

const facts = Facts.parse(JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/zimislecel.facts.json'), 'utf8')));
const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const options = { buildDate: '2025-07-01' };
const rules = (report: ReturnType<typeof checkDocument>) => report.violations.map((v) => v.rule);

describe('standards checks', () => {
  it('pass the press digest as composed', () => {
    const report = checkDocument(composeDocument('press-digest', facts, glossary, options), facts, glossary);
    expect(report.violations).toEqual([]);
  });

  it('catch a hype word in generated text, but not in a quote', () => {
    const document = composeDocument('press-digest', facts, glossary, options);
    const view = document.view as PressDigestModel;
    view.body.push(generated('This breakthrough is a game-changer for patients.'));
    const report = checkDocument({ ...document, lines: visibleLines(view) }, facts, glossary);
    expect(report.violations.filter((v) => v.rule === 'hype').map((v) => v.message)).toEqual([
      expect.stringContaining('“breakthrough”'),
      expect.stringContaining('“game-changer”'),
    ]);
  });

  it('catch a number that is neither in the source nor declared as derived', () => {
    const document = composeDocument('press-digest', facts, glossary, options);
    const view = document.view as PressDigestModel;
    view.body.push(generated('83% of the 12 people stopped insulin.'));
    view.body.push(generated('10 of the 12 people stopped insulin.', [5], []));
    view.body.push(
      generated(
        'About 83 in 100 people stopped insulin.',
        [5],
        [
          { value: 83, from: '10 of 12 as a count per 100' },
          { value: 100, from: 'per 100' },
        ],
      ),
    );
    const report = checkDocument({ ...document, lines: visibleLines(view) }, facts, glossary);
    expect(report.violations.filter((v) => v.rule === 'untraceable-number').map((v) => v.message)).toEqual([
      expect.stringMatching(/^number 83% is not in the source: 83% of the 12/),
      expect.stringMatching(/^number 83 is not in the source: 83% of the 12/),
    ]);
  });

  it('catch a long sentence and an unexplained abbreviation in the patient brief', () => {
    const document = composeDocument('patient-brief', facts, glossary, options);
    const view = document.view as PatientBriefModel;
    view.callToAction.push(
      generated('Ask about the XYZQ programme, which the hospital runs for people who want to know more about how the treatment works.'),
    );
    const report = checkDocument({ ...document, lines: visibleLines(view) }, facts, glossary);
    expect(rules(report)).toContain('long-sentence');
    expect(report.violations.filter((v) => v.rule === 'undefined-term').map((v) => v.message)).toContainEqual(
      expect.stringMatching(/“XYZQ”/),
    );
  });

  it('flag a document over its page budget', () => {
    const report = checkDocument(composeDocument('press-digest', facts, glossary, options), facts, glossary);
    expect(rules(withPrint(report, { pages: 1, fonts: [] }))).not.toContain('page-budget');
    expect(rules(withPrint(report, { pages: 2, fonts: [] }))).toContain('page-budget');
  });
});

describe('readability', () => {
  it('counts every heading, bullet and line as a sentence', () => {
    const asLines = measureReadability(['What did they find?', '10 of the 12 people stopped insulin.', 'Some had headaches']);
    expect(asLines.sentences).toBe(3);
    expect(asLines.longestSentence.words).toBe(7);
  });

  it('grades hard prose above plain prose', () => {
    const plain = measureReadability(['Most people in the study felt better.', 'Some had a headache.']);
    const hard = measureReadability([
      'Immunosuppressive pharmacotherapy necessitates longitudinal surveillance of haematological parameters.',
    ]);
    expect(plain.fleschKincaidGrade).toBeLessThan(6);
    expect(hard.fleschKincaidGrade).toBeGreaterThan(12);
    expect(hard.smog).toBeGreaterThan(plain.smog);
  });
});
