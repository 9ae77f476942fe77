// The patient brief as data: parts and rows carry stable ids, the reading order is stated
// (not taken from the order of an object's keys), and what is left out to keep the brief
// readable is chosen by id, so rewording a label changes the page and nothing else.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/article/schema.js';
import { loadGlossary } from '../../src/audiences/glossary.js';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { READING_ORDER, STUDY_ROWS, WORDING, type PatientBriefWording } from '../../src/audiences/patient-brief/sections.js';
import { visibleLines } from '../../src/audiences/text.js';
import type { PatientBriefModel } from '../../src/audiences/view-models.js';
import { renderHtml } from '../../src/render/html.js';
import { ROOT } from '../helpers/article.js';

const raw = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/zimislecel.facts.json'), 'utf8'));
const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const options = { buildDate: '2025-07-01' };
const brief = (extra: object = {}, wording?: PatientBriefWording) =>
  composePatientBrief(Facts.parse({ ...raw, ...extra }), glossary, { ...options, wording });
const fact = (value: string, line: number) => ({ value, source: { text: `${value}.`, line, column: 1 }, origin: 'extracted' });
/** A setting this plain is printed on its own, but it makes the zimislecel brief read above the target level. */
const HARD_SETTING = {
  setting: fact(
    'at several university hospitals, specialized rehabilitation institutions and community laboratories in Minnesota, California and Massachusetts',
    20,
  ),
};

/** Every label reworded into other short words: the page reads at the same level (one line each, no long words). */
const REWORDED: PatientBriefWording = {
  ...WORDING,
  rows: Object.fromEntries(
    Object.entries(WORDING.rows).map(([id, row], i) => [id, { ...row, label: `Part ${String.fromCharCode(65 + i)}` }]),
  ) as PatientBriefWording['rows'],
};

const ids = (model: PatientBriefModel) => ({
  study: model.study.rows.map((row) => row.id),
  stage: model.stage.rows.map((row) => row.id),
});

describe('patient brief ids', () => {
  const model = brief();

  it('name the study and stage rows, whatever they say', () => {
    expect(ids(model)).toEqual({
      // The type of study is the derived one (a single-arm trial), so only the comparator is missing.
      study: ['who-took-part', 'about-them', 'health-problem', 'treatment', 'what-it-is', 'compared-with', 'how-long', 'type-of-study'],
      stage: ['stage-of-research', 'availability'],
    });
    for (const row of [...model.study.rows, ...model.stage.rows]) expect(row.label.text).toBe(WORDING.rows[row.id].label);
    expect(ids(brief({}, REWORDED))).toEqual(ids(model));
    expect(brief({}, REWORDED).study.rows.map((row) => row.label.text)).not.toContain('Who took part');
  });

  it('keep rows in the order sections.ts gives, the gathered "not in the source" line last', () => {
    const order = STUDY_ROWS.map((spec) => spec.id);
    const shown = model.study.rows.map((row) => order.indexOf(row.id));
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    const unknownKind = brief({ derived: { ...raw.derived, studyType: null } });
    expect(unknownKind.study.rows.at(-1)!.value.text).toBe('A group to compare with and the type of study.');
  });

  it('give every row the source leaves out a name in the "not in the source" line', () => {
    const gathered = ['who-took-part', 'health-problem', 'treatment', 'compared-with', 'how-long', 'type-of-study'] as const;
    for (const id of gathered) expect(WORDING.rows[id].missing, id).toBeTruthy();
    const nothing = brief({ participants: null, condition: null, intervention: null, followUp: null });
    expect(ids(nothing).study).toEqual(['about-them', 'what-it-is', 'type-of-study', 'not-in-source']);
    // However many are missing, no sentence of the line runs past three of them (the 20-word limit).
    const line = nothing.study.rows.at(-1)!.value.text;
    for (const sentence of line.split(/(?<=\.)\s+/)) expect(sentence.split(', ').length, line).toBeLessThanOrEqual(3);
  });
});

describe('patient brief reading order', () => {
  const model = brief();

  it('lists every part of the model once', () => {
    expect(model.readingOrder).toEqual(READING_ORDER);
    const parts = Object.keys(model).filter((key) => key !== 'meta' && key !== 'readingOrder');
    expect([...model.readingOrder].sort()).toEqual(parts.sort());
  });

  it('is what the checks read, whatever order the keys are in', () => {
    const reversed = Object.fromEntries(Object.entries(model).reverse()) as unknown as PatientBriefModel;
    expect(Object.keys(reversed)[0]).toBe('glossary');
    expect(visibleLines(reversed).map((line) => line.text)).toEqual(visibleLines(model).map((line) => line.text));
    expect(visibleLines(model)[0]!.text).toBe('Patient brief');
    expect(visibleLines(model).at(-1)).toBe(visibleLines(model.learnMore).at(-1));
  });

  it('is the order the template prints the parts in', async () => {
    const html = await renderHtml('patient-brief', model, { paper: 'A4' });
    const page = html
      .slice(html.indexOf('<body'))
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    let at = 0;
    for (const part of model.readingOrder) {
      for (const line of visibleLines({ [part]: model[part] })) {
        const found = page.indexOf(line.text, at);
        expect(found, `${part}: ${line.text}`).toBeGreaterThanOrEqual(at);
        at = found;
      }
    }
  });
});

describe('patient brief pruning', () => {
  it('leaves out a detail row, by id, when the brief reads too hard', () => {
    expect(ids(brief({ setting: fact('in Minnesota', 20) })).study).toContain('where');
    expect(ids(brief(HARD_SETTING)).study).not.toContain('where');
  });

  it('leaves out the same pieces when every label is reworded', () => {
    const pruned = brief(HARD_SETTING);
    const reworded = brief(HARD_SETTING, REWORDED);
    expect(ids(reworded)).toEqual(ids(pruned));
    const printed = (model: PatientBriefModel) => ({
      findings: visibleLines(model.findings).map((line) => line.text),
      harms: visibleLines(model.harms).map((line) => line.text),
      unknown: model.knowledge.unknown.map((line) => line.text),
    });
    expect(printed(reworded)).toEqual(printed(pruned));
  });
});
