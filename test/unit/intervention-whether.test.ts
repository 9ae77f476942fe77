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

// Holdout review 10: a story about a milk protein against taste loss after chemotherapy named
// no treatment. "the feasibility of X, a protein found in milk, as a treatment for Y" and
// "daily X supplementation" name what was studied; "nutrient supplementation" names a class.
describe('intervention: "X as a treatment for" and "X supplementation"', () => {
  const text = (...paragraphs: string[]) => ['Milk protein shown to ease taste loss after chemotherapy', '', ...paragraphs].join('\n\n');
  it('takes the name weighed "as a treatment for" a condition, after its aside', () => {
    const facts = view(
      text(
        'Cancer drugs often leave patients with a metal taste in the mouth.',
        'Researchers investigated the feasibility of oravelin, a protein found in saliva and milk, as a treatment for the metal taste.',
      ),
    );
    expect(facts.intervention).toBe('oravelin');
  });
  it('takes "daily X supplementation", but not "nutrient supplementation"', () => {
    expect(
      view(text('"Our work shows that daily oravelin supplementation changes the saliva of cancer patients," she said.')).intervention,
    ).toBe('oravelin');
    expect(view(text('The team asked whether nutrient supplementation during treatment helps taste.')).intervention).toBeNull();
  });
});

describe('intervention: a headline subject set in scare quotes', () => {
  it('is the writer’s label, not a name', () => {
    const text = [
      "'Super' berry may help boost memory",
      '',
      'A farmer has grown the berry for forty years and sells it to tea makers.',
    ].join('\n');
    expect(view(text).intervention).toBeNull();
  });
});
