// Review r18, "who took part" wrong or "not reported" where the source gives it. Counts were
// summed that are not arms of one study: the whole a share is taken from with an outcome count
// ("most of the 80 patients who …, who noted that 79 men … improved" gave 159), the study's whole
// with a subgroup of it ("The 900 patients in the study …; 150 had taken …" gave 1,050); the
// first group after "involved" was dropped from a list of groups; a pool people were chosen from
// was read as the enrolment; another team's study stood as a rival; and plain enrolments went
// unread ("divided 40 people into two groups", "scan the brains of 210 babies", "patients in
// Spain were given either …", a long bracketed description, a rate per month). Texts written
// for these tests.
import { describe, expect, it } from 'vitest';
import { armSum } from '../../src/article/candidates/arms.js';
import { factsFrom } from '../helpers/article.js';

function participantsOf(body: string): number | null {
  return factsFrom(`A new look at an old remedy\n\n${body}`, 'story.txt').facts.participants?.value ?? null;
}

describe('counts that are not arms of one study are not summed', () => {
  it('the whole a share is taken from, and an outcome count', () => {
    const text =
      'In this study, the procedure helped most of the 80 patients who underwent it, according to the doctors, who noted that 79 men who had not responded to pills saw their symptoms ease.';
    expect(armSum(text)).toBeNull();
    expect(participantsOf(text)).toBe(80);
  });

  it("the study's whole and a subgroup of it", () => {
    const text =
      'The 900 patients in the study were treated at three hospitals between 2001 and 2009; 150 had taken the heart pill while they were on chemotherapy.';
    expect(armSum(text)).toBeNull();
    const body = ['Researchers analyzing a database of 900 women with the cancer found that those on the pill lived longer.', text].join(
      '\n\n',
    );
    expect(participantsOf(body)).toBe(900);
  });

  it('the first group after "involved" is a group, not the total, when the others outnumber it', () => {
    const text = 'The new study involved 31 people with severe lung disease, 22 people with milder lung disease, and 30 healthy people.';
    expect(armSum(text)?.value).toBe(83);
    expect(participantsOf(text)).toBe(83);
  });

  it('the pool people were chosen from, and another team’s similar study, are not the enrolment', () => {
    const body = [
      'The team published its results, involving 44 adult patients, alongside researchers from another university, who conducted a similarly designed study on 35 participants.',
      'For the study, the investigators recruited 44 participants diagnosed with advanced cancer.',
      'They were chosen from a total of 610 individuals who answered advertisements.',
    ].join('\n\n');
    expect(participantsOf(body)).toBe(44);
  });
});

describe('an enrolment the source states is read', () => {
  it('people divided into groups', () => {
    expect(participantsOf('Researchers divided 40 people with chronic pain into two groups: one did yoga, the other did not.')).toBe(40);
  });

  it('what was measured in them', () => {
    expect(participantsOf('Researchers used imaging to scan the brains of 210 babies when they were 6 and 12 months old.')).toBe(210);
  });

  it('where they were from, before "were given either"', () => {
    expect(
      participantsOf(
        'In the study, published in a journal on Monday, 96 patients in Spain were given either the pill or a placebo for two months.',
      ),
    ).toBe(96);
  });

  it('a long bracketed description before their enrolment', () => {
    expect(
      participantsOf(
        '140 patients (with a score of at least 20 on the depression rating scale and a score of at least 4 on the clinical impression scale) were randomized into three groups.',
      ),
    ).toBe(140);
  });

  it('a rate per month is an outcome, not a background figure', () => {
    expect(participantsOf('Phase three trial data on nearly 900 patients showed that the drug cut two headache days per month.')).toBe(900);
  });
});
