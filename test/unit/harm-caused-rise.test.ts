// Review 8 (145): a finding that turns to its downside ("… lowered the bad form, but also
// caused triglycerides … to rise") was kept whole as a result, so the harm was in no harms
// list. The downside is a harm, with the subject given back; the benefit stays a result.
// Made-up story, its findings given as a list after "doctors found:".
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const story = (...paragraphs: string[]) => factsFrom(`Two forms of a hormone compared\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;

const FACTS = () =>
  story(
    'A four-year study of 700 women compared a hormone pill, a hormone gel and a dummy pill.',
    'The main goal was to see whether the hormone changed blood pressure. After four years, doctors found:',
    '_No effect on blood pressure.',
    '_Hormone pills raised good cholesterol and lowered the bad form, but also caused blood fats (a kind of lipid) to rise.',
    '_Hormone gel improved sleep.',
  );

describe('a downside told after a benefit: "but also caused X to rise"', () => {
  it('is a harm, with the subject of the sentence', () => {
    const harms = FACTS().harms.map((h) => h.text);
    expect(harms).toContain('Hormone pills also caused blood fats (a kind of lipid) to rise.');
  });

  it('leaves the benefit as a result, without the list marker', () => {
    const results = FACTS().results.map((r) => r.text);
    expect(results).toContain('Hormone pills raised good cholesterol and lowered the bad form');
  });
});
