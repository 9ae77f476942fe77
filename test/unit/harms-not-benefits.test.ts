// Review 18: the harms filled with things that are not harms of the treatment studied
// (benefits told with death words, the disease's toll, who was studied), while the real
// harms (a function lost, a no-harm statement, side effects told with "X said") went
// missing. Short invented articles, one regularity of news writing each.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const read = (headline: string, ...paragraphs: string[]) => factsFrom([headline, ...paragraphs].join('\n\n'), 'story.txt').facts;
const harmTexts = (headline: string, ...paragraphs: string[]) => read(headline, ...paragraphs).harms.map((h) => h.text);

describe('benefits, background and who was studied are not harms', () => {
  const harms = harmTexts(
    'Scan screening cuts deaths from bowel cancer',
    'A scan called Colorview cut deaths from bowel cancer in a trial of 20,000 adults, researchers reported.',
    'Bowel cancer is the single largest cause of cancer disability and the second-largest cause of cancer death in rich countries.',
    'There were 120 bowel cancer deaths among those who got the scan and 160 among those who got the usual test.',
    'Deaths from all causes declined by 5 percent among people who got the scan.',
    'For every 400 people who were screened, one person lived who would otherwise have died.',
    'The researchers enrolled 300 volunteers with life-threatening tumors for a second arm.',
    'The scan also eased death anxiety and worry in the people screened, they reported.',
  );

  it('files none of them as harms', () => {
    expect(harms.join(' | ')).not.toMatch(/largest cause|bowel cancer deaths|declined|otherwise have died|life-threatening|death anxiety/);
  });
});

describe('a finding against the other arm is cut from the harm it is joined to', () => {
  it('keeps the side-effect clause only', () => {
    const harms = harmTexts(
      'Pill helps recovery after heart attack',
      'A pill called Cardiomend helped recovery in a trial of 400 patients, researchers reported.',
      'Fewer patients were readmitted in the Cardiomend group than in the placebo group, and side effects of the pill were rare and mild, researchers said.',
    );
    expect(harms.some((h) => /^Side effects of the pill were rare and mild/.test(h))).toBe(true);
    expect(harms.join(' | ')).not.toMatch(/readmitted/);
  });
});

describe('real harms are found', () => {
  it('a function the treatment took away, with the treatment named by its kind', () => {
    const harms = harmTexts(
      'Added brain treatment questioned',
      'Doctors studied 200 patients with brain tumors given focused beams, half of them also given a whole-head treatment.',
      'The researchers said the combined treatment resulted in more memory loss than the focused beams alone.',
    );
    expect(harms.join(' | ')).toMatch(/memory loss/);
  });

  it('a no-harm statement about either treatment', () => {
    const harms = harmTexts(
      'Needles and massage both ease neck pain',
      'In a trial of 120 adults, needling and massage both eased neck pain over eight weeks, researchers reported.',
      'Neither treatment prompted significant side effects, the authors said.',
    );
    expect(harms.join(' | ')).toMatch(/Neither treatment prompted significant side effects/);
  });

  it('the main side effects, with who said so between subject and verb', () => {
    const harms = harmTexts(
      'Lung drug helps breathing in rare disease',
      'A drug called Airova improved breathing in 150 people with a rare lung disease, the company said.',
      'The trial ran for a year. The main side effects, the company said, were headache, rash and dizziness.',
    );
    expect(harms.join(' | ')).toMatch(/main side effects, the company said, were headache/);
  });

  it('a treatment named by the short name the article gives it', () => {
    const harms = harmTexts(
      'Light therapy clears early prostate tumours',
      'A treatment called light-activated tumour therapy, or LATT, cleared tumours in half of 400 men with early prostate cancer, researchers said.',
      'LATT only caused short-term urinary problems which resolved within three months.',
    );
    expect(harms.join(' | ')).toMatch(/urinary problems/);
  });
});
