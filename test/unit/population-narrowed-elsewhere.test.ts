// Review 15 (issue #13), class "eligibility or subgroup qualifier dropped, so the result
// reads as for everyone": the story's opening says whom the treatment is for ("patients with
// a cancer who have a gene change called …", "a cancer that has spread"), while the sentence
// that counts the people says only "717 patients who had not been treated before". The
// population came from the count, so the narrowing never reached the documents; and three
// smaller slips of the same family: a short form in brackets between the condition and its
// narrowing, a pretend treatment counted as a second active one, and an illness's short
// form glossed as the name of a medicine.
import { describe, expect, it } from 'vitest';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { conditionName, headToHead } from '../../src/audiences/study.js';
import { visibleText } from '../../src/audiences/text.js';
import { glossary } from '../helpers/brief.js';
import { factsFrom } from '../helpers/article.js';
import { blankFacts, numberedFacts } from '../helpers/facts.js';

const { fact, derivedStudy } = numberedFacts();

describe('the population carries the narrowing the story gives elsewhere (participants.ts narrowedPopulation)', () => {
  it('takes the opening phrase that narrows the illness over a count phrase that does not', () => {
    const { facts } = factsFrom(
      [
        'Agency clears Zorvatin',
        '',
        'The agency approved Zorvatin for adult patients with newly diagnosed blood cancer (BLC) who have a gene change called QRX7, given with chemotherapy.',
        '',
        'The drug was studied in a randomized trial of 512 patients who had not been treated before for the cancer.',
        '',
      ].join('\n'),
      'article.txt',
    );
    expect(facts.participants?.value).toBe(512);
    expect(facts.population?.value).toBe('adult patients with newly diagnosed blood cancer (BLC) who have a gene change called QRX7');
    expect(conditionName(facts)).toBe('newly diagnosed blood cancer with a gene change called QRX7');
  });

  it('keeps a spread the opening ties to the patients', () => {
    const { facts } = factsFrom(
      [
        'Pill extends survival',
        '',
        'The new pill extended survival for patients with melanoma that has spread to other organs, researchers reported.',
        '',
        'In a phase 3 study involving 640 people worldwide, patients on the pill did better than those on chemotherapy.',
        '',
      ].join('\n'),
      'article.txt',
    );
    expect(facts.population?.value).toBe('patients with melanoma that has spread to other organs');
  });

  it('keeps a second illness they all had ("X and heart failure")', () => {
    const { facts } = factsFrom(
      [
        'Surgery helps weak hearts',
        '',
        'A trial found that the operation improves survival for patients with severe blocked arteries disease and heart failure.',
        '',
        'More than 800 patients were included in the trial.',
        '',
      ].join('\n'),
      'article.txt',
    );
    expect(facts.population?.value).toBe('patients with severe blocked arteries disease and heart failure');
    expect(
      conditionName(blankFacts({ condition: fact('kidney disease'), population: fact('90 adults with kidney disease and diabetes') })),
    ).toBe('kidney disease and diabetes');
  });

  it('keeps the count phrase when nothing narrows the illness', () => {
    const { facts } = factsFrom(
      [
        'Pill eases asthma',
        '',
        'A new pill eased symptoms in adults with asthma, researchers reported.',
        '',
        'The trial enrolled 300 adults with asthma at four clinics.',
        '',
      ].join('\n'),
      'article.txt',
    );
    expect(facts.population?.value).toBe('300 adults with asthma at four clinics');
  });
});

describe('a pretend treatment is no second active one (study.ts inactive)', () => {
  it('does not read a simulated or fake procedure as a head-to-head comparison', () => {
    for (const arm of ['simulated needling', 'fake surgery', 'mock stimulation']) {
      const facts = blankFacts({ intervention: fact('needling'), comparator: fact(arm, `Others got ${arm}.`) });
      expect(headToHead(facts)).toBe(false);
    }
    expect(headToHead(blankFacts({ intervention: fact('Drug A'), comparator: fact('Drug B', 'Others got Drug B.') }))).toBe(true);
  });
});

describe('an illness short form the article never spells out (words-to-know.ts spelledBy)', () => {
  it('is glossed by the condition its initials spell, not as the name of a medicine', () => {
    const base = blankFacts({
      intervention: fact('stem cell transplant'),
      condition: fact('multiple sclerosis'),
      derived: derivedStudy('single-arm trial'),
      results: [],
    });
    const named = [
      {
        short: 'MS',
        names: 'a medicine or substance',
        source: { text: 'It is the first MS treatment to work.', line: 9, column: 1 },
        rule: 'short-form-names-compound',
      },
    ];
    const facts = {
      ...base,
      results: [
        {
          text: 'Most people with MS who got the transplant had no new attacks.',
          source: { text: 'Most people with MS who got the transplant had no new attacks.', line: 7, column: 1 },
          origin: 'extracted' as const,
          numbers: [],
          timepoints: [],
        },
      ],
      derived: { ...base.derived, acronyms: { ...base.derived.acronyms, named } },
    };
    const brief = visibleText(composePatientBrief(facts, glossary, { buildDate: '2025-07-01' })).join('\n');
    expect(brief).toContain('Short for multiple sclerosis.');
    expect(brief).not.toContain('The name of a medicine or substance.');
  });
});
