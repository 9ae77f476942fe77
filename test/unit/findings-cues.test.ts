// Results, harms, next steps, caveats and quote speakers on short invented articles: each
// test is one regularity of news writing, and the cue rule that filed a sentence travels
// with it (the `rule` field in facts.json).
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

/** An article of a headline and paragraphs, read as pasted plain text. */
const read = (headline: string, ...paragraphs: string[]) => factsFrom([headline, ...paragraphs].join('\n\n'), 'story.txt').facts;
const texts = (items: { text: string }[]) => items.map((i) => i.text);

describe('rule ids travel with the finding', () => {
  const facts = read(
    'New pill lowers blood pressure',
    'A new pill called Presslo lowered blood pressure in a trial of 300 adults, researchers reported on Monday.',
    'After 12 weeks, blood pressure fell by 12 points in the Presslo group, compared with 3 points in the placebo group.',
    'Two participants in the Presslo group had serious adverse events.',
    'The researchers plan to test the pill in a larger trial next year.',
    'The study was small and lasted only 12 weeks, so its long-term effects remain unknown.',
  );

  it('names the outcome rule of a result', () => {
    const result = facts.results.find((r) => r.text.includes('fell by 12 points'));
    expect(result?.rule).toBe('result-change');
  });

  it('names the harm rule of a harm', () => {
    expect(facts.harms.map((h) => h.rule)).toContain('harm-serious');
  });

  it('names the rule of a next step and a caveat', () => {
    expect(facts.nextSteps[0]?.rule).toBe('next-will-act');
    expect(facts.caveats.map((c) => c.rule)).toContain('caveat-unknown');
    expect(texts(facts.caveats).join(' ')).toMatch(/long-term effects remain unknown/);
  });
});
