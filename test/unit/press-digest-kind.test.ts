// The press digest says what kind of story it is (review 12, helper J): its second
// paragraph calls the study by the kind the derive stage read, never by design words that
// the text said of other studies; a story with no study of its own reports none; an
// approval story leads with the approval, never "a study of"; a study that gave no
// treatment is never "a study of a treatment".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Facts, StudyType } from '../../src/article/schema.js';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import type { PressDigestModel } from '../../src/audiences/view-models.js';
import { ROOT } from '../helpers/article.js';
import { blankFacts, countOf, headlineFacts, textFactOf } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const press = (f: Facts) => composeDocument('press-digest', f, glossary, { buildDate: null }).view as PressDigestModel;

const kindOf = (value: StudyType, text = 'The study was described.') => ({
  value,
  basis: 'test',
  sources: [{ text, line: 5, column: 1 }],
  origin: 'derived' as const,
});
const withKind = (value: StudyType, overrides: Parameters<typeof headlineFacts>[0] = {}, said?: string) => {
  const base = blankFacts();
  return headlineFacts({ ...overrides, derived: { ...base.derived, studyType: kindOf(value, said) } });
};
const secondParagraph = (f: Facts) => press(f).body[0]!.text;

describe('press digest: the kind of story in paragraph two', () => {
  it('calls a review of trials a review, not "the randomized, controlled study"', () => {
    const sentence = 'The authors examined 9 randomized controlled trials with 1,200 patients.';
    const text = secondParagraph(
      withKind('review or meta-analysis', {
        design: textFactOf('randomized, controlled', sentence),
        participants: countOf(1200, sentence),
      }),
    );
    expect(text).not.toMatch(/randomized, controlled study/);
    expect(text).toMatch(/^The review covered 1,200 participants\. Design \(our reading of the text\): review of studies\./);
  });

  it('never calls a randomized trial "observational" for a word said of earlier studies', () => {
    const text = secondParagraph(
      withKind(
        'randomized trial',
        {
          design: textFactOf('observational', 'Most earlier evidence came from observational studies.'),
          participants: countOf(400, 'The trial enrolled 400 adults.'),
        },
        'The adults were randomized to the diet or advice.',
      ),
    );
    expect(text).not.toMatch(/observational/);
    expect(text).toMatch(/^The study enrolled 400 participants\. Design \(our reading of the text\): randomized trial\./);
  });

  it('keeps design words that fit the kind read', () => {
    const text = secondParagraph(
      withKind(
        'randomized trial',
        {
          design: textFactOf('randomized, double-blind', 'The randomized, double-blind trial enrolled 400 adults.'),
          participants: countOf(400, 'The randomized, double-blind trial enrolled 400 adults.'),
        },
        'The randomized, double-blind trial enrolled 400 adults.',
      ),
    );
    expect(text).toMatch(/^The randomized, double-blind study enrolled 400 participants\./);
  });

  it('says a story with no study of its own reports none, not how many people "the study" enrolled', () => {
    const text = secondParagraph(withKind('other', { intervention: textFactOf('a new inhaler') }));
    expect(text).toBe('The source reports no study of its own.');
  });

  it('asks how many mice a mouse study used, not how many people', () => {
    const text = secondParagraph(
      withKind('lab or animal', {
        population: textFactOf('older mice', 'The implants slowed ageing in older mice.'),
      }),
    );
    expect(text).toMatch(/^The source does not report how many mice the study used\./);
    expect(text).not.toMatch(/how many people/);
  });
});

describe('press digest: an approval story is not "a study"', () => {
  it('heads and leads with the approval when the derive stage read one, with no availability sentence', () => {
    const digest = press(
      withKind('regulatory approval', {
        intervention: textFactOf('Slimzo'),
        condition: textFactOf('obesity'),
        comparator: textFactOf('placebo'),
      }),
    );
    expect(digest.headline.text).toBe('Slimzo approved for obesity');
    expect(digest.lede.text).toMatch(/Slimzo was approved for obesity\.$/);
    expect(digest.lede.text).not.toMatch(/\bstudy\b/i);
    expect(digest.body[0]!.text).toMatch(/^The source does not report how many people took part in the research behind the approval\./);
  });
});

describe('press digest: a study that gave no treatment', () => {
  it('never calls a study of people watched "a study of a treatment"', () => {
    const digest = press(
      withKind('observational', {
        condition: textFactOf('breast cancer'),
        participants: countOf(5000, 'The survey asked 5,000 women about their diet.'),
        journal: textFactOf('BMJ'),
      }),
    );
    expect(digest.lede.text).not.toMatch(/a treatment/);
    expect(digest.lede.text).toMatch(/^A study of breast cancer in 5,000 people, published in BMJ, reports its results\.$/);
  });
});

// Review 12 (143): "A study of breastfeeding for childhood leukemia" made a link study's
// exposure a treatment; the headline already said "Breastfeeding and childhood leukemia".
describe('press digest: a study that watched a link', () => {
  it('says "a study of X and Y" in the lede, never "X for Y"', () => {
    const digest = press(
      withKind('observational', {
        intervention: textFactOf('napping'),
        condition: textFactOf('heart disease'),
        participants: countOf(5000, 'The survey asked 5,000 adults how often they napped.'),
      }),
    );
    expect(digest.lede.text).toMatch(/^A study of napping and heart disease\b/);
    expect(digest.lede.text).not.toMatch(/napping for heart disease/);
  });
});
