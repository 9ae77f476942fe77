// Review 8 (issue #13), evidence checklist facts the source contradicts: "Independent sources ✗"
// where the story quotes an outside expert without saying "not involved" (a clinician of another
// institution, a charity's nurse); "Costs: mentioned, no figures given" where the figure is in
// words ("a dollar or two per bag"); costs "reported" from an acknowledgement's "COST Action"
// (a research network); a quoted expert's ties to a maker ("He is a consultant for …") shown
// nowhere beside the quote. Hand-written stories, read by the extractor.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import { evidenceChecklist, type CriterionId } from '../../src/audiences/evidence-checklist.js';
import { outsideVoices } from '../../src/audiences/quotes.js';
import type { ClinicianSummaryModel } from '../../src/audiences/view-models.js';
import { factsFrom, ROOT } from '../helpers/article.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));

const story = (headline: string, ...paragraphs: string[]) => factsFrom(`# ${headline}\n\n${paragraphs.join('\n\n')}\n`, 'voices.md').facts;
const criterion = (facts: ReturnType<typeof story>, id: CriterionId) => evidenceChecklist(facts).find((c) => c.id === id)!;

const TRIAL =
  'Researchers at Lakeside University gave 240 adults with gout the pill or a placebo for 12 weeks, and pain fell by half in the pill group.';

describe('outside voices the story quotes', () => {
  it('counts a quoted expert of another institution as an independent source', () => {
    const facts = story(
      'Pill eases gout pain',
      TRIAL,
      '“These are welcome results, but we need to see them in older patients,” said Dr. Mara Quill, a rheumatologist at Harwood Royal Infirmary.',
    );
    expect(outsideVoices(facts).map((q) => q.speaker)).toEqual(['Dr. Mara Quill']);
    expect(criterion(facts, 'independent-sources').reported).toBe(true);
    expect(criterion(facts, 'independent-sources').lines).toContain(5);
  });

  it('does not count the study’s own people: its lead author, a colleague of the same laboratory, or a voice in the first person', () => {
    const facts = story(
      'Pill eases gout pain',
      TRIAL,
      '“The pill worked better than we hoped,” said Dr. Ivo Brandt, head of the Urate Laboratory at Pellham Medical School and the study’s lead author.',
      '“It is simple to take,” said Dr. Lena Sorel, a pharmacist at the Urate Laboratory at Pellham Medical School.',
      '“Our results were clear from the first month,” said Dr. Tomas Wirth, a rheumatologist at Carden General Hospital.',
    );
    expect(outsideVoices(facts)).toEqual([]);
    expect(criterion(facts, 'independent-sources').reported).toBe(false);
  });

  it('does not count a quoted person with ties to a maker', () => {
    const facts = story(
      'Pill eases gout pain',
      TRIAL,
      '“This could change practice,” said Dr. Nils Aaro, a rheumatologist at Harwood Royal Infirmary and a member of the maker’s advisory board.',
    );
    expect(outsideVoices(facts)).toEqual([]);
  });
});

describe('costs the source gives', () => {
  it('reads a sum said in words as a figure', () => {
    const facts = story('Pill eases gout pain', TRIAL, 'The two fluids cost about the same, a dollar or two per bag, doctors said.');
    const costs = criterion(facts, 'costs');
    expect(costs.reported).toBe(true);
    expect(costs.note).toBeNull();
  });

  it('does not read an acknowledgement’s “COST Action” as a cost', () => {
    const facts = story(
      'Pill eases gout pain',
      TRIAL,
      'The researchers thank the Gout Research Council (Grant 1234) for support, as well as the European Union COST Action CA9999.',
    );
    expect(criterion(facts, 'costs').reported).toBe(false);
  });
});

describe('a quoted speaker’s ties to a maker', () => {
  it('are printed beside the quote, by name or by the "He …" sentence after it', () => {
    const facts = story(
      'Pill eases gout pain',
      TRIAL,
      '“This is a real step forward,” said Dr. Ola Brink, a rheumatologist at Harwood Royal Infirmary.',
      'He is a consultant for Acme Pharma, the pill’s maker, and receives research funding from the company.',
    );
    const view = composeDocument('clinician-summary', facts, glossary, { buildDate: null }).view as ClinicianSummaryModel;
    const attribution = view.quotes!.items[0]!.attribution;
    expect(attribution.text).toMatch(/^Dr\. Ola Brink, .*ties the source reports: “He is a consultant for Acme Pharma/);
    expect(attribution.lines).toContain(7);
    expect(outsideVoices(facts)).toEqual([]);
  });
});

describe('funding and conflicts', () => {
  it('are not read from funding words inside a quote', () => {
    const facts = story(
      'Pill eases gout pain',
      TRIAL,
      '“Doctors now have the extra help provided by a blood test, and that will grant them a faster answer,” said Dr. Mara Quill, who led the study.',
    );
    expect(criterion(facts, 'conflicts-of-interest').reported).toBe(false);
  });
});

describe('alternatives', () => {
  it('are reported when the source names another product as also available', () => {
    const facts = story(
      'Cream thickens thinning hair',
      'In a trial of 80 men with thinning hair, the cream thickened hair in 40 percent of those who used it for six months.',
      'The cream is expensive, at $120 a month; Hairex, which is also available over the counter, costs about $25 a month.',
    );
    expect(criterion(facts, 'alternatives').reported).toBe(true);
  });
});
