// "Can people get it now?", what it costs, and the call to action (review 15): a source that
// says a clinic began offering it, who pays for it (and the price), or that it could be
// ready in a few years is never "not reported"; the brief says who pays in a few words with
// the price the same sentence gives; and the call to action follows the kind of study and
// what the source says of access (no "could be right for you" on a study whose kind is not
// said, no study to join on no word of one).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import type { PatientBriefModel } from '../../src/audiences/view-models.js';
import { factsFrom, ROOT } from '../helpers/article.js';
import { blankFacts, derivedWith, judgedAs, textFactOf } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));

const story = (headline: string, ...sentences: string[]) => factsFrom(`# ${headline}\n\n${sentences.join('\n\n')}\n`, 'access.md').facts;
const access = (model: PatientBriefModel) => model.stage.rows.find((row) => row.id === 'availability')!.value.text;
const action = (model: PatientBriefModel) => model.callToAction.map((t) => t.text).join(' ');

const TRIAL = 'In a randomized trial, 120 adults with knee pain received the therapy or usual care for 10 weeks.';

describe('availability: access, payers and horizons the source states', () => {
  it('reads a hospital that began offering the technique as available', () => {
    const facts = story(
      'Sound-wave marker guides knee surgery',
      'The city hospital began offering the marker, which has been used in 40 operations, in March.',
      TRIAL,
    );
    expect(facts.availability?.source.line).toBe(3);
    expect(facts.derived.availability).toMatchObject({ value: 'available', rule: 'availability-available' });
  });

  it('prefers who pays over common use, and reads "not covered by insurance" as available at the reader’s cost', () => {
    const facts = story(
      'Heat wraps ease knee pain',
      'Heat wraps are widely used in Asia for knee pain.',
      TRIAL,
      'Heat wrap therapy is usually not covered by insurance companies.',
    );
    expect(facts.availability?.source.line).toBe(7);
    expect(facts.derived.availability).toMatchObject({ value: 'available', rule: 'availability-not-covered' });
  });

  it('reads "some insurers cover it" as available', () => {
    const facts = story(
      'Heat wraps ease knee pain',
      TRIAL,
      'Some insurance companies cover heat wrap therapy, which costs about $90 a session.',
    );
    expect(facts.derived.availability).toMatchObject({ value: 'available', rule: 'availability-insured' });
  });

  it('reads "could be ready for general use in a couple of years" and a hoped-for approval as not yet', () => {
    const ready = story(
      'Eye scan spots early dementia',
      'In a study of 300 adults, the eye scan found early dementia in 80 of 100 people who had it.',
      'The scan could be ready for general use in a couple of years.',
    );
    expect(ready.derived.availability?.value).toBe('not available');
    const hoped = story(
      'Insulin patch lowers blood sugar',
      TRIAL,
      'Two patches are in late trials, with their makers hoping for Food and Drug Administration approval within two years.',
    );
    expect(hoped.derived.availability?.value).toBe('not available');
  });
});

describe('patient brief: who pays and the price', () => {
  it('says who pays in a few words, with the price the sentence gives', () => {
    const facts = story(
      'Heat wraps ease knee pain',
      TRIAL,
      'Some insurance companies cover heat wrap therapy, which costs about $90 a session, according to the Northfield Center for Joint Care and Rehabilitation.',
    );
    const model = composePatientBrief(facts, glossary, { buildDate: '2025-07-01' });
    expect(access(model)).toBe('Some insurance plans pay for it. It costs about $90 a session, the source says.');
  });

  it('says "in common use" for a treatment the source says is widely used, never a bare "Yes"', () => {
    const sentence =
      'The supplement, sold in health food shops and pharmacies across much of Europe and North America for many years now, is widely used in Europe for depression, arthritis and other long-lasting ailments.';
    const facts = blankFacts({
      intervention: textFactOf('the supplement', sentence),
      condition: textFactOf('depression'),
      availability: textFactOf('is widely used in Europe for depression', sentence),
      derived: derivedWith({
        studyType: judgedAs('randomized trial' as const),
        verdict: judgedAs('benefit' as const),
        availability: { ...judgedAs('available' as const), rule: 'availability-in-use', agency: null },
      }),
    });
    const model = composePatientBrief(facts, glossary, { buildDate: '2025-07-01' });
    expect(access(model)).toBe('It is in common use, the source says.');
  });
});

describe('call to action: follows the kind of study and what the source says of access', () => {
  const drug = (kind: 'randomized trial' | null, availability: 'available' | 'not available') =>
    composePatientBrief(
      blankFacts({
        intervention: textFactOf('Velorin'),
        condition: textFactOf('gout'),
        derived: derivedWith({
          studyType: kind ? judgedAs(kind) : null,
          verdict: judgedAs('benefit' as const),
          availability: { ...judgedAs(availability), agency: null },
        }),
      }),
      glossary,
      { buildDate: '2025-07-01' },
    );

  it('does not invite "could be right for you" on a study whose kind the source does not say', () => {
    const text = action(drug(null, 'available'));
    expect(text).not.toMatch(/could be right for you/);
    expect(text).toMatch(/People can already get Velorin, the source says\./);
    expect(action(drug('randomized trial', 'available'))).toMatch(/Ask your care team if Velorin could be right for you\./);
  });

  it('says "not available yet" for a treatment still in studies, with no study to join the source never offered', () => {
    const text = action(drug('randomized trial', 'not available'));
    expect(text).not.toMatch(/joining a study/);
    expect(text).toMatch(/Velorin is not available yet, the source says\. Ask your care team about treatments you can get now\./);
  });
});
