// Quote attribution on short articles written for these tests: who said what, and which
// quoted words are not quotes at all (titles, words nobody can be named for).
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const quotesOf = (body: string, title = 'New asthma drug eases attacks in trial') =>
  factsFrom(`${title}\n\n${body.trim()}\n`, 'story.txt').facts.quotes.map((q) => ({ speaker: q.speaker, text: q.text }));

describe('quotes: what is not offered as a quote', () => {
  it('skips a report title in quotation marks', () => {
    const quotes = quotesOf(
      'Giving nurses more training could cut asthma deaths, according to a health department report, “Training Gaps in Emergency Asthma Care and the Burden of Childhood Asthma in Small Towns,” published in a public health journal.',
    );
    expect(quotes).toEqual([]);
  });

  it('leaves out quoted words nobody can be named for', () => {
    const quotes = quotesOf(
      'The inhaler was approved in 2010.\n\nEarlier work had shown “a quick and lasting easing of symptoms in most adults who used it” within a week.',
    );
    expect(quotes).toEqual([]);
  });
});

describe('quotes: who said them', () => {
  it('gives a later “they” to the group named before, not to the last person quoted', () => {
    const quotes = quotesOf(
      '“These results will change practice,” said Dr. Maria Lopez, a lung specialist at a city hospital.\n\nThe researchers wrote that many patients stopped the old inhaler early. Had they not, “the benefit of the new drug would probably have been larger,” they wrote.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Dr. Maria Lopez', 'The researchers']);
  });

  it('gives “the authors write” to the lead author the text names with colleagues', () => {
    const quotes = quotesOf(
      'Anna K. Berg, M.D., of the Northern Lung Institute, and colleagues gave the drug or a placebo to 400 adults.\n\n“Longer studies are needed before the drug can be recommended to every patient with asthma,” the authors write.',
    );
    expect(quotes).toEqual([{ speaker: 'Anna K. Berg', text: expect.stringMatching(/^Longer studies/) }]);
  });

  it('names a patient introduced by first name and age', () => {
    const quotes = quotesOf(
      'Dr. Tom Reyes, a professor at the University of Texas, Austin, who runs the clinic, treats dozens of patients.\n\nOne of them is Maria, 42, who lives in Austin. “I could finally climb the stairs without stopping,” she says.',
    );
    expect(quotes).toEqual([{ speaker: 'Maria', text: 'I could finally climb the stairs without stopping' }]);
  });

  it('keeps the speaker of a quoted paragraph across one aside that names nobody', () => {
    const quotes = quotesOf(
      '“Patients often wait years for a diagnosis,” said Jane Moore, director of services at a patient charity.\n\nThere is no cure for the disease yet.\n\n“Too many people are sent home with no plan and no follow-up at all.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Jane Moore', 'Jane Moore']);
  });
});
