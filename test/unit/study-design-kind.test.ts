// Review 18 (design and kind of study): "controlled" read off "they controlled for age";
// "randomized" read off "wasn't randomized"; a secondary analysis given as the trial it
// analyses; a late-stage study against chemotherapy, a double-blind study with
// questionnaires and a long-running cohort given the wrong kind; a story of trials in
// people called a study in mice; worms given to people taken for lab animals.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const story = (title: string, ...paragraphs: string[]) => factsFrom(`${title}\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;

describe('design words of the study', () => {
  it('does not read "controlled" off "controlled for" other factors', () => {
    const facts = story(
      'Walking may lower the risk of gout',
      'Adults who walked every day were less likely to develop gout, according to a study published in the Journal of Joints.',
      'The study could not prove cause and effect, although the authors controlled for age, weight and diet.',
    );
    expect(facts.design?.value ?? '').not.toMatch(/controlled/);
  });

  it('reads "was not randomized" as not randomized, and the groups as not randomised', () => {
    const facts = story(
      'Blood pressure pill tied to longer survival in bladder cancer',
      'Patients with bladder cancer who took a blood pressure pill lived longer, according to a study of 900 patients published in the Journal of Urology.',
      'The study was retrospective and wasn’t randomized, the researchers said.',
    );
    expect(facts.design?.value).toBe('retrospective, not randomized');
    expect(facts.derived.randomised?.value).not.toBe('randomised');
  });

  it('keeps "a secondary analysis of" a randomised trial in the design', () => {
    const facts = story(
      'Gene test may show who benefits from bone drug',
      'Women without the gene lived longer when they were given the drug, the researchers found.',
      'Read the paper: Lee A. Effect of a gene on a bone drug: a secondary analysis of the open-label, randomised, controlled, phase 3 BONE-1, Breast Journal. 2025.',
    );
    expect(facts.design?.value).toBe('secondary analysis of an open-label, randomised, controlled trial');
  });

  it('reads people divided into two groups as a controlled comparison', () => {
    const facts = story(
      'Yoga may ease back pain',
      'Researchers divided 80 adults with back pain into two groups: one did yoga twice a week, the other read a booklet.',
      'The yoga group reported less pain after 12 weeks, according to the New Journal of Backs.',
      'The controlled breathing of yoga may calm the mind, the researchers said.',
    );
    expect(facts.design?.value).toBe('controlled, two-group');
    expect(facts.derived.randomised?.value).toBe('controlled, not randomised');
  });
});

describe('kind of study', () => {
  it('calls a late-stage study of a drug against chemotherapy a trial, not observational', () => {
    const facts = story(
      'Drug extends survival in lung cancer study',
      'A maker’s approved lung cancer drug gave longer survival than chemotherapy in a late-stage study of patients whose tumors carry a protein associated with the disease.',
      'The company announced the results on Monday.',
      'The drug is already sold for other cancers.',
      'Patients taking the drug lived longer compared with those taking chemotherapy, the company said.',
      'The gain in survival was statistically significant.',
    );
    expect(facts.derived.studyType?.value).toBe('randomized trial');
  });

  it('does not call a double-blind study observational because it used questionnaires', () => {
    const facts = story(
      'Single dose of a drug eases anxiety in patients',
      'In a small double-blind study published in the Journal of Moods, 40 patients got a high dose and a placebo dose five weeks apart.',
      'The researchers rated mood with questionnaires before each session.',
      'Patients also filled out questionnaires on quality of life.',
      'Other questionnaires asked about sleep and pain.',
      'More questionnaires followed at six months.',
    );
    expect(facts.derived.studyType?.value).not.toBe('observational');
  });

  it('calls a long-running study of children a cohort study, with its design word', () => {
    const facts = story(
      'Sugary diets may dull children’s memory',
      'For the study, published in the Journal of Child Health, the team used data from a longitudinal study of 4,000 children.',
      'Children who ate more sugar had poorer memory at age 9, the researchers said.',
    );
    expect(facts.design?.value).toBe('longitudinal');
    expect(facts.derived.studyType?.value).toBe('observational');
  });

  it('does not call a story of trials in people a lab study for its word on mice', () => {
    const facts = story(
      'Vaccines against nicotine addiction move ahead',
      'A vaccine against nicotine is now in clinical trials, researchers said.',
      'In a 2009 trial, smokers who got the vaccine smoked less than those who got a placebo.',
      'A randomized Phase II trial of 300 smokers found the vaccine was safe.',
      'A new trial compared the vaccine with a placebo in 1,000 smokers.',
      'Earlier, the vaccine blocked nicotine in mice.',
      'The mice that received the vaccine ignored the drug.',
    );
    expect(facts.derived.studyType?.value).not.toBe('lab or animal');
  });

  it('does not take worms given to people for lab animals', () => {
    const facts = story(
      'Could worms cure your allergies?',
      'Some people swallow worms to calm their allergies.',
      'The worms live in the gut for years.',
      'In the first study, 50 patients got the worms or a placebo in a trial, published in the Journal of Guts.',
    );
    expect(facts.derived.studyType?.value).not.toBe('lab or animal');
  });
});
