// Review 7, "What happens next: not reported" where the source says it: a second trial
// "currently underway in" a country (the country read as background, "second" as another
// study) and a health body's call to change practice ("recommends expanding training").
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const read = (headline: string, ...paragraphs: string[]) => factsFrom([headline, ...paragraphs].join('\n\n'), 'story.txt').facts;
const nextTexts = (facts: ReturnType<typeof read>) => facts.nextSteps.map((n) => n.text).join(' ');

describe('next steps the source states', () => {
  it('reads a later trial already running abroad', () => {
    const facts = read(
      'Blood test picks who gains from bone drug',
      'A blood test found which of 2,000 women with breast cancer gained from a bone drug, researchers reported.',
      'The results need to be confirmed in a second trial, currently underway in the United States, before the test is approved.',
    );
    expect(nextTexts(facts)).toMatch(/second trial, currently underway in the United States/);
  });

  it("reads a health body's call to widen practice, and not a refusal to recommend", () => {
    const facts = read(
      'Antidote use could cut overdose deaths',
      'Overdose deaths fell where ambulance crews carried the antidote, the agency reported.',
      'To cut deaths, the agency recommends expanding training on the antidote to all ambulance staff.',
    );
    expect(nextTexts(facts)).toMatch(/recommends expanding training/);
    const refused = read(
      'Knee injection eases pain',
      'Knee pain eased in 25 adults given the injection, the clinic reported.',
      'The doctors cannot yet recommend it for wider use.',
    );
    expect(nextTexts(refused)).not.toMatch(/cannot yet recommend/);
  });
});
