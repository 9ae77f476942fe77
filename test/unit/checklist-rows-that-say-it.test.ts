// Review 15 (issue #13): evidence-checklist rows ticked on a line that does not say what the
// row claims: "Benefits quantified" on a result whose only number is the year of the journal
// issue, "Alternatives" on "current treatment guidelines" or on the therapy people kept taking
// beside the one studied, "Novelty" on "as previous studies have shown" (agreement with a
// detail, not how new the approach is). Hand-written stories, read by the extractor.
import { describe, expect, it } from 'vitest';
import { evidenceChecklist } from '../../src/audiences/evidence-checklist.js';
import { factsFrom } from '../helpers/article.js';
import { blankFacts, sourceFinding } from '../helpers/facts.js';

const story = (headline: string, ...paragraphs: string[]) => factsFrom(`# ${headline}\n\n${paragraphs.join('\n\n')}\n`, 'rows.md').facts;
const row = (facts: ReturnType<typeof story>, id: string) => evidenceChecklist(facts).find((c) => c.id === id)!;

describe('checklist rows rest on lines that say them', () => {
  it('does not count a calendar year as a quantified benefit', () => {
    const result = sourceFinding(
      'Writing in the March 3, 2016 issue of the journal, the team found the new scan showed tumours more clearly.',
    );
    expect(result.numbers.map((number) => number.unit)).toEqual(['year']);
    expect(evidenceChecklist(blankFacts({ results: [result] })).find((c) => c.id === 'benefits-quantified')!.reported).toBe(false);
  });

  it('still counts a measured benefit', () => {
    const facts = story(
      'Pill eases gout pain',
      'In a 2016 study, researchers gave 80 adults with gout the pill or a placebo for 12 weeks, and pain fell by 40% in the pill group.',
    );
    expect(row(facts, 'benefits-quantified').reported).toBe(true);
  });

  it('does not take treatment guidelines or an add-on’s background therapy for an alternative', () => {
    const facts = story(
      'Pill helps blood sugar',
      'The results support current treatment guidelines for adults with type 2 diabetes, the researchers said.',
      'In the study, researchers randomly assigned 90 adults with type 2 diabetes to the pill or a placebo in addition to their current diabetes therapy for 12 weeks, and blood sugar fell by 10% with the pill.',
    );
    expect(row(facts, 'alternatives').reported).toBe(false);
  });

  it('still takes the standard treatment named as such for an alternative', () => {
    const facts = story(
      'Pill helps blood sugar',
      'Researchers gave 90 adults with type 2 diabetes the pill or a placebo for 12 weeks, and blood sugar fell by 10% with the pill.',
      'Metformin is the standard treatment for type 2 diabetes, the researchers noted.',
    );
    expect(row(facts, 'alternatives').reported).toBe(true);
  });

  it('does not take agreement with earlier studies for novelty', () => {
    const agrees = sourceFinding('As previous studies have shown, moles with more colours were more often cancers: 40 of the 60 were.');
    expect(evidenceChecklist(blankFacts({ results: [agrees] })).find((c) => c.id === 'novelty')!.reported).toBe(false);
    const builds = sourceFinding('The score builds on earlier studies, and it found 40 of the 60 cancers.');
    expect(evidenceChecklist(blankFacts({ results: [builds] })).find((c) => c.id === 'novelty')!.reported).toBe(true);
  });

  it('takes "there were no approved therapies" for alternatives, not a label warning of another use', () => {
    const none = sourceFinding('Until now, there were no systemic therapies approved for this cancer, and 30 of the 88 tumours shrank.');
    expect(evidenceChecklist(blankFacts({ results: [none] })).find((c) => c.id === 'alternatives')!.reported).toBe(true);
    const label = sourceFinding('No drug in this class is approved to treat dementia-related psychosis; 40% of patients improved.');
    expect(evidenceChecklist(blankFacts({ results: [label] })).find((c) => c.id === 'alternatives')!.reported).toBe(false);
  });
});
