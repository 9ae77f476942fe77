// The patient brief's harms keep the commonest side effects (what most people taking the
// treatment will feel) beside its serious warnings, even when lesser risks listed before them
// fill the cap of harms: benefits and harms with equal weight means every kind of harm.
import { describe, expect, it } from 'vitest';
import type { Harm } from '../../src/article/schema.js';
import { velorinBrief } from '../helpers/brief.js';
import { sourceFinding } from '../helpers/facts.js';

const harm = (text: string, kind: Harm['kind']): Harm => ({ ...sourceFinding(text), kind });

describe('the commonest side effects in the brief', () => {
  it('are not crowded out by lesser risks listed before them', () => {
    const { harms } = velorinBrief({
      harms: [
        harm('Velorin should not be used in children.', 'warning'),
        harm('Velorin may raise the risk of kidney stones.', 'risk'),
        harm('Velorin has the potential to be abused.', 'risk'),
        harm('People on Velorin had a higher risk of falls.', 'risk'),
        harm('Velorin may raise the risk of low blood sugar.', 'risk'),
        harm('The most common side effects of Velorin were headache, nausea and a dry mouth.', 'side-effect'),
      ],
    });
    expect(harms).toMatch(/should not be used in children/);
    expect(harms).toMatch(/The most common side effects of Velorin were/);
    expect(harms).toMatch(/headache/i);
    // The cap still holds: a lesser risk goes instead.
    expect(harms).toMatch(/kidney stones/);
    expect(harms).not.toMatch(/low blood sugar/);
  });
});
