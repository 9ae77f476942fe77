// The kind of study: an invention or product story that never says a study was done is
// "other", however much it speaks of accuracy and detection; a look back over records,
// saying who was more likely to get something, is observational. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const story = (title: string, ...paragraphs: string[]) => factsFrom(`${title}\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;

describe('study type: a story with no study of its own', () => {
  it('an invented device described by its accuracy and detection is "other"', () => {
    const facts = story(
      'Pocket-sized skin scanner for melanoma',
      'An engineer in Leeds has invented a handheld skin scanner that could lead to more accurate checks of moles without a biopsy.',
      'The device is based on infrared light and can quickly show which spots look suspicious when linked to a tablet.',
      'Infrared Light Infrared imaging for melanoma detection is not new, but the engineer says the new device gives an image in seconds.',
      'A visual check by a dermatologist catches most melanomas, with up to 85% accuracy in experienced hands.',
      '“Although there is more work ahead, the scanner could change how moles are checked,” the engineer says.',
    );
    expect(facts.derived.studyType?.value).toBe('other');
  });

  it('the same device tested on patients is still a study of a test', () => {
    const facts = story(
      'Pocket-sized skin scanner spots melanoma',
      'A handheld skin scanner correctly identified 45 of 50 melanomas, researchers reported.',
      'The team tested the scanner on 300 moles that were later removed and examined under a microscope.',
      'The scanner had a sensitivity of 90 percent and a specificity of 80 percent.',
    );
    expect(facts.derived.studyType?.value).toBe('diagnostic accuracy');
  });
});

describe('study type: records reviewed', () => {
  it('records reviewed to see who was more likely to get a drug make an observational study', () => {
    const facts = story(
      'Wider use of an antidote could save lives',
      'Letting more pharmacists hand out an overdose antidote could save lives, according to a health department study published in the Journal of Rural Health.',
      'In 2016, more than 5,000 people died of overdoses in the region.',
      'According to the study findings, hospital pharmacists were more likely than community pharmacists to hand out the antidote.',
      'Pharmacy records for 2015 were reviewed to learn which customers received the antidote.',
    );
    expect(facts.derived.studyType?.value).toBe('observational');
  });
});

// Holdout review 10 (h016): "suggests a preliminary study presented at the 2016 annual meeting"
// was read as a story with no study of its own ("This story does not report a new study").
describe('study type: a study presented at a meeting', () => {
  it('is a study of the story’s own, as one in a journal is, though its design is not said', () => {
    const facts = story(
      'Easing labour pain may lower the risk of depression after birth',
      'Pain relief during labour may do more than ease pain; in some women it may lower the risk of depression after birth, suggests a preliminary study presented at the 2016 annual meeting of obstetric doctors.',
      '“Labour pain matters more than we thought,” said the lead author.',
      'Depression after birth affects about one in ten mothers.',
    );
    expect(facts.derived.studyType?.value).not.toBe('other');
  });
});

// Holdout review 11 (h025): a trade group's release citing several studies ("according to
// studies", "In a controlled study of …", "An additional randomized study found …") reports no
// study of its own; "an additional study" is another study, as "a separate study" is.
describe('study type: a release that cites other studies', () => {
  it('is "other" when its only trial words are about "an additional" study', () => {
    const facts = story(
      'Yoga may help the body fight colds',
      'People hoping to fend off colds this winter should ask a yoga teacher about it, a teachers’ group said. Regular yoga has been shown to help, according to studies.',
      '“Yoga can help the body’s defences,” said the group’s president.',
      'An additional randomized study found women with breast cancer may benefit from yoga for mood.',
    );
    expect(facts.derived.studyType?.value).toBe('other');
  });
});
