// Number words become digits in patient text, whole: a compound number word is one number.
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/article/numbers.js';
import { wordsToDigits } from '../../src/audiences/plain-numbers.js';

const digits = (text: string) => wordsToDigits(text, findNumbers(text));

describe('wordsToDigits', () => {
  it('reads a hyphenated number word whole ("twenty-two percent" → "22 percent", never "20-two")', () => {
    expect(digits('About twenty-two percent of the women had hot flashes.')).toBe('About 22 percent of the women had hot flashes.');
    expect(digits('Thirty-five people took part.')).toBe('35 people took part.');
  });
  it('turns single number words of two and up into digits, and leaves "one" and other words alone', () => {
    expect(digits('Ten participants felt better after one year.')).toBe('10 participants felt better after one year.');
    expect(digits('They often felt tired.')).toBe('They often felt tired.');
  });
});

describe('naturalFrequency: one number format per comparison', () => {
  it('puts the other side per 100 too when a word stands before its figure ("compared to just 18 percent of those …", 101)', async () => {
    const { naturalFrequency } = await import('../../src/audiences/plain-numbers.js');
    const clause =
      '36 percent of the patients taking the tablet showed improvement, compared to just 18 percent of those taking a placebo.';
    const { text } = naturalFrequency(clause, findNumbers(clause), { participants: 200, singleGroup: false });
    expect(text).toMatch(/36 of every 100 people taking the tablet/);
    expect(text).toMatch(/just 18 of every 100 people taking a placebo/);
    expect(text).not.toMatch(/percent/);
  });
});

// Holdout review 11: "less than 40 of every 100 all people" (h039) and "Of the all 24 people" (h049).
describe('naturalFrequency: "all" is said once', () => {
  it('"40% of all patients" is "40 of every 100 people"', async () => {
    const { naturalFrequency } = await import('../../src/audiences/plain-numbers.js');
    const clause = 'One hour after treatment, less than 40% of all patients had less pain.';
    expect(naturalFrequency(clause, findNumbers(clause), { participants: 200, singleGroup: false }).text).toBe(
      'One hour after treatment, less than 40 of every 100 people had less pain.',
    );
  });
  it('"Of the 24 patients" in a 24-person study is "Of all 24 people"', async () => {
    const { naturalFrequency } = await import('../../src/audiences/plain-numbers.js');
    const clause = 'Of the 24 patients, 70 percent saw their disease halted.';
    expect(naturalFrequency(clause, findNumbers(clause), { participants: 24, singleGroup: true }).text).toMatch(/^Of all 24 people,/);
  });
});
