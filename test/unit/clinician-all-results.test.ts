// The clinician summary leaves out no main result (review 10: a cap of six outcome rows left
// out 02's later figures and 128's subgroup result), and a figure compared between two
// groups stays in both the summary's table and the press digest's results even when worded
// as a general statement ("In general, …"). Hand-written Facts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/article/schema.js';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import { summaryHeight } from '../../src/audiences/clinician-layout.js';
import type { ClinicianSummaryModel, PressDigestModel } from '../../src/audiences/view-models.js';
import { ROOT } from '../helpers/article.js';
import { countOf, derivedWith, headlineFacts, judgedAs, sourceFinding, textFactOf } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const clinician = (f: Facts) => composeDocument('clinician-summary', f, glossary, { buildDate: null }).view as ClinicianSummaryModel;
const press = (f: Facts) => composeDocument('press-digest', f, glossary, { buildDate: null }).view as PressDigestModel;
const trial = derivedWith({ studyType: judgedAs('randomized trial') });
const rowTexts = (model: ClinicianSummaryModel) => model.outcomes.rows.map((row) => row.result.text);

describe('the outcomes table holds every result two pages can', () => {
  it('lists a ninth result, such as the last figure of a long trial report', () => {
    const results = [
      'At one year, 61 percent of patients on velorant could walk unaided.',
      'At one year, 40 percent of patients on usual care could walk unaided.',
      'Pain scores fell by 3 points on average with velorant.',
      'Sleep improved by about an hour a night in both groups.',
      'Velorant patients returned to work 12 days sooner.',
      'Falls were 20 percent less common with velorant.',
      'Patients needed four fewer visits to their doctor.',
      'Grip strength was the same in both groups.',
      'By two years, 35 percent of patients on velorant needed surgery, compared with 52 percent on usual care.',
    ].map(sourceFinding);
    const model = clinician(
      headlineFacts({
        intervention: textFactOf('velorant'),
        condition: textFactOf('hip arthritis'),
        participants: countOf(400, 'The trial enrolled 400 people.'),
        derived: trial,
        results,
      }),
    );
    expect(rowTexts(model)).toHaveLength(9);
    expect(rowTexts(model).join(' ')).toMatch(/35 percent of patients on velorant needed surgery/);
  });

  it('drops the last rows only when two pages could not hold them', () => {
    const results = Array.from({ length: 40 }, (_, i) =>
      sourceFinding(
        `In the ${i + 1}th subgroup of the trial, which took in patients of many ages from clinics across three countries, the share who could walk unaided after one year was ${i + 20} percent with velorant, against ${i + 10} percent with usual care, a difference the authors called clear.`,
      ),
    );
    const model = clinician(
      headlineFacts({
        intervention: textFactOf('velorant'),
        participants: countOf(4000, 'It enrolled 4,000 people.'),
        derived: trial,
        results,
      }),
    );
    expect(model.outcomes.rows.length).toBeGreaterThanOrEqual(6);
    expect(model.outcomes.rows.length).toBeLessThan(40);
    expect(summaryHeight(model) / (247.4 * 2.835)).toBeLessThanOrEqual(1.9);
  });
});

describe('a figure compared between two groups is a result, even put as a general statement', () => {
  const facts = headlineFacts({
    intervention: textFactOf('nasal naloxone'),
    condition: textFactOf('overdose'),
    derived: derivedWith({ studyType: judgedAs('observational') }),
    results: [
      sourceFinding('Trained crews were more likely to give the spray than untrained crews.'),
      sourceFinding('In general, the rate of overdose death was 30 percent higher in hill towns compared with coastal towns.'),
      sourceFinding('Only 40 percent of those people have ever been offered treatment.'),
    ],
  });

  it('is in the clinician summary’s table, the press digest’s results and its key numbers; a share of people now is not', () => {
    const table = rowTexts(clinician(facts)).join(' ');
    const listed = press(facts)
      .findings.items.map((item) => item.text)
      .join(' ');
    const box = (press(facts).keyNumbers?.items ?? []).map((item) => `${item.label.text} ${item.value.text}`).join(' ');
    for (const shown of [table, listed, box]) {
      expect(shown).toMatch(/30 percent higher in hill towns/);
      expect(shown).not.toMatch(/Only 40 percent/);
    }
  });
});

describe('what was known before is no result of the study', () => {
  it('is not listed among the press digest’s results, even when the source gives no result of its own', () => {
    const facts = headlineFacts({
      intervention: textFactOf('a hand-held scanner'),
      condition: textFactOf('skin cancer'),
      results: [sourceFinding('Light Waves Light-based scanning for skin cancer is not new, but what the team has built is fast.')],
    });
    const view = press(facts);
    expect(view.findings.items.map((item) => item.text).join(' ')).not.toMatch(/is not new/);
    expect(view.findings.empty).not.toBeNull();
  });
});
