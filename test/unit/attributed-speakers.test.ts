// Review 15 (issue #13): the clinician summary and press digest printed a named person's
// words as no one's — "We are working hard to …", "…, she said." — in their own lists
// (next studies, harms). Where the facts name who said them (a quote of theirs holds the
// words, or the one person quoted in that paragraph for "she said"), the line says so; where
// they do not, it is left as it was. Texts and Facts written for these tests.
import { describe, expect, it } from 'vitest';
import type { Finding, Quote } from '../../src/article/schema.js';
import { attributed } from '../../src/audiences/quotes.js';
import { blankFacts, sourceFinding } from '../helpers/facts.js';

const quoteOn = (finding: Finding, text: string, speaker: string | null): Quote => ({
  text,
  speaker,
  role: null,
  affiliation: null,
  source: finding.source,
  origin: 'extracted',
});

describe('attributed: a named speaker’s words say whose they are', () => {
  it('first person inside a named quote', () => {
    const finding = sourceFinding('We are working hard to bring the cream to clinics next year.');
    const facts = blankFacts({
      nextSteps: [finding],
      quotes: [quoteOn(finding, 'We are working hard to bring the cream to clinics next year.', 'Jane Roe, PhD')],
    });
    expect(attributed(finding.text, finding, facts)).toBe('We are working hard to bring the cream to clinics next year. (Jane Roe)');
  });

  it('"…, she said" after the one person quoted in that paragraph', () => {
    const finding = sourceFinding('Longer trials are the next step toward a daily pill, she said.');
    const facts = blankFacts({ nextSteps: [finding], quotes: [quoteOn(finding, 'a real step forward for the field.', 'Ann Bell')] });
    expect(attributed(finding.text, finding, facts)).toBe('Longer trials are the next step toward a daily pill, Ann Bell said.');
  });

  it('left as it was when no named person said it, or it reads as no one’s', () => {
    const weNoQuote = sourceFinding('We are working hard to bring the cream to clinics next year.');
    const group = sourceFinding('Our next step is a larger trial in older adults.');
    const plain = sourceFinding('A larger trial in older adults starts next year.');
    const facts = blankFacts({
      nextSteps: [weNoQuote, group, plain],
      quotes: [
        quoteOn(group, 'Our next step is a larger trial in older adults.', 'the researchers'),
        quoteOn(plain, 'A larger trial in older adults starts next year.', 'Ann Bell'),
      ],
    });
    expect(attributed(weNoQuote.text, weNoQuote, facts)).toBe(weNoQuote.text);
    expect(attributed(group.text, group, facts)).toBe(group.text);
    expect(attributed(plain.text, plain, facts)).toBe(plain.text);
  });
});
