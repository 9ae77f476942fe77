// Review 8 (issue #13), clinician limitations filled with text that is no limitation: pieces
// the extractor cut from longer sentences ("making them available longer to the brain, …",
// "Despite the uncertainties", "if the parents don't have the abnormality, …"), a concession
// without its main clause ("Although these trials showed a small reduction …"), and the main
// result filed also as a caveat ("A preliminary study shows the pill reduced …").
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/article/schema.js';
import { limitationCaveats } from '../../src/audiences/limitations.js';
import { blankFacts, sourceFinding } from '../helpers/facts.js';

const caveat = (text: string, sentence = text, rule = 'caveat-unknown'): Finding => ({
  ...sourceFinding(sentence),
  text,
  rule,
});

describe('the source’s caveats as clinician limitations', () => {
  it('leaves out a piece cut from a sentence and a phrase with no verb', () => {
    const facts = blankFacts({
      caveats: [
        caveat(
          'making the drug last longer in the blood, such pills may not help everyone',
          'By making the drug last longer in the blood, such pills may not help everyone.',
        ),
        caveat('Despite the uncertainties', 'Despite the uncertainties, many doctors prescribe it.'),
        caveat(
          'if the test is negative, doctors conclude the change happened by chance',
          'But if the test is negative, doctors conclude the change happened by chance.',
        ),
        caveat('did not know which group they were in.', 'The patients did not know which group they were in.'),
        caveat('The study was small and lasted only eight weeks.'),
      ],
    });
    expect(limitationCaveats(facts).map((item) => item.text)).toEqual(['The study was small and lasted only eight weeks.']);
  });

  it('keeps a concession whose main clause was cut as a statement of its own', () => {
    const sentence = 'Although the trials showed only a small drop in night-time visits, more patients on the spray slept through.';
    const facts = blankFacts({
      caveats: [caveat('Although the trials showed only a small drop in night-time visits', sentence, 'caveat-modest-effect')],
    });
    expect(limitationCaveats(facts).map((item) => item.text)).toEqual(['The trials showed only a small drop in night-time visits']);
  });

  it('leaves out a result sentence also filed as a caveat', () => {
    const sentence = 'A preliminary study shows the pill lowered blood sugar in people with type 2 diabetes.';
    const facts = blankFacts({ results: [sourceFinding(sentence)], caveats: [caveat(sentence, sentence, 'caveat-small-study')] });
    expect(limitationCaveats(facts)).toEqual([]);
  });
});
