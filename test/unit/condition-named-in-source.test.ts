// Review 13 (h001, h012, h029, h027, h040, h005, h041): the health problem printed "Not in
// the source" (or the wrong one) although the story names it. Disease names the phrase finder
// did not know ("chronic low back pain", "taste and smell abnormalities", "atrial
// fibrillation", "chronic inflammation", "solid tumors"), two diseases a story keeps naming
// together, and a bare disease word that people died of. Made-up stories.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const story = (title: string, ...paragraphs: string[]) => factsFrom(`${title}\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;

describe('condition: names the source gives', () => {
  it('reads pain named by where it is ("chronic low back pain")', () => {
    const facts = story(
      'Stretching classes ease back pain, study finds',
      'Weekly stretching classes were an effective treatment for chronic low back pain, researchers found.',
      'The study followed 300 adults with chronic low back pain for six months.',
    );
    expect(facts.condition?.value).toBe('chronic low back pain');
  });

  it('reads a sense that is lost or changed ("taste and smell abnormalities")', () => {
    const facts = story(
      'Mouth rinse may help cancer patients enjoy food again',
      'Researchers tested a zinc mouth rinse as a treatment for taste and smell abnormalities (TSA) in 40 patients.',
      'TSA leaves many patients without appetite. TSA improved in half of them.',
    );
    expect(facts.condition?.value).toBe('taste and smell abnormalities (TSA)');
  });

  it('reads an irregular heartbeat ("atrial fibrillation") and inflammation as health problems', () => {
    const heart = story(
      'Early treatment matters in atrial fibrillation',
      'A study of 5,000 patients with atrial fibrillation compared treatment started at once with treatment started a year later.',
      'Patients with atrial fibrillation who started early did better.',
    );
    expect(heart.condition?.value).toBe('atrial fibrillation');
    const inflamed = story(
      'Fish oil cuts inflammation in older adults',
      'Fish oil capsules helped to reduce chronic inflammation in a trial of 200 older adults.',
      'Chronic inflammation fell more in the fish oil group than in the placebo group.',
    );
    expect(inflamed.condition?.value).toBe('chronic inflammation');
  });

  it('reads a family of cancers named by kind ("solid tumors")', () => {
    const facts = story(
      'Agency approves new pill',
      'The agency approved the pill for adults whose cancers carry a rare gene change.',
      'It was studied in 80 adults with solid tumors that had the gene change.',
    );
    expect(facts.condition?.value).toMatch(/^solid tumors?$/);
  });
});

describe('condition: two diseases named together', () => {
  it('gives both when the story keeps joining them with "and"', () => {
    const facts = story(
      'New eye scan for glaucoma and macular degeneration',
      'Researchers built an eye scan to spot glaucoma and macular degeneration early. They tested it in 90 people with glaucoma and macular degeneration.',
      'Both glaucoma and macular degeneration can take sight slowly, and glaucoma is the more common.',
    );
    expect(facts.condition?.value).toBe('glaucoma and macular degeneration');
  });

  it('keeps one disease when another is named beside it only once', () => {
    const facts = story(
      'New eye scan for glaucoma',
      'Researchers built an eye scan to spot glaucoma early. They tested it in 90 people with glaucoma.',
      'Glaucoma and macular degeneration can both take sight slowly. The scan found glaucoma in 20 of them.',
    );
    expect(facts.condition?.value).toBe('glaucoma');
  });
});

describe('condition: a disease people died of', () => {
  it('reads "dying from cancer" as death from cancer, not nothing', () => {
    const facts = story(
      'Daily walks can lower risk of death from cancer, study says',
      'Walking every day may lower your chances of dying from cancer, according to a study of 50,000 adults.',
      'Over 20 years, 3,000 of them died of cancer. The risk of dying from cancer was 10% lower for daily walkers.',
    );
    expect(facts.condition?.value).toBe('death from cancer');
  });
});
