// Comparator, follow-up, setting and design: each case is a fact a reader must never see
// contradicted ("No comparison group is reported" when the story names one; a design or
// comparator taken from a background sentence). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const facts = (body: string) => factsFrom(`# A study\n\n${body}\n`).facts;

describe('comparator named by the story', () => {
  it('finds the other group of "compared A to B" with the measure words apart', () => {
    const f = facts(
      'Researchers analyzed records from a large study of pregnant women. They compared blood test results from 90 women who later developed the condition to test results from 180 women who did not develop it.',
    );
    expect(f.comparator?.value).toBe('180 women who did not develop it');
    expect(f.comparator?.rule).toBe('comparator-compared-split');
  });

  it('keeps the name in apposition of an established treatment', () => {
    const f = facts(
      'A large trial compared the safety of the new shot, Zorvax 2, with the current shot, Zorvax, in more than 9,000 adults aged 18 to 30.',
    );
    expect(f.comparator?.value).toBe('the current shot, Zorvax');
  });

  it('names "those without" the condition after "compared with"', () => {
    const f = facts(
      'People who went on to develop the disease had higher levels, compared with those without the disease (an average of 4.9 percent).',
    );
    expect(f.comparator?.value).toBe('those without the disease');
  });

  it('names "no treatment" of some kind', () => {
    const f = facts('In the pooled trials, the pill cut deaths by 30 percent, compared with no hormonal therapy.');
    expect(f.comparator?.value).toBe('no hormonal therapy');
  });

  it('reads a quotation of the study itself', () => {
    const f = facts(
      'The study reported that "taking the pill for five years cut deaths by 30 percent, compared with no hormonal therapy."',
    );
    expect(f.comparator?.value).toBe('no hormonal therapy');
  });

  it('takes the other arms of a three-arm random assignment', () => {
    const f = facts('Each participant was assigned randomly to receive Alphamab (2 mg), Betamab (1 mg), or Gammamab (0.5 mg).');
    expect(f.comparator?.value).toBe('Betamab or Gammamab');
  });

  it('falls back to weaker cues: a multiple of potency, the standard test, a healthy group, other patients, a control group', () => {
    expect(facts('Lab tests found the new compound was 30 times more potent than the older drug Platinex.').comparator).toMatchObject({
      value: 'the older drug Platinex',
      rule: 'comparator-times-than',
    });
    expect(facts('The new scan is more accurate at finding tumors than standard biopsy reviews, the study found.').comparator?.value).toBe(
      'standard biopsy reviews',
    );
    expect(facts('The team studied 15 healthy adults and another 15 people with the disorder.').comparator?.value).toBe(
      '15 healthy adults',
    );
    expect(
      facts('In the study, levels were higher in patients with brain injuries than in patients with other injuries.').comparator?.value,
    ).toBe('patients with other injuries');
    expect(facts('In a control group, older rats did worse on the maze test.').comparator?.value).toBe('a control group');
  });

  it('does not take a control the study did not have', () => {
    expect(facts('The small study of 30 patients had no control group, the authors noted.').comparator).toBeNull();
    expect(facts('The study of 30 patients lacked a placebo group.').comparator).toBeNull();
    expect(facts('In the trial of 300 patients, the drug was no better than placebo.').comparator?.value).toBe('placebo');
  });

  it('names a sham with what it imitates', () => {
    expect(facts('For a week, 20 volunteers received either active or sham (fake) deep brain stimulation, or DBS.').comparator?.value).toBe(
      'sham (fake) deep brain stimulation',
    );
  });

  it('does not take healthy volunteers alone for a comparison group', () => {
    expect(facts('The first trial of the drug enrolled 40 healthy volunteers.').comparator).toBeNull();
  });

  it('does not take a placebo from what an earlier, dated study found', () => {
    const f = facts(
      'The new study gave the drug to 30 patients. A major study on sleeping pills published in 2008 seemed to confirm his doubts. It found that current pills really are not much better than a placebo.',
    );
    expect(f.comparator).toBeNull();
  });
});

describe('design and setting from the study, not its background', () => {
  it('does not call a registry analysis randomized from trials of past decades', () => {
    const f = facts(
      'The new study analyzed a national cancer registry. Much of the debate rests on studies done from the 1970s through the 1990s in which women were randomly assigned to be screened or not.',
    );
    expect(f.design).toBeNull();
  });

  it('gives the design its rule', () => {
    expect(facts('The randomized, double-blind trial enrolled 300 adults.').design).toMatchObject({ rule: 'design-terms' });
    expect(facts('Patients were randomly assigned to the drug or to usual care.').design).toMatchObject({
      value: 'randomized',
      rule: 'design-randomly-assigned',
    });
  });

  it('ends the setting where the sentence goes on with its own verb', () => {
    expect(
      facts(
        'The new research, conducted by investigators at Acme Medical School in Springfield, is important because it offers a new option.',
      ).setting?.value,
    ).toBe('conducted by investigators at Acme Medical School in Springfield');
    expect(
      facts('A study led by researchers at the University of Springfield has shown that 200 women respond to the drug.').setting?.value,
    ).toBe('led by researchers at the University of Springfield');
  });

  it('takes no setting from a paragraph that profiles an institution', () => {
    const f = facts(
      'The trial enrolled 80 patients.\n\nThe medical school was founded in 1850 as the first in the region. It works worldwide, with research facilities in 30 countries around the world.',
    );
    expect(f.setting).toBeNull();
  });
});

describe('follow-up', () => {
  it('reads "followed for an average of" a time', () => {
    expect(
      facts('The women wore activity trackers for a week. They were then followed for an average of four years.').followUp?.value,
    ).toBe('followed for an average of four years');
  });

  it('reads when the outcome was measured after the end of treatment', () => {
    expect(
      facts('The main outcome was hair loss, rated at one month (four to six weeks) after the last chemotherapy cycle.').followUp,
    ).toMatchObject({
      value: 'at one month (four to six weeks) after the last chemotherapy cycle',
      rule: 'followup-after-end',
    });
  });

  it('does not take the regimen of a second, smaller study for the follow-up', () => {
    const f = facts(
      'The drug was evaluated in two trials of 900 patients. The drug was also evaluated in a trial of 120 patients with severe disease, of whom 60 received it with another drug for 24 weeks.',
    );
    expect(f.followUp).toBeNull();
  });

  it('reads a time that opens a sentence of results, a month-long trial, a time period', () => {
    expect(
      facts('In the trial, 60 patients took the pill or a placebo. After 30 days, 40% of those on the pill had responded.').followUp?.value,
    ).toBe('After 30 days');
    expect(facts('The pill appeared safe in a month-long trial of 80 men.').followUp?.value).toBe('a month-long trial');
    expect(facts('In the study, 24 smokers had the drug given over a 30-hour time period.').followUp?.value).toBe(
      'over a 30-hour time period',
    );
  });
});
