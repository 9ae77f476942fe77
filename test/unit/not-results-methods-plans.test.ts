// Review 15 (issue #13), class "result rows that are methods, plans or background": how the
// people were tested ("were tested … to assess"), a questionnaire they filled in, what the
// researchers want to do next, a theory the results are said to support, something that bent
// the results (people switching arms), what a test measures, and what the work might make
// possible were filed as results. The texts are made up; the cues are in
// src/article/cues/not-results.yaml.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const results = (text: string) => factsFrom(text, 'article.txt').facts.results.map((r) => r.text);
const RESULT = 'In the trial, 300 adults who took Zorvax had 30 percent fewer headaches than those who took a placebo.';

describe('sentences that tell how the study was done, or what is to come, are no results', () => {
  it.each([
    [
      'a method with its purpose',
      'The volunteers were tested in normal light and after sitting in the dark for 10 minutes to assess activity in different cells.',
    ],
    [
      'a questionnaire',
      'For the work, a group of 400 children, 52 percent girls, completed a questionnaire about how often they consumed eggs in the past month.',
    ],
    [
      'a plan',
      'The researchers also want to add to this current observational study to establish, through randomized controlled trials, that eating eggs can lead to better sleep and other practical outcomes.',
    ],
    [
      'something that bent the results',
      'The researchers wrote that a large number of the trial participants switched to the other drug after they heard it could reduce pain, which affected their results.',
    ],
    [
      'what a test measures',
      'The test approximates the average blood sugar levels over the previous 2 or 3 months, based on the amount of sugar that has accumulated on the surface of red blood cells.',
    ],
    [
      'what the work might make possible',
      'Scientists developing a quick test for prion diseases have changed the assay to offer the possibility of improving early diagnosis of other brain diseases.',
    ],
  ])('%s', (_, sentence) => {
    const found = results(`Zorvax and headaches\n\n${RESULT}\n\n${sentence}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/30 percent fewer headaches/);
  });
});
