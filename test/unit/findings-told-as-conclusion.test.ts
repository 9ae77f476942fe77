// Review 8: findings dropped because of how they are told. "They are only able to conclude
// the implant is safe" (the study's conclusion, in the present); "As earlier studies have
// shown, X turned out to be the best marker" (a lead that sets this study's finding beside
// earlier work). Made-up stories.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const story = (...paragraphs: string[]) =>
  factsFrom(`Knee implant trial reports mixed results\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;
const results = (...paragraphs: string[]) => story(...paragraphs).results.map((r) => r.text);

describe('findings told as a conclusion or beside earlier work', () => {
  it('keeps what the researchers conclude from their study, though told in the present', () => {
    const found = results(
      'Doctors at a clinic in Ohio tested a gel implant in 40 patients with knee pain, giving the implant in one knee and a dummy in the other.',
      'Both knees were better after a year, so the team cannot say the implant works. They are only able to conclude the implant is safe to use, but they cannot recommend it yet.',
    );
    expect(found.some((t) => /conclude the implant is safe/.test(t))).toBe(true);
  });

  it('does not take a conclusion yet to be drawn for a finding', () => {
    const found = results(
      'Doctors at a clinic in Ohio tested a gel implant in 40 patients with knee pain.',
      'The researchers will conclude whether the implant is safe to use after a second year.',
    );
    expect(found.some((t) => /conclude whether/.test(t))).toBe(false);
  });

  it('keeps a finding led by "As earlier studies have shown,"', () => {
    const found = results(
      'Researchers at a university in Leeds built a program that reads photographs of moles, and tested it on 200 images.',
      'As earlier studies have shown, the size of a mole turned out to be the most important marker of cancer.',
    );
    expect(found.some((t) => /size of a mole turned out/.test(t))).toBe(true);
  });

  it('still sets aside what other studies found', () => {
    const found = results(
      'Researchers at a university in Leeds built a program that reads photographs of moles, and tested it on 200 images.',
      'Earlier studies have shown that the size of a mole was the most important marker of cancer.',
    );
    expect(found.some((t) => /size of a mole/.test(t))).toBe(false);
  });
});

describe("a finding told by the study's author", () => {
  it('keeps what a study co-author says the method does, though told in the present', () => {
    const found = results(
      'A new scan, described in a journal paper today, corrects distortions and focuses on water inside tumour cells.',
      'By doing both, the precision of the scan in placing a tumour is increased, said Jane Roe, PhD, a scientist at the university and study co-author.',
    );
    expect(found.some((t) => /precision of the scan/.test(t))).toBe(true);
  });

  it('does not take a hope an author voices for a finding', () => {
    const found = results(
      'A new scan, described in a journal paper today, corrects distortions and focuses on water inside tumour cells.',
      'The precision of surgery could be increased, said Jane Roe, PhD, a scientist at the university and study co-author.',
    );
    expect(found.some((t) => /precision of surgery/.test(t))).toBe(false);
  });
});
