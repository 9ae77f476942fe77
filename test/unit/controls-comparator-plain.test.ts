// Review 16 (issue #13), class "the brief's comparator row prints a scientist's word":
// "Compared with: 31 controls." left a patient to guess who the controls were. The row now
// says what they are, keeps the source's word in brackets (the findings may use it), and
// "Words to know" explains "comparison group"; "healthy" or "unaffected" people only when the
// source calls them so (study-rows.ts plainControls).
import { describe, expect, it } from 'vitest';
import { plainControls } from '../../src/audiences/patient-brief/study-rows.js';
import { velorinBrief } from '../helpers/brief.js';
import { textFactOf } from '../helpers/facts.js';

describe('controls in the comparator row', () => {
  it.each([
    ['25 controls', '25 people in a comparison group (called controls)'],
    ['25 healthy controls', '25 healthy people in a comparison group (called controls)'],
    ['25 unaffected controls', '25 people without the disease in a comparison group (called controls)'],
    ['25 matched controls', '25 people in a comparison group (called matched controls)'],
    ['a dummy pill', 'a dummy pill'],
  ])('%s', (value, plain) => {
    expect(plainControls(value)).toBe(plain);
  });

  it('prints the plain row and explains "comparison group" in Words to know', () => {
    const { model } = velorinBrief({
      comparator: textFactOf('25 controls', 'The test was tried on 20 people with gout and 25 controls.'),
    });
    const row = model.study.rows.find((r) => r.id === 'compared-with');
    expect(row?.value.text).toBe('25 people in a comparison group (called controls).');
    expect(model.glossary?.terms.map((term) => term.label.text)).toContain('Comparison group');
  });
});
