// The clinician summary's reading-review classes of the last round (review/classes.md C1-C6),
// each on a hand-written Facts: limitations that are the source's caveats about its evidence
// and the design's own, outcome rows labelled by what they measured, a bottom line no surer
// than the source, and a page layout chosen from the composed model.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Facts, Finding } from '../../src/article/schema.js';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import type { ClinicianSummaryModel } from '../../src/audiences/view-models.js';
import { renderHtml } from '../../src/render/html.js';
import { ROOT } from '../helpers/article.js';
import { countOf, derivedWith, headlineFacts, judgedAs, sourceFinding, textFactOf } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const clinician = (f: Facts) => composeDocument('clinician-summary', f, glossary, { buildDate: null }).view as ClinicianSummaryModel;

const judged = judgedAs;
const derived = derivedWith;
const caveat = (text: string, rule: string): Finding => ({ ...sourceFinding(text), rule });
const limitationTexts = (model: ClinicianSummaryModel) => model.limitations.items.map((item) => item.text);

describe('C2: limitations are the source’s caveats about its evidence and what the design leaves open', () => {
  it('lists no cost, funding or conflict sentences, however the caveat was filed', () => {
    const model = clinician(
      headlineFacts({
        intervention: textFactOf('abaloparatide'),
        participants: countOf(2463, 'The trial enrolled 2,463 women.'),
        derived: derived({ studyType: judged('randomized trial'), randomised: judged('randomised', 'Women were randomized.') }),
        caveats: [
          caveat('Further research is needed to understand the clinical importance of the risk difference.', 'caveat-more-research-needed'),
          caveat('Editor’s Note: This study was funded by Radius Health.', 'industry-funded-by-name'),
          caveat('The devices cost up to $35,000, versus the roughly $25,000 cost of a standard defibrillator.', 'caveat-cost'),
          caveat('Dr. Genovese has served as a consultant to Lilly.', 'caveat-concern'),
        ],
      }),
    );
    const items = limitationTexts(model);
    expect(items[0]).toMatch(/^Further research is needed/);
    expect(items.join(' ')).not.toMatch(/funded by|\$35,000|consultant/);
  });

  it('says "surrogate outcomes" of trials only, never of a test study or a lab study', () => {
    const result = sourceFinding('The analysis detected the lesions in 92 of 100 biopsies, a better biomarker than histology.');
    const test = clinician(
      headlineFacts({
        intervention: textFactOf('mass spectrometry'),
        results: [result],
        derived: derived({ studyType: judged('diagnostic accuracy') }),
      }),
    );
    const lab = clinician(headlineFacts({ results: [result], derived: derived({ studyType: judged('lab or animal') }) }));
    for (const model of [test, lab]) expect(limitationTexts(model).join(' ')).not.toMatch(/Surrogate/);
    const trial = clinician(
      headlineFacts({
        intervention: textFactOf('Calmora'),
        results: [sourceFinding('HbA1c fell by 1.2 points with Calmora, compared with 0.3 on placebo.')],
        derived: derived({ studyType: judged('randomized trial'), randomised: judged('randomised', 'People were randomized.') }),
      }),
    );
    expect(limitationTexts(trial).join(' ')).toMatch(/Surrogate or laboratory outcomes \(HbA1c\)/);
  });
});

describe('C5: outcome rows are labelled by their outcome, never by the opening words of the sentence', () => {
  const trial = (results: Finding[]) =>
    clinician(
      headlineFacts({
        intervention: textFactOf('abaloparatide'),
        results,
        derived: derived({ studyType: judged('randomized trial'), randomised: judged('randomised', 'Women were randomized.') }),
      }),
    );

  it('names the measure from outcome words or the sentence’s own words', () => {
    const model = trial([
      sourceFinding(
        'The estimated event rate for nonvertebral fracture was lower with abaloparatide vs placebo: 2.7 percent vs 4.7 percent.',
      ),
      sourceFinding('Incidence of hypercalcemia was lower with abaloparatide than with teriparatide (3.4 percent vs 6.4 percent).'),
      sourceFinding(
        'After six weeks of treatment, 36 percent of the patients taking abaloparatide had responded, compared with 18 percent on placebo.',
      ),
      sourceFinding('Women treated with abaloparatide had a 20 percent reduction in night-time urinations.'),
      sourceFinding('A two-year clinical trial found that gains in vision were greater with abaloparatide.'),
    ]);
    const labels = model.outcomes.rows.map((row) => row.outcome.text);
    expect(labels).toEqual(['Fractures', 'Hypercalcaemia', 'Response', 'Night-time urinations', 'Vision']);
    for (const label of labels) expect(label).not.toMatch(/…/);
  });

  it('gives a plain label, not a sentence stub, when nothing names the measure; repeats no outcome word', () => {
    const model = trial([
      sourceFinding('Those who had six lessons showed some improvement with abaloparatide.'),
      sourceFinding('Symptom relief was reported by 40 of the 60 women, and symptoms eased within a week.'),
    ]);
    expect(model.outcomes.rows.map((row) => row.outcome.text)).toEqual(['Other result', 'Symptom']);
  });

  it('leaves background, trade talk and approval news out of the table', () => {
    const model = trial([
      sourceFinding('About half of all osteoporosis patients have a fracture by age 80.'),
      sourceFinding('The research could provide a boost for the device business, whose sales have flattened.'),
      sourceFinding('Fractures occurred in 4 of 690 women on abaloparatide and 30 of 688 on placebo.'),
    ]);
    expect(model.outcomes.rows).toHaveLength(1);
    expect(model.outcomes.rows[0]!.outcome.text).toBe('Fractures');
  });
});

describe('C1/C3: the bottom line is no surer than the design and the source', () => {
  const randomizedTrial = (caveats: Finding[]) =>
    clinician(
      headlineFacts({
        intervention: textFactOf('salsalate'),
        participants: countOf(286, 'The trial enrolled 286 people.'),
        results: [sourceFinding('HbA1c fell by 0.37 percent more with salsalate than with placebo.')],
        derived: derived({ studyType: judged('randomized trial'), randomised: judged('randomised', 'People were randomized.') }),
        caveats,
      }),
    );

  it('rates a randomized trial the source calls small or too short down, with "may", and says why', () => {
    const said = randomizedTrial([
      caveat(
        "Due to the small size of the study and short follow-up time, researchers say it's too soon to recommend salsalate.",
        'caveat-design',
      ),
    ]);
    expect(said.bottomLine.certainty.text).toMatch(/Certainty of evidence: low/);
    expect(said.bottomLine.statement.text).toMatch(
      /may be due to salsalate; certainty is low \(small or preliminary by the source's own account/,
    );
    expect(said.bottomLine.statement.ref).toBeTruthy();
    // Without the source's caveat the same trial reads "probably" (moderate).
    expect(randomizedTrial([]).bottomLine.statement.text).toMatch(/probably due to salsalate; certainty is moderate/);
  });

  it('makes no causal judgement for a story that reports no study of its own', () => {
    const model = clinician(
      headlineFacts({
        intervention: textFactOf('cartilage regeneration'),
        results: [sourceFinding('He says his patients have had a 92% success rate.')],
        derived: derived({ studyType: judged('other') }),
      }),
    );
    expect(model.bottomLine.statement.text).toMatch(
      /^No study of its own reported\. The source describes no study of its own behind the results below/,
    );
    expect(model.bottomLine.statement.text).not.toMatch(/due to/);
  });
});

describe('C6: the summary is set compact when only that fits one page', () => {
  const harm = (n: number) => ({
    ...sourceFinding(
      `Warning ${n}: Calmora can cause low sodium levels in the blood, which can be life-threatening, so patients should have their sodium checked before and during treatment.`,
    ),
    kind: 'warning' as const,
  });
  const result = (n: number) =>
    sourceFinding(
      `After ${n + 4} weeks, ${30 + n} percent of the patients taking Calmora had fewer night-time urinations, compared with ${10 + n} percent of those on placebo, and the difference held in every subgroup of age, sex and baseline severity the investigators examined.`,
    );
  const summary = (results: number, harms: number) =>
    clinician(
      headlineFacts({
        intervention: textFactOf('Calmora'),
        participants: countOf(1045, 'The trials enrolled 1,045 patients.'),
        derived: derived({ studyType: judged('randomized trial'), randomised: judged('randomised', 'Patients were randomized.') }),
        results: Array.from({ length: results }, (_, i) => result(i)),
        harms: Array.from({ length: harms }, (_, i) => harm(i)),
      }),
    );

  it('keeps the regular size when the summary fits, and goes compact when it would spill a few lines', () => {
    const short = summary(2, 2);
    expect(short.layout.density).toBe('regular');
    const spills = summary(6, 4);
    expect(spills.layout.pages).toBeGreaterThan(1);
    expect(spills.layout.density).toBe('compact');
  });

  it('keeps the regular size when even the compact one needs a second page', () => {
    const long = summary(6, 30);
    expect(long.layout.pages).toBeGreaterThan(1.3);
    expect(long.layout.density).toBe('regular');
  });

  it('prints the chosen density as a class the stylesheet sets', async () => {
    const html = await renderHtml('clinician-summary', summary(6, 4), { paper: 'a4' });
    expect(html).toContain('class="density density-compact"');
  });
});
