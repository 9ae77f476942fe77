// Review 15 (issue #13), "source sentences printed in the documents' own voice with no
// subject, a loose pronoun or no speaker": a sentence that needs the one before it ("Both
// groups had …", "Those gains were not kept", "We are working on …", "It also has been
// shown …", "Suggests a study presented at …") is not a sentence the patient brief can
// show alone; and the shortening that made two of them (an opening "in …" that was the
// claim itself, the object of "found" without "that") keeps the claim whole.
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { shorterForms, toPieces } from '../../src/audiences/clauses.js';
import { isFragment, opensOnSomeoneUnnamed } from '../../src/audiences/patient-text.js';

describe('opensOnSomeoneUnnamed: a subject that the sentence before named', () => {
  it.each([
    'Both groups slept better than those who got no help.',
    'But those gains were not kept over time.',
    'These patients had fewer colds.',
    'We are working hard to bring the cream to the clinic.',
    'Our next step is a larger trial.',
    'It also has been shown to raise the count.',
  ])('"%s" needs the sentence before', (sentence) => expect(opensOnSomeoneUnnamed(sentence)).toBe(true));

  it.each([
    'Both types of cream eased the itch.',
    "We don't know yet how long the effect lasts.",
    // Review 16: an outside expert's caution said in the first person stays.
    'We need to know how accurate the test is, and whether it can save lives.',
    'Both men and women gained weight.',
    'Those getting the pill twice a day did no better.',
    'According to the study, the pill eased the itch.',
    'Those who took the pill slept longer.',
    'These findings suggest the cream works.',
    'These early results are promising.',
    'The pill lowered the count in 8 of 10 people.',
  ])('"%s" names what it is about', (sentence) => expect(opensOnSomeoneUnnamed(sentence)).toBe(false));
});

describe('isFragment: who reported it, with the claim cut away', () => {
  it('"Suggests a study …" is no sentence', () => {
    expect(isFragment('Suggests a small study presented at a spring meeting.')).toBe(true);
    expect(isFragment('Says the lead author of the report.')).toBe(true);
  });
  it('a sentence that opens on its subject stands', () => {
    expect(isFragment('The study suggests the cream eases the itch.')).toBe(false);
    expect(isFragment('According to the study, the cream eases the itch.')).toBe(false);
  });
});

describe('shortening keeps the claim', () => {
  it('an opening "in …" with a verb of its own is the claim, and the report after it goes', () => {
    const pieces = toPieces(
      'A warm bath may do more than ease sore muscles; in some older adults it may lower the chance of a bad night, suggests a small study presented at a spring meeting.',
    );
    expect(pieces.sentences).toEqual([
      'A warm bath may do more than ease sore muscles.',
      'In some older adults it may lower the chance of a bad night.',
    ]);
  });

  it('what "found" found without "that" is no sentence when it has no verb of its own', () => {
    const forms = shorterForms(
      'A 2015 study published in a small journal by researchers at two city hospitals found only small changes when the same 300 people were weighed twice, a month apart.',
      { strict: true },
    );
    expect(forms.some((form) => /^Only small changes/.test(form))).toBe(false);
  });
});
