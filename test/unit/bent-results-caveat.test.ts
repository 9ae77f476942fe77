// Review 16 (issue #13), class "a caution that the results may be bent is not read as one":
// "…, which may have artificially boosted the positive results" (a second treatment taken in
// one arm) and "…switched to the other drug, which affected their results" (arms mixed) say
// why the figures may not hold. Neither was a caveat, so the brief lost the first when it cut
// for reading level and the clinician summary filed the second under no section at all. Now
// both are essential caveats (cues/caveats.yaml `caveat-biased-results`), and a "However,
// although A, B" sentence keeps B whole (findings.ts `concessive`).
import { describe, expect, it } from 'vitest';
import { limitationCaveats } from '../../src/audiences/limitations.js';
import { essentialCaveat } from '../../src/audiences/patient-brief/knowledge.js';
import { factsFrom } from '../helpers/article.js';

const story = (sentence: string) =>
  factsFrom(
    `Gout pill eases pain\n\nPatients given the pill had less pain than those given a dummy pill, 40 percent versus 20 percent.\n\n${sentence}\n`,
    'story.txt',
  ).facts;

describe('a cause that may have bent the results is an essential caveat', () => {
  it.each([
    [
      'However, although taking fewer painkillers, patients on the pill were using more sleeping pills after one year, which may have artificially inflated the positive results, she said.',
      'patients on the pill were using more sleeping pills after one year, which may have artificially inflated the positive results, she said.',
    ],
    [
      'Many people in the dummy-pill group switched to the new pill after they heard it worked, which affected the results.',
      'Many people in the dummy-pill group switched to the new pill after they heard it worked, which affected the results.',
    ],
    ['The researchers said that weight loss in both groups could have skewed their findings.', undefined],
  ])('%s', (sentence, kept) => {
    const facts = story(sentence);
    const caveat = facts.caveats.find((c) => c.rule === 'caveat-biased-results');
    expect(caveat).toBeDefined();
    if (kept) expect(caveat!.text).toBe(kept);
    expect(essentialCaveat(caveat!)).toBe(true);
    expect(
      limitationCaveats(facts)
        .map((item) => item.text)
        .join('\n'),
    ).toMatch(/inflated|affected|skewed/);
  });

  it('leaves a treatment that changed the disease, and a plan to weigh bias, alone', () => {
    expect(story('The pill affected the joints of most patients within a week.').caveats).toEqual([]);
    expect(story('A second study will check whether diet affects the results.').caveats).toEqual([]);
  });
});
