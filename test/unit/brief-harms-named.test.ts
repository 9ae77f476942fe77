// Review 8: the patient brief's harms. A harm the extractor found must reach the brief in
// some plain form (benefits and harms with equal weight): shortened to the clause that holds
// it, or named in our words, never "too detailed" when a risk can be named.
import { describe, expect, it } from 'vitest';
import type { Harm } from '../../src/article/schema.js';
import { seriousInBrief } from '../../src/audiences/patient-brief/findings.js';
import { harmInReason, harmOfSomeone, harmWithoutReason } from '../../src/audiences/patient-brief/harm-forms.js';
import { velorinBrief } from '../helpers/brief.js';
import { sourceFinding } from '../helpers/facts.js';

const brief = velorinBrief;
const harm = (text: string, kind: Harm['kind'], rule?: string): Harm => ({ ...sourceFinding(text), kind, ...(rule ? { rule } : {}) });

describe('harms in a harm’s own shorter forms', () => {
  it('shows a harm without its reason when the whole is too long; a serious warning too', () => {
    const text =
      'Velorin can worsen stomach pain in people who already have ulcers or reflux disease because stomach acid builds up when the stomach empties more slowly after a large meal.';
    expect(harmWithoutReason(text)).toBe('Velorin can worsen stomach pain in people who already have ulcers or reflux disease.');
    expect(brief({ harms: [harm(text, 'side-effect')] }).harms).toMatch(
      /Velorin can worsen stomach pain in people who already have ulcers or reflux disease\./,
    );
    // A warning of who must not use it, too long whole, is named without its reason (once only
    // summed up in the one line for serious warnings; a list of side effects beside it is now
    // cut shorter to leave it room: brief-serious-warning-named.test.ts).
    const warning =
      'Velorin should also not be used in patients with symptomatic kidney failure or uncontrolled diabetes because fluid retention can worsen these underlying conditions.';
    expect(harmWithoutReason(warning)).toBe(
      'Velorin should also not be used in patients with symptomatic kidney failure or uncontrolled diabetes.',
    );
    expect(brief({ harms: [harm(warning, 'risk')] }).harms).toMatch(
      /Velorin should also not be used in people with symptomatic kidney failure or uncontrolled diabetes\./,
    );
  });

  it('shows the reason, not the claim it explains, when only the reason names a harm', () => {
    const text = 'The two pills work well together, because the main side effect of Velorin is a loss of bone strength';
    expect(harmInReason(text)).toBe('The main side effect of Velorin is a loss of bone strength.');
    const { harms } = brief({ harms: [harm(text, 'side-effect')] });
    expect(harms).toMatch(/^What were the harms\? The main side effect of Velorin is a loss of bone strength\./);
    expect(harms).not.toMatch(/work well together/);
  });

  it('names the harm by its cue rather than calling the harms "too detailed"', () => {
    const { harms } = brief({
      harms: [
        harm(
          'They are presently approved for use as ointments on the skin but their safety administered in other forms, such as tablets, in humans is unknown.',
          'risk',
          'harm-safety-unknown',
        ),
      ],
    });
    expect(harms).not.toMatch(/too detailed/);
    expect(harms).toMatch(/not yet known how safe Velorin is for this use/);
  });

  it('keeps who a death warning is about, and counts "should also not" as a warning', () => {
    const warned = seriousInBrief(
      [
        harm(
          'Velorin has a Boxed Warning about an increased risk of death associated with the use of these drugs to treat older people with kidney failure.',
          'death',
        ),
        harm(
          'Velorin should also not be used in patients with symptomatic heart failure because of a rare chemical effect on the heart muscle.',
          'risk',
        ),
      ],
      'Velorin',
    );
    const said = warned!.sentences.map((s) => s.text).join(' ');
    expect(said).toMatch(/risk of death in older people with kidney failure\./);
    expect(said).toMatch(/says who should not use Velorin/);
  });

  it('says what one person in the story felt without the pronoun, and never makes a doctor’s claim a patient’s', () => {
    const text = 'He feels a dizzy, floating sense for an hour or two after getting the drug.';
    expect(harmOfSomeone(text)).toBe('One person in the story feels a dizzy, floating sense for an hour or two after getting the drug.');
    expect(harmOfSomeone('He says the drug can cause a dizzy, floating sense.')).toBeNull();
    const { harms } = brief({ harms: [harm(text, 'risk')] });
    expect(harms).toMatch(/One person in the story feels a dizzy, floating sense/);
  });

  it('reads a label that speaks to the reader ("Don’t take X if you …") as saying who should not use it', () => {
    const warned = seriousInBrief(
      [
        harm(
          "Don't take Velorin if you have a history of kidney disease (e.g., chronic kidney failure, kidney stones or nephritis); are taking or have taken a monoamine oxidase inhibitor within the past 14 days; or are pregnant or nursing.",
          'risk',
        ),
      ],
      'Velorin',
    );
    expect(warned?.sentences.map((s) => s.text).join(' ')).toMatch(/says who should not use Velorin/);
  });

  it('ties a boxed warning to the harm it is for when the source says so', () => {
    const lines = (text: string) => seriousInBrief([harm(text, 'warning')], 'Velorin')?.sentences.map((s) => s.text) ?? [];
    expect(
      lines(
        'Because of the observed risk of liver damage, the labeling for Velorin includes a Boxed Warning and the drug is only available through a restricted program.',
      )[0],
    ).toBe('Velorin has a boxed warning for a risk of liver damage.');
    // A risk of death has its own line; a boxed warning that names no harm stays as it was.
    expect(lines('Velorin has a Boxed Warning about an increased risk of death in older people with kidney failure.')[0]).toBe(
      'Velorin has a boxed warning.',
    );
    expect(lines('Velorin carries a boxed warning, the strongest the agency gives.')[0]).toBe('Velorin has a boxed warning.');
  });
});
