// Review 12 (issue #13), "not in the source" although the source gives it: a comparison group
// told as "N with no …" or by what it ate, a lede's "no therapy" for a group a later sentence says
// got something, who took part told after "N of these", groups summed in one sentence, a follow-up
// told as "over that N-year period" or "the effect was maintained for N days", access told as
// "routinely practiced", "any licensed prescriber can prescribe it" or "covered by insurance",
// a researcher who co-founded or is an officer of a named company, and the trial researchers say
// they need next. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const facts = (body: string) => factsFrom(`# A study\n\n${body}\n`, 'story.md').facts;

describe('comparator the source gives', () => {
  it('the group with no diagnosis, in a count split in two', () => {
    const f = facts('The team tested 40 volunteers: 20 with the disorder and 20 with no history of any mental illness.');
    expect(f.comparator?.value).toBe('20 with no history of any mental illness');
  });

  it('the low-intake group a diet study measures against ("than those who ate …")', () => {
    const f = facts('Girls who ate four servings of beans a day had a 20% lower risk of gout than those who ate one serving a week.');
    expect(f.comparator?.value).toBe('those who ate one serving a week');
  });

  it('what the control group got, said later, rather than the lede\'s "no therapy"', () => {
    const f = facts(
      [
        'Stress was lower in nurses who used an app for a month, compared with those who got no therapy.',
        'The study involved 300 nurses. Nurses who used the app were 30 percent less stressed compared to those who received two leaflets with advice on where to find help.',
      ].join('\n\n'),
    );
    expect(f.comparator?.value).toBe('those who received two leaflets with advice on where to find help');
  });
});

describe('who took part, as the source says it', () => {
  it('"N of these women who had …": the count\'s own clause, without "of these", kept whole past "two or more"', () => {
    const f = facts(
      'One in four women who become pregnant lose the baby early. The researchers studied the effects of the hormone in 80 of these women who had experienced two or more such losses.',
    );
    expect(f.population?.value).toBe('80 women who had experienced two or more such losses');
  });

  it('groups summed in one sentence describe who took part; arms do not', () => {
    const cohort = facts(
      'The team looked at data from over 50,000 women who were part of a nurses study from 1990 to 2015 and over 30,000 men who were part of a doctors study.',
    );
    expect(cohort.population?.value).toMatch(
      /^over 50,000 women who were part of a nurses study .* over 30,000 men who were part of a doctors study$/,
    );
    const arms = facts(
      'Over the trial, 60 participants received the drug every week; 55 received placebo every week; and 58 switched between them.',
    );
    expect(arms.population?.value ?? '').not.toMatch(/received/);
  });
});

describe('follow-up the source gives', () => {
  it('"over that 20-year period"', () => {
    const f = facts('The team studied 9,000 smokers from 1990 to 2010.\n\nOver that 20-year period, 1,100 of them had a stroke.');
    expect(f.followUp?.value).toBe('20-year period');
  });

  it('"that effect was maintained for 45 days"', () => {
    const f = facts('Six of the 12 men who took the pill in the trial slept better within a week. That effect was maintained for 45 days.');
    expect(f.followUp?.value).toBe('45 days');
  });
});

describe('availability the source gives', () => {
  it('"routinely practiced at" a hospital', () => {
    const f = facts(
      'Holding babies skin to skin calms them, a study of 300 babies found.\n\nAt the city hospital, the method is routinely practiced for healthy mothers and babies.',
    );
    expect(f.availability?.source.line).toBe(5);
    expect(f.derived.availability?.value).toBe('available');
  });

  it('"any provider licensed to prescribe can prescribe it"', () => {
    const f = facts(
      'The pill cut heavy drinking in 400 adults.\n\nAny health care provider who is licensed to prescribe medicine can prescribe the pill, not just specialists.',
    );
    expect(f.derived.availability?.value).toBe('available');
  });
});

describe('a tie the source reports', () => {
  it('a start-up the researcher co-founded, or an office at a named company', () => {
    const startUp = facts(
      'The scan found tumour edges in 30 patients.\n\nAcme Optics, a start-up company Lee co-founded that also helped with the study, is selling the probe.',
    );
    expect(startUp.caveats.some((c) => c.rule === 'industry-founder-officer')).toBe(true);
    const officer = facts(
      'The capsule measured gas in the gut of nine adults.\n\nThe lead author is also chief technology officer at Acme Capsules, which sells it.',
    );
    expect(officer.caveats.some((c) => c.rule === 'industry-founder-officer')).toBe(true);
  });
});

describe('the next trial the researchers say they need', () => {
  it('"next we need to study it with a randomized trial", quoted', () => {
    const f = facts(
      'The hormone was given to 90 women.\n\n"The results show us that next we need to study the hormone with a prospective randomized trial to validate the findings," said Lee.',
    );
    expect(f.nextSteps.map((n) => n.rule)).toContain('next-need-to-study');
  });

  it('"could be beneficial, if the results are confirmed in a broader study"', () => {
    const f = facts(
      'The app cut stress in 300 nurses.\n\nLee said offering the app to all nurses could be beneficial, if her results are confirmed in a broader study.',
    );
    expect(f.nextSteps.map((n) => n.rule)).toContain('next-need-to-study');
  });
});

// Review 14 (h058): "did not need surgery for at least a year afterward" gave no follow-up,
// and a first version printed "Least a year." in the brief (its "at" read as a preposition).
describe('follow-up seen as staying well "for at least a year afterward"', () => {
  it('reads it as follow-up and prints "At least a year." in the brief', async () => {
    const f = facts(
      'Researchers studied 400 adults with the infection. Half got the pill and half got surgery. The researchers found that 70% of the patients who took the pill did not need surgery for at least a year afterward.',
    );
    expect(f.followUp?.value).toBe('at least a year');
    const { readFileSync } = await import('node:fs');
    const { composePatientBrief } = await import('../../src/audiences/patient-brief.js');
    const { loadGlossary } = await import('../../src/audiences/glossary.js');
    const brief = composePatientBrief(f, loadGlossary(readFileSync('content/glossary.yaml', 'utf8')), { buildDate: null });
    const row = brief.study.rows.find((r) => r.id === 'how-long');
    expect(row?.value.text).toBe('At least a year.');
  });
});
