// Review 7, class "said not reported when the source gives it": funding, conflicts of
// interest, independent sources, costs and availability that the source states are found,
// from the right sentence, and read the same way by the checklist and the patient brief.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { evidenceChecklist, type CriterionId } from '../../src/audiences/evidence-checklist.js';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { ROOT, factsFrom } from '../helpers/article.js';

const story = (headline: string, ...paragraphs: string[]) =>
  factsFrom(`# ${headline}\n\n${paragraphs.join('\n\n')}\n`, 'checklist.md').facts;

const TRIAL =
  'In a randomized trial, 240 patients with gout received the pill or a placebo for 12 weeks, and pain fell by half in the pill group.';

const criterion = (facts: ReturnType<typeof story>, id: CriterionId) => evidenceChecklist(facts).find((c) => c.id === id)!;

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const accessRow = (facts: ReturnType<typeof story>) =>
  composePatientBrief(facts, glossary, { buildDate: '2025-07-01' }).stage.rows[1]!.value.text;

describe('funding and conflicts of interest the source states', () => {
  it('reads a body that "also supported the work" as a funder', () => {
    const facts = story('Pill eases gout pain', TRIAL, 'The Department of Medicine at Lakeside also supported the work.');
    expect(facts.funding?.value).toBe('The Department of Medicine at Lakeside also supported the work');
    expect(criterion(facts, 'conflicts-of-interest').lines).toContain(5);
  });

  it('reads "a large Acme Medical study" as the company’s, once the text names Acme Medical as a company', () => {
    const facts = story(
      'Pill eases gout pain',
      'The findings come from a large Acme Medical study of the pill in 240 patients with gout.',
      'Acme Medical’s pill was first approved for kidney stones.',
    );
    expect(facts.funding?.value).toBe('a large Acme Medical study');
    expect(facts.funding?.source.line).toBe(3);
  });

  it('keeps the funder’s words only, not what the sentence says next', () => {
    const facts = story(
      'Pill eases gout pain',
      TRIAL,
      'The study was funded by a grant from the National Institute of Joints, but the pills were provided by the supplement maker Bigco.',
    );
    expect(facts.funding?.value).toBe('funded by a grant from the National Institute of Joints');
  });

  it('reads makers named with a bracket, "which also funded these studies", as funders (PICO and checklist agree)', () => {
    const facts = story(
      'Pill eases gout pain',
      TRIAL,
      'Lee says makers of both drugs (Acme’s pill and Bigco’s shot), which also funded these studies, agreed to share data.',
    );
    expect(facts.funding?.value).toBe('makers of both drugs (Acme’s pill and Bigco’s shot), which also funded these studies');
  });

  it('files "He is a consultant for Acme Inc." as an author’s tie, though it opens like a definition', () => {
    const facts = story(
      'Pill eases gout pain',
      TRIAL,
      'Dr. Lee led the study. He is a consultant for Acme Inc. and receives funding from Bigco.',
    );
    expect(facts.caveats.map((c) => c.rule)).toContain('industry-author-ties');
    expect(criterion(facts, 'conflicts-of-interest').reported).toBe(true);
  });
});

describe('independent sources', () => {
  it('does not take "independent of" in a result for an independent source', () => {
    const facts = story(
      'Walking helps',
      'In a study of 6,000 women, light activity lowered the risk of death, and the benefit was independent of hard exercise, said lead author Ann Lee.',
    );
    expect(criterion(facts, 'independent-sources').reported).toBe(false);
  });

  it('reads "Other experts are more cautious" with the speaker of the next sentence', () => {
    const facts = story(
      'Pill eases gout pain',
      TRIAL,
      'Other experts are more cautious. "It is early days," says Ken Stone, a rheumatologist in Boston.',
    );
    expect(facts.independentExperts).toMatchObject([{ speaker: 'Ken Stone', rule: 'independent-other-experts' }]);
    expect(criterion(facts, 'independent-sources').reported).toBe(true);
  });

  it('reads a comment on the study as an outside view, but not "we and other researchers"', () => {
    const commenting = story('Pill eases gout pain', TRIAL, 'Commenting on the new study, Dr. Ken Stone said the trial was short.');
    expect(commenting.independentExperts).toMatchObject([{ speaker: 'Dr. Ken Stone', rule: 'independent-commenting' }]);
    const own = story('Pill eases gout pain', TRIAL, 'We and other researchers are now looking at longer use, Lee said.');
    expect(own.independentExperts).toEqual([]);
  });
});

describe('costs and availability', () => {
  it('counts a price in pounds as a figure', () => {
    const facts = story('Inhaler on sale soon', TRIAL, 'The inhaler is already available in Germany at a cost of £17 a month.');
    expect(criterion(facts, 'costs')).toMatchObject({ reported: true, note: '£17 a month' });
  });

  it('does not take "data was not yet available" or a "prescription" in another sentence for availability', () => {
    const facts = story('Pill eases gout pain', TRIAL, 'Survival data was not yet available. Most patients also take prescription drugs.');
    expect(criterion(facts, 'availability').reported).toBe(false);
  });

  it('keeps the regulator’s word "cleared" rather than "approved"', () => {
    const facts = story(
      'Cooling cap cleared',
      'The FDA today cleared for marketing a cooling cap to reduce hair loss in women having chemotherapy.',
      TRIAL,
    );
    expect(facts.derived.availability).toMatchObject({ value: 'approved', rule: 'availability-cleared' });
    expect(accessRow(facts)).not.toMatch(/approved/i);
  });

  it('reads "licensed in the USA and approval is being sought in the UK" as approved in part', () => {
    const facts = story(
      'Vaccine protects against more strains',
      TRIAL,
      'The vaccine has been licensed in the USA and approval is currently being sought in the UK and other countries.',
    );
    expect(facts.derived.availability).toMatchObject({ value: 'approved', rule: 'availability-approved-in-part' });
    expect(accessRow(facts)).toMatch(/approved in some countries/);
  });

  it('reads "They’re widely used in Europe" as in use, and "such devices" as the device studied', () => {
    const fluids = story(
      'Balanced fluids for sick patients',
      TRIAL,
      'Balanced fluids are a kind of drip. They’re widely used in Europe and Australia.',
    );
    expect(fluids.derived.availability).toMatchObject({ value: 'available', rule: 'availability-in-use' });
    const device = story(
      'Heart device helps mild heart failure',
      'In a trial of 1,800 people with mild heart failure, a pacemaker-defibrillator lowered deaths by a third.',
      'Last month, Acme Medical won federal approval to treat mild heart failure patients with such devices.',
    );
    expect(criterion(device, 'availability').reported).toBe(true);
    expect(accessRow(device)).not.toMatch(/not (?:say|reported)/i);
  });
});
