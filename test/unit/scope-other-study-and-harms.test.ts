// Results, caveats and harms on short invented articles: a second study's result, an earlier
// month's report and a caveat told of an earlier study are not the study's; a guess joined to
// a finding is cut from it; harms of a screening, damage from too much too soon, and a harm
// that happened beside a caution are kept as harms.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const read = (headline: string, ...paragraphs: string[]) => factsFrom([headline, ...paragraphs].join('\n\n'), 'story.txt').facts;
const texts = (items: { text: string }[]) => items.map((item) => item.text).join(' | ');

describe('another study than the one reported', () => {
  it("leaves out a second study's results, paragraphs on, until the article names its own treatment", () => {
    const facts = read(
      'Two pills slow skin cancer',
      'One study presented at a cancer meeting on Sunday focused on the experimental drug Zelorin.',
      'In a trial of 600 people, 80% of patients on Zelorin were alive after a year, compared with 60% of patients on chemotherapy.',
      'A second study showed that the older drug Imvara also extends survival.',
      'It works on the immune system instead.',
      'Among 500 patients in that trial, half were given Imvara.',
      '"Thirty percent of the (Imvara) population was alive after three years," its lead author said, compared to 15% who got chemotherapy.',
      'While patients taking Zelorin did very well, 20% of them stopped responding within a year.',
    );
    expect(texts(facts.results)).toMatch(/80% of patients on Zelorin were alive/);
    expect(texts(facts.results)).not.toMatch(/Thirty percent/);
    expect(texts(facts.results)).toMatch(/20% of them stopped responding/);
  });

  it("leaves out a separate analysis's result in its paragraph", () => {
    const facts = read(
      'Hormone pill cuts breast cancer deaths',
      'Taking the hormone pill Ostrex for five years cut deaths from breast cancer by 30 percent compared with no treatment, a pooled analysis of 30,000 women found.',
      'A separate analysis by the same team looked at bone drugs. Researchers at another university found that in older women, the drug could reduce the risk of death by 15 per cent.',
    );
    expect(texts(facts.results)).toMatch(/cut deaths from breast cancer by 30 percent/);
    expect(texts(facts.results)).not.toMatch(/15 per cent/);
  });

  it('leaves out an earlier report dated by its month', () => {
    const facts = read(
      'Heart device helps women more',
      'Women fitted with the device had a 60 percent drop in heart failure events, compared with a 30 percent drop in men, researchers said on Monday.',
      'In March, a rival company showed its own device helped mild heart failure and suggested women gained more than men.',
    );
    expect(texts(facts.results)).not.toMatch(/rival company/);
  });

  it("leaves out a caveat told of an earlier study, but keeps the study's own in the sentence that names it", () => {
    const facts = read(
      'Low-dose hormones ease symptoms',
      'Low-dose hormones reduced hot flashes in a four-year study of 600 women, researchers reported.',
      "However, the research didn't address the risk of stroke, the biggest worry since a landmark study two decades ago.",
      'Critics pounced on that study’s limitations. Its women were older and most were smokers.',
    );
    expect(texts(facts.caveats)).toMatch(/didn't address the risk of stroke/);
    expect(texts(facts.caveats)).not.toMatch(/Critics pounced/);
  });
});

describe('a guess joined to a finding', () => {
  it('cuts "and there was no reason why it should not …" from the result', () => {
    const facts = read(
      'Brain scan spots dyslexia',
      'Scientists said their scan had proved more than 85 percent accurate in adults and there was no reason why it should not work as well in children.',
    );
    expect(texts(facts.results)).toMatch(/85 percent accurate in adults\.$/);
    expect(texts(facts.results)).not.toMatch(/no reason why/);
  });
});

describe('harms', () => {
  it("keeps a screening's false alarms and needless biopsies among the people screened", () => {
    const facts = read(
      'Lung scans save few lives',
      'Yearly lung scans cut lung cancer deaths by 8 percent among 50,000 smokers in the national registry, researchers reported.',
      'However, an editorial said that in the United States, about 300 of every 1,000 smokers screened for a decade would have a false alarm, and 40 of them would undergo an unnecessary biopsy.',
    );
    expect(texts(facts.harms)).toMatch(/300 of every 1,000 smokers screened .* false alarm/);
    expect(texts(facts.harms)).not.toMatch(/^an editorial said/);
  });

  it('keeps damage from doing too much too soon after a procedure', () => {
    const facts = read(
      'Grown cells rebuild shoulder joint',
      'A surgeon says his patients have had an 88% success rate with the two-step cell procedure.',
      'Patients wear a sling for months. Lifting or throwing too soon could cause permanent damage.',
    );
    expect(texts(facts.harms)).toMatch(/Lifting or throwing too soon could cause permanent damage/);
  });

  it('parts a caution and a harm that happened into a caveat and a harm', () => {
    const facts = read(
      'Stem cell transplant calms nerve disease',
      'After three years, 70 percent of 30 participants had no relapse after the transplant, researchers reported.',
      'The treatment carries some risks, and many participants experienced the expected side effects, such as fevers.',
    );
    expect(facts.caveats.map((c) => c.text)).toContain('The treatment carries some risks');
    expect(facts.harms.map((h) => h.text)).toContain('many participants experienced the expected side effects, such as fevers.');
  });
});
