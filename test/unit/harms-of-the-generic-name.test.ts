// Review 12 (h017): a label's harm told of the drug's generic name ("Brandix (zolvamine) …";
// "Zolvamine has the potential to be abused") was lost twice over: a harm word that names a
// harm by itself ("abused", harms.yaml `by-itself`) still needed a risk word or a list of
// effects beside it, and the generic name in the brand name's brackets did not tie the
// sentence to the treatment.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const read = (headline: string, ...paragraphs: string[]) => factsFrom([headline, ...paragraphs].join('\n\n'), 'story.txt').facts;
const texts = (list: { text: string }[]) => list.map((f) => f.text).join(' | ');

describe('harms told of the generic name, in words that name a harm by themselves', () => {
  it('reads "could be abused" as a harm with no risk word beside it', () => {
    const facts = read(
      'FDA approves Brandix for weight loss',
      'The FDA approved Brandix for obesity in adults.',
      'Brandix could be abused.',
    );
    expect(texts(facts.harms)).toMatch(/Brandix could be abused/);
  });

  it('ties a harm told of the generic name in the brand name’s brackets to the treatment', () => {
    const facts = read(
      'FDA approves Brandix for weight loss',
      'The FDA approved Brandix™ (zolvamine hydrochloride) tablets for obesity in adults.',
      'Zolvamine has the potential to be abused.',
    );
    expect(texts(facts.harms)).toMatch(/Zolvamine has the potential to be abused/);
  });

  it('does not take a gloss in brackets for a name, nor read a plain statement as a harm', () => {
    const facts = read(
      'FDA approves Brandix for weight loss',
      'The FDA approved Brandix (a tablet taken daily) for obesity in adults.',
      'A tablet is taken before meals.',
      'Zolvamine levels were measured in the blood.',
    );
    expect(facts.harms).toEqual([]);
  });
});
