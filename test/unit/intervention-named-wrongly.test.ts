// The treatment studied, named wrongly: a headline's words taken for it ("Quest", "Vaccine
// sharply"), the condition ("… hyperplasia, also known as …"), the comparator ("compared X
// to Y"), a part of a product ("based on a CT") or left out where the source names it
// ("BRAND® (generic)", "The treatment -- called X --"). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { answerKeyView } from '../../src/article/answer-key.js';
import { factsFrom } from '../helpers/article.js';

const intervention = (...paragraphs: string[]) => answerKeyView(factsFrom(paragraphs.join('\n\n'), 'article.txt').facts).intervention;

describe('intervention: what the story tested, not the words around it', () => {
  it('takes the treatment named after a dash, not the condition "also known as" something', () => {
    const value = intervention(
      'New Therapy for Swollen Glands May Spare Patients Surgery',
      'A treatment that shrinks swollen glands seemed to work as well as surgery, researchers reported on Monday.',
      'The treatment -- called glandular vessel sealing, or GVS -- was tried in 90 patients, said the lead author.',
      'Salivary gland hyperplasia, also known as swollen glands, is common in older adults.',
      'Patients who had glandular vessel sealing went home the same day.',
    );
    expect(value).toBe('glandular vessel sealing');
  });

  it('takes the first thing a sentence compares, not the comparator after "to"', () => {
    const value = intervention(
      'Foot massage for restless nights in older men',
      'A new study shows that foot reflexology may help men sleep.',
      'Researchers followed 60 men with poor sleep. They compared the benefits of using foot-reflexology (pressing points on the sole) to prescribing zolpidem, a sleeping pill often given to older men.',
      'Men given foot-reflexology fell asleep sooner than those given zolpidem, and foot-reflexology had no side effects.',
    );
    expect(value).not.toMatch(/zolpidem/i);
    expect(value).toBe('foot-reflexology');
  });

  it("drops the adverb from a headline subject and takes the lede's wording of the bare kind", () => {
    const value = intervention(
      'Vaccine sharply cuts rate of mumps: study',
      'The measles-mumps vaccine could prevent thousands of cases of mumps each year, a study of 40,000 children said.',
      'Children who had the vaccine were half as likely to get mumps, the researchers found.',
    );
    expect(value).not.toMatch(/sharply/i);
    expect(value).toBe('measles-mumps vaccine');
  });

  it('does not take a headline word that only stands for a search for a kind of treatment', () => {
    const value = intervention(
      'Quest for Drugs to Treat Gambling',
      'Scientists are looking for ways to help people who gamble too much.',
      'Some of them hope that a pill could dull the thrill of a bet, but none has been tested in a large study.',
    );
    expect(value ?? '').not.toMatch(/quest/i);
  });

  it('reads a brand with its trademark sign before its generic name', () => {
    const value = intervention(
      'Maker Reports Phase II Data for ZORVEX® (tralimumabA) in Adults With Migraine',
      'The study randomized 200 adults to ZORVEX® 10 U or placebo.',
      'ZORVEX® 10 U lowered the number of migraine days compared with placebo.',
    );
    expect(value).toBe('ZORVEX');
  });

  it('names the product a regulator cleared, in the story’s words, not the scan it is based on', () => {
    const value = intervention(
      'FDA Clears Q-Scan Bedside Imaging Solution for Stroke Care',
      'Q-Scan, a maker of imaging tools for stroke units, has received FDA clearance for its bedside imaging solution.',
      'The Q-Scan system is based on a diagnostic-quality computed tomography (CT) that can be wheeled to the bed.',
      'Q-Scan said the system will reach hospitals next year.',
    );
    expect(value).not.toMatch(/computed tomography/i);
    expect(value).toBe('bedside imaging solution');
  });
});
