// The condition keeps the disease adjective that says which disease it is, found by its
// medical suffix ("psoriatic", "ischemic", "idiopathic"), not only the listed modifiers.
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { answerKeyView } from '../../src/article/answer-key.js';
import { factsFrom } from '../helpers/article.js';

const view = (text: string) => answerKeyView(factsFrom(text, 'article.txt').facts);

describe('condition: disease adjectives by their suffix', () => {
  it('keeps "psoriatic" before arthritis', () => {
    const text = [
      'Injection eases joint disease in trial',
      '',
      'A new antibody eased swollen joints in people with psoriatic arthritis, a trial found.',
      '',
      'The 200 patients with psoriatic arthritis got the antibody or a placebo every month.',
      '',
      'Half of those on the antibody improved, compared with a fifth of those on placebo.',
    ].join('\n');
    expect(view(text).condition).toBe('psoriatic arthritis');
  });

  it('keeps "idiopathic" before a disease named by its head word', () => {
    const text = [
      'Pill slows lung scarring',
      '',
      'A daily pill slowed the decline of breathing in people with idiopathic pulmonary fibrosis, researchers reported.',
      '',
      'The trial enrolled 300 adults with idiopathic pulmonary fibrosis and gave them the pill or a placebo for a year.',
    ].join('\n');
    expect(view(text).condition).toBe('idiopathic pulmonary fibrosis');
  });

  it('does not take an ordinary -atic word as part of the disease', () => {
    const text = [
      'Drug brings dramatic relief',
      '',
      'A new drug brought dramatic relief to people with asthma, a trial found.',
      '',
      'The 150 adults with asthma took the drug or a placebo for six months.',
    ].join('\n');
    expect(view(text).condition).toBe('asthma');
  });
  it('keeps the tissue-type words of a cancer name ("serous", "squamous"), not just its last two words', () => {
    const text = [
      'Antibody added to chemotherapy helps women with a rare womb cancer',
      '',
      'Adding an antibody to chemotherapy lengthened the time before the cancer grew in women with uterine serous carcinoma, a trial found.',
      '',
      'The 60 women with uterine serous carcinoma got chemotherapy with or without the antibody.',
    ].join('\n');
    expect(view(text).condition).toBe('uterine serous carcinoma');
    const anal = [
      'Immune drug shrinks rare anal tumours',
      '',
      'A rare cancer known as squamous cell carcinoma of the anal canal shrank in five of 20 patients given an immune drug, researchers reported.',
    ].join('\n');
    expect(view(anal).condition).toBe('squamous cell carcinoma');
  });
  it('takes the flu as a condition, not a disease of one cited study', () => {
    const text = [
      'Massage may boost the immune system against colds and flu',
      '',
      'People looking to fend off colds and flu this winter should ask about massage, a therapists’ group said.',
      '',
      'One small study found women with stage 1 breast cancer may benefit from massage.',
    ].join('\n');
    expect(view(text).condition).toBe('flu');
  });
});
