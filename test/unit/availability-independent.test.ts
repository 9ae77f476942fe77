// Independent sources: the author of a journal's editorial on the study, and "experts not
// involved in the research", are outside voices.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const experts = (sentence: string) =>
  factsFrom(
    `# Zelorib eases gout flares\n\nIn a randomized trial, 200 patients received Zelorib or a placebo.\n\n${sentence}\n`,
    'indep.md',
  ).facts.independentExperts;

describe('independent experts', () => {
  it('reads the author of an accompanying editorial, named first', () => {
    expect(
      experts('"The gain is modest," write Mary K. Stone, of the University of Lakeside, Port Ellen, in an accompanying editorial.'),
    ).toMatchObject([{ speaker: 'Mary K. Stone', rule: 'independent-editorial' }]);
  });

  it('reads "says in an accompanying editorial"', () => {
    expect(experts('Dr. Paul Reed, a rheumatologist, says in an accompanying editorial that the trial settles the question.')).toHaveLength(
      1,
    );
  });

  it('reads "Experts not involved in the research", with no speaker', () => {
    expect(experts('Experts not involved in the research welcomed the results.')).toMatchObject([
      { speaker: null, rule: 'independent-not-involved' },
    ]);
  });
});
