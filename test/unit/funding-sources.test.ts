// Who paid for the study, when the source names the funder in other words than "funded by",
// or after a press release's "###" end mark.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const TRIAL = 'In a randomized trial, 200 patients received the drug or a placebo for 12 weeks.';
const facts = (...sentences: string[]) =>
  factsFrom(`# Zelorib eases gout flares\n\n${[TRIAL, ...sentences].join('\n\n')}\n`, 'funding.md').facts;

describe('funding', () => {
  it('reads "supported in part by" and "provided, in part, by" (105, 107, 117)', () => {
    expect(facts('The study was supported in part by a grant from the Gout Foundation.').funding?.value).toMatch(
      /supported in part by a grant from the Gout Foundation/,
    );
    expect(facts('Funding for this research was provided, in part, by the Gout Foundation.').funding?.value).toMatch(
      /provided, in part, by the Gout Foundation/,
    );
  });

  it('reads "Funding for this study was from X"', () => {
    expect(facts('Funding for this study was from the Harbor Clinic’s Center for Joint Research.').funding?.value).toBe(
      'Funding for this study was from the Harbor Clinic’s Center for Joint Research',
    );
  });

  it('reads a funder named before "that paid for the study", from its name', () => {
    expect(
      facts('Patches work differently, said Dr. Ann Ray, director of the Ridge Health Institute, a private group that paid for the study.')
        .funding?.value,
    ).toBe('Ridge Health Institute, a private group that paid for the study');
    // Who paid for another study is not the study's funder.
    expect(facts('A separate analysis looked at mood. The Ridge Health Institute paid for that study.').funding).toBeNull();
  });

  it('reads the funders after a release’s end mark, past a company’s "Inc."', () => {
    const value = facts(
      'The drug worked.',
      '###',
      'The research was supported by Acme Pharma Inc., the Gout Foundation and a federal grant.',
    ).funding?.value;
    expect(value).toBe('supported by Acme Pharma Inc., the Gout Foundation and a federal grant');
  });
});
