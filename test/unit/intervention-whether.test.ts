// What a study set out to learn the effect of ("seeing whether X made a difference") is
// the thing it tested, and a plural kind the story calls "X therapy" is named so.
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { answerKeyView } from '../../src/article/answer-key.js';
import { factsFrom } from '../helpers/article.js';

const view = (text: string) => answerKeyView(factsFrom(text, 'article.txt').facts);

describe('intervention: what a study set out to test', () => {
  it('takes the subject of "whether … made a difference" and the story\'s "… therapy"', () => {
    const text = [
      'Good News On Iron Late In Pregnancy',
      '',
      'A new study may comfort pregnant women who feel tired in the last months before birth.',
      '',
      'Doctors have argued for years about iron tablets, and about which women need them.',
      '',
      'The main goal was seeing whether iron supplements made a difference in how tired the women felt. About 400 women took part; half got a dummy pill.',
      '',
      '"For most women, iron supplement therapy is cheap and safe at these doses," said one of the doctors who led the work.',
      '',
      'Women on iron supplements felt less tired after eight weeks, and fewer of them needed a blood transfusion at birth. Iron supplements did not upset the stomach more than the dummy pill did.',
    ].join('\n');
    expect(view(text).intervention).toBe('iron supplement therapy');
  });

  it('does not take what a passive says was acted on', () => {
    const text = [
      'Lab tool sorts skin spots',
      '',
      'Researchers wanted to determine whether skin spots could be sorted more accurately using protein mapping (PM), a lab tool that reads the proteins in a sample.',
      '',
      'Protein mapping sorted 95 percent of 300 samples correctly. Skin spots are common, and skin spots that turn out to be cancer are rare.',
    ].join('\n');
    expect(view(text).intervention).not.toMatch(/skin spot/i);
  });
});
