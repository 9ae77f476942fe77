// Review 18, class "main result missing from the patient brief, a method sentence in its
// place": how often the treatment was given ("were treated five times a week with …") or what
// the team made ("The team has now engineered …") ranked as a main result, because it names
// the treatment; and a main result whose opening only named the study ("In the largest study
// yet of …, researchers found that …") had no form short enough, so the brief said the
// results were "too detailed to sum up".
import { describe, expect, it } from 'vitest';
import { shorterForms } from '../../src/audiences/clauses.js';
import { mainResults } from '../../src/audiences/main-result.js';
import { cueById } from '../../src/article/cues/cues.js';
import { factsFrom } from '../helpers/article.js';

const read = (headline: string, ...paragraphs: string[]) => factsFrom([headline, ...paragraphs].join('\n\n'), 'story.txt').facts;
const ranked = (facts: Parameters<typeof mainResults>[0]) => mainResults(facts).map((r) => r.finding.text);

describe('a method sentence is not a main result (main-result.ts, cues main-method)', () => {
  it('does not rank how often the treatment was given above what was found', () => {
    const facts = read(
      'Acupuncture may help children',
      'About half the children were treated four times a week with acupuncture, targeting three points on the head and hands.',
      'After two months, vision improved markedly more among the acupuncture group than the patch group.',
    );
    const lead = ranked({ ...facts, intervention: { ...facts.title, value: 'acupuncture' } });
    expect(lead[0]).toMatch(/^After two months, vision improved/);
    expect(lead.some((text) => /four times a week/.test(text))).toBe(false);
  });

  it('reads a schedule or what the team made as method, not a finding with a change in it', () => {
    const method = cueById('main-result', 'main-method').regex;
    expect(method.test('Each volunteer had two treatment sessions scheduled four weeks apart, one with a very small dose.')).toBe(true);
    expect(method.test('The team has now engineered a small piece of the protein to bind the tumour sugar.')).toBe(true);
    expect(method.test('People treated twice a week had less pain than those treated once a month.')).toBe(false);
    expect(method.test('The team has developed a test that found 90 percent of the cancers.')).toBe(false);
  });
});

describe('an opening that only names the study goes with who found it (clauses.ts, patient brief)', () => {
  it('gives the finding alone when the sentence is too long', () => {
    const forms = shorterForms(
      'In the biggest trial so far of the effect of this kind of pill on knee pain, Danish researchers found that people given the pill walked farther than those given a dummy pill.',
      { strict: true },
    );
    expect(forms.some((form) => /^People given the pill walked farther than those given a dummy pill\.$/.test(form))).toBe(true);
  });

  it('keeps an opening that says who was studied', () => {
    const forms = shorterForms(
      'In a study of 500 women with long-lasting knee pain from an old sports injury, the researchers found that those given the pill walked farther than the others.',
      { strict: true },
    );
    expect(forms.some((form) => /^Those given the pill/.test(form))).toBe(false);
  });
});
