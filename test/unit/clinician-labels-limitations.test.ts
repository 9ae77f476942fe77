// Review 12 (issue #13): the clinician summary's outcome labels and limitations must say what
// the source says. Outcome words (cues/outcome-words.yaml) misread the outcome (suicidal
// thoughts labelled "Suicide attempts", abstinence from alcohol "Quitting smoking", an insect's
// mortality "Deaths", a condition of the people enrolled as an outcome); labels cut from a
// sentence kept a comment on the measure ("plaques believed"); a harm naming a fatal disease was
// labelled "Deaths"; the surrogate-outcome limitation fired on a blood-pressure target and on
// enrolment criteria; advice and patients' preferences were listed as limitations; and design
// words from a sentence about planned trials were given as this study's.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/article/schema.js';
import { composeClinicianSummary } from '../../src/audiences/clinician-summary.js';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { limitationCaveats, limitations } from '../../src/audiences/limitations.js';
import { outcomeLabel } from '../../src/audiences/outcome-label.js';
import { factsFrom } from '../helpers/article.js';
import { blankFacts, sourceFinding } from '../helpers/facts.js';

const glossary = loadGlossary(`
- term: diabetes
  definition: Too much sugar in the blood.
`);

const labelOf = (sentence: string, facts = blankFacts()) => outcomeLabel(sourceFinding(sentence), glossary, facts).label;

describe('outcome labels say what the result measured', () => {
  it('tells suicidal thoughts from suicide attempts', () => {
    expect(labelOf('Students who used the app were half as likely to report suicidal thoughts over the term.')).toBe('Suicidal thoughts');
    expect(labelOf('Fewer people in the program made suicide attempts than in the usual-care group.')).toBe('Suicide attempts');
  });

  it('names abstinence from drinking as abstinence, and quitting only when smoking is named', () => {
    expect(labelOf('The pill helped former heavy drinkers keep their abstinence for longer than the dummy pill.')).toBe('Abstinence');
    expect(labelOf('More smokers who got the patch had stopped smoking by week twelve.')).toBe('Quitting smoking');
  });

  it('does not call the death of insects or cells "Deaths"', () => {
    expect(labelOf('The spray caused high insect mortality within a metre of the trap.')).not.toMatch(/Deaths/);
    expect(labelOf('Fewer patients died on the new drug than on the old one.')).toBe('Deaths');
  });

  it('does not name the condition of the people enrolled as an outcome', () => {
    const sentence =
      'The agency approved the pill for weight loss in adults with a condition such as high blood pressure, diabetes, or asthma.';
    expect(labelOf(sentence)).toBe('Weight');
  });

  it('does not count a "with" of the treatment or of a figure as who took part', () => {
    expect(labelOf('Patients treated with the cap reported losing less than half their hair.')).toBe('Hair loss');
    expect(labelOf('The scanner told tumour from normal tissue with 90 percent sensitivity.')).toBe('Test accuracy');
  });

  it('ends a label cut from the sentence where a comment on the measure starts', () => {
    expect(labelOf('The antibody had no effect on the buildup of sticky brain proteins believed by many to kill neurons.')).toBe(
      'buildup of sticky brain proteins',
    );
    expect(labelOf('The pill should reduce the risk of stroke even more, the author said.')).toBe('stroke');
    expect(labelOf('Walking was linked to a lower risk of developing heart disease in the women.')).toBe('heart disease');
  });

  it('names "no virus detected" once, as the virus cleared', () => {
    expect(labelOf('Nine of ten patients had no virus detected in the blood at the end of treatment.')).toBe('Virus cleared');
  });
});

describe('harm labels', () => {
  it('labels a harm that names a fatal disease as a serious harm, not as deaths', () => {
    const harm = (text: string) => ({ ...sourceFinding(text), kind: 'death' as const });
    const facts = blankFacts({
      harms: [
        harm('A rare fatal lung disease has been reported in people who took the two drugs together.'),
        harm('Two patients died during the trial.'),
      ],
    });
    const summary = composeClinicianSummary(facts, glossary, { buildDate: '2025-07-01' });
    expect(summary.harms.rows.map((row) => row.label.text)).toEqual(['Serious harms', 'Deaths']);
  });
});

describe('clinician limitations', () => {
  const surrogate = (results: Finding[]) => limitations(blankFacts({ results })).some((item) => item.id === 'surrogate-outcomes');

  it('does not call a blood-pressure target or a condition of the people enrolled a surrogate outcome', () => {
    expect(surrogate([sourceFinding('A systolic blood pressure goal of under 120 cut deaths from heart disease by a third.')])).toBe(false);
    expect(
      surrogate([
        sourceFinding(
          'The pill is for adults with a weight-related condition such as controlled high blood pressure, or high cholesterol.',
        ),
      ]),
    ).toBe(false);
    expect(surrogate([sourceFinding('Blood pressure fell by 10 points in the treated group.')])).toBe(true);
  });

  const caveat = (text: string, rule: string): Finding => ({ ...sourceFinding(text), rule });

  it('leaves out advice on use and what patients prefer', () => {
    const facts = blankFacts({
      caveats: [
        caveat('Taking the pill with other slimming drugs is not recommended.', 'caveat-caution'),
        caveat('The doctors caution other patients to talk to their doctor before changing their dose.', 'caveat-caution'),
        caveat('Patients sometimes express concerns about side effects and therefore prefer talking therapy.', 'caveat-concern'),
        caveat('Some experts raised concerns about how the groups were chosen.', 'caveat-concern'),
      ],
    });
    expect(limitationCaveats(facts).map((item) => item.text)).toEqual(['Some experts raised concerns about how the groups were chosen.']);
  });

  it('keeps only the sentence of a caveat that its cue matched', () => {
    const text = 'These findings add to the good news about healthy eating. More research is needed to see how diet helps as we age.';
    const facts = blankFacts({ caveats: [caveat(text, 'caveat-more-research-needed')] });
    expect(limitationCaveats(facts).map((item) => item.text)).toEqual(['More research is needed to see how diet helps as we age.']);
  });
});

describe('design words', () => {
  it('are not taken from a sentence about what researchers want or plan to do', () => {
    const { facts } = factsFrom(
      [
        'Fish and sleep in children',
        '',
        'Children who ate fish weekly slept better, a study of 500 children found.',
        '',
        'The researchers also want to build on this study to show, through randomized controlled trials, that fish helps sleep.',
      ].join('\n'),
      'article.txt',
    );
    expect(facts.design?.value ?? '').not.toMatch(/randomi/);
  });
});
