// The three composers and the HTML renderer on a hand-made Facts for the zimislecel
// article (test/fixtures/zimislecel.facts.json), plus a Facts with nothing in it and
// small variations that exercise the generic paths (percentages, embargo, hostile text).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/article/schema.js';
import { findHype } from '../../src/audiences/checks/hype.js';
import { measureReadability } from '../../src/audiences/checks/readability.js';
import { toPieces } from '../../src/audiences/clauses.js';
import { naturalFrequency } from '../../src/audiences/plain-numbers.js';
import { plainWords } from '../../src/audiences/plain-words.js';
import { fitsPatient, hardWords } from '../../src/audiences/patient-text.js';
import { comparatorValue, interventionAcronym } from '../../src/audiences/study.js';
import { sourceNumbers, untraceableNumbers } from '../../src/audiences/checks/provenance.js';
import { composeClinicianSummary } from '../../src/audiences/clinician-summary.js';
import { composeDocument } from '../../src/audiences/compose.js';
import { loadGlossary, termsUsed } from '../../src/audiences/glossary.js';
import { composePatientBrief } from '../../src/audiences/patient-brief.js';
import { composePressDigest } from '../../src/audiences/press-digest.js';
import { visibleLines, visibleText } from '../../src/audiences/text.js';
import type { DocumentModel } from '../../src/audiences/view-models.js';
import { wordCount } from '../../src/shared/count-words.js';
import { cssString, renderHtml } from '../../src/render/html.js';
import { blankFacts } from '../helpers/facts.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = Facts.parse(JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/zimislecel.facts.json'), 'utf8')));
const glossary = loadGlossary(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8'));
const options = { buildDate: '2025-07-01' };

const patient = composePatientBrief(fixture, glossary, options);
const clinician = composeClinicianSummary(fixture, glossary, options);
const press = composePressDigest(fixture, glossary, options);
const all: Array<[string, DocumentModel]> = [
  ['patient-brief', patient],
  ['clinician-summary', clinician],
  ['press-digest', press],
];

/** Written by us: hype, "undefined" and length rules apply (source text and quotes are exempt). */
const ours = (model: object) => visibleLines(model).filter((t) => ['generated', 'simplified', 'heading'].includes(t.kind));
const joined = (model: object) => visibleText(model).join('\n');

/** A Facts with nothing but a title: every section must still print sensibly. */
const emptyFacts = (): Facts => blankFacts({ meta: { slug: 'empty', file: 'empty.md' } });

describe('fixture', () => {
  it('is a valid Facts with source lines inside the article (headline 1, body 3–9)', () => {
    for (const line of visibleLines(patient).flatMap((t) => t.lines)) expect(line === 1 || (line >= 3 && line <= 9)).toBe(true);
    expect(fixture.participants?.value).toBe(12);
  });
});

describe('patient brief', () => {
  it('opens with the main message and a call to action', () => {
    expect(patient.mainMessage[0]!.text).toBe('A small study of 12 people tested zimislecel for type 1 diabetes.');
    expect(patient.mainMessage.map((t) => t.text)).toContain('10 of the 12 people stopped needing insulin altogether.');
    // A trial in people whose availability the source does not give: no invitation to ask for it, nor to join a study.
    expect(patient.callToAction[0]!.text).toBe('Do not change your care because of this news alone.');
    expect(patient.callToAction[1]!.text).toBe(
      'The source does not say who can get zimislecel now. Ask your care team what this news means for you.',
    );
  });

  it('gives results as natural frequencies with one denominator, drawn as an icon array', () => {
    const item = patient.findings.items.find((i) => i.lead?.text === '10 of the 12 people');
    expect(item).toBeDefined();
    expect(item!.icons).toMatchObject({ filled: 10, total: 12 });
    expect(item!.icons!.svg).toMatch(/^<svg [^>]*role="img" aria-label="10 of the 12 people"/);
    expect((item!.icons!.svg.match(/<g /g) ?? []).length).toBe(12);
    expect(joined(patient)).toMatch(/all 12 people began producing C-peptide/);
    expect(joined(patient)).toMatch(/none of the 12 people had an HbA1c level below 7%/);
    expect(joined(patient)).not.toMatch(/\b1 in \d/);
  });

  it('puts harms beside benefits, and says what is not known and what comes next', () => {
    const harms = visibleText(patient.harms).join(' ');
    expect(harms).toMatch(/headaches and gastrointestinal issues/);
    expect(harms).toMatch(/2 patient deaths occurred during the trial\./);
    expect(harms).toMatch(/Neither was directly linked to zimislecel\./);
    const unknown = patient.knowledge.unknown.map((t) => t.text).join(' ');
    expect(unknown).toMatch(/cost and the implications of long-term immunosuppression/);
    expect(unknown).toMatch(/small study of 12 people/);
    expect(unknown).toMatch(/does not describe a group to compare with/);
    expect(patient.knowledge.next[0]!.text).toMatch(/^Phase 3 trials have already been started, with 50 people/);
  });

  it('keeps every sentence it writes to 20 words or fewer', () => {
    for (const line of ours(patient)) {
      for (const sentence of line.text.split(/(?<=[.!?])\s+/)) expect(wordCount(sentence), sentence).toBeLessThanOrEqual(20);
    }
  });

  it('lists only glossary words that appear in the brief or in the definition of another word it lists', () => {
    const terms = patient.glossary!.terms.map((t) => t.label.text);
    expect(terms).toEqual(expect.arrayContaining(['C-peptide', 'HbA1c']));
    expect(terms).not.toContain('Placebo');
    const rest = visibleText({ ...patient, glossary: null }).join('\n');
    const definitions = patient.glossary!.terms.map((t) => t.value.text).join('\n');
    const used = termsUsed(glossary, [rest, definitions]).map((e) => e.term.toLowerCase());
    for (const term of terms) expect(used).toContain(term.toLowerCase());
  });

  it('says "Not reported in the source" for the availability it does not know, and what the kind of study tells of the stage', () => {
    expect(patient.stage.rows.map((r) => [r.label.text, r.value.text])).toEqual([
      ['Stage of research', 'Research in people. The source does not give the phase.'],
      ['Can people get it now?', 'Not reported in the source.'],
    ]);
  });
});

describe('clinician summary', () => {
  it('fills PICO from the facts and marks the gaps', () => {
    const pico = Object.fromEntries([...clinician.pico.rows, ...clinician.pico.design].map((r) => [r.label.text, r.value.text]));
    expect(pico.Intervention).toBe('zimislecel');
    expect(pico.Enrolled).toBe('12 participants');
    expect(pico.Comparator).toBe('Not reported in the source.');
    // Design facts the source does not give are named together, once.
    expect(pico['Not in the source']).toBe('Phase, setting, funding and registration.');
    // The source has no design phrase: the kind of study read from the text, marked as ours.
    expect(pico.Design).toBe("Single-arm trial (our reading of the text, not the source's words)");
    expect(pico['Follow-up']).toBe('by day 365');
  });

  it('tabulates outcomes as reported, absolute numbers first, each with its source line', () => {
    const rows = clinician.outcomes.rows;
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.result.ref)).toEqual(['L5', 'L5', 'L6']);
    expect(rows[2]!.result.text).toBe(fixture.results[2]!.text);
    expect(rows[2]!.absolute?.text).toBe('10 of 12');
    expect(rows[0]!.timepoint.text).toBe('within 90 days; by day 365');
  });

  it('derives limitations and words certainty no stronger than the design', () => {
    const limits = clinician.limitations.items.map((t) => t.text).join('\n');
    expect(limits).toMatch(/Small sample \(12 participants\)/);
    expect(limits).toMatch(/No comparator reported/);
    expect(limits).toMatch(/Surrogate or laboratory outcomes \(C-peptide/);
    expect(limits).toMatch(/Immunosuppression/);
    expect(limits).toMatch(/news article only/);
    // GRADE's wording at very low certainty: "very uncertain", not "may".
    expect(clinician.bottomLine.statement.text).toMatch(/It is very uncertain whether the effects reported below are due to zimislecel/);
    expect(clinician.bottomLine.certainty.text).toMatch(/very low/);
  });

  it('checks the evidence against the nine criteria', () => {
    const status = Object.fromEntries(clinician.checklist.rows.map((r) => [r.criterion.text, r.reported]));
    expect(Object.keys(status)).toHaveLength(9);
    expect(status).toMatchObject({
      Costs: true,
      'Benefits quantified': true,
      Harms: true,
      'Funding and conflicts of interest': false,
      // Dr Nihal Thomas of Christian Medical College, Vellore comments from outside the study (review 8).
      'Independent sources': true,
    });
    expect(clinician.checklist.rows[0]!.status.text).toBe('Reported');
    // Said once: as the row's note, not inside its status too.
    expect(clinician.checklist.rows[0]!.note?.text).toBe('mentioned, no figures given');
    expect(
      visibleText(clinician)
        .join('\n')
        .match(/mentioned, no figures given/g),
    ).toHaveLength(1);
  });
});

describe('press digest', () => {
  it('says what it is a digest of, a short plain headline and a lede with who, what and the key number', () => {
    // The fixture's metadata shows no release (nor a news site's sign-off): the label claims neither, and no release line of our making.
    expect(press.label.text).toBe('Press digest of the source article');
    expect(press.releaseLine).toBeNull();
    expect(press.headline.text).toBe('Zimislecel tested in 12 people with type 1 diabetes');
    expect(wordCount(press.headline.text, { by: 'spaces' })).toBeLessThanOrEqual(10);
    expect(wordCount(press.lede.text, { by: 'spaces' })).toBeLessThanOrEqual(25);
    // The result keeps its "while the remaining two …": within 25 words the condition gives way.
    expect(press.lede.text).toMatch(/12 people.*10 of the 12 people ceased needing insulin altogether, while the remaining two required/);
    expect(press.body[0]!.text).toMatch(/^The study enrolled 12 participants\./);
  });

  it('quotes exactly, with speaker, role and affiliation', () => {
    expect(press.quotes.items[0]!.text.text).toBe(fixture.quotes[0]!.text);
    expect(press.quotes.items[0]!.attribution.text).toBe(
      'Dr. Nihal Thomas, Professor of Endocrinology and Head of the Centre for Stem Cell Research, Christian Medical College, Vellore',
    );
  });

  it('names what the source leaves out, the contact it lacks, and ends with ###', () => {
    expect(press.gaps.items[0]!.text).toMatch(/^Not reported in the source: .*conflicts of interest/);
    expect(press.contact.text.text).toBe('Not given in the source.');
    expect(press.end.text).toBe('###');
  });

  it('prints an embargo from the front matter', () => {
    const embargoed = composePressDigest({ ...fixture, meta: { ...fixture.meta, embargo: '2025-06-20 17:00 ET' } }, glossary, options);
    expect(embargoed.releaseLine?.text).toBe('EMBARGOED UNTIL 2025-06-20 17:00 ET');
    expect(embargoed.label.text).toBe('Press digest of a press release');
  });
});

describe('all three documents', () => {
  it.each(all)('%s: no hype words in text we wrote; the headline only as the quoted source title', (_name, model) => {
    for (const line of ours(model)) expect(findHype(line.text), line.text).toEqual([]);
    const withHype = visibleLines(model).filter((t) => findHype(t.text).length > 0);
    for (const line of withHype) expect(['citation', 'quote', 'source']).toContain(line.kind);
    expect(withHype.some((t) => t.kind === 'citation' && t.text === `“${fixture.title.value}”`)).toBe(true);
  });

  it.each(all)('%s: every number shown is in the source or declared as derived', (_name, model) => {
    expect(untraceableNumbers(visibleLines(model), sourceNumbers(fixture))).toEqual([]);
  });

  it.each(all)('%s: never prints undefined, null, NaN or an empty line', (_name, model) => {
    for (const line of visibleLines(model)) {
      expect(line.text.trim()).not.toBe('');
      expect(line.text).not.toMatch(/\b(undefined|null|NaN)\b/);
    }
  });

  it('are pure: the same facts give the same models', () => {
    expect(composePatientBrief(fixture, glossary, options)).toEqual(patient);
    expect(composeDocument('press-digest', fixture, glossary, options).view).toEqual(press);
  });

  it('carry document metadata for the PDF', () => {
    expect(patient.meta).toMatchObject({
      title: 'Patient brief: What a study of zimislecel for type 1 diabetes found',
      language: 'en',
      footer: 'Source: “Breakthrough in Diabetes Treatment: Lab-Grown Cells Restore…” · built 2025-07-01',
    });
    expect(clinician.meta.keywords).toEqual(['zimislecel', 'type 1 diabetes', 'clinical trial', 'clinician summary']);
  });

  // Review 8 ("built 2016-06-28" for the article's date) and review 12 (no build date at all
  // when the article had no date): the footer gives the source's own date, when known, beside
  // the build date, never in its place (STANDARDS: source and build date in the footer).
  // Review 13: "Source: h048" named the file, which tells a reader nothing; the publisher,
  // else the article's title (shortened), says where to look.
  it('name the source by its publisher, else its title, never the file', () => {
    const published = composePatientBrief({ ...fixture, meta: { ...fixture.meta, publisher: 'Reuters' } }, glossary, options);
    expect(published.meta.footer).toBe('Source: Reuters · built 2025-07-01');
    const untitled = composePatientBrief({ ...fixture, title: { ...fixture.title, value: '' } }, glossary, options);
    expect(untitled.meta.footer).toBe('Source: zimislecel-islet-cells-type-1-diabetes · built 2025-07-01');
  });

  it('give the source’s own date beside the build date, never in its place', () => {
    const dated = composePatientBrief({ ...fixture, meta: { ...fixture.meta, date: 'June 28, 2016' } }, glossary, options);
    expect(dated.meta.footer).toBe(
      'Source: “Breakthrough in Diabetes Treatment: Lab-Grown Cells Restore…”, dated 2016-06-28 · built 2025-07-01',
    );
  });
});

describe('a Facts with nothing in it', () => {
  const empty = emptyFacts();
  const models: Array<[string, DocumentModel]> = [
    ['patient-brief', composePatientBrief(empty, glossary, options)],
    ['clinician-summary', composeClinicianSummary(empty, glossary, options)],
    ['press-digest', composePressDigest(empty, glossary, options)],
  ];

  it.each(models)('%s: says "Not reported" instead of guessing', (_name, model) => {
    const text = joined(model);
    expect(text).toMatch(/Not reported in the source/);
    expect(text).not.toMatch(/\b(undefined|null|NaN)\b/);
    for (const line of ours(model)) expect(findHype(line.text)).toEqual([]);
  });

  it.each(models)('%s: renders with no empty section', async (name, model) => {
    const html = await renderHtml(name as 'patient-brief', model, { paper: 'A4' });
    expect(html).not.toMatch(/<h[23][^>]*>[^<]*<\/h[23]>\s*<\/(section|div)>/);
    expect(html).not.toMatch(/<(ul|dl)[^>]*>\s*<\/\1>/);
  });
});

describe('generic paths', () => {
  it('a percentage of participants becomes "N of every 100" with 100 declared as derived', () => {
    const percent: Facts = {
      ...fixture,
      results: [
        {
          text: 'More than 66 percent of patients treated with the cap reported losing less than half their hair.',
          source: {
            text: 'More than 66 percent of patients treated with the cap reported losing less than half their hair.',
            line: 5,
            column: 1,
          },
          origin: 'extracted',
          numbers: [{ raw: 'More than 66 percent', value: 66, unit: 'percent' }],
          timepoints: [],
        },
      ],
    };
    const item = composePatientBrief(percent, glossary, options).findings.items[0]!;
    expect(item.lead?.text).toBe('More than 66 of every 100 people');
    expect(item.lead?.derived).toEqual([{ value: 100, from: '"More than 66 percent" as a count per 100' }]);
    expect(item.icons).toMatchObject({ filled: 66, total: 100 });
    expect(item.sentences[0]!.text).toBe(
      'More than 66 of every 100 people treated with the cap reported losing less than half their hair.',
    );
  });

  it('a randomized trial is worded "probably", not "may", when large enough', () => {
    const randomized: Facts = {
      ...fixture,
      design: { value: 'randomized, placebo-controlled trial', source: fixture.participants!.source, origin: 'extracted' },
      participants: { ...fixture.participants!, value: 717, raw: '717' },
      // The derive stage reads randomisation from the design sentence; the documents follow its judgement.
      derived: {
        ...fixture.derived,
        randomised: {
          value: 'randomised',
          basis: 'the design sentence says so',
          sources: [fixture.participants!.source],
          origin: 'derived',
        },
      },
    };
    expect(composeClinicianSummary(randomized, glossary, options).bottomLine.statement.text).toMatch(
      /^Randomized, placebo-controlled trial of 717 participants\. The effects reported below are probably due to zimislecel/,
    );
  });
});

/** A finding on line 5 of the fixture article, with its numbers as the extractor reads them. */
function finding(text: string, numbers: Facts['results'][number]['numbers'] = [], timepoints: string[] = []): Facts['results'][number] {
  return { text, source: { text, line: 5, column: 1 }, origin: 'extracted', numbers, timepoints };
}

describe('plain language for the patient brief', () => {
  it('reads at grade 8 or below (FK and SMOG), every heading and line counted as a sentence', () => {
    const readability = measureReadability(visibleText(patient));
    expect(readability.fleschKincaidGrade).toBeLessThanOrEqual(8);
    expect(readability.smog).toBeLessThanOrEqual(8);
    expect(readability.longestSentence.words).toBeLessThanOrEqual(20);
  });

  it('swaps formal words for plain ones without changing the claim', () => {
    expect(plainWords('The U.S. Food and Drug Administration today approved X for adult patients.')).toBe('The FDA approved X for adults.');
    expect(plainWords('Today, the U.S. Food and Drug Administration cleared the cap.')).toBe('The FDA cleared the cap.');
    expect(plainWords('On average, patients’ vision improved (7.7 vs. 6.3 years).')).toBe(
      'On average, people’s vision improved (7.7 versus 6.3 years).',
    );
    expect(plainWords('Patients who received X in combination with chemotherapy')).toBe('People who got X plus chemotherapy');
    expect(plainWords('The surgery was associated with longer survival; Lucentis patients had more events.')).toBe(
      'The surgery was linked to longer survival; Lucentis patients had more events.',
    );
  });

  // Review 12 (h017): "pulmonary hypertension" became "Pulmonary high blood pressure".
  it('says "high blood pressure" for hypertension, but not for the lungs\' or the eye\'s', () => {
    expect(plainWords('Some had hypertension.')).toBe('Some had high blood pressure.');
    expect(plainWords('Side effects include pulmonary hypertension and ocular hypertension.')).toBe(
      'Side effects include pulmonary hypertension and ocular hypertension.',
    );
  });

  it('cuts long clauses at safe places: interpretation, study framing, brackets, a trailing time', () => {
    expect(
      toPieces(
        'Results demonstrated that 95 to 99 of every 100 people who got Epclusa had no virus detected in the blood 12 weeks after finishing treatment, suggesting the infections had been cured.',
      ).sentences,
    ).toEqual([
      '95 to 99 of every 100 people who got Epclusa had no virus detected in the blood.',
      'This was 12 weeks after finishing treatment.',
    ]);
    expect(
      toPieces(
        'A 2-year clinical trial that compared 3 drugs for diabetic macular edema (DME) found that gains in vision were greater for people getting Eylea (aflibercept) than for those getting Avastin.',
      ).sentences,
    ).toEqual(['Gains in vision were greater for people getting Eylea (aflibercept) than for those getting Avastin.']);
    // Short clauses keep their framing: nothing is cut that need not be.
    expect(toPieces('The study found that 10 people improved.').sentences).toEqual(['The study found that 10 people improved.']);
  });

  it('turns a colon list into a lead line and bullets', () => {
    expect(toPieces('The most common side effects reported by people taking X were: swelling of the feet; nausea; and confusion.')).toEqual(
      {
        sentences: ['The most common side effects reported by people taking X were:'],
        bullets: ['swelling of the feet', 'nausea', 'confusion'],
      },
    );
  });

  it('does not split off a predicate that has no subject of its own', () => {
    const pieces = toPieces(
      'Health care workers should not give Siliq to people with active TB infection, and should avoid immunizations with live vaccines in people being treated.',
    );
    expect(pieces.sentences.some((sentence) => /^Should\b/.test(sentence))).toBe(false);
  });

  it('writes a percentage range as "N to M of every 100", declaring the 100', () => {
    const rewritten = naturalFrequency(
      '95–99 percent of patients had no virus detected.',
      [
        { raw: '95', value: 95, unit: 'percent' },
        { raw: '99 percent', value: 99, unit: 'percent' },
      ],
      { participants: null, singleGroup: true },
    );
    expect(rewritten.text).toBe('95 to 99 of every 100 people had no virus detected.');
    expect(rewritten.frequency).toBeNull();
    expect(rewritten.derived?.map((d) => d.value)).toEqual([100]);
  });

  it('judges a sentence by its length and its long common words, not by names or glossary words', () => {
    expect(hardWords('Rydapt plus chemotherapy lived longer', new Set(['chemotherapy']))).toEqual([]);
    expect(fitsPatient('The occurrence of complications, infections and inflammation was similar.')).toBe(false);
    expect(fitsPatient('Run by the NIAID-funded Immune Tolerance Network.')).toBe(false); // an abbreviation no one explains
  });

  const long = finding(
    'The five people who got inactive stimulation on the first visit, and active stimulation at the brain target on the second visit, ate an average of 700 fewer calories and lost an average of 0.8 pounds on the second visit.',
    [
      { raw: 'five', value: 5, unit: 'count' },
      { raw: '700', value: 700, unit: 'count' },
      { raw: '0.8 pounds', value: 0.8, unit: 'measure' },
    ],
  );

  it('leaves a finding it cannot put plainly to the clinician summary, and says so', () => {
    const onlyLong = composePatientBrief({ ...fixture, results: [long] }, glossary, options);
    expect(onlyLong.findings.items).toEqual([]);
    expect(onlyLong.findings.empty?.text).toMatch(/^The results in the source are too detailed to sum up here\. Ask your care team/);
    const withShort = composePatientBrief({ ...fixture, results: [long, fixture.results[2]!] }, glossary, options);
    expect(visibleText(withShort.findings).join(' ')).not.toMatch(/700 fewer calories/);
    expect(visibleText(withShort.findings).join(' ')).toMatch(/10 of the 12 people stopped needing insulin/);
    expect(visibleText(composeClinicianSummary({ ...fixture, results: [long] }, glossary, options).outcomes).join(' ')).toMatch(
      /700 fewer calories/,
    );
  });

  it('says in a few words that a product is approved when the source sentence is too long', () => {
    const sentence =
      'The U.S. Food and Drug Administration today approved zimislecel for the treatment of adult patients with newly diagnosed acute myeloid leukemia who have a specific genetic mutation called FLT3, in combination with chemotherapy.';
    const source = { text: sentence, line: 5, column: 1 };
    const approved = composePatientBrief(
      {
        ...fixture,
        availability: { value: sentence, source, origin: 'extracted' },
        // What the derive stage reads in that sentence (derive/availability.ts).
        derived: {
          ...fixture.derived,
          availability: { value: 'approved', basis: 'the sentence says “approved”', sources: [source], origin: 'derived', agency: 'FDA' },
        },
      },
      glossary,
      options,
    );
    expect(approved.stage.rows[1]!.value.text).toBe('The FDA has approved it for the uses named in the source.');
    const hedged =
      'The company plans to ask the U.S. Food and Drug Administration to review the data, after which the drug could be approved for patients with advanced disease in several countries.';
    const hedgedSource = { text: hedged, line: 5, column: 1 };
    const pending = composePatientBrief(
      {
        ...fixture,
        availability: { value: hedged, source: hedgedSource, origin: 'extracted' },
        derived: {
          ...fixture.derived,
          availability: { value: 'not available', basis: 'hedged', sources: [hedgedSource], origin: 'derived', agency: null },
        },
      },
      glossary,
      options,
    );
    expect(pending.stage.rows[1]!.value.text).not.toMatch(/has approved/);
  });

  it('drops a caveat that points back ("This difference …") to a finding the brief does not show', () => {
    // Both after everything else in the fixture: the harm is the sentence just before the caveat.
    const at = (f: Facts['results'][number], column: number) => ({ ...f, source: { ...f.source, line: 30, column } });
    const harm = {
      ...at(
        finding(
          'The risk of heart attack, stroke, or death from a cardiovascular condition or an unknown cause by the end of the trial was higher among participants in the Lucentis group.',
        ),
        1,
      ),
      kind: 'risk' as const,
    };
    const caveat = at(finding('This difference in cardiovascular rates may be due to chance.'), 200);
    const brief = composePatientBrief({ ...fixture, harms: [harm], caveats: [caveat] }, glossary, options);
    expect(visibleText(brief.knowledge).join(' ')).not.toMatch(/This difference/);
    // Shown when the harm it points to is shown.
    const shortHarm = { ...at(finding('More people in the Lucentis group had a heart attack or stroke.'), 1), kind: 'risk' as const };
    const shown = composePatientBrief({ ...fixture, harms: [shortHarm], caveats: [caveat] }, glossary, options);
    expect(visibleText(shown.knowledge).join(' ')).toMatch(/This difference in cardiovascular rates may be due to chance\./);
  });

  it('finds the short form in the source sentence and completes a cut comparator name', () => {
    const sentence = 'They received either active or sham (fake) transcranial direct current stimulation, or tDCS.';
    const source = { text: sentence, line: 5, column: 1 };
    const facts: Facts = {
      ...fixture,
      intervention: { value: 'transcranial direct current stimulation', source, origin: 'extracted' },
      comparator: { value: 'sham (fake) transcranial', source, origin: 'extracted' },
    };
    expect(interventionAcronym(facts)).toBe('tDCS');
    expect(comparatorValue(facts)).toBe('sham (fake) transcranial direct current stimulation');
    expect(composePatientBrief(facts, glossary, options).mainMessage[0]!.text).toMatch(
      /tested transcranial direct current stimulation \(tDCS\)/,
    );
    expect(
      comparatorValue({ ...facts, comparator: { value: 'than patients who received chemotherapy alone', source, origin: 'extracted' } }),
    ).toBe('patients who received chemotherapy alone');
  });

  it('explains a short form of the treatment it never spells out in brackets', () => {
    const sentence =
      'The trial tested high-dose immunosuppressive therapy and autologous hematopoietic cell transplant (HDIT/HCT) in 24 volunteers.';
    const source = { text: sentence, line: 5, column: 1 };
    const facts: Facts = {
      ...fixture,
      intervention: {
        value: 'high-dose immunosuppressive therapy and autologous hematopoietic cell transplant (HDIT/HCT)',
        source,
        origin: 'extracted',
      },
    };
    const terms = composePatientBrief(facts, glossary, options).glossary!.terms;
    expect(terms.find((t) => t.label.text === 'HDIT/HCT')?.value.text).toBe(
      'Short for high-dose immunosuppressive therapy and autologous hematopoietic cell transplant, the treatment this study tested.',
    );
  });
});

describe('clinician summary and press digest wording', () => {
  it('names outcomes by what they measure, not by the comparison treatment', () => {
    const sentence =
      'In the trial, patients who received Rydapt in combination with chemotherapy lived longer than patients who received chemotherapy alone';
    const source = { text: sentence, line: 5, column: 1 };
    const facts: Facts = {
      ...fixture,
      intervention: { value: 'Rydapt', source, origin: 'extracted' },
      comparator: { value: 'than patients who received chemotherapy alone', source, origin: 'extracted' },
      results: [finding(sentence)],
    };
    const summary = composeClinicianSummary(facts, glossary, options);
    expect(summary.outcomes.rows[0]!.outcome.text).toBe('Survival');
    expect(summary.pico.rows.find((r) => r.label.text === 'Comparator')!.value.text).toBe('patients who received chemotherapy alone');
  });

  it('prints no dateline it does not have, and the release date when it does', () => {
    expect(press.dateline).toBeNull();
    const dated = composePressDigest({ ...fixture, meta: { ...fixture.meta, date: 'June 20, 2025' } }, glossary, options);
    expect(dated.dateline?.text).toBe('June 20, 2025');
  });
});

describe('renderHtml', () => {
  it('lays out a self-contained page: language, title, inlined CSS, print rules, no outside requests', async () => {
    const html = await renderHtml('patient-brief', patient, { paper: 'A4' });
    expect(html).toMatch(/^<!doctype html>\s*<html lang="en">/);
    expect(html).toContain('<title>Patient brief: What a study of zimislecel for type 1 diabetes found</title>');
    expect(html).toMatch(/@page \{\s*size: A4;/);
    expect(html).toContain(
      '@bottom-left { content: "Source: “Breakthrough in Diabetes Treatment: Lab-Grown Cells Restore…” · built 2025-07-01";',
    );
    expect(html).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(html).not.toMatch(/<link|<script|@import|url\(\s*["']?https?:/i);
    expect(html).toContain('10 of the 12 people stopped needing insulin altogether.');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="icon-array" role="img"');
    const letter = await renderHtml('patient-brief', patient, { paper: 'letter' });
    expect(letter).toMatch(/size: letter;/);
  });

  it('prints the quotes of the clinician summary and the press digest, attributed', async () => {
    for (const [name, model] of [
      ['clinician-summary', clinician],
      ['press-digest', press],
    ] as const) {
      const html = await renderHtml(name, model, { paper: 'A4' });
      expect(html).toContain('In the group studied, the response is very encouraging');
      expect(html).toContain('Christian Medical College, Vellore');
    }
  });

  it('escapes article text: a <script> in a quote stays text', async () => {
    const hostile: Facts = {
      ...fixture,
      quotes: [{ ...fixture.quotes[0]!, text: 'It works <script>alert("x")</script> & more' }],
      meta: { ...fixture.meta, publisher: 'Evil "Press" </style><script>' },
    };
    const html = await renderHtml('press-digest', composePressDigest(hostile, glossary, options), { paper: 'A4' });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('It works &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    // The footer goes into CSS: quotes and "<" are CSS-escaped, so </style> cannot close the sheet.
    expect(html).toContain(`content: ${cssString('Source: Evil "Press" </style><script> · built 2025-07-01')};`);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('uses a project’s own templates folder and fails clearly without one', async () => {
    await expect(renderHtml('patient-brief', patient, { paper: 'A4', templatesDir: path.join(ROOT, 'no-such-templates') })).rejects.toThrow(
      /No template for patient-brief/,
    );
  });
});

describe('loadGlossary', () => {
  it('reads a list of entries or a map of term → definition, sorted', () => {
    expect(loadGlossary('- term: Zeta\n  definition: Last.\n- term: alpha\n  definition: First.\n  also: [alphas]\n').entries).toEqual([
      { term: 'alpha', definition: 'First.', also: ['alphas'] },
      { term: 'Zeta', definition: 'Last.', also: [] },
    ]);
    expect(loadGlossary('placebo: A dummy treatment.\n').entries).toEqual([
      { term: 'placebo', definition: 'A dummy treatment.', also: [] },
    ]);
    expect(() => loadGlossary('- term: x\n')).toThrow(/glossary/);
  });

  it('matches whole words, plurals and other spellings, but not "phase 1" inside "phase 1/2"', () => {
    const g = loadGlossary(
      '- term: phase 1\n  definition: d\n- term: side effect\n  definition: d\n- term: HbA1c\n  definition: d\n  also: [A1c]\n',
    );
    expect(termsUsed(g, ['a phase 1/2 study with side effects; A1c fell']).map((e) => e.term)).toEqual(['HbA1c', 'side effect']);
  });
});

// Property test (a title of random Markdown): a tag written into a title went into the footer.
describe('the footer', () => {
  it('names the source by the words of its title, never a tag in it', () => {
    const brief = composePatientBrief(
      { ...fixture, title: { ...fixture.title, value: '<svg onload=alert(1)> Beans and sleep' } },
      glossary,
      { buildDate: '2025-07-01' },
    );
    expect(brief.meta.footer).toBe('Source: “Beans and sleep” · built 2025-07-01');
  });
});
