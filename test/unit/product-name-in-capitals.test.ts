// A product named in capitals (review 12, h007): "The ZENTRO Marker System helps …",
// "ZENTRO MARK allows …" make it the thing the story is about, where the story gives no
// other name (not "breast surgery", the operation it is used in); and in the brief's
// "Words to know" the capitals are explained once as the product's name, never each word as
// a short form of the whole. Texts and Facts written for these tests.
import { describe, expect, it } from 'vitest';
import { composeDocument } from '../../src/audiences/compose.js';
import type { PatientBriefModel } from '../../src/audiences/view-models.js';
import { undefinedTerms } from '../../src/audiences/checks/terms.js';
import { factsFrom } from '../helpers/article.js';
import { glossary } from '../helpers/brief.js';
import { blankFacts, textFactOf } from '../helpers/facts.js';

const story = (title: string, ...paragraphs: string[]) => factsFrom(`${title}\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;

describe('intervention: a product named in capitals as the subject of what it does', () => {
  it('names the product, not the operation it is used in', () => {
    const facts = story(
      'Finding the lump before breast surgery gets easier',
      'Women who need breast surgery to remove a lump that cannot be felt may now get a new marker at a city hospital.',
      'The ZENTRO MARK Locator System helps to cut the time a woman spends in the operating room.',
      'ZENTRO MARK allows a radiologist to place a tiny marker in the breast days before surgery.',
    );
    expect(facts.intervention?.value).toBe('ZENTRO MARK Locator System');
  });

  it('leaves one word in capitals before a verb alone: an organisation, not a product', () => {
    const facts = story(
      'Agency backs wider use of a heart scan',
      'NIH allows hospitals to share the scans of heart patients.',
      'The agency said more hospitals would take part next year.',
    );
    expect(facts.intervention?.value ?? '').not.toMatch(/^NIH\b/);
  });
});

describe('words to know: a name in capitals', () => {
  it('explains "ZENTRO MARK" once as a name, not each capital word as a short form', () => {
    const facts = blankFacts({
      intervention: textFactOf('ZENTRO MARK Locator System', 'The ZENTRO MARK Locator System helps surgeons.'),
      condition: textFactOf('breast cancer'),
    });
    const { view: model, lines } = composeDocument('patient-brief', facts, glossary, { buildDate: null });
    const view = model as PatientBriefModel;
    const terms = (view.glossary?.terms ?? []).map((term) => `${term.label.text}: ${term.value.text}`);
    expect(terms.some((term) => /^ZENTRO MARK: The name of /.test(term))).toBe(true);
    expect(terms.some((term) => /^(?:ZENTRO|MARK): Short for/.test(term))).toBe(false);
    expect(undefinedTerms(view, lines, glossary)).not.toContain('ZENTRO');
  });
});
