// The press digest's lede gives the main result where one exists (review 15: ledes that
// "report its results" though a result was there, or that said the study's count twice).
// Three classes, hand-written Facts: a typewriter's double-hyphen dash ("--") around an
// aside, and "X discovered that" as a report frame, left a result one aside too long; "the
// study participants" says "study" again in a lede that opens on the study; a finding that
// counts its own people ("Of the 30 patients, …") after "In a study of 30 people," said the count twice.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/article/schema.js';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import type { PressDigestModel } from '../../src/audiences/view-models.js';
import { ROOT } from '../helpers/article.js';
import { countOf, derivedWith, headlineFacts, judgedAs, sourceFinding, textFactOf } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const lede = (f: Facts) => (composeDocument('press-digest', f, glossary, { buildDate: null }).view as PressDigestModel).lede.text;
const trial = derivedWith({ studyType: judgedAs('randomized trial') });

describe('a lede from the main result, shortened as a whole', () => {
  it('drops an aside between double hyphens and a "discovered that" frame, and "the study participants" becomes "the participants"', () => {
    const text = lede(
      headlineFacts({
        intervention: textFactOf('app-based balance training'),
        condition: textFactOf('knee arthritis'),
        participants: countOf(80, 'The trial enrolled 80 adults.'),
        derived: trial,
        results: [
          sourceFinding(
            'Morgan discovered that the study participants who practised balance training with a coach in the clinic walked noticeably further each day -- as recorded by wrist trackers and paper logs -- than those who used the app at home.',
          ),
        ],
      }),
    );
    expect(text).toMatch(
      /^The participants who practised balance training with a coach in the clinic walked noticeably further each day than those who used the app at home\.$/,
    );
  });

  it('says the count once when the finding opens with it ("Of the 30 patients, …")', () => {
    const text = lede(
      headlineFacts({
        condition: textFactOf('gout'),
        participants: countOf(30, 'The trial enrolled 30 people.'),
        derived: derivedWith({ studyType: judgedAs('single-arm trial') }),
        results: [sourceFinding('Of the 30 patients, 60 percent had no flare for a year.')],
      }),
    );
    expect(text).toBe('In a study of 30 patients, 60 percent had no flare for a year.');
  });
});
