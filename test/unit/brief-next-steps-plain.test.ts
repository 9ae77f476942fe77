// Review 8: the patient brief's "What happens next" must not say "Not reported" of a source
// that says what comes next, nor print a speaker's "we" or half a sentence.
import { describe, expect, it } from 'vitest';
import { nextStepForms, speaksAsWe, withoutInsertedAttribution } from '../../src/audiences/patient-brief/next-forms.js';
import { velorinBrief } from '../helpers/brief.js';
import { sourceFinding } from '../helpers/facts.js';

const brief = velorinBrief;
const step = (text: string, rule: string) => ({ ...sourceFinding(text), rule });

describe('"What happens next" in a plain form', () => {
  it('shortens a planned study to what is planned, and says "we" as the team', () => {
    expect(
      nextStepForms(
        'Although gout is a narrow case, we are currently pursuing larger-scale clinical trials to investigate the value of the marker in other joints as well.',
      ),
    ).toContain('The team is currently pursuing larger-scale clinical trials.');
    expect(
      nextStepForms('He is about to start a new study that involves giving older gout sufferers a daily walk and measuring their joints.'),
    ).toContain('The researcher is about to start a new study.');
    const { next } = brief({
      nextSteps: [
        step(
          'Our next steps are to evaluate this pill in larger studies, and take a closer look at how we can use other doses to reveal effects that may be invisible in small groups.',
          'next-steps-named',
        ),
      ],
    });
    expect(next).toBe("The team's next steps are to evaluate this pill in larger studies.");
  });

  it('never prints "we", nor a second half that counts back', () => {
    const { next } = brief({
      nextSteps: [
        step('We are working hard to ready a safe drug for use in clinics.', 'next-under-way'),
        step('more are in earlier phases of development.', 'next-in-development'),
      ],
    });
    expect(next).toBe('The team is working hard to ready a safe drug for use in clinics.');
  });

  it('prints a statement filed as a caveat and a next step under "What happens next", once', () => {
    const said =
      'Further research is needed to understand the importance of the risk difference and the benefits of Velorin in other groups.';
    const { next, model } = brief({
      nextSteps: [step(said, 'next-research-needed')],
      caveats: [{ ...sourceFinding(said), rule: 'caveat-more-research-needed' }],
    });
    expect(next).toBe('Further research is needed.');
    expect(model.knowledge.unknown.map((t) => t.text)).not.toContain('Further research is needed.');
  });

  it('says the source calls for more studies when it says what future studies should look at', () => {
    const { next } = brief({
      nextSteps: [
        step(
          'Continued assessment of these rare cardiovascular complications and their association with the three medicines is important in future studies.',
          'next-larger-trial',
        ),
      ],
    });
    expect(next).toBe('The source calls for more studies.');
  });

  it('drops who said it and what it will treat when the next step is too long whole', () => {
    expect(
      nextStepForms(
        'According to Dr. Okafor, the new joint-cooling equipment, which is made by a small firm, will be used to treat gout of the knee and ankle, including the big toe, wrist and elbow joints.',
      ),
    ).toContain('The new joint-cooling equipment, which is made by a small firm, will be used to treat gout of the knee and ankle.');
  });

  it('keeps the verb agreeing when "we" becomes the team, and leaves out a "we" it cannot put so', () => {
    expect(nextStepForms('We also plan to test the pill in a larger trial that will run for two years.')).toContain(
      'The team also plans to test the pill in a larger trial.',
    );
    expect(nextStepForms('We believe a larger trial that will run for two years is the way forward.')).not.toContainEqual(
      expect.stringMatching(/^The team believe\b/),
    );
  });

  it('reads "US" the country as no first person: a trial planned in the US can be printed', () => {
    expect(speaksAsWe('A larger trial of Velorin is now under way in the US.')).toBe(false);
    expect(speaksAsWe('We plan a larger trial of Velorin.')).toBe(true);
    expect(speaksAsWe('The results surprised us.')).toBe(true);
  });

  // Review 12 (h004): "The results of the trial, they add, were strong enough …" printed a
  // "they" the brief never introduced.
  it('drops who says it when set in the middle ("…, they add, …")', () => {
    expect(withoutInsertedAttribution('But the results of the trial, they add, were strong enough to go to the guideline panel.')).toBe(
      'But the results of the trial were strong enough to go to the guideline panel.',
    );
    expect(withoutInsertedAttribution('A larger trial, Ortiz says, will start next year.')).toBe('A larger trial will start next year.');
  });
});
