// The press digest's headline says the lede's main result where one fits in ten words
// (review 15: "Study reports results for X", "X tested for Y" though the lede had a result),
// never a "may" teaser; a finding cut after "found that" that opens on "it" says the treatment
// its frame named; a person the source quotes keeps the capital of their name in the lede.
// Hand-written Facts, no news text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/article/schema.js';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import type { PressDigestModel } from '../../src/audiences/view-models.js';
import { ROOT } from '../helpers/article.js';
import { countOf, derivedWith, headlineFacts, judgedAs, sourceFinding, textFactOf } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const digest = (f: Facts) => composeDocument('press-digest', f, glossary, { buildDate: null }).view as PressDigestModel;
const trial = derivedWith({ studyType: judgedAs('randomized trial') });
const facts = (result: string, over: Partial<Facts> = {}) =>
  headlineFacts({
    intervention: textFactOf('oxaprin'),
    condition: textFactOf('knee arthritis'),
    participants: countOf(80, 'The trial enrolled 80 adults.'),
    derived: trial,
    results: [sourceFinding(result)],
    ...over,
  });

describe('a headline from the lede’s main result', () => {
  it('says a short result that names the treatment', () => {
    const model = digest(facts('Oxaprin helped reduce morning stiffness and joint swelling.'));
    expect(model.headline.text).toBe('Oxaprin helped reduce morning stiffness and joint swelling');
  });

  it('puts the treatment before a result that does not name it, in a headline’s words, without when it was read', () => {
    const model = digest(facts('By the 12-week visit, 45 percent of the patients had no pain at all.'));
    expect(model.headline.text).toBe('Oxaprin: 45% of patients had no pain at all');
  });

  it('never makes a headline of what "may" be', () => {
    const model = digest(facts('Oxaprin may do more than ease stiffness in the knee.'));
    expect(model.headline.text).not.toMatch(/\bmay\b/);
  });
});

describe('a lede whose finding opened on "it"', () => {
  it('names the treatment its frame named instead of "it"', () => {
    const text = digest(
      facts(
        'Lee then began dosing older rats with the anti-inflammatory compound oxaprin and found that it indeed was able to lower swelling in their joints over eight weeks.',
      ),
    ).lede.text;
    expect(text).toMatch(/\boxaprin indeed was able to lower swelling in their joints over eight weeks\.$/i);
  });
});

describe('a lede that opens the result on a quoted person’s name', () => {
  it('keeps the name’s capital after "reports that"', () => {
    const quote = {
      text: 'We were surprised.',
      speaker: 'Maria Moreno',
      role: null,
      affiliation: null,
      source: sourceFinding('x').source,
      origin: sourceFinding('x').origin,
    };
    const text = digest(facts('Moreno and colleagues saw less swelling in the treated knees than in the others.', { quotes: [quote] })).lede
      .text;
    expect(text).toMatch(/reports that Moreno and colleagues saw/);
  });
});
