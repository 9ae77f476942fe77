// The press digest's lede carries a result, with its key number when one fits (review 7:
// ledes that said "… reports results on calorie intake" or "… reports its results", or led
// with a lesser sentence while the key figure was at hand). Hand-written Facts, one per class.
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
const lede = (f: Facts) => (composeDocument('press-digest', f, glossary, { buildDate: null }).view as PressDigestModel).lede.text;
const NO_RESULT = /reports (?:its )?results|reports results on/;
const trial = derivedWith({ studyType: judgedAs('randomized trial') });

describe('the lede carries a result', () => {
  it('leads with the sentence that states the key figure, not a sentence of the same result without it', () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('zelofant'),
        condition: textFactOf('kidney failure'),
        participants: countOf(480, 'The trial enrolled 480 people.'),
        derived: trial,
        results: [
          sourceFinding(
            'Forty-one percent of patients on zelofant kept their kidney function for a full year of treatment, compared to 22% of patients in the standard care group.',
          ),
          sourceFinding(
            'Patients on zelofant felt the benefit within a week and 91% of the patients were still alive after two years, compared with 80% of patients getting dialysis.',
          ),
        ],
      }),
    );
    expect(text).toMatch(/91%/);
    expect(wordCount(text, { by: 'spaces' })).toBeLessThanOrEqual(25);
  });

  it('drops who reported it from the end of a long result, before a lesser result leads', () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('orvastin'),
        condition: textFactOf('high cholesterol'),
        participants: countOf(60, 'Sixty men took part.'),
        derived: trial,
        results: [
          sourceFinding(
            'The weekly pill lowered certain blood fats to the levels seen with daily statins, results from an abstract shown at the Lipid Forum, the yearly meeting in Boston, show.',
          ),
          sourceFinding('Orvastin appeared safe.'),
        ],
      }),
    );
    expect(text).toMatch(/lowered certain blood fats/);
    expect(text).not.toMatch(/show\.$/);
  });

  it('leads with another result of the study when no main result is ranked, never "reports results on …"', () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('a hunger patch'),
        condition: textFactOf('obesity'),
        participants: countOf(30, 'Thirty adults took part.'),
        derived: trial,
        results: [
          sourceFinding(
            'When compared to those given a dummy, the volunteers had a clear and lasting drop in appetite scores on every scale used.',
          ),
        ],
      }),
    );
    expect(text).not.toMatch(NO_RESULT);
    expect(text).toMatch(/drop in appetite scores/);
  });

  it('never leads with what the study did not do, or with what might follow', () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('a school exercise program'),
        condition: textFactOf('childhood obesity'),
        participants: countOf(900, 'The study followed 900 children.'),
        derived: trial,
        results: [
          sourceFinding('The study did not address whether the program saves money.'),
          sourceFinding('If similar gains were seen nationwide, thousands of children could avoid diabetes.'),
        ],
      }),
    );
    expect(text).not.toMatch(/did not address|If similar/);
  });

  it('gives the key comparison with what it measured when no sentence of the result fits', () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('pramilukast'),
        condition: textFactOf('psoriatic arthritis'),
        participants: countOf(300, 'The trial enrolled 300 people.'),
        derived: trial,
        results: [
          sourceFinding(
            'While 18.5 percent of patients who received only the placebo injections were judged to have met the trial’s specified clinical endpoint — a clear fall in the number of painful and swollen joints over many weeks — the response rate among those getting the real drug every four weeks was 51.5 percent.',
          ),
        ],
      }),
    );
    expect(text).toMatch(/51\.5% vs 18\.5%/);
    expect(wordCount(text, { by: 'spaces' })).toBeLessThanOrEqual(25);
  });
});
