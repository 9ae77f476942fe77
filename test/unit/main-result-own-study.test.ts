// Review 15 (issue #13), class "main result missing, or a side result shown as the main one":
// another study named by its year ("A 2013 study published in … found …") led over the
// story's own; a test study's finding told as a tested difference between its own groups
// ("significantly higher than those of people with other illnesses") and an eating study's
// finding about "walnut consumption" told as "consuming walnuts" did not rank at all.
// The texts are made up; the cues are in src/article/cues/main-result.yaml.
import { describe, expect, it } from 'vitest';
import { mainResults, sideSentence } from '../../src/audiences/main-result.js';
import { factsFrom } from '../helpers/article.js';

const ranked = (text: string) => mainResults(factsFrom(text, 'article.txt').facts).map((r) => r.finding.text);

describe('the main result is the story’s own study’s', () => {
  it('a study named by its year ranks below the study the story reports', () => {
    const text =
      'Body scans and fat\n\nIn a new study of 80 people presented at a meeting in May, researchers found that 21% of the women with a normal weight had excess fat on the Zorvax scan, says Dr. Roe.\n\nA 2009 study published in a radiology journal found only small differences when the same 500 people were scanned twice with the Zorvax scan.';
    const found = ranked(text);
    expect(found[0]).toMatch(/^In a new study of 80 people/);
    const { facts } = factsFrom(text, 'article.txt');
    const earlier = facts.results.find((r) => /A 2009 study/.test(r.text));
    expect(earlier && sideSentence(earlier)).toBe('background');
  });

  it('a tested difference between the study’s own groups ranks, with no figure and no treatment', () => {
    const found = ranked(
      'Blood test for stroke\n\nResearchers took blood from 500 people who came to an emergency room with sudden weakness.\n\nWhen Roe then looked just at people who had signs of stroke on scans, she found that their levels of the two proteins were significantly higher than those of people with other illnesses.',
    );
    expect(found[0]).toMatch(/significantly higher than those of people with other illnesses/);
  });

  it('"walnut consumption" is named by "consuming walnuts"', () => {
    const found = ranked(
      'Aging benefits may be associated with walnut consumption\n\nA new study published in a nutrition journal suggests that consuming walnuts each week was associated with a reduced risk of falls in older women.\n\nThe researchers looked at data from 50,000 women.',
    );
    expect(found[0]).toMatch(/consuming walnuts each week was associated with a reduced risk of falls/);
  });
});
