// Review 8 (131): "Who took part: not reported" although the source says the cohort
// "recruited more than 2,000 … women from 12 … clinical sites", because the count printed
// is the sum of the two groups compared. Made-up story.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const story = (...paragraphs: string[]) =>
  factsFrom(`Blood test may flag thyroid trouble early\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;

describe('population told by where people were recruited', () => {
  it('takes "<qualified people> from 9 clinical sites" as who took part', () => {
    const facts = story(
      'A simple blood test may show which older adults will develop thyroid disease, a study suggests.',
      'The researchers analyzed records from a large study that recruited more than 3,000 healthy older adults from 9 clinical sites between 2005 and 2010. They compared test results from 120 adults who later developed thyroid disease to results from 240 adults who did not.',
    );
    expect(facts.population?.value).toBe('healthy older adults from 9 clinical sites');
  });
});

describe('population where the count names only how many', () => {
  it('takes "patients with …" from elsewhere over "More than 900 patients were included in the trial"', () => {
    const facts = story(
      'A trial found that a new pill lowers blood pressure for patients with long-standing kidney disease.',
      'A team at a hospital in Leeds ran a 3-year trial of the pill. More than 900 patients were included in the trial.',
    );
    expect(facts.participants?.value).toBe(900);
    expect(facts.population?.value).toBe('patients with long-standing kidney disease');
  });

  it('keeps the count’s own words when they say who the people were', () => {
    const facts = story(
      'A trial found that a new pill lowers blood pressure for patients with long-standing kidney disease.',
      'The trial enrolled 900 adults aged 60 and older with high blood pressure.',
    );
    expect(facts.population?.value).toMatch(/^900 adults aged 60/);
  });
});
