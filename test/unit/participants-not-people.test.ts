// A count of cell lines or images is the size only of a lab or test study with no people in
// it (the corpus convention); where the text counts people too, those are the participants,
// and a count of things never becomes "N participants" (issue #13). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

function participantsOf(body: string): number | null {
  return factsFrom(`A new skin test\n\n${body}`, 'story.txt').facts.participants?.value ?? null;
}

describe('participants: people, not the things a study counted', () => {
  it('images taken from people: the people are the participants', () => {
    expect(participantsOf('The team analyzed 1,200 images taken from 300 patients at two clinics.')).toBe(300);
  });

  it('cell lines first, then people: the people', () => {
    expect(participantsOf('The study tested the drug on 60 cell lines and then in 12 patients with advanced cancer.')).toBe(12);
  });

  it('a count of images is not printed as the enrolment of a study that also counted people', () => {
    expect(participantsOf('The test was evaluated on 900 images. It was then tried in 40 patients.')).toBeNull();
  });

  it('a lab study with no people keeps its cell-line count', () => {
    expect(participantsOf('Experiments on 420 cancer cell lines found that the compound was more potent than the standard drug.')).toBe(
      420,
    );
  });
});
