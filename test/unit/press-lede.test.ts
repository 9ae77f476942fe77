// The press digest's lede leads with the main result of the main study, in the source's
// words, with who and how many when they fit (issue #13: "a lede from the main result").
// Each case is a hand-written Facts shaped like a class of article the review found.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/article/schema.js';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import type { PressDigestModel } from '../../src/audiences/view-models.js';
import { wordCount } from '../../src/shared/count-words.js';
import { ROOT } from '../helpers/article.js';
import { countOf, derivedWith, headlineFacts, judgedAs, sourceFinding, textFactOf } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const press = (f: Facts) => composeDocument('press-digest', f, glossary, { buildDate: null }).view as PressDigestModel;
const lede = (f: Facts) => press(f).lede.text;
const NO_RESULT = /reports (?:its )?results|reports results on/;
const studyOf = (kind: 'observational' | 'randomized trial' | 'single-arm trial' | 'other') => derivedWith({ studyType: judgedAs(kind) });

describe('the lede leads with the main result', () => {
  it('gives a result that does not name the treatment, with who was studied, rather than "reports results on …"', () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('neck scan'),
        condition: textFactOf('dementia'),
        participants: countOf(3200, 'The study followed 3,200 people.'),
        derived: studyOf('observational'),
        results: [
          sourceFinding(
            'People with the most intense pulses, which pointed to a greater and more irregular blood flow, were up to 50% more likely to suffer reduced cognitive functions, the research found, because the strength of the blood flow damaged vessels in the brain.',
          ),
        ],
      }),
    );
    expect(text).toBe(
      'In a study of 3,200 people, people with the most intense pulses were up to 50% more likely to suffer reduced cognitive functions.',
    );
  });

  it("says a long result as the study's, or alone when it names its people, within 25 words", () => {
    const attributed = lede(
      headlineFacts({
        intervention: textFactOf('larotrectinib'),
        condition: textFactOf('rare pediatric cancer'),
        journal: textFactOf('The Lancet Oncology'),
        derived: studyOf('single-arm trial'),
        results: [
          sourceFinding(
            "A first-of-its-kind drug targeting a fused gene found in many types of cancer was effective in 93 percent of pediatric patients tested, researchers at UT Southwestern's Simmons Cancer Center announced.",
          ),
        ],
      }),
    );
    expect(attributed).toBe(
      'A first-of-its-kind drug targeting a fused gene found in many types of cancer was effective in 93 percent of pediatric patients tested, a study reports.',
    );
    const alone = lede(
      headlineFacts({
        intervention: textFactOf('resynchronization therapy'),
        condition: textFactOf('heart failure'),
        journal: textFactOf('Journal of the American College of Cardiology'),
        derived: studyOf('randomized trial'),
        results: [
          sourceFinding(
            'Women treated with a combination pacemaker and defibrillator device had a 70 percent reduction in heart failure compared with a 35 percent decline in men, they said.',
          ),
        ],
      }),
    );
    expect(alone).toBe(
      'Women treated with a combination pacemaker and defibrillator device had a 70 percent reduction in heart failure compared with a 35 percent decline in men.',
    );
    for (const text of [attributed, alone]) expect(wordCount(text, { by: 'spaces' })).toBeLessThanOrEqual(25);
  });

  it('never leads alone with a result that calls the treatment only "the drug"', () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('aromatase inhibitors'),
        condition: textFactOf('breast cancer'),
        derived: studyOf('randomized trial'),
        results: [
          sourceFinding(
            'In postmenopausal women during the first 10 years after diagnosis of breast cancer, the drug could reduce the risk of death by 18 per cent.',
          ),
        ],
      }),
    );
    expect(text).not.toMatch(/^In postmenopausal women/);
  });

  it('keeps "no result" wording for a story without one, and does not say a study it may not have reports results', () => {
    const text = lede(
      headlineFacts({ intervention: textFactOf('ketamine'), condition: textFactOf('depression'), derived: studyOf('other') }),
    );
    expect(text).toBe('The source reports on ketamine for depression.');
    expect(text).not.toMatch(NO_RESULT);
  });
});

describe('the lede says "study" once', () => {
  it('lets a result that opens on its own study stand without our frame', () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('vemurafenib'),
        condition: textFactOf('melanoma'),
        participants: countOf(675, 'The trial involved 675 people.'),
        derived: studyOf('randomized trial'),
        results: [
          sourceFinding(
            'In a large, phase 3 study involving 675 people worldwide, patients on vemurafenib did much better than those on chemotherapy.',
          ),
        ],
      }),
    );
    expect(text).toBe(
      'In a large, phase 3 study involving 675 people worldwide, patients on vemurafenib did much better than those on chemotherapy.',
    );
  });

  it('drops the result\'s own "the study showed that" under "In a study of …", and a team\'s "found that"', () => {
    const showed = lede(
      headlineFacts({
        intervention: textFactOf('Alexander Technique'),
        condition: textFactOf('back pain'),
        participants: countOf(460, 'The study enrolled some 460 people.'),
        derived: studyOf('randomized trial'),
        results: [sourceFinding('The study showed that the Alexander Technique was highly effective in treating back pain.')],
      }),
    );
    expect(showed).toBe('In a study of 460 people, the Alexander Technique was highly effective in treating back pain.');
    const team = lede(
      headlineFacts({
        intervention: textFactOf('miconazole'),
        derived: studyOf('randomized trial'),
        results: [sourceFinding("Dr. Tesar's team found that miconazole stimulated mouse and human cells into generating myelin.")],
      }),
    );
    expect(team).not.toMatch(/study.*team found/i);
    expect(team).toMatch(/miconazole stimulated mouse and human cells into generating myelin/);
  });
});

describe('the treatment named as a noun in the lede', () => {
  it('gives a countable common noun its article ("a scanner"), and a name none', () => {
    const scanner = lede(
      headlineFacts({ intervention: textFactOf('scanner'), condition: textFactOf('breast cancer'), derived: studyOf('randomized trial') }),
    );
    expect(scanner).toMatch(/^A study of a scanner for breast cancer\b/);
    const drug = lede(
      headlineFacts({ intervention: textFactOf('zimislecel'), condition: textFactOf('diabetes'), derived: studyOf('randomized trial') }),
    );
    expect(drug).toMatch(/^A study of zimislecel\b/);
  });

  it('writes a name capitalised only because it opened a sentence in lower case ("five-minute neck scan")', () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('Five-minute neck scan', 'Five-minute neck scan can spot symptoms earlier'),
        condition: textFactOf('dementia'),
        derived: studyOf('randomized trial'),
      }),
    );
    expect(text).toMatch(/^A study of a five-minute neck scan for dementia\b/);
  });
});
