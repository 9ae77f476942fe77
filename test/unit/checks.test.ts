// The build's standards checks catch what they exist to catch: a hype word or an
// untraceable number slipped into a view model, a long sentence, an undefined term.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/article/schema.js';
import { checkDocument, withPrint } from '../../src/audiences/checks/index.js';
import { sourceNumbers } from '../../src/audiences/checks/provenance.js';
import { measureReadability } from '../../src/audiences/checks/readability.js';
import { composeDocument, loadGlossary, type ComposedDocument } from '../../src/audiences/compose.js';
import { generated } from '../../src/audiences/text.js';
import type { PatientBriefModel, PressDigestModel } from '../../src/audiences/view-models.js';
import { visibleLines } from '../../src/audiences/text.js';
import { ROOT } from '../helpers/article.js';

const facts = Facts.parse(JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/zimislecel.facts.json'), 'utf8')));
const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const options = { buildDate: '2025-07-01' };

/** Checks one document; its failed checks are the messages on the article's file. */
function check(document: ComposedDocument) {
  const file = new VFile({ path: 'content/zimislecel.md' });
  const report = checkDocument(file, document, facts, glossary);
  return { file, report, messages: file.messages };
}
const reasons = (messages: VFile['messages'], rule: string) => messages.filter((m) => m.ruleId === rule).map((m) => m.reason);

describe('standards checks', () => {
  it('pass the press digest as composed', () => {
    expect(check(composeDocument('press-digest', facts, glossary, options)).messages).toEqual([]);
  });

  it('catch a hype word in generated text, but not in a quote', () => {
    const document = composeDocument('press-digest', facts, glossary, options);
    const view = document.view as PressDigestModel;
    view.body.push(generated('This breakthrough is a game-changer for patients.'));
    const { messages } = check({ ...document, lines: visibleLines(view) });
    expect(reasons(messages, 'hype')).toEqual([
      expect.stringMatching(/^press-digest: hype word “breakthrough”/),
      expect.stringMatching(/^press-digest: hype word “game-changer”/),
    ]);
    expect(messages.map((m) => [m.audience, m.fatal, m.source])).toEqual([
      ['press-digest', false, 'trialbrief'],
      ['press-digest', false, 'trialbrief'],
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
    const { messages } = check({ ...document, lines: visibleLines(view) });
    expect(reasons(messages, 'untraceable-number')).toEqual([
      expect.stringMatching(/^press-digest: number 83% is not in the source: 83% of the 12/),
      expect.stringMatching(/^press-digest: number 83 is not in the source: 83% of the 12/),
    ]);
  });

  it('let a derived number through (participants summed over the arms), but not one that is neither read nor derived', () => {
    const summed = Facts.parse({
      ...facts,
      participants: { ...facts.participants!, value: 314, raw: '314', origin: 'derived', derivedFrom: '109 + 94 + 111' },
    });
    expect(sourceNumbers(summed).has(314)).toBe(true);
    expect(sourceNumbers(facts).has(314)).toBe(false);
  });

  it('let a phase written in Roman numerals through as its number ("Phase II" is printed "Phase 2")', () => {
    const phased = Facts.parse({
      ...facts,
      phase: { value: '2', source: { text: 'It was a Phase IIb/III study.', line: 3, column: 1 }, origin: 'extracted' },
    });
    expect(sourceNumbers(phased).has(2)).toBe(true);
    expect(sourceNumbers(phased).has(3)).toBe(true);
  });

  it('catch a long sentence and an unexplained abbreviation in the patient brief', () => {
    const document = composeDocument('patient-brief', facts, glossary, options);
    const view = document.view as PatientBriefModel;
    view.callToAction.push(
      generated('Ask about the XYZQ programme, which the hospital runs for people who want to know more about how the treatment works.'),
    );
    const { messages } = check({ ...document, lines: visibleLines(view) });
    expect(messages.map((m) => m.ruleId)).toContain('long-sentence');
    expect(reasons(messages, 'undefined-term')).toContainEqual(expect.stringMatching(/“XYZQ”/));
  });

  it('do not take a double-barrelled name, a word set in capitals or an everyday credential for an unexplained short form', () => {
    const document = composeDocument('patient-brief', facts, glossary, options);
    const view = document.view as PatientBriefModel;
    view.callToAction.push(generated('Dr Pinto-Martin, MD, wrote in ANESTHESIOLOGY about the XYZQ scale.'));
    const { messages } = check({ ...document, lines: visibleLines(view) });
    const undefinedTerms = reasons(messages, 'undefined-term').join(' ');
    expect(undefinedTerms).toMatch(/“XYZQ”/);
    expect(undefinedTerms).not.toMatch(/Pinto-Martin|ANESTHESIOLOGY|“MD”/);
  });

  it('point at the source sentence a failed text was composed from, or at no place when it rests on none', () => {
    const document = composeDocument('press-digest', facts, glossary, options);
    const view = document.view as PressDigestModel;
    const sentence = facts.results[0]!.source;
    // Line 5 holds three sentences: the message points at the one the text was made from.
    view.body.push(generated('A breakthrough: within 90 days of the infusion of zimislecel …', [sentence.line]));
    view.body.push(generated('A miracle, some said.'));
    const { messages } = check({ ...document, lines: visibleLines(view) });
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['hype', sentence.line, sentence.column],
      ['hype', undefined, undefined],
    ]);
  });

  it('flag a document over its page budget', () => {
    const { file, report } = check(composeDocument('press-digest', facts, glossary, options));
    expect(withPrint(file, report, { pages: 1, fonts: [] }).pages).toBe(1);
    expect(file.messages).toEqual([]);
    withPrint(file, report, { pages: 2, fonts: [] });
    expect(file.messages.map((m) => [m.ruleId, m.reason, m.line, m.audience])).toEqual([
      ['page-budget', 'press-digest: 2 pages; the budget is 1', undefined, 'press-digest'],
    ]);
  });
});

describe('readability of the brief is its own text, not the citation', () => {
  it('does not count the source headline quoted under "Where to learn more" (a long-worded headline failed SMOG, h024)', () => {
    const document = composeDocument('patient-brief', facts, glossary, options);
    const view = document.view as PatientBriefModel;
    const before = check(document).report.readability!;
    const title = view.learnMore.rows[0]!;
    title.value = {
      ...title.value,
      text: '“Cognitive Behavioral Therapy Can Be as Effective as Second-Generation Antidepressants to Treat Major Depressive Disorder”',
    };
    const after = check({ ...document, lines: visibleLines(view) }).report.readability!;
    expect(title.value.kind).toBe('citation');
    expect(after.smog).toBe(before.smog);
    expect(after.fleschKincaidGrade).toBe(before.fleschKincaidGrade);
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
