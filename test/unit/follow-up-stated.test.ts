// Review 7, follow-up "not reported" where the source gives it, or taken from another study:
// "After a year, those who had X were no better off" opens results on when they were
// measured; "blood drawn … up to 7 days later" is the last measurement; "screening … for a
// decade" is how long the study ran; the study's own quoted report ("The study reported that
// \"… within 10 years of starting treatment\"") states its follow-up; and "Researchers at Y
// found that … 10 years after diagnosis", right after "A separate analysis …", is that other
// analysis's.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const followUp = (body: string) => factsFrom(`# Lessons for back pain\n\n${body}\n`, 'follow.md').facts.followUp?.value;

describe('follow-up the source states', () => {
  it('reads a year that opens a sentence comparing the groups', () => {
    expect(
      followUp(
        'A trial gave 300 people with back pain posture lessons, yoga or usual care.\n\nAfter a year, those who had yoga were no better off than the others.',
      ),
    ).toBe('After a year');
  });

  it('reads the last of repeated measurements', () => {
    expect(
      followUp(
        'The team studied 120 people with head injuries.\n\nEach person had blood drawn eight times, from within two hours of the injury up to 5 days later.',
      ),
    ).toBe('up to 5 days later');
  });

  it('reads how long screening went on', () => {
    expect(
      followUp('The registry study covered 30,000 women.\n\nScreening women in their fifties for a decade cut deaths by 8 percent.'),
    ).toMatch(/for a decade$/);
  });

  it("reads the study's own quoted report, and not the separate analysis after it", () => {
    expect(
      followUp(
        'The study reported that "taking the pills for 5 years cut the risk of dying by 30 percent within 10 years of starting treatment, compared with no pills."\n\n' +
          'A separate analysis by the same group looked at vitamin D. Researchers at a northern university found that in women during the first 10 years after diagnosis, the vitamin cut deaths by 9 per cent.',
      ),
    ).toBe('within 10 years of starting treatment');
    expect(
      followUp(
        'A trial tested the pills in 500 women.\n\nA separate analysis by the same group looked at vitamin D. Researchers at a northern university found that in women during the first 10 years after diagnosis, the vitamin cut deaths by 9 per cent.',
      ),
    ).toBeUndefined();
  });
});

// Holdout review 10 (h009): "By the six-month follow up, 43 percent had remitted" was "How long:
// Not reported": "follow up" written as two words.
describe('follow-up written as two words', () => {
  it('reads "the six-month follow up"', () => {
    expect(
      followUp(
        'A trial gave 40 people with back pain posture lessons or usual care.\n\nBy the six-month follow up, 12 of 20 people had less pain.',
      ),
    ).toBe('six-month follow up');
  });
});

// Holdout review 10 (h006, h010, h049): "conducted by Jane Li, Ann Pinto and Alex Hart of the
// School of Nursing and Penn Integrates Knowledge Professor …" printed as "Where: Run by …
// Penn Integra": a list of authors is not where a study ran, and a place is never cut mid-word
// or on a dangling "from".
describe('setting', () => {
  const setting = (body: string) => factsFrom(`# Lessons for back pain\n\n${body}\n`, 'setting.md').facts.setting?.value;
  it('is not the authors the study was "conducted by"', () => {
    expect(
      setting(
        'This work, conducted by Jane Li, Ann Pinto and Alex Hart of the School of Nursing, shows that 300 people with back pain did better.',
      ),
    ).toBeUndefined();
    expect(setting('The trial, conducted by researchers at Lakeside Hospital, gave 300 people with back pain posture lessons.')).toMatch(
      /^conducted by researchers at Lakeside Hospital/,
    );
  });
  it('ends on a whole word, not on a connective', () => {
    const sentence =
      'The trial of 300 people with back pain was conducted at several hospitals by physiotherapists and doctors in the northern half of the country over twenty years, from the first patient to the last.';
    const value = setting(sentence)!;
    expect(value).toMatch(/^conducted at several hospitals/);
    // The source goes on with a space or a comma after the value, not with the rest of a word.
    expect(sentence.slice(sentence.indexOf(value) + value.length)).toMatch(/^[\s,]/);
    expect(value).not.toMatch(/\b(?:from|and|of|the|to|in|by|at)$/);
  });
});
