// Review 15/16 (09, 08, 100): harms of the main study that were extracted but never reached
// the patient brief, or reached it without what makes them true.
// - Hard medical words ("incidence", "suicidal ideation and behavior", "an allergic or
//   autoimmune condition") kept a harm over the brief's limit of long words: plain words for
//   them (cues/plain-words.yaml) let the harm print.
// - A risk whose size comes last ("the risk of X doing Y because of Z is extremely rare") was
//   too long whole, and no cut at its end kept both the harm and its size: it prints as what
//   may happen, its cause and its size, each a short sentence.
// - A sentence cut in two at ", while" dropped the opening that says under what condition the
//   whole holds ("When treated with X, …"): the later piece now keeps it.
import { describe, expect, it } from 'vitest';
import type { Harm } from '../../src/article/schema.js';
import { shorterForms, splitClauses } from '../../src/audiences/clauses.js';
import { plainWords } from '../../src/audiences/plain-words.js';
import { velorinBrief } from '../helpers/brief.js';
import { sourceFinding } from '../helpers/facts.js';

const harm = (text: string, kind: Harm['kind']): Harm => ({ ...sourceFinding(text), kind });

describe('a harm in hard medical words', () => {
  it('is said in plain words that keep the risk and whom it is for', () => {
    expect(plainWords('Velorin users with a history of kidney stones had an increased incidence of suicidal ideation and behavior.')).toBe(
      'Velorin users with a history of kidney stones had an increased rate of suicidal thoughts and actions.',
    );
    expect(plainWords('Patients may have a greater risk of a skin or liver condition.')).toBe(
      'People may have a greater risk of a skin or liver disease.',
    );
    // Only a condition named by its kind: "the conditions of the study" are no disease.
    expect(plainWords('The conditions of the study were strict.')).toBe('The conditions of the study were strict.');
  });

  it('reaches the brief', () => {
    const { harms } = velorinBrief({
      harms: [
        harm(
          'Velorin users with a history of kidney stones had an increased incidence of suicidal ideation and behavior compared to users without this history.',
          'risk',
        ),
        harm('Patients may have a greater risk of getting an infection, or an allergic or autoimmune condition.', 'risk'),
      ],
    });
    expect(harms).toMatch(/Velorin users with a history of kidney stones had an increased rate of suicidal thoughts and actions/);
    expect(harms).toMatch(/People may have a greater risk of getting an infection, or an allergic or autoimmune disease\./);
  });
});

describe('a risk whose size comes last', () => {
  const risk =
    'the risk of the cooling band missing a small cluster of the tumour cells in the skin of the neck because of the cold band is extremely rare.';

  it('is the harm, its cause and its size as short sentences', () => {
    expect(shorterForms(risk, { strict: true })).toContain(
      'The cooling band may miss a small cluster of the tumour cells in the skin of the neck. This can happen because of the cold band. It is extremely rare.',
    );
    expect(
      shorterForms('The risk of the new pump causing a serious infection where its tube enters the skin of the belly is very low.', {
        strict: true,
      }),
    ).toContain('The new pump may cause a serious infection where its tube enters the skin of the belly. The risk is very low.');
  });

  it('reaches the brief with its size', () => {
    const { harms } = velorinBrief({ harms: [harm(risk, 'risk')] });
    expect(harms).toMatch(/may miss a small cluster of the tumour cells in the skin of the neck\..*It is extremely rare\./);
  });
});

describe('a sentence cut after an opening that says when it holds', () => {
  it('keeps the opening in every piece', () => {
    expect(splitClauses('When given Velorin, the older rats ran faster, while the young rats did far worse.')).toEqual([
      'When given Velorin, the older rats ran faster',
      'When given Velorin, the young rats did far worse.',
    ]);
    expect(splitClauses('At 12 weeks, 40 percent improved on Velorin, but only 10 percent on placebo did.')).toEqual([
      'At 12 weeks, 40 percent improved on Velorin',
      'but at 12 weeks, only 10 percent on placebo did.',
    ]);
  });

  it('not into a piece with a time of its own, nor after a concession', () => {
    expect(splitClauses('Before treatment, none of the 12 people had normal levels, yet 4 months after the dose, all did.')).toEqual([
      'Before treatment, none of the 12 people had normal levels',
      'yet 4 months after the dose, all did.',
    ]);
    expect(splitClauses('At the start, 10 percent had pain, while 30 percent had it at 12 months.')[1]).toBe(
      '30 percent had it at 12 months.',
    );
    expect(splitClauses('Although it was small, the study found a benefit, but the effect faded.')[1]).toBe('but the effect faded.');
  });
});
