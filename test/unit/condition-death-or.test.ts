// Review 8 (106): the title said "balanced fluid to reduce kidney damage" for a trial whose
// outcome was "death or kidney damage". The cue condition-reduce reads past "death or" to the
// disease phrase; the condition keeps death with it. Made-up story.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const story = (...paragraphs: string[]) =>
  factsFrom(`Cooling blanket tested in intensive care\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;

describe('condition: an outcome lessened that includes death', () => {
  it('keeps "death or" before the condition a treatment reduced', () => {
    const facts = story(
      'Using a cooling blanket after surgery greatly reduced the risk of death or brain injury, a large trial in 4,000 patients found.',
      'The trial compared the blanket with usual care in patients recovering from heart surgery.',
    );
    expect(facts.condition?.value).toBe('death or brain injury');
  });

  it('leaves a condition reduced without death as it is', () => {
    const facts = story(
      'Using a cooling blanket after surgery greatly reduced the risk of brain injury, a large trial in 4,000 patients found.',
      'The trial compared the blanket with usual care in patients recovering from heart surgery.',
    );
    expect(facts.condition?.value).toBe('brain injury');
  });
});
