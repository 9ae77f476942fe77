// The condition is the health problem the story is about, not a disease it compares with
// ("a prognosis worse than for many advanced cancer patients") nor one named only as a
// history some people have ("except for women with a history of breast cancer"), when the
// story's own problem is a symptom such as hot flashes. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { answerKeyView } from '../../src/article/answer-key.js';
import { factsFrom } from '../helpers/article.js';

const view = (text: string) => answerKeyView(factsFrom(text, 'article.txt').facts);

describe('condition: not a disease the story compares with', () => {
  it('leaves out a disease named after "than"', () => {
    const text = [
      'A new pump for failing hearts',
      '',
      'Doctors are fitting more people with a small heart pump, the makers say.',
      '',
      'In a study in 2005, only 10% of such people were alive after three years, a prognosis worse than for many advanced lung cancer patients.',
      '',
      'The pump costs about $90,000.',
    ].join('\n');
    expect(view(text).condition ?? '').not.toMatch(/cancer/i);
  });

  it('takes hot flashes, not a history that rules some women out', () => {
    const text = [
      'Cooling gel eases hot flashes, trial finds',
      '',
      'A cooling gel rubbed on the neck reduced hot flashes in a study of 120 women going through menopause.',
      '',
      'Women who used the gel had half as many hot flashes as women who used a plain cream.',
      '',
      'The gel suits most women, except for women with a history of breast cancer, the researchers said.',
    ].join('\n');
    expect(view(text).condition).toMatch(/hot flashes/i);
  });
});
