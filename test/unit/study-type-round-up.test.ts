// The kind of study of a feature or round-up: a story that speaks of "clinical trials",
// "studies have found" and a trial of this or that drug, but never of one study as its own
// ("the study", "this trial"), and names no journal, count of participants or phase, reports
// no study of its own; it is not "a study in which everyone got the treatment". Texts written
// for these tests. Review 11: h034 (a feature on a class of migraine injections), h036 (a
// feature on a fibroid pill under review, with two rivals in trials).
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const story = (title: string, ...paragraphs: string[]) => factsFrom(`${title}\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;

describe('study type: a feature on several trials', () => {
  it('trials spoken of only in the plural make no study of its own', () => {
    const facts = story(
      'A new kind of shot may soon ease cluster headaches',
      'Cluster headaches have puzzled doctors for decades, but a new kind of injection could reach pharmacies within a year.',
      'Clinical trials of the first pills worked but were halted over worries about the kidneys.',
      'Two companies have completed clinical trials and expect to hear from regulators by June.',
      'A neurologist who has worked on several clinical trials of the shots says each of them cuts headache days by one or two a month.',
      'So far, people on the shots report few side effects, mostly soreness where the needle goes in.',
    );
    expect(facts.derived.studyType?.value).toBe('other');
  });

  it('a trial of a rival product is background, not the story’s own study', () => {
    const facts = story(
      'A pill for heavy periods could be on sale next year',
      'A once-a-day pill for heavy periods could be on sale next year, with two rivals in the pipeline.',
      'Regulators accepted the maker’s application last month and expect to decide by May.',
      'Another company launched a phase 3 clinical trial for a similar drug in the summer.',
      'Headaches were the most common side effects in the trials of the pill, experts say.',
    );
    expect(facts.derived.studyType?.value).toBe('other');
  });

  it('"a clinical trial that compared …" is one trial of its own, though no journal or count is named', () => {
    const facts = story(
      'Two eye drops compared for dry eyes',
      'A two-year clinical trial that compared two eye drops found that sore days fell more for participants receiving the drop Lubrix than for those receiving Tearon.',
      'The 300 people were given Lubrix or Tearon every day.',
      'By two years, 30 percent of participants in the Lubrix group needed a second drop, compared with 45 percent in the Tearon group.',
    );
    expect(facts.derived.studyType?.value).not.toBe('other');
  });

  it('one trial the story calls its own keeps its kind, with no journal or count', () => {
    const facts = story(
      'Drug combination helps people with bowel cancer live longer',
      'Adding a new drug to chemotherapy helped people with bowel cancer live longer, the maker said on Monday, compared with patients who received only the chemotherapy.',
      'The latest trial success follows news last week of a separate study of the drug.',
      '“We are pleased the trial showed a clear survival benefit,” the company’s medical chief said.',
    );
    expect(facts.derived.studyType?.value).not.toBe('other');
  });
});
