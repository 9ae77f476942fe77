// Review 7 (issue #13), class "the patient brief leaves out a main result or harm the
// extraction found, or keeps a lesser one in its place". Causes tested here: when the best
// ranked main result could not be put plainly, the brief led with nothing and filled the
// column with lesser results; later main results came in the article's order behind them;
// and each "of every 100 people" of a three-arm comparison pushed its sentence past 20 words.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, SourceRef } from '../../src/article/schema.js';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { plainFinding } from '../../src/audiences/plain-finding.js';
import { studyFrame } from '../../src/audiences/study.js';
import { visibleText } from '../../src/audiences/text.js';
import { findNumbers } from '../../src/article/numbers.js';
import { ROOT } from '../helpers/article.js';
import { blankFacts, type FactsOverrides } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
let nextLine = 2;
const ref = (text: string): SourceRef => ({ text, line: nextLine++, column: 1 });
const fact = (value: string, sentence = `${value}.`) => ({ value, source: ref(sentence), origin: 'extracted' as const });
const finding = (text: string, rule?: string): Finding => ({
  text,
  source: ref(text),
  origin: 'extracted',
  numbers: findNumbers(text).map(({ raw, value, unit }) => ({ raw, value, unit })),
  timepoints: [],
  ...(rule ? { rule } : {}),
});

/** A trial of a made-up eye drop against two others. */
function facts(extra: FactsOverrides) {
  return blankFacts({
    title: { value: 'A new eye drop is tested', source: ref('A new eye drop is tested'), origin: 'extracted' },
    intervention: fact('Clarivex'),
    condition: fact('glaucoma'),
    participants: { ...fact('300', 'The trial enrolled 300 people.'), value: 300, raw: '300' },
    ...extra,
  });
}
const brief = (extra: FactsOverrides) => composePatientBrief(facts(extra), glossary, { buildDate: '2025-07-01' });

describe('the main results lead the brief', () => {
  it('leads with the next main result when the best ranked one cannot be put plainly', () => {
    const model = brief({
      results: [
        // Best ranked (figures for two arms), but too long and too hard in every form.
        finding(
          'In the intention-to-treat population, approximately 41 percent of participants allocated to Clarivex underwent supplementary laser trabeculoplasty procedures during extended observation, compared with 64 percent of participants allocated to comparator medications according to investigators.',
        ),
        // Lesser results the article gives first: without a lead they filled the column.
        finding('The drops were stored at 4 degrees in a fridge.'),
        finding('On average, people used 2 bottles a month.'),
        finding('About 12 people said the bottle was hard to open.'),
        finding('Most people put in 1 drop at night.'),
        finding('Clarivex lowered eye pressure in 70 percent of people, compared with 50 percent of people on the older drops.'),
      ],
    });
    const shown = visibleText(model.findings).join(' ');
    expect(shown).toContain('Clarivex lowered eye pressure in 70 of every 100 people');
  });
});

describe('the best ranked main result, in its least-hard form', () => {
  it('leads before a lesser main result that reads plainly, when it fits in 20 words', () => {
    const model = brief({
      results: [
        // Best ranked (two arms' figures), within 20 words but with more long words than a plain sentence may have.
        finding(
          'Clarivex substantially diminished intraocular pressure abnormalities in 40 percent of participants, compared with 15 percent receiving conventional medication.',
        ),
        // A lesser main result (one arm's count) that reads plainly.
        finding('6 of the 10 people taking Clarivex slept better.'),
      ],
    });
    const lead = visibleText(model.findings.items[0]!).join(' ');
    expect(lead).toContain('Clarivex substantially diminished intraocular pressure abnormalities in 40 of every 100 people.');
  });
});

describe('a three-arm comparison per 100 people', () => {
  it('says "people" once, so the comparison fits in a sentence', () => {
    const harm = finding(
      'Twelve percent of participants in the Clarivex group had at least one heart problem, compared with five percent of participants in the Avonel group and eight percent of participants in the Brimex group.',
    );
    const item = plainFinding(harm, studyFrame(facts({})), { maxBullets: 6 });
    const text = [...item.sentences, ...item.bullets].map((s) => s.text).join(' ');
    expect(text).toContain('5 of every 100 in the Avonel group and 8 of every 100 in the Brimex group');
    expect(text).toContain('12 of every 100 people in the Clarivex group');
  });
});

describe('what happens next, when the source says more research is needed', () => {
  it('says so in short, not "Not reported"', () => {
    const model = brief({
      results: [finding('Clarivex lowered eye pressure in 70 percent of people, compared with 50 percent of people on the older drops.')],
      nextSteps: [
        finding(
          'The investigators noted that further studies are needed to establish whether measuring intraocular pressure variability could determine a person’s subsequent likelihood of optic neuropathy.',
          'next-research-needed',
        ),
        finding(
          'Research is needed to determine whether combining treatments could reduce the risk for the condition.',
          'next-research-needed',
        ),
      ],
    });
    expect(model.knowledge.next.map((piece) => piece.text)).toContain('Further studies are needed.');
  });
});

describe('what happens next, when the source says more studies are planned or running', () => {
  it('says what is planned, shortened, when the statement is too long to print, and not for a hope or a licence (review 8: 111)', () => {
    const planned = brief({
      results: [finding('Clarivex lowered eye pressure in 70 percent of people, compared with 50 percent of people on the older drops.')],
      nextSteps: [
        finding(
          'Although glaucoma is a very specific example, the investigators are currently pursuing larger-scale multicentre clinical trials to investigate the utility of the measurement in other ocular conditions.',
          'next-under-way',
        ),
      ],
    });
    expect(planned.knowledge.next.map((piece) => piece.text)).toEqual([
      'The investigators are now pursuing larger-scale multicentre clinical trials.',
    ]);
    const hoped = brief({
      results: [finding('Clarivex lowered eye pressure in 70 percent of people, compared with 50 percent of people on the older drops.')],
      nextSteps: [
        finding(
          'The ophthalmologist, who was not involved, agrees the investigation “needs replication” but said she is hopeful about the potential for additional ophthalmological research.',
          'next-larger-trial',
        ),
      ],
    });
    expect(hoped.knowledge.next.map((piece) => piece.text)).not.toContain('The source says more studies are planned or under way.');
  });
});
