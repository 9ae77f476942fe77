// Review 11 (h048): side effects that did NOT happen ("none of the patients … reported side
// effects, such as a, b and c") were set out one a line under "What were the harms?", where
// they read as harms of the treatment. Their examples stay inside the sentence that denies them,
// or go; a warning's list of whom it is for ("should not be used in people at risk, such as …")
// is still set out as a list.
import { describe, expect, it } from 'vitest';
import type { Harm } from '../../src/article/schema.js';
import { deniedExamples } from '../../src/audiences/patient-brief/harm-forms.js';
import { velorinBrief } from '../helpers/brief.js';
import { sourceFinding } from '../helpers/facts.js';

const harm = (text: string, kind: Harm['kind']): Harm => ({ ...sourceFinding(text), kind });

describe('harms that did not happen', () => {
  const denied =
    'Notably, none of the men who took Velorin reported stomach side effects, such as cramps, heartburn, and bloating — but 4 of the 12 men on the placebo reported such problems.';

  it('keeps the examples in the sentence that denies them, and the other arm in a sentence of its own', () => {
    expect(deniedExamples(denied)).toBe(
      'Notably, none of the men who took Velorin reported stomach side effects like cramps, heartburn or bloating. But 4 of the 12 men on the placebo reported such problems.',
    );
    expect(deniedExamples(denied, false)).toBe(
      'Notably, none of the men who took Velorin reported stomach side effects. But 4 of the 12 men on the placebo reported such problems.',
    );
  });

  it('prints no denied side effect as a bullet of its own', () => {
    const { model, harms } = velorinBrief({ harms: [harm(denied, 'side-effect')] });
    expect(model.harms.items.flatMap((item) => item.bullets)).toEqual([]);
    expect(harms).toMatch(/None of the men who took Velorin reported stomach side effects\b/);
    expect(harms).toMatch(/But 4 of the 12 men on the placebo reported such problems\./);
  });

  it('leaves a list of harms that happened, or of whom a warning is for, to be set out as a list', () => {
    expect(deniedExamples('Many men who took Velorin had side effects, such as cramps, heartburn and bloating.')).toBeNull();
    // The denial is of the benefit, not of the side effects listed.
    expect(
      deniedExamples('Men taking Velorin did no better and had more side effects, such as cramps, heartburn and bloating.'),
    ).toBeNull();
    expect(
      deniedExamples('Velorin should not be used in people at risk of ulcers, such as those who drink heavily, smokers and older adults.'),
    ).toBeNull();
    const { model } = velorinBrief({
      harms: [harm('The most common side effects of Velorin included cramps, heartburn, bloating and headache.', 'side-effect')],
    });
    expect(model.harms.items.flatMap((item) => item.bullets).length).toBeGreaterThanOrEqual(3);
  });
});
