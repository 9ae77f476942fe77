// Cutting long sentences never changes a number: a number's comma is not a clause's, and
// a number written with a leading point (".1 percent") keeps the space before it.
import { describe, expect, it } from 'vitest';
import { shorten, shorterForms } from '../../src/audiences/clauses.js';

describe('clauses keep numbers as written', () => {
  it('a ", which …," aside is never cut at the comma inside "2,500"', () => {
    const forms = shorterForms(
      'The tablet cut migraine hospital stays by 10 percent, which translates to one stay avoided per 2,500 people who took it, according to national registry data.',
    );
    expect(forms.every((form) => !/10 percent 500/.test(form))).toBe(true);
    expect(forms.some((form) => /per 2,500 people/.test(form))).toBe(true);
  });

  it('"Each .1 percent increase" keeps its space', () => {
    expect(
      shorten(
        'Each .1 percent increase in the blood marker above 5.1 percent in early pregnancy was associated with a 22-percent higher risk of migraine.',
      ),
    ).toMatch(/^Each \.1 percent increase/);
  });
});
