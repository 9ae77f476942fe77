// Review 11/12 (issue #13), class "the main result is too long or too hard at every shorter form,
// so a lesser result or none shows" (h010, h012, h013): causes tested here, each with texts
// written for the test.
// - a named person's finding frame ("Lee discovered that …") never went;
// - a dashed aside typed as a spaced double hyphen ("-- as measured by … --") never went;
// - "the study participants … reported" was read as a report frame ("the study … reported"),
//   leaving a form with no subject ("Significantly greater gains … than …");
// - a closing ", for an overall rate of N per M" was never set apart;
// - "participated (in the study)" has a plain form ("took part");
// - "The people in the study who …" was not taken for a group defined by a "who" clause;
// - a form whose subject went with its frame ("Is the first test able to …") was taken for a sentence.
import { describe, expect, it } from 'vitest';
import { shorterForms } from '../../src/audiences/clauses.js';
import { isFragment } from '../../src/audiences/patient-text.js';
import { plainWords } from '../../src/audiences/plain-words.js';
import { splitRelativeSubject } from '../../src/audiences/shared-subject.js';

const strict = (sentence: string) => shorterForms(sentence, { strict: true });

describe('shorter forms of a long main result (clauses.ts shorterForms, patient brief)', () => {
  const claim =
    'the study participants who got weekly phone coaching for their back pain reported much greater gains in how far they could walk -- as measured by step counters and walking logs -- than those who got the leaflet.';

  it('drops who found it and a double-hyphen aside, and never leaves a form without its subject', () => {
    const forms = strict(`Lee discovered that ${claim}`);
    expect(forms).toContain(
      'The study participants who got weekly phone coaching for their back pain reported much greater gains in how far they could walk than those who got the leaflet.',
    );
    expect(forms.some((form) => /^Much greater gains/.test(form))).toBe(false);
  });

  it('keeps a double-hyphen aside that says which people', () => {
    const forms = strict(
      'Dr. Jane Roe and her colleagues found that the rest of the people -- who later needed a second operation on the same knee -- did not have more problems than those who had the operation at once.',
    );
    expect(forms[forms.length - 1]).toMatch(/^The rest of the people -- who later needed a second operation/);
    expect(forms.every((form) => form.includes('-- who later needed'))).toBe(true);
  });

  it('sets a closing summed-up rate apart as a sentence of its own', () => {
    expect(
      strict(
        'The new scan found 45 more lung tumors in smokers and former smokers, for an overall extra detection rate of 12.5 per 1,000 people.',
      ),
    ).toContain(
      'The new scan found 45 more lung tumors in smokers and former smokers. This was an overall extra detection rate of 12.5 per 1,000 people.',
    );
  });
});

describe('plain words and groups (plain-words.ts, shared-subject.ts)', () => {
  it('"those who participated in the study" are "those who took part"', () => {
    expect(plainWords('More than 40 percent of those who participated in the study walked further.')).toBe(
      'More than 40 percent of those who took part walked further.',
    );
  });

  it('"The people in the study who …" is a group defined by a "who" clause', () => {
    expect(
      splitRelativeSubject(
        'The people in the study who walked every day for a month had much less back pain than those who rested at home.',
      ),
    ).toEqual(['Some people in the study walked every day for a month.', 'They had much less back pain than those who rested at home.']);
  });
});

describe('a form whose subject went with its frame (patient-text.ts isFragment)', () => {
  it('"Is the first test able to …" is a fragment; a question is not', () => {
    expect(isFragment('Is the first blood test able to find gout early with a high degree of accuracy.')).toBe(true);
    expect(isFragment('Is this test right for me?')).toBe(false);
    expect(isFragment('It is the first blood test able to find gout early.')).toBe(false);
  });
});
