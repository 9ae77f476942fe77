// A bare disease word narrowed by the body part after it ("cancers of the head and neck")
// is the condition; a term that only glosses one item of a list ("…, which are known as
// gliomas") is not. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { answerKeyView } from '../../src/article/answer-key.js';
import { factsFrom } from '../helpers/article.js';

const view = (text: string) => answerKeyView(factsFrom(text, 'article.txt').facts);

describe('condition: a disease word and its body part', () => {
  it('takes "cancers of the head and neck", not the gloss of one of its kinds', () => {
    const text = [
      'Hospital adds cooling treatment for hard-to-reach cancers',
      '',
      'A city hospital has started offering a cooling treatment alongside radiation for some patients.',
      '',
      'Doctors say the cooling makes tumor cells easier to kill with radiation.',
      '',
      'The new equipment will be used to treat cancers of the head and neck, including cancer of the tongue, throat and the glue cells of the brain, which are known as gliomas.',
      '',
      'Patients would get the cooling twice a week before their radiation.',
    ].join('\n');
    expect(view(text).condition).toBe('cancers of the head and neck');
  });
});
