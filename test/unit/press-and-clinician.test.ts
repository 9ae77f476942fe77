// The press digest and the clinician summary read as their readers read them (issue #13):
// a digest says what it is a digest of, leads with the main result and boxes its figures;
// the clinician summary says only what the source says, in certainty wording that fits the
// design. Each case is a hand-written Facts, so the rule holds whatever extraction finds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/article/schema.js';
import { composeDocument, loadGlossary } from '../../src/audiences/compose.js';
import type { ClinicianSummaryModel, PressDigestModel } from '../../src/audiences/view-models.js';
import { wordCount } from '../../src/shared/count-words.js';
import { renderHtml } from '../../src/render/html.js';
import { visibleText } from '../../src/audiences/text.js';
import { ROOT } from '../helpers/article.js';
import { countOf, derivedWith, headlineFacts, judgedAs, sourceFinding, textFactOf } from '../helpers/facts.js';

const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const options = { buildDate: null };

const finding = sourceFinding;
const fact = textFactOf;

const facts = headlineFacts;

const press = (f: Facts) => composeDocument('press-digest', f, glossary, options).view as PressDigestModel;
const clinician = (f: Facts) => composeDocument('clinician-summary', f, glossary, options).view as ClinicianSummaryModel;
const count = countOf;

/** A weight-loss trial as a news story tells it: background first, the result later. */
const qnexa = () =>
  facts({
    intervention: fact('Qnexa'),
    condition: fact('obesity'),
    participants: count(2487, 'The trial enrolled 2487 people.'),
    comparator: fact('placebo'),
    results: [
      finding('Fen-phen was removed from the market in 1997 after it was linked to heart valve damage.'),
      finding('About half of all obese adults have tried a diet drug.'),
      finding('People taking the highest dose of Qnexa lost 10.2% of their weight, compared with 1.7% of those on placebo.'),
    ],
  });

describe('press digest: a digest of its source, labelled as such', () => {
  it('prints no release line of its own making for a news story', () => {
    const digest = press(qnexa());
    expect(digest.label.text).toBe('Press digest of the source article');
    expect(digest.releaseLine).toBeNull();
  });

  it('knows a press release by its media contact or embargo, and prints the embargo as the release gave it', () => {
    expect(press(facts({ meta: { contact: 'Media: Angela Stark 301-796-0397' } })).label.text).toBe('Press digest of a press release');
    const embargoed = press(facts({ meta: { embargo: '11 A.M. (ET) TUESDAY, AUGUST 16, 2016', publisher: 'JAMA Network' } }));
    expect(embargoed.label.text).toBe('Press digest of a press release from JAMA Network');
    expect(embargoed.releaseLine?.text).toBe('EMBARGOED UNTIL 11 A.M. (ET) TUESDAY, AUGUST 16, 2016');
    // A news site's sign-off is not a media contact.
    expect(press(facts({ meta: { contact: 'Contact us at editors@time.com.' } })).label.text).toBe('Press digest of a news story');
  });
});

describe('who was studied: "people with X" only on the source\'s word', () => {
  // A vaccine trial for cervical cancer studies people who do not have it.
  const vaccine = (population: string | null) =>
    facts({
      intervention: fact('Vaxigen 9'),
      condition: fact('cervical cancer'),
      population: population ? fact(population) : null,
      participants: count(14200, 'The trial enrolled 14,200 women.'),
      results: [finding('Vaxigen 9 prevented 97% of precancers caused by the five added virus types.')],
    });
  it('never says the people studied had the condition when the source does not', () => {
    const model = vaccine(null);
    const text = visibleText(press(model)).join('\n');
    expect(text).not.toMatch(/people with cervical cancer/);
    const population = clinician(model).pico.rows.find((r) => r.label.text === 'Population');
    expect(population?.value.text).toMatch(/not reported/i);
  });
  it('says it when the population the source names has the condition', () => {
    expect(visibleText(press(vaccine('14,200 women with cervical cancer'))).join('\n')).toMatch(/people with cervical cancer/);
  });
});

describe('press digest: the lede and the key numbers come from the main result', () => {
  it('leads with the result about the treatment, never a background sentence', () => {
    const digest = press(qnexa());
    expect(digest.lede.text).toMatch(/10\.2%/);
    expect(digest.lede.text).not.toMatch(/Fen-phen|1997|About half/i);
    expect(wordCount(digest.lede.text, { by: 'spaces' })).toBeLessThanOrEqual(25);
    expect(digest.headline.text).not.toMatch(/Fen-phen/);
    // "Results as reported" lists the study's results, not the background.
    expect(digest.findings.items.map((t) => t.text)).toEqual([qnexa().results[2]!.text]);
  });

  it('never leads with colour or a sentence that leans on the one before', () => {
    const digest = press(
      facts({
        intervention: fact('Alexander technique lessons'),
        results: [
          finding("He's been a working trumpet player for four decades."),
          finding('It found that lessons helped.'),
          finding('People who had 24 Alexander technique lessons had 86% fewer days of back pain than those given usual care.'),
        ],
      }),
    );
    expect(digest.lede.text).toMatch(/86%/);
    expect(digest.lede.text).not.toMatch(/trumpet|It found/i);
  });

  it("boxes the main results' figures, both sides of a comparison, with the enrolment after them", () => {
    const items = press(qnexa()).keyNumbers!.items;
    expect(items.map((i) => i.label.text)).toEqual(['10.2% vs 1.7%', '2,487']);
    expect(items[0]!.value.text).toMatch(/^People taking the highest dose of Qnexa lost 10\.2%/);
  });

  it('puts a figure as the source gives it: a range whole, the treatment beside the comparator in a three-way comparison, no percent from a definition', () => {
    const labels = (...results: string[]) =>
      press(facts({ intervention: fact('Epclusa'), results: results.map(finding) })).keyNumbers!.items.map((i) => i.label.text);
    expect(labels('Results showed that 95–99 percent of patients who received Epclusa had no virus detected.')).toEqual(['95–99%']);
    expect(
      labels(
        'The fracture rate was lower with Epclusa vs placebo: 2.7 percent with Epclusa; 3.3 percent with teriparatide; and 4.7 percent with placebo.',
      ),
      // Never one group's figure without the comparison group's (issue #13): the treatment's and placebo's, not teriparatide's.
    ).toEqual(['2.7% vs 4.7%']);
    expect(
      labels(
        'The response rate, defined as tumors that shrank by at least 30 percent, was 61 percent with Epclusa versus 11 percent with placebo.',
      ),
    ).toEqual(['61% vs 11%']);
  });

  it('leads with the result the headline states, and never boxes a sentence about "these patients"', () => {
    const digest = press(
      facts({
        title: fact('Injected drug reduces risk of fracture among women with osteoporosis'),
        intervention: fact('abaloparatide'),
        results: [
          finding('Incidence of hypercalcemia was lower with abaloparatide (3.4 percent) than with teriparatide.'),
          finding('Daily injection of abaloparatide reduced the risk of new fractures in women with osteoporosis compared with placebo.'),
          finding('Of 87 patients with cirrhosis given abaloparatide, 94 percent of these patients had no fracture.'),
        ],
      }),
    );
    expect(digest.lede.text).toMatch(/reduced the risk of new fractures/);
    expect(digest.keyNumbers!.items.map((i) => i.value.text).join(' ')).not.toMatch(/these patients/);
  });

  it('keeps a concession with its result, and never leads with advice or a label warning', () => {
    const digest = press(
      facts({
        intervention: fact('Noctiva'),
        participants: count(1045, 'The trials enrolled 1045 patients.'),
        results: [
          finding('Noctiva should also not be used in patients with heart failure because fluid retention can worsen it.'),
          finding(
            'Although these trials showed a small reduction in night-time urinations with Noctiva compared to placebo, more patients treated with Noctiva were able to at least halve their number of night-time urinations.',
          ),
        ],
      }),
    );
    // The concession does not fit 25 words, and without it the result reads falsely hopeful: no result leads.
    expect(digest.lede.text).toBe('A study of Noctiva in 1,045 people reports its results.');
    expect(digest.findings.items.map((t) => t.text).join(' ')).not.toMatch(/should also not be used/);
  });

  it('prints no key-numbers box when no result has a figure (not a box with the enrolment alone)', () => {
    const digest = press(
      facts({
        intervention: fact('Nuplazid'),
        participants: count(199, 'The trial enrolled 199 people.'),
        results: [finding('Nuplazid was shown to be superior to placebo in decreasing hallucinations.')],
      }),
    );
    expect(digest.keyNumbers).toBeNull();
  });

  it('does not call a mouse study a study in people', () => {
    const digest = press(
      facts({
        intervention: fact('THC'),
        condition: fact('multiple sclerosis'),
        results: [finding('Older mice treated with THC performed as well as young mice on memory tasks.')],
      }),
    );
    expect(digest.headline.text).toBe('THC studied in mice as a model of multiple sclerosis');
    expect(digest.lede.text).not.toMatch(/people with multiple sclerosis/);
  });
});

describe('clinician summary: only what the source says, in certainty wording that fits the design', () => {
  it('names the kind of study the text shows when the source has no design phrase, marked as our reading, with its lines', () => {
    const base = facts({ intervention: fact('THC') });
    const mice = facts({
      intervention: fact('THC'),
      derived: {
        ...base.derived,
        studyType: {
          value: 'lab or animal',
          basis: 'the text says “in mice”',
          sources: [{ text: 'THC improved memory in old mice.', line: 7, column: 1 }],
          origin: 'derived',
        },
      },
    });
    const design = (f: Facts) => clinician(f).pico.design.find((r) => r.label.text === 'Design')?.value;
    expect(design(mice)?.text).toBe("Laboratory or animal study (our reading of the text, not the source's words)");
    expect(design(mice)?.lines).toEqual([7]);
    // With no reading either, the design is one of the facts the source does not give.
    expect(design(base)).toBeUndefined();
    expect(clinician(base).pico.design.at(-1)?.value.text).toMatch(/^Design/);
  });

  it('reports immunosuppression as the source does, with no verdict of its own', () => {
    const immuno = facts({
      intervention: fact('islet cells'),
      interventionDescription: fact('islet cells given with immunosuppressive drugs'),
      caveats: [finding('Concerns remain about the cost and the implications of long-term immunosuppression.')],
    });
    const limits = clinician(immuno).limitations.items.map((t) => t.text);
    expect(limits[0]).toBe('Concerns remain about the cost and the implications of long-term immunosuppression.');
    expect(limits.join(' ')).not.toMatch(/weigh against|outweigh/);
    expect(limits.join(' ')).toMatch(/the source reports concerns about it/);
    const silent = clinician({ ...immuno, caveats: [] }).limitations.items.map((t) => t.text);
    expect(silent.join(' ')).toMatch(/as the source reports; it does not report the long-term burden or risks/);
  });

  it('says "very uncertain" at very low certainty, "may" at low, "probably" at moderate', () => {
    const small = facts({
      intervention: fact('zimislecel'),
      participants: count(12, '12 people took part.'),
      results: [finding('Ten participants stopped needing insulin.')],
    });
    expect(clinician(small).bottomLine.statement.text).toMatch(
      /It is very uncertain whether the effects reported below are due to zimislecel/,
    );
    const randomizedSmall = { ...small, design: fact('randomized, placebo-controlled trial') };
    expect(clinician(randomizedSmall).bottomLine.statement.text).toMatch(/The effects reported below may be due to zimislecel/);
    const randomizedLarge = { ...randomizedSmall, participants: count(717, '717 people took part.') };
    expect(clinician(randomizedLarge).bottomLine.statement.text).toMatch(/The effects reported below are probably due to zimislecel/);
  });

  it('does not claim effects in people from a mouse study, or causes from an observational one', () => {
    const mice = facts({ intervention: fact('THC'), results: [finding('Older mice treated with THC performed as well as young mice.')] });
    const summary = clinician(mice);
    expect(summary.bottomLine.statement.text).toMatch(/results below are from mice, and do not show whether these effects occur in people/);
    expect(summary.limitations.items.map((t) => t.text)).toContain(
      'Studied in mice, as the source reports: no results in people are reported.',
    );
    const cohort = facts({
      intervention: fact('light exercise'),
      design: fact('observational cohort study'),
      results: [finding('Women who did light exercise were 12% less likely to die than those who did not.')],
    });
    expect(clinician(cohort).bottomLine.statement.text).toMatch(/shows associations, not effects/);
  });

  it('does not point at results below when none could be tabulated', () => {
    const none = clinician(facts({ intervention: fact('multivitamins'), design: fact('cohort') }));
    expect(none.bottomLine.statement.text).toMatch(/No results could be tabulated from the source \(see Outcomes\)/);
    expect(none.bottomLine.statement.text).not.toMatch(/reported below/);
  });

  it('puts a no-benefit result as the source reports it', () => {
    const failed = facts({
      title: fact('Drug fails to slow Alzheimer’s'),
      intervention: fact('neurafenib'),
      comparator: fact('placebo'),
      results: [finding('Neurafenib did not slow memory decline compared with placebo.')],
    });
    expect(clinician(failed).bottomLine.statement.text).toMatch(/The source reports no benefit of neurafenib over placebo/);
  });
});

describe('layout by composition: no empty boxes, gaps said once, blocks that move whole', () => {
  const sparse = () =>
    facts({
      intervention: fact('zimislecel'),
      participants: count(12, '12 people took part.'),
      journal: fact('New England Journal of Medicine'),
      results: [finding('Ten participants stopped needing insulin altogether.')],
    });

  it('names the design facts and citation parts the source lacks in one row each, not a row apiece', () => {
    const summary = clinician(sparse());
    const design = Object.fromEntries(summary.pico.design.map((r) => [r.label.text, r.value.text]));
    expect(design['Not in the source']).toBe('Design, phase, follow-up, setting, funding and registration.');
    expect(summary.pico.design.map((r) => r.label.text)).toEqual(['Enrolled', 'Not in the source']);
    const citation = summary.citation.rows.map((r) => `${r.label.text}: ${r.value.text}`);
    expect(citation).toEqual([
      'Source article: “A headline”',
      'Journal: New England Journal of Medicine',
      'Not in the source: Publisher, date and link.',
    ]);
    expect(press(sparse()).citation.rows.at(-1)!.value.text).toBe('Publisher, date and link.');
  });

  it('prints the checklist as one block that moves whole, table rows that never split, headings kept with what follows', async () => {
    const html = await renderHtml('clinician-summary', clinician(sparse()), { paper: 'letter' });
    expect(html).toMatch(/size: letter;/);
    expect(html).toContain('<ul class="checklist-grid">');
    expect(html).toMatch(/\.checklist \{ break-inside: avoid;/);
    expect(html).toMatch(/\.outcomes tr \{ break-inside: avoid;/);
    expect(html).toMatch(/h1, h2, h3 \{[^}]*break-after: avoid;/);
    expect(html).toMatch(/thead \{ display: table-header-group; \}/);
  });

  it('leaves out the key-numbers box, not prints it empty', async () => {
    const digest = press(facts({ intervention: fact('Nuplazid'), results: [finding('Nuplazid was superior to placebo.')] }));
    const html = await renderHtml('press-digest', digest, { paper: 'A4' });
    expect(html).not.toContain('key-numbers-heading');
    expect(html).not.toContain('FOR IMMEDIATE RELEASE');
  });
});

// Review 11 (holdout h013): "MRI screening tested in 2,120 people with breast cancer" for women
// screened to find it: a test is tried on people not known to have the disease.
describe('press digest headline of a test', () => {
  it('says what the test was tried for, not that the people had the disease', () => {
    const digest = press(
      facts({
        intervention: textFactOf('MRI screening'),
        condition: textFactOf('breast cancer'),
        participants: countOf(2120, 'The study screened 2120 women.'),
        population: textFactOf('women screened for breast cancer'),
        derived: derivedWith({ studyType: judgedAs('diagnostic accuracy' as const) }),
      }),
    );
    expect(digest.headline.text).not.toMatch(/people with breast cancer/);
    expect(digest.headline.text).toMatch(/^MRI screening tested for breast cancer/);
  });
});
