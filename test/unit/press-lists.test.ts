// Issue #13 on the press digest: every main result and every serious harm of the study
// on the page (results were cut to the ones that could lead a story, harms at three), and
// key numbers that never show one group's figure without the comparison's, nor a step
// size for the result. Hand-written Facts, composed view models.
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

describe('results: every result of the study, not only those that can lead', () => {
  it('lists a result the extractor cut from its connective ("In addition, patients …") and one that leans back', () => {
    const digest = press(
      headlineFacts({
        intervention: textFactOf('Calmora'),
        condition: textFactOf('leukemia'),
        comparator: textFactOf('chemotherapy alone'),
        participants: countOf(717, 'The trial enrolled 717 patients.'),
        results: [
          sourceFinding('Ten participants ceased needing insulin altogether, while the remaining two required significantly less.'),
          sourceFinding(
            'patients who received Calmora went longer (median 8.2 months) without complications than patients who received chemotherapy alone (median three months).',
          ),
          sourceFinding('As a result, almost all of the animals regained the use of their hind limbs.'),
          // A main result, though "had been" reads as background to main-result.ts's side-sentence test.
          sourceFinding(
            'Results demonstrated that 95 percent of patients who received Calmora had no virus detected, suggesting the infections had been cured.',
          ),
        ],
      }),
    );
    const items = texts(digest.findings.items);
    expect(items).toHaveLength(4);
    expect(items[1]).toMatch(/^Patients who received Calmora went longer \(median 8\.2 months\)/);
    expect(items[2]).toMatch(/hind limbs/);
    expect(items[3]).toMatch(/had been cured/);
  });

  it('keeps background out, and says when the cap leaves results out', () => {
    const results = [
      sourceFinding('Previous studies have shown that such drugs can help.'),
      ...Array.from({ length: 8 }, (_, i) => sourceFinding(`${10 + i} percent of patients on Calmora improved at week ${i + 2}.`)),
    ];
    const digest = press(headlineFacts({ intervention: textFactOf('Calmora'), results }));
    const items = texts(digest.findings.items);
    expect(items.some((t) => /Previous studies/.test(t))).toBe(false);
    expect(items).toHaveLength(7);
    expect(items[6]).toBe('Further results are in the source.');
  });
});

describe('harms: every serious harm, most serious first', () => {
  it('shows all seven harms of an approval, warnings before the common side effects', () => {
    const harms = [
      harm('Common side effects of Calmora include nausea, headache and vomiting.', 'side-effect'),
      harm('Calmora should not be used in patients with hypersensitivity to it.', 'warning'),
      harm('Women who are pregnant should not take Calmora.', 'warning'),
      harm('Patients who experience signs of lung damage should stop using Calmora.', 'warning'),
      harm('Calmora carries a boxed warning for low sodium levels in the blood.', 'warning'),
      harm('Calmora should also not be used in patients with heart failure.', 'risk'),
      harm('Patients with Crohn’s disease should not use Calmora.', 'warning'),
    ];
    const items = texts(press(headlineFacts({ intervention: textFactOf('Calmora'), harms })).harms.items);
    expect(items).toHaveLength(7);
    expect(items[0]).toMatch(/boxed warning/);
    expect(items).toContain('Patients who experience signs of lung damage should stop using Calmora.');
    expect(items).toContain('Patients with Crohn’s disease should not use Calmora.');
    expect(items).toContain('Calmora should also not be used in patients with heart failure.');
    expect(items[items.length - 1]).toMatch(/^Common side effects/);
  });
});

describe('key numbers: never one group without its comparison, never a step size', () => {
  it('shows the placebo group’s figure beside the treatment’s when the sentence gives it', () => {
    const digest = press(
      headlineFacts({
        intervention: textFactOf('amoxicillin'),
        comparator: textFactOf('placebo'),
        participants: countOf(291, 'The study enrolled 291 children.'),
        results: [
          sourceFinding(
            'In the study, 80% of the children on amoxicillin felt better on the seventh day; 74% of the children taking a placebo also felt better on the seventh day.',
          ),
        ],
      }),
    );
    const first = digest.keyNumbers?.items[0];
    expect(first?.label.text).toBe('80% vs 74%');
    expect(first?.value.text).toMatch(/74% of the children taking a placebo/);
  });

  it('gives the change in risk, not the step it is per ("each .1 percent increase … above 5.1 percent")', () => {
    const digest = press(
      headlineFacts({
        intervention: textFactOf('HbA1c test'),
        condition: textFactOf('gestational diabetes'),
        participants: countOf(321, 'The study included 321 women.'),
        results: [
          sourceFinding(
            'Each .1 percent increase in HbA1c above 5.1 percent in early pregnancy was associated with a 22-percent higher risk for gestational diabetes among the women.',
          ),
        ],
      }),
    );
    expect(digest.keyNumbers?.items[0]?.label.text).toBe('22%');
  });
});
