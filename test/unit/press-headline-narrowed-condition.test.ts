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
import { countOf, derivedWith, headlineFacts, judgedAs, textFactOf } from '../helpers/facts.js';

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
