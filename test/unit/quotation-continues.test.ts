// A quotation that runs over several sentences of a paragraph: the later sentences are the
// speaker's too, though they carry no mark of their own (holdout: a speaker's "wouldn't have
// been possible a decade ago" was read as the writer dating an earlier study, and the
// approval's 75 percent response rate two paragraphs on was dropped as that study's).
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const story = (...paragraphs: string[]) =>
  factsFrom(`Agency approves a new cancer pill\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;

describe('a quotation over several sentences', () => {
  it('keeps a speaker’s "a decade ago" from opening another study’s passage', () => {
    const facts = story(
      'The agency granted approval to Harbocept (harbinib) on Monday for tumours with a rare gene change.',
      '“We can now match the drug to the gene. Such a program would not have been possible a decade ago because we knew far less about these tumours.',
      'Harbinib showed a 70 percent overall response rate across different types of tumours.',
    );
    expect(facts.results.map((r) => r.source.line)).toContain(7);
  });

  it('reads the later sentence as quoted words and ends them as a sentence', () => {
    const facts = story(
      'The trial of Harbocept enrolled 80 adults with lung tumours.',
      '“There is still the question of safety. We would need to test the safety first before going on to larger trials," said Dr. Lee.',
    );
    const next = facts.nextSteps.map((n) => n.text);
    expect(next).toContain('We would need to test the safety first before going on to larger trials.');
  });
});
