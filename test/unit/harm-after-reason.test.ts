// Review 11 (h034; 09 L27 too, but see patient-brief.ts: not for a serious warning): a harm told after its reason ("… and that because X affects the
// immune system, patients may have a greater risk of infection"; "Dr Y points out that because
// the drug narrows blood vessels, there may be long-term effects on blood pressure") was too
// long whole, so the brief summed it up as "other serious warnings" or left it out. The
// clause after the reason names the harm alone.
import { describe, expect, it } from 'vitest';
import type { Harm } from '../../src/article/schema.js';
import { harmAfterReason } from '../../src/audiences/patient-brief/harm-forms.js';
import { velorinBrief } from '../helpers/brief.js';
import { sourceFinding } from '../helpers/facts.js';

const harm = (text: string, kind: Harm['kind']): Harm => ({ ...sourceFinding(text), kind });

describe('a harm told after its reason', () => {
  const concern =
    'Anna Berg, head of the gout clinic at a large city hospital in Oslo, points out that because Velorin narrows small blood vessels, there may be long-term effects on blood pressure or kidney function.';

  it('is the clause after the reason', () => {
    expect(harmAfterReason(concern)).toBe('There may be long-term effects on blood pressure or kidney function.');
    expect(
      harmAfterReason(
        'Velorin comes with a leaflet on the risk of liver damage, and that because Velorin is a medicine that weakens the immune system, patients may have a greater risk of getting an infection.',
      ),
    ).toBe('Patients may have a greater risk of getting an infection.');
  });

  it('is not taken when the reason names the harm, or no reason comes first', () => {
    expect(harmAfterReason('Because Velorin can cause bleeding, doctors check patients every month for a year.')).toBeNull();
    expect(harmAfterReason('Velorin may raise blood pressure because it narrows small blood vessels.')).toBeNull();
  });

  it('reaches the brief when the whole sentence is too long', () => {
    const { harms } = velorinBrief({ harms: [harm(concern, 'risk')] });
    expect(harms).toMatch(/There may be long-term effects on blood pressure or kidney function\./);
    expect(harms).not.toMatch(/too detailed/);
  });
});
