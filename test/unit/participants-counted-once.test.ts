// Holdout review (issue #13), "who took part" wrong or "not reported" although the source gives
// it. Group counts were summed with the total they split ("250 women … (124 women) or a placebo
// (126 women)" gave 500), with subgroups of a total already given ("Some 40 of the patients had
// …, and 18 had …"), and with the base of a rate ("For every 1,000 people screened, three
// children and three parents …" gave 1,003). And a plain enrolment went unread when its people
// were named by their age, their work or a comma-parted description, when it came after "the new
// trial" in a story that had just named another study, when it was "of these women", when the
// verb was "tapped", and when it was given both rounded and exact. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { armSum } from '../../src/article/candidates/arms.js';
import { factsFrom } from '../helpers/article.js';

function participantsOf(body: string): number | null {
  return factsFrom(`A new look at an old remedy\n\n${body}`, 'story.txt').facts.participants?.value ?? null;
}

describe('arms are summed once', () => {
  it('a total told before its arms is not added to them', () => {
    const text = 'In the trial, 250 pregnant women were randomly assigned to receive a supplement (124 women) or a placebo (126 women).';
    expect(armSum(text)?.value).toBe(250);
    expect(participantsOf(text)).toBe(250);
  });

  it('two equal arms are still two arms', () => {
    expect(armSum('The team studied 20 healthy adults and another 20 individuals with the disorder.')?.value).toBe(40);
  });

  it('subgroups of a total given elsewhere are not summed', () => {
    const text =
      'Doctors at nine centres randomly assigned 63 women with the cancer to chemotherapy or chemotherapy plus the antibody. Some 40 of the patients had advanced disease, and 18 had recurrent disease.';
    expect(armSum('Some 40 of the patients had advanced disease, and 18 had recurrent disease.')).toBeNull();
    expect(participantsOf(text)).toBe(63);
  });

  it('the base of a rate is no group, and the people per so many are no enrolment', () => {
    const body = [
      'For every 1,000 people screened in the study, three children and three parents were found to carry the gene.',
      'The study screened 9,870 children at their routine check-ups.',
    ].join('\n\n');
    expect(armSum(body.split('\n\n')[0]!)).toBeNull();
    expect(participantsOf(body)).toBe(9870);
  });
});

describe('an enrolment the source states is read', () => {
  it('people named by their work, spelled out', () => {
    expect(participantsOf('Eighty sailors at the naval base who had trouble sleeping were recruited for the study.')).toBe(80);
    expect(participantsOf('The research involved about 300 medical interns in their first year of training.')).toBe(300);
  });

  it('people named by their age', () => {
    expect(participantsOf('For the work, a cohort of 612 8- to 10-year-olds in Peru answered questions about their diet.')).toBe(612);
  });

  it('a description parted by a comma', () => {
    expect(participantsOf('To test this, the team recruited 180 healthy, overweight older men who had low iron levels.')).toBe(180);
  });

  it('"the new trial" after a sentence about another study', () => {
    const body = [
      'A smaller study in Spain with similar patients failed to find a benefit for the valve.',
      'In the new trial, 580 patients with severe lung disease in the United States were randomly assigned to the valve or to usual care.',
    ].join('\n\n');
    expect(participantsOf(body)).toBe(580);
  });

  it('"studied X in 120 of these women"', () => {
    const body = [
      'Some women lose every pregnancy.',
      'The researchers studied the effects of a hormone cream in 120 of these women who had lost two or more pregnancies.',
    ].join('\n\n');
    expect(participantsOf(body)).toBe(120);
  });

  it('"tapped" as an enrolment verb, and the people analysed in a named cohort', () => {
    expect(participantsOf('To answer this, the study tapped more than 2,300 volunteers aged 70 and older.')).toBe(2300);
    expect(
      participantsOf("The researchers looked at data from 48,310 men in the Doctors' Health Study, which tracked men for 20 years."),
    ).toBe(48310);
  });

  it('a rounded count in the lede and the exact one in the methods are one enrolment', () => {
    const body = [
      'The randomized trial, which involved more than 300 older women with low vitamin levels, is published today.',
      'The researchers recruited 326 healthy, overweight older women for the year-long study.',
    ].join('\n\n');
    expect(participantsOf(body)).toBe(326);
  });

  it('a parent study published in an earlier year is not the one reported', () => {
    const body = [
      'The study involved 412 healthy participants, who were divided into three groups.',
      'It was part of a larger investigation of the diet. That study, which involved nearly 7,000 participants, was published in 2012.',
    ].join('\n\n');
    expect(participantsOf(body)).toBe(412);
  });
});

describe('who they were ends where the enrolment begins', () => {
  it('not "were randomly assigned … to receive either …", nor the trials "that compared" two treatments', () => {
    const pop = (body: string) => factsFrom(`A new look at an old remedy\n\n${body}`, 'story.txt').facts.population?.value ?? '';
    expect(pop('In the trial, 250 pregnant women who smoked were randomly assigned to receive either the supplement or a placebo.')).toBe(
      '250 pregnant women who smoked',
    );
    expect(pop('The researchers examined 11 trials with 1,400 patients that compared a pill with talk therapy.')).not.toMatch(/compared/);
  });
});

// Review 12 (h048): "7 of the 10 women who took the drug …" and "Among the 11 women who took
// the placebo, …" counted the study as 10, the treated arm alone.
describe('arms counted in two sentences', () => {
  it('sums a treated arm and a placebo arm each told as the people who took it', () => {
    const body =
      'A drug company said on Monday that 8 of the 12 men who took the drug in the trial slept better within a week.\n\nAmong the 13 men who took the placebo, just two slept better.';
    expect(participantsOf(body)).toBe(25);
  });

  it('leaves one arm alone when the other is not counted', () => {
    const body = 'A drug company said on Monday that 8 of the 12 men who took the drug in the trial slept better within a week.';
    expect(participantsOf(body)).toBe(12);
  });
});
