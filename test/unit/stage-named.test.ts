// Review 10 (corpus 128): a wire story's "midstage study" names the stage of research though
// it gives no phase number; the brief said "The source does not give the phase." A
// "late-stage trial" is late clinical research; trials of another use "in late-stage trials
// on that front" (plural, no article) are not read. Holdout h034: companies that "expect to
// hear from the FDA by June whether the therapies have been approved" await a decision.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const story = (title: string, ...paragraphs: string[]) => factsFrom(`${title}\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;

describe('the stage named in words', () => {
  it('reads "a midstage study" as mid clinical and "a late-stage trial" as late clinical, with no phase made up', () => {
    const mid = story(
      'Two drugs shrink tumours',
      'Two drugs shrank skin-cancer tumours more than one alone, according to a midstage study presented on Monday.',
    );
    expect(mid.derived.stage?.value).toBe('mid clinical');
    expect(mid.phase).toBeNull();
    const late = story('Pill cuts relapses', 'The pill cut relapses by a third in a late-stage trial of 900 adults, the company said.');
    expect(late.derived.stage?.value).toBe('late clinical');
  });

  it('does not read trials of another use still running', () => {
    const facts = story(
      'Spray eases hay fever',
      'A nasal spray eased hay fever in 200 adults, researchers said.',
      'The company is also testing the spray for a rare lung disease. It is in late-stage trials on that front.',
    );
    expect(facts.derived.stage?.value).not.toBe('late clinical');
  });
});

describe("a regulator's decision awaited", () => {
  it('is regulatory review, though the source never says "submitted"', () => {
    const facts = story(
      'New shots may prevent migraine',
      'Injections that block a pain molecule cut migraine days in trials of 1,000 adults.',
      'Two makers have completed clinical trials and expect to hear from the FDA by June whether the shots have been approved.',
    );
    expect(facts.derived.stage?.value).toBe('regulatory review');
  });
});
