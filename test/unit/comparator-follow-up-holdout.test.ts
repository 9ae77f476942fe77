// Holdout review (issue #13), comparator and follow-up wrong or missing (class 7). The comparator
// was "Placebo" where the story describes an active control, the wrong arm or a result's figure,
// a field's missing "standard of care" from background, or nothing where the story assigned
// people to "either the standard regimen or those drugs plus X". The follow-up was a speaker's
// "for over 100 years", the first of several measurement times, or the years a team spent
// developing a test. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const facts = (body: string) => factsFrom(`# A study\n\n${body}\n`, 'story.md').facts;

describe('comparator', () => {
  it('an active control the sentence describes, not "placebo" from the design word', () => {
    const f = facts(
      'As part of the double-blind, placebo-controlled trial, an active control treatment which causes drowsiness similar to the drug was used for one session.',
    );
    expect(f.comparator?.value).toBe('an active control treatment which causes drowsiness similar to the drug');
  });

  it('a control group that did not receive the therapy, not the other active arm', () => {
    const f = facts(
      [
        'A third of the participants met a therapist weekly, while another third used an app. A third control group of participants was phoned every other week but did not receive the therapy.',
        'Those who met a therapist improved more than those who used the app.',
      ].join('\n\n'),
    );
    expect(f.comparator?.value).toBe('a control group that did not receive the therapy');
  });

  it('no "standard of care" from a field that has none', () => {
    const f = facts(
      'The cancer is usually treated with chemotherapy, although no trials have established a standard of care. The team gave 20 patients the antibody.',
    );
    expect(f.comparator).toBeNull();
  });

  it('the group after a figure, not the figure', () => {
    const f = facts(
      'Eight weeks after treatment, pain scores of patients given the needles dropped an average of 38 percent, compared with an average drop of 22 percent for those given a simulated treatment.',
    );
    expect(f.comparator?.value).toBe('those given a simulated treatment');
  });

  it('the first arm when the second adds the new drug to it', () => {
    const f = facts(
      'Doctors at nine centres randomly assigned 63 women with the cancer, seen at the participating clinics, to receive either the standard chemotherapy regimen--a combination of two drugs--or those drugs plus the antibody.',
    );
    expect(f.comparator?.value).toBe('the standard chemotherapy regimen--a combination of two drugs');
  });
});

describe('follow-up', () => {
  it('not a speaker’s "for over 100 years"', () => {
    const f = facts(
      'Researchers studied 400 adults with the condition.\n\n"This is a radical change, because surgery has served patients well for over 100 years," said Dr. Jane Roe, a surgeon at the city hospital in the north of the country who led the study and wrote the report with colleagues from two other hospitals.',
    );
    expect(f.followUp).toBeNull();
  });

  it('the last of several measurement times', () => {
    const f = facts('The team studied 150 adults.\n\nAt 8 weeks, six months and 12 months after treatment, patients rated their pain.');
    expect(f.followUp?.value).toBe('12 months after treatment');
  });

  it('not the years a team spent developing a test', () => {
    const f = facts(
      'The team screened 300 blood samples.\n\nOver four years, the research team identified a combination of 12 antibodies that best signal the cancer.',
    );
    expect(f.followUp).toBeNull();
  });
});

describe('comparator, more ways a story names it', () => {
  it('arms listed after "one of three treatments:"', () => {
    const f = facts(
      'Patients with pain of at least 4 on a 10-point scale received one of three treatments: massage alone; massage with exercise; or exercise alone.',
    );
    expect(f.comparator?.value).toBe('massage with exercise or exercise alone');
  });

  it('what a named treatment was compared with, written first', () => {
    const f = facts(
      [
        'Talk therapy works as well as pills for low mood, a review found.',
        'The authors focused on comparing older antidepressant pills, such as Alpha and Beta, with talk therapy.',
      ].join('\n\n'),
    );
    expect(f.intervention?.value.toLowerCase()).toBe('talk therapy');
    expect(f.comparator?.value).toBe('older antidepressant pills');
  });
});

describe('comparator, not a subgroup', () => {
  it('people split by what they brought to the study are no arm', () => {
    const f = facts(
      [
        'Yoga is an effective treatment for back pain, a new study of yoga found.',
        'In the study, doctors referred 100 patients with back pain for ten sessions of yoga.',
        'Patients who were taking sleeping pills improved too but were less likely to improve compared to those who were not taking sleeping pills.',
      ].join('\n\n'),
    );
    expect(f.comparator).toBeNull();
  });

  it('but those who did not take the treatment itself are the comparison', () => {
    const f = facts('Women who took aspirin had fewer cancers compared with those who did not take aspirin, the study of aspirin found.');
    expect(f.comparator?.value).toBe('those who did not take aspirin');
  });
});
