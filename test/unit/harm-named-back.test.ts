// Review 11 (h015): a harm cut from the clause that names what people take ("People take
// blood thinners to prevent clots, but the downside is that these medications raise …") said
// only "these medications", so the brief could not print it alone and called the harms "too
// detailed". The harm names what the first clause says people take.
import { describe, expect, it } from 'vitest';
import { velorinBrief } from '../helpers/brief.js';
import { factsFrom } from '../helpers/article.js';

const read = (headline: string, ...paragraphs: string[]) => factsFrom([headline, ...paragraphs].join('\n\n'), 'story.txt').facts;

describe('a harm clause that says "these medications"', () => {
  const facts = read(
    'Restarting blood thinners after a fall',
    'Doctors reviewed the records of 3,000 older adults who fell while taking Velorin, researchers said.',
    'People take statins to lower cholesterol when they have heart disease, but the downside is that these medications raise the risk of muscle pain because muscle cells repair more slowly.',
  );

  it('names what the first clause says people take', () => {
    const harm = facts.harms.find((h) => /muscle pain/.test(h.text));
    expect(harm?.text).toMatch(/statins raise the risk of muscle pain/);
    expect(harm?.text).not.toMatch(/these medications/);
  });

  it('reaches the brief rather than "too detailed"', () => {
    const { harms } = velorinBrief({ harms: facts.harms });
    expect(harms).toMatch(/statins raise the risk of muscle pain/i);
    expect(harms).not.toMatch(/these medications/);
    expect(harms).not.toMatch(/too detailed/);
  });
});
