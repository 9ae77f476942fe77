// Review 10 (holdout h036): the stage of research came from a rival product's trial. A
// story that turns to "two other medications … also in development" and gives a competitor's
// "phase 3 trial for a similar drug" states that drug's phase, not the main study's; and the
// sentence was one of the study's results.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const read = (...paragraphs: string[]) => factsFrom(paragraphs.join('\n\n'), 'story.txt').facts;

describe('the phase of a rival product', () => {
  it('is not the main study’s phase, and a phase the story gives of its own trial still is', () => {
    const rivals = [
      'Other drugs for the condition are also in development. Acme launched a phase 3 trial for a similar drug, zolafen, in the spring.',
    ];
    const without = read(
      'Pill shrinks fibroids',
      'A pill called Fibrex shrank fibroids in women with uterine fibroids, researchers reported.',
      ...rivals,
    );
    expect(without.phase).toBeNull();
    const own = read(
      'Pill shrinks fibroids',
      'A pill called Fibrex shrank fibroids in a phase 2 trial of women with uterine fibroids, researchers reported.',
      ...rivals,
    );
    expect(own.phase?.value).toBe('2');
  });
});

describe('the trial of a rival product', () => {
  it('is no result or harm of the treatment studied; the paragraph before it still is', () => {
    const facts = read(
      'Pill shrinks fibroids',
      'A pill called Fibrex shrank fibroids by 40% in 300 women with uterine fibroids, researchers reported.',
      'Other drugs for the condition are also in development. Acme launched a phase 3 trial for a similar drug, zolafen, which cut bleeding by 30% compared with placebo in an earlier test.',
    );
    const results = facts.results.map((r) => r.text).join(' | ');
    expect(results).toMatch(/shrank fibroids by 40%/);
    expect(results).not.toMatch(/zolafen/);
  });
});
