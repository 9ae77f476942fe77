// The intervention is the thing the study tested, never its comparator: a combination
// tested against one of its parts is the combination; a treatment of two parts named with
// one abbreviation keeps both parts; a name given after "called" ends before a verb.
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { answerKeyView } from '../../src/article/answer-key.js';
import { factsFrom } from '../helpers/article.js';

const view = (text: string) => answerKeyView(factsFrom(text, 'article.txt').facts);

describe('intervention: combinations tested against one of their parts', () => {
  it('names the pair, not the part the comparison group also got', () => {
    const text = [
      'Drug pair slows kidney cancer in trial',
      '',
      'Adding a second medicine to a standard pill helped people with advanced kidney cancer live longer without their disease growing, a trial found.',
      '',
      'The combination of Talvora and the newer Brenzicept cut the risk of the cancer growing by 40 percent compared with Talvora alone over two years.',
      '',
      'Talvora, also known as velotinib, has been used for a decade. Brenzicept (cabrimab) is an antibody that helps immune cells find tumors.',
      '',
      'Tumors shrank in 45 percent of the 150 patients who got the combination versus 20 percent of the 148 who got Talvora alone.',
      '',
      'Side effects were more common with the pair: 50 percent versus 30 percent for Talvora alone.',
    ].join('\n');
    expect(view(text).intervention).toBe('Talvora plus Brenzicept');
  });

  it('keeps the order and word of "A in combination with B"', () => {
    const text = [
      'Two-drug approach helps in lung cancer',
      '',
      'Researchers tested Morvexa in combination with Plenatrix in 300 people with lung cancer.',
      '',
      'Plenatrix, also known as rolanib, is the usual first treatment. Morvexa (dapitumab) is new.',
      '',
      'Half got Morvexa in combination with Plenatrix and half got Plenatrix alone.',
      '',
      'After a year, 60 percent of those on the pair were alive without the cancer growing, compared with 35 percent of those on Plenatrix alone.',
    ].join('\n');
    expect(view(text).intervention).toBe('Morvexa in combination with Plenatrix');
  });

  it('leaves a single drug alone when no part of a pair is the comparison', () => {
    const text = [
      'Pill eases gout flares',
      '',
      'A pill called dorlesinurad lowered uric acid in 200 people with gout, a trial found.',
      '',
      'Dorlesinurad plus a low-fat diet worked better than the diet by itself in an earlier study.',
      '',
      'Patients who took dorlesinurad had half as many flares as those on placebo.',
    ].join('\n');
    expect(view(text).intervention).toBe('dorlesinurad');
  });
});

describe('intervention: one treatment of two parts', () => {
  it('keeps both parts when the abbreviation spells both', () => {
    const text = [
      'Transplant keeps lupus quiet for years',
      '',
      'Five years after the treatment, called intensive chemotherapy and donor marrow infusion (IC/DMI), most of the 30 patients with severe lupus had no flares, a study found.',
      '',
      'Patients took no lupus medicines after IC/DMI.',
    ].join('\n');
    expect(view(text).intervention).toBe('intensive chemotherapy and donor marrow infusion (IC/DMI)');
  });
});

describe('intervention: a name after "called" ends before its verb', () => {
  it('stops at "include"', () => {
    const text = [
      'Which drip is safer? Two studies weigh in',
      '',
      'Hospital patients given a different drip did better than those given the usual one, two studies of 20,000 patients found.',
      '',
      'Other drip solutions called buffered drips include salt water but also contain calcium, which makes them closer to blood.',
      '',
      'For every 100 people on buffered drips, there was one fewer death. Doctors said more hospitals should use buffered drips, and some already use buffered drips for surgery.',
    ].join('\n');
    expect(view(text).intervention).toMatch(/^buffered drips?$/);
  });
});
