// Review 16 (issue #13), checklist ticks and press-digest gaps that say what the source does
// not: "Costs: reported" on a cohort "of Medicare beneficiaries" (a payer naming who was
// studied, no price); the funding tick on a researcher "looking for funding" for the next
// phase (money sought pays for nothing) while the funders' sentence after "###" went unread;
// "who funded the study" dropped from the gap list once a quoted company officer ticks the
// one funding-and-conflicts item; an outside expert of "Children's Hospital at X" taken for
// the team of "Children's Hospital Y" by the one word "Children"; an author's consultancy
// after "###" never printed beside their quotes. Hand-written stories, read by the extractor.
import { describe, expect, it } from 'vitest';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import { evidenceChecklist, type CriterionId } from '../../src/audiences/evidence-checklist.js';
import { outsideVoices, quoteItem } from '../../src/audiences/quotes.js';
import { factsFrom } from '../helpers/article.js';

const story = (headline: string, ...paragraphs: string[]) => factsFrom(`# ${headline}\n\n${paragraphs.join('\n\n')}\n`, 'gaps.md').facts;
const criterion = (facts: ReturnType<typeof story>, id: CriterionId) => evidenceChecklist(facts).find((c) => c.id === id)!;
const gapsOf = (facts: ReturnType<typeof story>): string => {
  const press = composeDocument('press-digest', facts, loadGlossary(''), { buildDate: null }).view as {
    gaps: { items: Array<{ text: string }> };
  };
  return press.gaps.items.map((item) => item.text).join(' ');
};

const TRIAL = 'Researchers gave 80 adults with gout the pill or a placebo for 12 weeks, and pain fell by half in the pill group.';

describe('costs: a payer named for who was studied is no cost', () => {
  it('does not tick costs for a cohort of a payer’s members', () => {
    const facts = story(
      'Blood thinner linked to fewer strokes',
      'The team drew records for a random sample of Medicare beneficiaries and followed 40,000 people who took the blood thinner, and strokes fell by a third.',
    );
    expect(criterion(facts, 'costs').reported).toBe(false);
    expect(gapsOf(facts)).toMatch(/costs/);
  });

  it('still ticks a payer that covers or pays, and a cost said as "inexpensive"', () => {
    const covered = story('Pill eases gout pain', TRIAL, 'The pill is widely available, but Medicaid does not cover it.');
    expect(criterion(covered, 'costs').reported).toBe(true);
    const cheap = story('Pill eases gout pain', TRIAL, 'The pill is widely available and inexpensive.');
    expect(criterion(cheap, 'costs').reported).toBe(true);
  });
});

describe('funding: money still sought is none, and the funders’ sentence is read', () => {
  it('does not tick funding on a plan to look for funding', () => {
    const facts = story(
      'Pill eases gout pain in rats',
      'Researchers gave the pill to 40 rats with gout, and joint swelling fell by half.',
      'Dr. Ivo Brandt is already looking for funding for the next phase of his research and hopes to lead a trial in people.',
    );
    expect(criterion(facts, 'conflicts-of-interest').reported).toBe(false);
  });

  it('reads a sentence after "###" that opens on its funders, however listed', () => {
    const facts = story(
      'Pill eases gout pain in rats',
      'Researchers gave the pill to 40 rats with gout, and joint swelling fell by half.',
      '###',
      'The Northfield Institute, as well as the Harwood and St. Clement Foundations, funded the study.',
    );
    expect(facts.funding?.value).toBe('The Northfield Institute, as well as the Harwood and St. Clement Foundations, funded the study');
    const row = criterion(facts, 'conflicts-of-interest');
    expect(row.reported).toBe(true);
    expect(row.partMissing).toBeNull();
  });

  it('does not read a denial as a funder', () => {
    const facts = story('Pill eases gout pain', TRIAL, 'None of the drug companies funded the study.');
    expect(facts.funding).toBeNull();
  });
});

describe('funding and conflicts: a company officer quoted says nothing of who paid', () => {
  it('keeps "who funded the study" in the press digest’s gaps while no funder is given', () => {
    const facts = story(
      'Pill eases gout pain',
      TRIAL,
      '“We are very pleased with these results,” said Tom Reyes, Vice President of Business Development.',
    );
    const row = criterion(facts, 'conflicts-of-interest');
    expect(row.reported).toBe(true);
    expect(row.partMissing).toBe('who funded the study');
    expect(gapsOf(facts)).toMatch(/who funded the study/);
  });

  it('leaves it out once the source names the funder', () => {
    const facts = story(
      'Pill eases gout pain',
      TRIAL,
      'The study was funded by Brightpath Labs.',
      '“We are very pleased with these results,” said Tom Reyes, Vice President of Business Development.',
    );
    expect(criterion(facts, 'conflicts-of-interest').partMissing).toBeNull();
    expect(gapsOf(facts)).not.toMatch(/funded|funding/);
  });
});

describe('independent sources: who a hospital serves names no one institution', () => {
  it('counts an expert of another children’s hospital as an outside voice', () => {
    const facts = story(
      'Gene test finds causes of a disorder',
      'Researchers at Children’s Hospital Lakeport tested 900 children with the disorder, and the new test found a cause in 7 percent of them.',
      '“The test alone finds three times as many causes,” said Dr. Ivo Brandt, director of the laboratory at Children’s Hospital Lakeport.',
      '“It is better, but it is not great,” said Dr. Mara Quill, a geneticist at Children’s Hospital at Harwood Medical Center.',
    );
    expect(outsideVoices(facts).map((q) => q.speaker)).toEqual(['Dr. Mara Quill']);
    expect(criterion(facts, 'independent-sources').reported).toBe(true);
  });
});

describe('an author’s tie in the end matter', () => {
  it('is read as a tie and printed beside that author’s quote', () => {
    const facts = story(
      'Pill eases gout pain',
      TRIAL,
      '“Every patient’s pain eased,” said Dr. Ivo Brandt, a rheumatologist at Pellham Medical School.',
      '###',
      'The research was supported by the Northfield Institute. Dr. Brandt is a paid consultant for Brightpath Labs Inc.',
    );
    expect(facts.caveats.map((c) => c.text)).toContain('Dr. Brandt is a paid consultant for Brightpath Labs Inc.');
    const quote = facts.quotes.find((q) => /Brandt/.test(q.speaker ?? ''))!;
    expect(JSON.stringify(quoteItem(quote, facts))).toMatch(/paid consultant for Brightpath Labs/);
  });
});
