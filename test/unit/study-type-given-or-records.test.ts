// The kind of study when the text says who gave the treatment: a study that gave its
// participants the treatment ("a therapist provided a series of 10 massages", "one of 24
// people who received the experimental transplant") is a trial, even when it also reports
// who did better ("patients taking painkillers were less likely to improve"); a look back
// over medical records of people who used something is an observational study. Texts
// written for these tests. Review 11: h012, h049 (a treatment study called "a study that
// followed people without giving them a treatment"), h016 (a records review of no kind).
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const story = (title: string, ...paragraphs: string[]) => factsFrom(`${title}\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;

describe('study type: a treatment the study gave', () => {
  it('sessions given to every patient make a single-arm trial, not an observational study', () => {
    const facts = story(
      'Study finds yoga classes ease chronic neck pain',
      'Researchers found that yoga classes eased chronic neck pain in patients sent by their doctors.',
      'In this study, a yoga teacher designed and provided a series of 12 classes at no cost to each patient.',
      'The study also looked at traits associated with patients being more likely to improve.',
      'More than half of the patients who received the classes had less pain after three months.',
      'Smokers improved too, but were two times less likely to see a lasting change.',
    );
    expect(facts.derived.studyType?.value).toBe('single-arm trial');
  });

  it('a small group who received an experimental treatment as part of a study is a single-arm trial', () => {
    const facts = story(
      'Doctors halt a severe lung disease with a new transplant',
      'The turning point for one patient was an experimental lung cell transplant he got in 2009 as part of a study in Norway.',
      'He was one of a small cohort of 30 people with the disease who received the high-dose therapy.',
      'Of the 30 patients, 60 percent saw their disease stop getting worse, the paper in the Lancet reports.',
      'Better breathing was associated with younger age.',
    );
    expect(facts.derived.studyType?.value).toBe('single-arm trial');
  });
});

describe('study type: records reviewed', () => {
  it('the medical records of women who used a treatment make an observational study', () => {
    const facts = story(
      'Less pain in labour may mean fewer low moods after birth',
      'Pain relief in labour may lower the chance of low mood after birth, suggests a study presented at the 2019 annual meeting of birth doctors.',
      'In the study, researchers reviewed the medical records of 300 women who used pain relief and rated their pain during labour.',
      'Mood was scored six weeks after birth.',
    );
    expect(facts.derived.studyType?.value).toBe('observational');
  });
});
