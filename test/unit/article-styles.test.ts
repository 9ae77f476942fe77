// Rules found by reading trial stories in styles the corpus lacks (a wire story on a phase 3
// cancer trial, a university release, a vaccine trial with "X of Y" counts, a pasted page
// about a failed trial). Each case is a made-up sentence or two in that style, not an
// article: the rule must hold for any story that words things this way.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerKeyView } from '../../src/article/answer-key.js';
import { composeClinicianSummary } from '../../src/audiences/clinician-summary.js';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { composePressDigest } from '../../src/audiences/press-digest.js';
import { noBenefitFinding } from '../../src/audiences/study.js';
import { visibleText } from '../../src/audiences/text.js';
import { ROOT, factsFrom } from '../helpers/article.js';

const story = (title: string, ...paragraphs: string[]) => factsFrom(`${title}\n\n${paragraphs.join('\n\n')}\n`, 'story.txt').facts;

describe('extraction: study details', () => {
  it('"patients were randomly assigned" makes the design randomized, with no "trial" in the sentence', () => {
    const facts = story(
      'Pill extends survival in lung cancer',
      'The drug, called velmotinib, was tested in 684 patients with lung cancer.',
      'Patients were randomly assigned in a 1:1 ratio to take velmotinib or to receive docetaxel.',
    );
    expect(facts.design?.value).toBe('randomized');
    expect(facts.design?.source.line).toBe(5);
  });

  it('a meeting\'s city after "reported at" is not a journal; "published in The Lancet" is', () => {
    const facts = story(
      'Pill extends survival',
      'Patients given the drug lived longer, the researchers reported at the annual meeting in Chicago.',
      'The results were published simultaneously in The Lancet.',
    );
    expect(answerKeyView(facts).journal).toBe('The Lancet');
  });

  it('"the vaccine group" is not the name of the vaccine; "called X and developed by" stops at "and"', () => {
    const facts = story(
      'New vaccine protects older adults',
      'The vaccine, called RSV-preF3 Nova and developed by the company Heliogen, was tested in 24,960 adults.',
      'In all, 7 people in the vaccine group fell ill, compared with 40 in the placebo group, and the vaccine group had fewer severe cases.',
      'Pain was more common in the vaccine group.',
    );
    expect(facts.intervention?.value).toBe('RSV-preF3 Nova');
  });

  it('a longer condition phrase met only after the short one is a measure or subgroup, not the condition', () => {
    const facts = story(
      'Nasal spray cuts migraine days in teens',
      'Teenagers with frequent migraine had fewer headache days with the spray, a trial of 212 teens found.',
      'Migraine affects about one in ten adolescents.',
      'Monthly migraine days fell by 4.1 days with the spray, compared with 2.3 days with placebo.',
    );
    expect(facts.condition?.value).toBe('migraine');
  });

  it('the comparator is the other arm, not the figure after "compared with"', () => {
    const facts = story(
      'Pill extends survival',
      'In the study of 684 patients, those given velmotinib lived a median of 14.2 months, compared with 10.1 months for patients who received the chemotherapy drug docetaxel.',
    );
    expect(facts.comparator?.value).toBe('the chemotherapy drug docetaxel');
    const bare = story('Pill shrinks tumors', 'Tumors shrank in 41% of patients on the pill compared with 14% of those on chemotherapy.');
    expect(bare.comparator).toBeNull();
  });

  it('the comparator is a noun phrase: no bracket cut open at a decimal, no clause that goes on past the group', () => {
    const cut = story(
      'Blood marker flags risk',
      'Women who fell ill had higher levels (an average of 6.3 percent), compared to those who stayed well (an average level of 5.2 percent).',
    );
    expect(cut.comparator?.value).toBe('those who stayed well');
    const clause = story('Drug helps old rats', 'Comparing treated rats versus untreated rats tells us a lot about how memory fades.');
    expect(clause.comparator?.value).toBe('untreated rats');
  });

  it('the comparator names the other arm; a figure, a time, a place or a subgroup after "compared with" is none', () => {
    const comparator = (...paragraphs: string[]) => story('Device helps hearts', ...paragraphs).comparator?.value ?? null;
    // A verb right after "who" belongs to the group.
    expect(comparator('Deaths fell by 20% over three years, compared to those who had a standard pump implanted.')).toBe(
      'those who had a standard pump implanted',
    );
    expect(
      comparator(
        'Risk was lower in children breastfed for a year compared with children who were never breastfed or who were breastfed briefly.',
      ),
    ).toBe('children who were never breastfed');
    expect(
      comparator('Relapses fell by half compared with mavrolimab alone through 12 months of follow-up in previously untreated patients.'),
    ).toBe('mavrolimab alone');
    // A figure, a time, a place, a subgroup: no comparator rather than a wrong one.
    expect(comparator('Women had a 60 percent drop in attacks compared with a 30 percent drop in men.')).toBeNull();
    expect(comparator('Vision improved by 12 letters, compared with vision before treatment.')).toBeNull();
    expect(comparator('Overdose deaths were 40 percent higher in rural areas compared with urban areas.')).toBeNull();
    expect(comparator('How the drug acts in younger mice versus older mice tells us a lot about memory.')).toBeNull();
    expect(comparator('The device is classed as a medical device rather than a drug.')).toBeNull();
  });

  it("the comparator from the study's own sentences: the second arm of a random assignment, a named control, the parent trial of an analysis", () => {
    const comparator = (...paragraphs: string[]) => story('Pill lifts mood', ...paragraphs).comparator?.value ?? null;
    expect(comparator('Patients were randomly assigned to receive either surgery plus medicines or medicines alone.')).toBe(
      'medicines alone',
    );
    // "than taking X" is a speaker's comparison, not an arm; the placebo arm is.
    expect(
      comparator(
        'The pill works better than taking plain vitamin B, the makers say.',
        'In the trial, 80 patients were randomly assigned to take either the pill or a placebo along with their usual drug.',
      ),
    ).toBe('a placebo');
    expect(comparator('Using a new fluid instead of the usual saline cut kidney damage by a fifth.')).toBe('saline');
    expect(
      comparator(
        'Women gained more from the pump than men, a new analysis found.',
        'The original study, published in 2012, showed patients fared better with the pump and a defibrillator rather than a defibrillator alone.',
      ),
    ).toBe('a defibrillator alone');
  });

  it('without a stated follow-up, the study’s length: "a six-week clinical trial", treatment "for 18 months"; never an outcome’s duration', () => {
    expect(story('Pill calms tremor', 'The effect was shown in a six-week clinical trial of 199 people.').followUp?.value).toBe(
      'six-week clinical trial',
    );
    expect(story('Shot builds bone', 'Women were assigned to daily injections of the drug for 18 months.').followUp?.value).toBe(
      'assigned to daily injections of the drug for 18 months',
    );
    expect(story('Drug helps some', 'One in five taking the drug saw it work for them for 19 months.').followUp).toBeNull();
    // A stated follow-up wins over the trial's length.
    expect(
      story('Surgery helps', 'The 5-year randomized trial enrolled 1,212 patients.', 'The 10-year follow-up showed fewer deaths.').followUp
        ?.value,
    ).toBe('10-year follow-up');
  });

  it('"Median follow-up was 21 months" is the follow-up, and not a result', () => {
    const facts = story('Pill extends survival', 'The trial enrolled 684 patients.', 'Median follow-up was 21 months.');
    expect(facts.followUp?.value).toBe('Median follow-up was 21 months');
    expect(facts.results.map((r) => r.text)).not.toContain('Median follow-up was 21 months.');
  });

  it('a sentence comparing results is not "what the treatment is"', () => {
    const facts = story(
      'Pill extends survival',
      'Tumors shrank in 41% of patients on the velmotinib pill compared with 14% of those on chemotherapy.',
      'The drug, called velmotinib, targets a mutation in a gene known as KRAS.',
    );
    expect(facts.interventionDescription?.value).toMatch(/^The drug, called velmotinib, targets/);
  });
});

describe('extraction: results, harms and next steps', () => {
  it("an enrolment sentence that also compares the arms' outcomes is a result", () => {
    const facts = story(
      'Pill extends survival',
      'In the phase 3 study, which enrolled 684 patients, those given velmotinib lived a median of 14.2 months, compared with 10.1 months for patients who received docetaxel.',
    );
    expect(facts.results.some((r) => /14\.2 months/.test(r.text))).toBe(true);
  });

  it('a lowered risk of death and a vaccine efficacy are results, not dropped as harms', () => {
    const facts = story(
      'Pill extends survival',
      'Patients on velmotinib lived longer than those on docetaxel in a trial of 684 patients.',
      'That translated into a 29% lower risk of death (hazard ratio 0.71).',
      'That works out to a vaccine efficacy of 82.6%.',
    );
    const results = facts.results.map((r) => r.text);
    expect(results.some((t) => /29% lower risk of death/.test(t))).toBe(true);
    expect(results.some((t) => /efficacy of 82\.6%/.test(t))).toBe(true);
    expect(facts.harms.some((h) => /lower risk of death/.test(h.text))).toBe(false);
  });

  it('named reactions with their figures are harms; arm counts compared with "rarer" are results', () => {
    const facts = story(
      'Vaccine protects older adults',
      'The trial enrolled 24,960 adults.',
      'Severe cases were rarer still: 1 person in the vaccine group had severe disease, compared with 17 people in the placebo group.',
      'Pain at the injection site was reported by 61% of vaccine recipients and 9% of placebo recipients.',
    );
    expect(facts.harms.some((h) => /^Pain at the injection site/.test(h.text))).toBe(true);
    expect(facts.results.some((r) => /^Pain at the injection site/.test(r.text))).toBe(false);
    expect(facts.results.some((r) => /1 person in the vaccine group/.test(r.text))).toBe(true);
  });

  it('"the main goal was", share prices and "declined to say" are not results; "did not beat placebo" is', () => {
    const facts = story(
      'Drug fails to slow memory decline',
      'The trial enrolled 1,410 people.',
      'The main goal was to see whether the drug slowed decline on a standard scale.',
      'The drug also did not beat placebo on any of the secondary measures.',
      'The company declined to say how much the drug would cost.',
      'Shares of the company rose 6% in early trading.',
    );
    const results = facts.results.map((r) => r.text);
    expect(results).toEqual(['The drug also did not beat placebo on any of the secondary measures.']);
  });

  it('planned, ongoing and under-way trials, and stopped development, are next steps', () => {
    const facts = story(
      'Spray cuts migraine days',
      'The trial enrolled 212 teens.',
      'A 52-week open-label extension study is ongoing.',
      'The team also plans a phase 3 trial in about 600 adolescents beginning in 2026.',
      'A separate trial testing the drug with immunotherapy is under way, with results expected in 2027.',
      'The company said it would stop development of the drug.',
      'A separate trial in 2019 found smaller gains.',
    );
    const next = facts.nextSteps.map((s) => s.text);
    expect(next).toEqual([
      'A 52-week open-label extension study is ongoing.',
      'The team also plans a phase 3 trial in about 600 adolescents beginning in 2026.',
      'A separate trial testing the drug with immunotherapy is under way, with results expected in 2027.',
      'The company said it would stop development of the drug.',
    ]);
  });
});

describe('clean', () => {
  it('"Photo caption:" lines are page junk', () => {
    const { facts } = factsFrom(
      'Drug fails in trial\n\nThe trial enrolled 1,410 people.\n\nPhoto caption: Tablets of the drug. The company said it will stop developing the drug. (Company)\n',
      'page.txt',
    );
    expect(facts.removed.some((r) => r.reason === 'junk-photo-caption' && /^Photo caption:/.test(r.text))).toBe(true);
    expect(facts.nextSteps).toEqual([]);
  });
});

describe('a trial that found no benefit', () => {
  const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
  const options = { buildDate: '2025-07-01' };
  const failed = story(
    "Alzheimer's drug fails to slow memory decline in large trial",
    "The drug, called neurafenib, was tested in a phase 3 trial that enrolled 1,410 people with Alzheimer's disease.",
    'Participants were randomly assigned to take neurafenib or a placebo pill every day for 18 months.',
    'After 18 months, scores had worsened by 1.66 points in the neurafenib group and by 1.63 points in the placebo group, a difference that was not statistically significant.',
  );

  it('is recognised from a headline that says the trial failed, and a positive or mixed trial is not', () => {
    expect(noBenefitFinding(failed)?.text).toMatch(/not statistically significant/);
    const positive = story(
      'Drug slows decline',
      'The drug, called neurafenib, was tested in 1,410 people.',
      'Scores worsened 30% less in the neurafenib group than in the placebo group.',
      'The drug did not improve sleep, a secondary measure.',
    );
    expect(noBenefitFinding(positive)).toBeNull();
    // A null result first, a benefit after it, a neutral headline: not a failed trial.
    const mixed = story(
      'Drug tested in heart patients',
      'The drug, called neurafenib, was tested in 1,410 people with heart failure.',
      'The drug did not reduce the number of strokes compared with placebo.',
      'But 12 of 700 people on the drug had a heart attack, against 30 of 710 on placebo.',
    );
    expect(mixed.results.map((r) => r.text)).toEqual([expect.stringMatching(/did not reduce/), expect.stringMatching(/12 of 700/)]);
    expect(noBenefitFinding(mixed)).toBeNull();
  });

  it('says so first in every document, and the brief does not suggest asking for it', () => {
    const brief = visibleText(composePatientBrief(failed, glossary, options)).join('\n');
    expect(brief).toMatch(/Neurafenib did not work better than placebo in this study\./);
    expect(brief).not.toMatch(/could be right for you/);
    const clinician = composeClinicianSummary(failed, glossary, options);
    expect(clinician.bottomLine.statement.text).toMatch(/The source reports no benefit of neurafenib over placebo/);
    expect(clinician.bottomLine.statement.text).not.toMatch(/may have the effects/);
    const press = composePressDigest(failed, glossary, options);
    expect(press.headline.text).toMatch(/no better than placebo/);
    expect(press.lede.text).toMatch(/found no benefit over placebo/);
  });
});
