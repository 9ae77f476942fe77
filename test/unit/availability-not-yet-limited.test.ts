// "Can people get it now?" must not say yes where the source says not yet, or only for some
// uses: a conditional or planned approval ("if approved …", "more testing before it is
// available", "hoped to apply for approval") is no approval; an approval the source limits
// ("approved only as a bridge to surgery") is named with its limit; a product "once
// considered experimental" that "came on the market" can be had; and approved products set
// against the one studied ("… are approved, but nothing that …") say nothing of it.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const story = (headline: string, ...sentences: string[]) =>
  factsFrom(`# ${headline}\n\n${sentences.join('\n\n')}\n`, 'availability-limits.md').facts;

const TRIAL = 'In a randomized trial, 240 patients received the spray or a placebo for 8 weeks.';

describe('availability: not yet, or only for some uses', () => {
  it('reads a conditional approval as not available', () => {
    const facts = story(
      'Nasal spray eases severe anxiety in trial',
      TRIAL,
      'If approved by the regulator, the spray would be the first new option for these patients in decades.',
    );
    expect(facts.derived.availability).toMatchObject({ value: 'not available', rule: 'availability-not-yet' });
  });

  it('reads more testing before it is available as not available, not as another use', () => {
    const facts = story(
      'Urine test spots early kidney damage',
      'The new urine test may improve early detection, although it will need further testing before it is available for doctors.',
      TRIAL,
    );
    expect(facts.derived.availability).toMatchObject({ value: 'not available', rule: 'availability-not-yet' });
  });

  it('names an approval limited to one use', () => {
    const facts = story(
      'Heart pump keeps patients alive longer',
      TRIAL,
      'The pump is currently approved only as a temporary measure until a transplant can be done.',
    );
    expect(facts.derived.availability).toMatchObject({ value: 'approved', rule: 'availability-approved-limited' });
  });

  it('reads a treatment that came on the market as available, though once called experimental', () => {
    const facts = story(
      'Light therapy helps some people with migraine',
      TRIAL,
      'Light therapy, once considered an experimental treatment, has gained ground since it came on the market three years ago.',
    );
    expect(facts.derived.availability).toMatchObject({ value: 'available', rule: 'availability-available' });
  });

  it('skips approved products set against the one studied and reads the plan to seek approval', () => {
    const facts = story(
      'Spray improves breathing in lung disease',
      TRIAL,
      'Two inhalers and one pill are approved to treat the disease, but nothing that repairs the damaged airway.',
      'The maker said it hoped to apply later this year for approval of the spray.',
    );
    expect(facts.availability?.source.line).toBe(7);
    expect(facts.derived.availability).toMatchObject({ value: 'not available', rule: 'availability-not-yet' });
  });
});
