// Condition and journal on short invented stories, one per class of error seen on real news.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../../helpers/article.js';

const factsOf = (text: string) => factsFrom(text, 'story.txt').facts;

describe('condition', () => {
  it('what a headline says of a disease ("A Cure For Cancer") is not part of its name', () => {
    const facts = factsOf(
      'Scientists Edge Closer To A Cure For Cancer\n\nThe search for a cure for cancer goes on. A new pill shrank tumours in 50 children.\n',
    );
    expect(facts.condition?.value ?? '').not.toMatch(/cure/i);
  });

  it('a headline capitalises words that name no disease', () => {
    const facts = factsOf(
      'Yoga: A Balm For Back Pain?\n\nLessons in yoga eased back pain in a trial of 300 adults. People with back pain who took lessons had less pain a year later.\n',
    );
    expect(facts.condition?.value).toBe('back pain');
  });

  it('the condition named as the thing treated beats a broader one the headline repeats', () => {
    const facts = factsOf(
      'New hope in a rare skin cancer\n\nThe agency approved Zelora (zelimab) for the treatment of patients with metastatic Merkel cell carcinoma (MCC). MCC is a rare skin cancer. Patients with MCC had few options. MCC often returns.\n',
    );
    expect(facts.condition?.value).toMatch(/^metastatic Merkel cell carcinoma/);
    expect(facts.condition?.rule).toBe('condition-treat');
  });

  it('a cancer centre is not a cancer', () => {
    const facts = factsOf(
      'New drug for lung cancer\n\nResearchers at the Simmons Cancer Center tested a drug in 40 patients with lung cancer. Most cancer drugs target one organ.\n',
    );
    expect(facts.condition?.value).toBe('lung cancer');
  });

  it('a title-cased disease phrase that a capitalised word continues is part of a name', () => {
    const facts = factsOf(
      'Two pills better than one\n\nThe data came from the Early Lung Cancer Pooling Group, a network of researchers. Taking both pills cut deaths among 4,000 patients with lung cancer in the trials.\n',
    );
    expect(facts.condition?.value).toBe('lung cancer');
  });

  it('"ovarian and bowel cancer" is one condition, not one of its halves', () => {
    const facts = factsOf(
      'Metal compound kills tumour cells\n\nThe compound worked in tests on ovarian and bowel cancer cells in the study. Bowel cancer kills many people each year.\n',
    );
    expect(facts.condition?.value).toBe('ovarian and bowel cancer');
  });

  it('a hyphenated disease modifier ("heart-failure patients") is the disease', () => {
    const facts = factsOf(
      'Device Improves Heart-Failure Survival\n\nA device helped heart-failure patients with mild symptoms live longer in a study of 1,500 people.\n',
    );
    expect(facts.condition?.value).toBe('heart failure');
  });

  it('a vague first word ("difficult-to-reach cancers") does not make a disease name', () => {
    const facts = factsOf(
      'Heat helps radiation\n\nA clinic now adds heat to radiation for difficult-to-reach cancers in the abdomen. Heat makes tumour cells weaker.\n',
    );
    expect(facts.condition?.value ?? '').not.toMatch(/difficult/);
  });

  it('a phrase named only in passing gives way to one the study is about', () => {
    const facts = factsOf(
      'Inhaler shields lungs\n\nAir pollution is linked to chronic obstructive pulmonary disease (COPD). COPD is common, and COPD costs billions; COPD kills. The trial gave the inhaler to 60 volunteers with asthma.\n',
    );
    expect(facts.condition?.value).toBe('asthma');
  });
});

describe('condition: the symptom treated, with the disease it comes with', () => {
  it('is the symptom as the sentence words it, not the underlying disease', () => {
    const facts = factsOf(
      'Regulators approve pill for nausea\n\nRegulators today approved Calmora tablets, the first drug approved to treat nausea and vomiting caused by chemotherapy in people with breast cancer.\n\nThe approval rests on a trial of 300 people with breast cancer.\n',
    );
    expect(facts.condition?.value).toBe('nausea and vomiting caused by chemotherapy in people with breast cancer');
    expect(facts.condition?.rule).toBe('condition-symptom-of');
  });
  it('leaves a disease treated as itself alone', () => {
    const facts = factsOf('Pill slows breast cancer\n\nA pill slowed breast cancer in a trial of 300 people with breast cancer.\n');
    expect(facts.condition?.value).toBe('breast cancer');
  });
});

describe('journal', () => {
  it('finds a journal named after the issue: "in the July 15 issue of the New England Journal of Medicine"', () => {
    const facts = factsOf(
      'Pill helps hearts\n\nA pill cut heart attacks in 400 adults, according to results published in the July 15 issue of the New England Journal of Medicine.\n',
    );
    expect(facts.journal?.value).toBe('New England Journal of Medicine');
    expect(facts.published?.value).toBe('July 15');
  });
});

describe('condition tied to the intervention', () => {
  it('the disease named with the studied drug beats a background disease', () => {
    const facts = factsOf(
      'Drug trial results\n\nIn a trial, Zelora (zelimab) slowed rheumatoid arthritis. Heart disease is common. Heart disease is serious. Heart disease kills. Zelora was given weekly in rheumatoid arthritis.\n',
    );
    expect(facts.condition?.value).toBe('rheumatoid arthritis');
  });

  it('a disease named only in a quote or in passing is not reported', () => {
    const facts = factsOf(
      'A new knee operation\n\nSurgeons can now grow cartilage in the knee. "We will always need replacements, unless we halt osteoarthritis," a surgeon said.\n',
    );
    expect(facts.condition).toBeNull();
  });

  it('a virus named as a modifier ("HPV types", "HPV-related") is not the condition', () => {
    const facts = factsOf(
      'Vaccine protects against cervical cancer\n\nThe vaccine Vaxo protects against nine HPV types. In the trial, Vaxo prevented cervical cancer and other HPV-related disease.\n',
    );
    expect(facts.condition?.value).toBe('cervical cancer');
  });
});
