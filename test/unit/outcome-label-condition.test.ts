// Review 16 (issue #13), class "the outcome label names the reason given, not what was
// measured": in a study of who gets a disease (a screening test, a prevention study) the
// clinician summary's outcomes read "insulin", a word from the clause that explains a rise
// ("…, which is consistent with the decrease in sensitivity to insulin …"), while the outcome
// the results count is the condition itself ("a 22-percent higher risk for …"), which was
// never a label because in a treatment trial the condition names who took part.
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { outcomeLabel } from '../../src/audiences/outcome-label.js';
import { blankFacts, sourceFinding, textFactOf } from '../helpers/facts.js';

const glossary = loadGlossary(`
- term: diabetes
  definition: Too much sugar in the blood.
- term: insulin
  definition: A hormone that moves sugar from the blood into the body's cells.
- term: cortisol
  definition: A stress hormone.
`);

const facts = blankFacts({ condition: textFactOf('kidney stones'), intervention: textFactOf('urine test') });
const labelOf = (sentence: string, of = facts) => outcomeLabel(sourceFinding(sentence), glossary, of).label;

describe('outcome labels in a study of who gets the condition', () => {
  it('names the condition when the finding counts it as the event', () => {
    expect(labelOf('Each small rise in the urine score was linked to a 20 percent higher risk for kidney stones.')).toBe('kidney stones');
    expect(labelOf('People who went on to develop kidney stones had higher scores than those who did not.')).toBe('kidney stones');
  });

  it('does not take a term from the clause that explains the result', () => {
    expect(
      labelOf('Scores rose late in the year, which is consistent with the drop in insulin sensitivity that often occurs then.'),
    ).not.toMatch(/insulin/i);
    expect(labelOf('Cortisol levels rose in both groups, because the visits were stressful.')).toBe('cortisol');
  });

  it('keeps the condition out where it names who took part or a longer measure', () => {
    expect(labelOf('People with kidney stones who took the pill had less pain.')).toBe('Pain');
    expect(labelOf('The pill lowered the risk of kidney stones recurrence by a third.')).not.toBe('kidney stones');
  });
});
