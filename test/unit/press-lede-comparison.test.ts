// Review 8 (issue #13), press digest ledes: a lede that gives the treated group's figure
// without the comparison group's from the same sentence reads falsely hopeful ("80% of the
// children on antibiotics felt better", the placebo's 74% dropped); and a result said as
// "not only did they find that X, but that Y" gave no lede at all ("… reports its results").
// Hand-written Facts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/article/schema.js';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import type { PressDigestModel } from '../../src/audiences/view-models.js';
import { wordCount } from '../../src/shared/count-words.js';
import { ROOT } from '../helpers/article.js';
import { countOf, derivedWith, headlineFacts, judgedAs, sourceFinding, textFactOf } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const lede = (f: Facts) => (composeDocument('press-digest', f, glossary, { buildDate: null }).view as PressDigestModel).lede.text;

describe('the press lede keeps a comparison whole', () => {
  it('never gives one group’s figure without the other group’s that the same sentence states', () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('cefnorin'),
        condition: textFactOf('sinus infection'),
        participants: countOf(300, 'The trial enrolled 300 adults.'),
        derived: derivedWith({ studyType: judgedAs('randomized trial') }),
        results: [
          sourceFinding(
            'In the trial, 68% of the adults on cefnorin had no symptoms after ten days; 61% of the adults taking a placebo also had no symptoms after ten days.',
          ),
        ],
      }),
    );
    expect(text).toMatch(/68%/);
    expect(text).toMatch(/61%/);
    expect(wordCount(text, { by: 'spaces' })).toBeLessThanOrEqual(25);
  });
});

describe('the press lede reads the first of two claims joined by "not only … but"', () => {
  it('leads with the first claim, without who found it', () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('KX-17'),
        condition: textFactOf('bone cancer'),
        derived: derivedWith({ studyType: judgedAs('lab or animal') }),
        results: [
          sourceFinding(
            'The team says in a statement that not only did they find that a molecule called KX-17 can shrink bone tumours, but that it is possible to "spare the healthy marrow around the tumour, which older drugs could not do in these tests."',
          ),
        ],
      }),
    );
    expect(text).toMatch(/KX-17 can shrink bone tumours\.$/);
    expect(text).not.toMatch(/reports its results/);
  });
});
