// One hype list (src/article/cues/hype.yaml) serves the check and the plain-word rewrite:
// the check flags every entry, the rewrite drops only those marked droppable.
import { describe, expect, it } from 'vitest';
import { cues } from '../../src/article/cues/cues.js';
import { findHype } from '../../src/audiences/checks/hype.js';
import { dropHype } from '../../src/audiences/plain-words.js';

describe('hype list', () => {
  it('flags every entry’s example', () => {
    for (const cue of cues('hype')) expect(findHype(cue.example), cue.id).not.toEqual([]);
  });

  it('flags the words, spelled with hyphens or spaces, in any case, as written', () => {
    expect(findHype('A Game Changer and a wonder-drug, Cured by a life saving, REMARKABLY innovative therapy')).toEqual([
      'Game Changer',
      'wonder-drug',
      'Cured',
      'life saving',
      'REMARKABLY',
      'innovative',
    ]);
    expect(findHype('The hopeless, curated, dramatics of a landmarked case')).toEqual([]);
  });

  it('does not flag a hype word fused by a hyphen into a capitalised name', () => {
    expect(findHype('Michael Marash, founder and CEO of P-Cure, and Cure-Tech staff')).toEqual([]);
    expect(findHype('A non-cure, a cure-all and a P-Cure cure')).toEqual(['cure', 'cure', 'cure']);
  });

  it('marks only adjectives and adverbs that carry no claim as droppable', () => {
    const droppable = cues('hype')
      .filter((cue) => cue.meta.droppable === true)
      .map((cue) => cue.id);
    for (const id of ['hype-cure', 'hype-breakthroughs', 'hype-revolutionize', 'hype-life-saving', 'hype-hope', 'hype-miracle'])
      expect(droppable).not.toContain(id);
    for (const id of ['hype-breakthrough', 'hype-innovative', 'hype-remarkable', 'hype-esteemed', 'hype-promising'])
      expect(droppable).toContain(id);
  });
});

describe('dropHype', () => {
  it('drops droppable words before a word and fixes the article', () => {
    expect(dropHype('An innovative, state-of-the-art therapy helped a remarkably small group.')).toBe('A therapy helped a small group.');
    expect(dropHype('It is a promising, game-changing option.')).toBe('It is an option.');
    expect(dropHype('Published in the esteemed journal Nature.')).toBe('Published in the journal Nature.');
    expect(dropHype('The drug had an "unprecedented" impact on LDL.')).toBe('The drug had an impact on LDL.');
  });

  it('keeps words that carry the claim, and droppable words that end a clause', () => {
    expect(dropHype('A cure for some, and breakthroughs in others.')).toBe('A cure for some, and breakthroughs in others.');
    expect(dropHype('The results were remarkable.')).toBe('The results were remarkable.');
    expect(dropHype('They hope to revolutionize care.')).toBe('They hope to revolutionize care.');
  });
});
