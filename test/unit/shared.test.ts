// The lists and helpers in src/shared/ that every layer reads: one copy each, so these
// tests pin down what the old copies did (month spellings, number words, escaping).
import { describe, expect, it } from 'vitest';
import { wordCount, wordsOf } from '../../src/shared/count-words.js';
import { escapeRegExp } from '../../src/shared/escape-regexp.js';
import { MONTH_ABBREVIATIONS, MONTH_PATTERN, MONTHS, numberWords, numberWordValue } from '../../src/shared/word-lists.js';

describe('months', () => {
  const month = new RegExp(`^${MONTH_PATTERN}$`);

  it('lists the twelve in calendar order', () => {
    expect(MONTHS.map((m) => m.name)).toEqual([
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]);
  });

  it('matches full names and abbreviations, with or without a full stop', () => {
    for (const written of ['January', 'Jan', 'Jan.', 'May', 'June', 'Jun', 'July', 'Jul.', 'September', 'Sept.', 'Sep', 'Dec.'])
      expect(month.test(written), written).toBe(true);
    for (const written of ['Janu', 'Ma', 'Mayy', 'jan', 'Monday']) expect(month.test(written), written).toBe(false);
    // In a longer pattern the full name wins over its abbreviation.
    expect(new RegExp(`${MONTH_PATTERN} \\d+`).exec('September 4')?.[0]).toBe('September 4');
  });

  it('knows the abbreviations a sentence may go on after ("Feb. 1"), and "May" is not one', () => {
    expect([...MONTH_ABBREVIATIONS].sort()).toEqual(['apr', 'aug', 'dec', 'feb', 'jan', 'jul', 'jun', 'mar', 'nov', 'oct', 'sep', 'sept']);
  });
});

describe('number words', () => {
  it('gives the value of a one-word number in any case', () => {
    expect(numberWordValue('zero')).toBe(0);
    expect(numberWordValue('Twelve')).toBe(12);
    expect(numberWordValue('nineteen')).toBe(19);
    expect(numberWordValue('FORTY')).toBe(40);
    expect(numberWordValue('twenty-five')).toBeUndefined();
    expect(numberWordValue('dozen')).toBeUndefined();
    expect(numberWordValue('constructor')).toBeUndefined();
  });

  it('lists the words in a range, smallest first', () => {
    expect(numberWords(1, 12)).toEqual(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);
    expect(numberWords(20, 50)).toEqual(['twenty', 'thirty', 'forty', 'fifty']);
    expect(numberWords(0, 90)).toHaveLength(28);
  });
});

describe('wordCount', () => {
  const sentence = 'In 1,558 people, HDIT/HCT cut relapses by 95–99% — don’t miss the C-peptide data.';

  it('counts as the readability check does by default: other punctuation splits words', () => {
    expect(wordsOf('HDIT/HCT cut 95–99%')).toEqual(['HDIT', 'HCT', 'cut', '95', '99']);
    expect(wordCount(sentence)).toBe(16);
    expect(wordCount('— | •')).toBe(0);
  });

  it('counts words between spaces when asked, as a reader sees them', () => {
    expect(wordCount(sentence, { by: 'spaces' })).toBe(13);
    expect(wordCount('Home | News | Health', { by: 'spaces' })).toBe(3);
    expect(wordCount('  ', { by: 'spaces' })).toBe(0);
  });

  it('never counts fewer words by default than between spaces', () => {
    for (const text of [sentence, 'U.S. FDA', 'a — b', 'n=24 (50%)', ''])
      expect(wordCount(text)).toBeGreaterThanOrEqual(wordCount(text, { by: 'spaces' }));
  });
});

describe('escapeRegExp', () => {
  it('makes a pattern that matches exactly the text', () => {
    for (const value of ['HDIT/HCT (n=5)', 'a.b*c+d?e^f$g{h}i|j[k]l\\m', 'C-peptide'])
      expect(new RegExp(`^${escapeRegExp(value)}$`).test(value), value).toBe(true);
    expect(new RegExp(escapeRegExp('1.5')).test('105')).toBe(false);
  });

  it('leaves hyphens and spaces as they are, so callers can widen them', () => {
    expect(escapeRegExp('C-peptide test')).toBe('C-peptide test');
  });
});
