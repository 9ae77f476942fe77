// Review 16: once the population's narrowing reached the condition ("melanoma that has spread
// to other parts of the body"), a trial's headline no longer fitted and fell back to "Study
// reports results for vemurafenib". A trial's headline names the condition as the source names
// it when the narrowed one does not fit (the lede says whom it was for); an approval's never
// names it broader than the source narrows it. Hand-written Facts, no news text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/article/schema.js';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import type { PressDigestModel } from '../../src/audiences/view-models.js';
import { ROOT } from '../helpers/article.js';
import { blankFacts, countOf, derivedWith, headlineFacts, judgedAs, sourceFinding, textFactOf } from '../helpers/facts.js';
import { noBenefitSentence } from '../../src/audiences/study.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const digest = (f: Facts) => composeDocument('press-digest', f, glossary, { buildDate: null }).view as PressDigestModel;
const facts = (studyType: 'randomized trial' | 'regulatory approval') =>
  headlineFacts({
    intervention: textFactOf('velmotinib'),
    condition: textFactOf('lung cancer'),
    population: textFactOf('patients with lung cancer that has spread to the brain and other organs of the body'),
    participants: countOf(640, 'The trial enrolled 640 patients.'),
    derived: derivedWith({ studyType: judgedAs(studyType) }),
  });

describe('a headline when the narrowed condition is too long', () => {
  it('names the condition as the source names it for a trial, not "Study reports results for …"', () => {
    const headline = digest(facts('randomized trial')).headline.text;
    expect(headline).not.toMatch(/^Study reports results/);
    expect(headline).toMatch(/lung cancer/);
  });

  it('never says an approval is for the condition broader than the source narrows it', () => {
    const headline = digest(facts('regulatory approval')).headline.text;
    expect(headline).not.toMatch(/for lung cancer$/);
  });
});

// Review 17 (h022: "80% showed persistent positive response to the ketamine infusions
// treatments"; h044: "did not work better than the comparison group" where the source names none).
describe('a headline share says of whom; no benefit says no comparison the source lacks', () => {
  it('never heads with a share that says not of whom', () => {
    const f = headlineFacts({
      intervention: textFactOf('velmotinib'),
      condition: textFactOf('lung cancer'),
      participants: countOf(120, 'The clinic reviewed 120 patients.'),
      derived: derivedWith({ studyType: judgedAs('randomized trial') }),
      results: [{ ...sourceFinding('80% showed a lasting response to velmotinib.'), rule: 'result-change' }],
    });
    expect(digest(f).headline.text).not.toMatch(/^\d+%\s+showed/);
  });

  it('says "did not show a benefit" when the source names no comparison group', () => {
    const f = blankFacts({ intervention: textFactOf('velmotinib'), condition: textFactOf('lung cancer') });
    expect(noBenefitSentence(f, 'velmotinib')).toBe('Velmotinib did not show a benefit in this study.');
    expect(noBenefitSentence(f, 'velmotinib')).not.toMatch(/comparison group/);
  });
});
