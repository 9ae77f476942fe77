// The clinician summary: a structured evidence summary (PICO, CONSORT for Abstracts, GRADE
// summary-of-findings wording, HealthNewsReview.org criteria). Findings are shown exactly as
// reported, each with its source line; anything the article does not give says so.
import type { Facts, Finding, TextFact } from '../article/schema.js';
import { citation } from './citation.js';
import { clinicianLayout } from './clinician-layout.js';
import { evidenceChecklist } from './evidence-checklist.js';
import type { Glossary } from './glossary.js';
import {
  type Certainty,
  certainty,
  designLimitations,
  imprecisionCaveat,
  limitations,
  SOURCE_SAYS_IMPRECISE,
  limitationCaveats,
} from './limitations.js';
import { type ComposeOptions, documentMeta } from './meta.js';
import { naturalFrequency, participantsPhrase } from './plain-numbers.js';
import { sideSentence } from './main-result.js';
import { aboutComparisonGroup, outcomeLabel, reportsDeaths, tabulatedResults } from './outcome-label.js';
import { comparedFigure } from './press-lists.js';
import { attributed, quoteItem } from './quotes.js';
import { countedAs, nonHumanSubjects } from './study-subjects.js';
import {
  comparatorValue,
  conditionName,
  designPhrase,
  designWordsFit,
  interventionKind,
  interventionName,
  measuringTest,
  noBenefitFinding,
  type StudyDesign,
  studyDesign,
  studyFrame,
  withCondition,
} from './study.js';
import { NOT_REPORTED, generated, heading, linesOf, notReported, text } from './text.js';
import type { ClinicianSummaryModel, LabeledText, OutcomeRow, Text } from './view-models.js';
import { capitalize, clean } from './wording.js';

/**
 * The table has every result (review 10: 02's and 128's main results fell past a cap of six);
 * only when the estimate says two pages cannot hold them (clinician-layout.ts) do the last
 * rows go, comparison-group rows first (tabulatedResults puts them last). The PICO row names
 * the outcomes of the first few.
 */
const PICO_OUTCOMES = 6;
const MIN_OUTCOMES = 6;
/** Estimated pages the summary may take (its budget is two; the estimate errs long). */
const MAX_PAGES = 1.9;
// Two statements: quotes are the least essential block for a clinician (the press digest carries them),
// and a third often pushed the evidence checklist alone onto a second page.
const MAX_QUOTES = 2;
const MAX_CAVEATS = 3;

/** A study in animals or cells, said as what the source shows, not as a judgement. */
function subjectsLimitation(facts: Facts): Text[] {
  const subjects = nonHumanSubjects(facts);
  return subjects
    ? [generated(`Studied in ${subjects}, as the source reports: no results in people are reported.`, linesOf(...facts.results))]
    : [];
}

const HARM_LABELS: Record<Facts['harms'][number]['kind'], string> = {
  'side-effect': 'Side effects',
  death: 'Deaths',
  risk: 'Risk',
  warning: 'Warning',
};

/**
 * A harm's label: "Deaths" only when its sentence says that people died; a harm filed as
 * deadly because it names a fatal disease ("a rare fatal lung disease has been reported")
 * is a serious harm, not a count of deaths.
 */
const harmLabel = (harm: Facts['harms'][number]): string =>
  harm.kind === 'death' && !reportsDeaths(harm.text) ? 'Serious harms' : HARM_LABELS[harm.kind];

function row(label: string, value: Text): LabeledText {
  return { label: heading(label), value };
}

const sourceText = (fact: TextFact | null): Text => (fact ? text('source', clean(fact.value), linesOf(fact)) : notReported());

/**
 * The results the table lists (outcome-label.ts tabulatedResults: no background, the
 * comparison group's last), with a figure compared between groups that reads as background
 * ("In general, the rate … was 45 percent higher in rural areas compared with urban areas")
 * in its place among the study's own (press-lists.ts comparedFigure).
 */
function tableResults(facts: Facts): Finding[] {
  const listed = tabulatedResults(facts);
  const compared = facts.results.filter((f) => !listed.includes(f) && sideSentence(f) === 'background' && comparedFigure(f));
  if (compared.length === 0) return listed;
  const own = new Set([...listed.filter((f) => !aboutComparisonGroup(f)), ...compared]);
  return [...facts.results.filter((f) => own.has(f)), ...listed.filter(aboutComparisonGroup)];
}

function outcomeRows(facts: Facts, glossary: Glossary): OutcomeRow[] {
  const frame = studyFrame(facts);
  return tableResults(facts).map((finding) => {
    const lines = linesOf(finding);
    const frequency = naturalFrequency(clean(finding.text), finding.numbers, frame).frequency;
    // Only whole-study counts become n/N; a percent is already absolute per 100 as written.
    const absolute =
      frequency && frequency.derived.length === 0
        ? generated(`${frequency.count} of ${frequency.total}`, linesOf(finding, facts.participants))
        : null;
    return {
      outcome: generated(capitalize(outcomeLabel(finding, glossary, facts).label), lines),
      timepoint: finding.timepoints.length > 0 ? text('source', finding.timepoints.join('; '), lines) : generated('Not reported'),
      absolute,
      result: text('source', capitalize(clean(finding.text)), lines),
    };
  });
}

/**
 * The design as the source words it, when its words fit the kind of study the derive stage
 * read; else that reading, marked as ours and with the lines it rests on (and the source's
 * words beside it, when they say something else).
 */
function designText(facts: Facts) {
  const design = studyDesign(facts);
  if (facts.design && (design.kind === 'unknown' || designWordsFit(design, facts.design.value))) return sourceText(facts.design);
  if (!design.label) return notReported();
  const also = facts.design ? `; the source also says “${clean(facts.design.value)}”` : ", not the source's words";
  return generated(`${design.label} (our reading of the text${also})`, linesOf(...design.lines, facts.design));
}

/** PICO (population, intervention, comparator, outcomes) and the design facts beside it. */
function picoRows(facts: Facts, glossary: Glossary): { rows: LabeledText[]; design: LabeledText[] } {
  // Never "People with X" of our own: who was studied is the source's to say (a vaccine
  // or a test is studied in people who do not have the condition).
  const population = facts.population ? sourceText(facts.population) : notReported();
  // Only outcomes the glossary can name; the table below has every finding in full.
  const outcomes = tabulatedResults(facts)
    .slice(0, PICO_OUTCOMES)
    .map((finding) => outcomeLabel(finding, glossary, facts))
    .filter((outcome) => outcome.named)
    .flatMap((outcome) => outcome.label.split(', '))
    .filter((label, index, all) => all.findIndex((other) => other.toLowerCase() === label.toLowerCase()) === index);
  const { participants } = facts;
  const rows = [row('Population', population), row('Intervention', sourceText(facts.intervention))];
  if (facts.interventionDescription && facts.interventionDescription.value !== facts.intervention?.value) {
    rows.push(row('Intervention details', sourceText(facts.interventionDescription)));
  }
  rows.push(
    row('Comparator', facts.comparator ? text('source', comparatorValue(facts)!, linesOf(facts.comparator)) : notReported()),
    row(
      'Outcomes',
      outcomes.length > 0
        ? generated(outcomes.join('; '), linesOf(...facts.results))
        : tabulatedResults(facts).length > 0
          ? generated('As reported in the outcomes table below.')
          : notReported(),
    ),
  );
  const design = [
    row('Design', designText(facts)),
    row('Phase', sourceText(facts.phase)),
    row(
      'Enrolled',
      participants
        ? text('source', `${participantsPhrase(participants)} ${countedAs(facts, 'participants')}`, linesOf(participants))
        : notReported(),
    ),
    row('Follow-up', sourceText(facts.followUp)),
    row('Setting', sourceText(facts.setting)),
    row('Funding', sourceText(facts.funding)),
    row('Registration', sourceText(facts.registration)),
  ];
  // The design facts the source does not give share one row ("Not in the source: Phase,
  // funding and registration."), so gaps are said once and take one line.
  const given = design.filter((r) => r.value.text !== NOT_REPORTED);
  const missing = design.filter((r) => r.value.text === NOT_REPORTED).map((r, i) => (i === 0 ? r.label.text : r.label.text.toLowerCase()));
  if (missing.length > 0) {
    const list = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}` : missing[0]!;
    given.push(row('Not in the source', generated(`${list}.`)));
  }
  return { rows, design: given };
}

/**
 * The effect in GRADE's certainty wording ("probably" at moderate, "may" at low, "very
 * uncertain" at very low), and no claim the design cannot carry: a no-benefit trial is the
 * source's finding, an observational design shows association, a test study shows how the
 * test performed, a model projects, and a study in animals or cells shows nothing yet
 * about people.
 */
function effectStatement(
  facts: Facts,
  design: StudyDesign,
  name: string | null,
  grade: Certainty,
  noBenefit: boolean,
  compared: string | null,
): string {
  const subject = name ?? 'the intervention';
  const animals = nonHumanSubjects(facts);
  if (noBenefit) return `the source reports no benefit of ${subject} over ${compared ?? 'the comparator'} on the outcome reported;`;
  // Nothing below to qualify: say so rather than point at an empty table.
  if (tabulatedResults(facts).length === 0) return 'no results could be tabulated from the source (see Outcomes);';
  if (animals) return `the results below are from ${animals}, and do not show whether these effects occur in people;`;
  switch (design.kind) {
    case 'lab':
      return 'the results below are from laboratory work, and do not show whether these effects occur in people;';
    case 'observational':
      // A scan or test only measures: what it measured is linked, not the test ("a neck scan" and dementia).
      if (measuringTest(facts, name))
        return `an observational design shows associations, not effects: the differences reported below are linked to what ${measuringTest(facts, name)} measured, not caused by the test;`;
      return `an observational design shows associations, not effects: it is uncertain whether the differences reported below are due to ${subject};`;
    case 'test':
      return `the results below describe how ${subject} performed, as the source reports, not whether using it improves outcomes;`;
    case 'model':
      return 'the results below are projections from a model, not outcomes measured in people;';
    case 'none':
      // No study to weigh: what the source says, not a verdict of ours on what caused it.
      return 'the source describes no study of its own behind the results below;';
    default:
      break;
  }
  // A test named in a trial ("a test for the gene, known as MAFTest", in a trial of a bone
  // drug) sorts people or guides care; the differences are never its own effect.
  if (interventionKind(facts) === 'test')
    return `${subject} is a test, so the differences reported below are not an effect of the test itself;`;
  // "Whether the effects are due to X" reads right for any name ("IVs", "stem cells").
  if (grade.level === 'very low') return `it is very uncertain whether the effects reported below are due to ${subject};`;
  return `the effects reported below ${grade.verb === 'may' ? 'may be' : 'are probably'} due to ${subject};`;
}

/**
 * The design as the bottom line names it: the source's words when they fit the kind of
 * study, else the kind in our words; the same reading as the Design row, the certainty
 * and the limitations (studyDesign), so a test or a cohort is never "single-group".
 */
function studiedPhrase(facts: Facts, design: StudyDesign): string {
  const words = facts.design && designWordsFit(design, facts.design.value) ? designPhrase(facts) : null;
  const n = facts.participants ? `${participantsPhrase(facts.participants)} ${countedAs(facts, 'participants')}` : null;
  const of = n ? ` of ${n}` : '';
  switch (design.kind) {
    case 'randomized':
    case 'controlled':
    case 'single-arm':
    case 'observational':
      return `${capitalize(words ?? design.label!)}${of}`;
    case 'approval': {
      const evidence = words ?? (design.randomized ? 'randomized trial' : null);
      return evidence
        ? `Regulatory approval, based on a ${evidence}${of}`
        : `Regulatory approval; design of the studies behind it not reported${n ? `; ${n}` : ''}`;
    }
    case 'unknown':
      return words ? `${capitalize(words)}${of}` : `Design not reported${n ? `; ${n}` : ''}`;
    case 'test':
      // "Study of a test in 933 participants", not "… of a test of 933 participants".
      return `${design.label!}${words ? ` (${words})` : ''}${n ? ` in ${n}` : ''}`;
    case 'none':
      return design.label!;
    case 'lab': {
      // Participants of a lab study are samples or animals, not people enrolled.
      const subjects = nonHumanSubjects(facts);
      return subjects ? `Laboratory study (${subjects})` : design.label!;
    }
    default:
      return `${design.label!}${words && words.toLowerCase() !== design.label!.toLowerCase() ? ` (${words})` : ''}${of}`;
  }
}

function bottomLine(facts: Facts): ClinicianSummaryModel['bottomLine'] {
  const grade = certainty(facts);
  const name = interventionName(facts);
  const design = studyDesign(facts);
  const studied = studiedPhrase(facts, design);
  const phase = facts.phase ? `, phase ${clean(facts.phase.value).replace(/^phase\s+/i, '')}` : '';
  const lines = linesOf(
    facts.design,
    facts.participants,
    facts.phase,
    facts.intervention,
    ...design.lines,
    grade.reasons.includes(SOURCE_SAYS_IMPRECISE) ? imprecisionCaveat(facts) : null,
  );
  // A trial that reports no benefit is not summed up as "may have the effects reported".
  const noBenefit = noBenefitFinding(facts);
  const compared = comparatorValue(facts);
  const effect = capitalize(effectStatement(facts, design, name, grade, noBenefit !== null, compared));
  return {
    heading: heading('Bottom line'),
    certainty: generated(`Certainty of evidence: ${grade.level} (indicative, not a formal GRADE rating)`),
    statement: generated(
      `${studied}${phase}. ${effect} ` + `certainty is ${grade.level} (${grade.reasons.join(', ')}).`,
      noBenefit ? [...lines, ...linesOf(noBenefit)] : lines,
    ),
  };
}

export function composeClinicianSummary(facts: Facts, glossary: Glossary, options: ComposeOptions): ClinicianSummaryModel {
  const name = interventionName(facts);
  const condition = conditionName(facts);
  const titleText = name ? capitalize(withCondition(facts, name)) : condition ? `A study in ${condition}` : 'Study summary';
  const outcomes = outcomeRows(facts, glossary);
  // "We are working …", "…, she said": a named speaker's words say whose they are (quotes.ts).
  const harms = facts.harms.map((harm) => row(harmLabel(harm), text('source', attributed(clean(harm.text), harm, facts), linesOf(harm))));
  const next = facts.nextSteps.map((finding) => text('source', attributed(clean(finding.text), finding, facts), linesOf(finding)));
  const quotes = facts.quotes.slice(0, MAX_QUOTES).map((quote) => quoteItem(quote, facts));
  const model: Omit<ClinicianSummaryModel, 'layout'> = {
    meta: documentMeta('clinician-summary', facts, titleText, options),
    kicker: heading('Clinician evidence summary'),
    title: generated(titleText, linesOf(facts.intervention, facts.condition)),
    bottomLine: bottomLine(facts),
    pico: { heading: heading('Study at a glance (PICO)'), ...picoRows(facts, glossary) },
    outcomes: {
      heading: heading('Outcomes as reported'),
      // Each result ends with its source line ("L5"), as everywhere else in the summary.
      columns: [heading('Outcome'), heading('Timepoint'), heading('Result as reported (absolute numbers first; source line)')],
      rows: outcomes,
      empty: outcomes.length === 0 ? notReported() : null,
    },
    harms: { heading: heading('Harms'), rows: harms, empty: harms.length === 0 ? notReported() : null },
    limitations: {
      heading: heading('Limitations'),
      // The source's own caveats first, in its words (not its cost, funding or conflict
      // sentences: the checklist and the Funding row report those); then what the design implies.
      items: [
        ...limitationCaveats(facts)
          .slice(0, MAX_CAVEATS)
          .map((caveat) => text('source', clean(caveat.text), caveat.lines)),
        ...designLimitations(facts).map((limitation) => generated(limitation.clinician, limitation.lines)),
        ...limitations(facts).map((limitation) => generated(limitation.clinician, limitation.lines)),
        ...subjectsLimitation(facts),
      ],
    },
    next: { heading: heading('Ongoing and next studies'), items: next, empty: next.length === 0 ? notReported() : null },
    checklist: {
      heading: heading('Evidence checklist (HealthNewsReview.org criteria)'),
      legend: generated('✓ reported (source lines given) · ✗ not reported, or not found in our reading'),
      rows: evidenceChecklist(facts).map((item) => ({
        criterion: heading(item.criterion),
        // The note is its own field, printed once beside the status (not inside it as well).
        status: generated(
          item.reported ? 'Reported' : item.absenceKnown ? NOT_REPORTED.replace(/\.$/, '') : 'Not found in our reading; check the source',
          item.lines,
        ),
        reported: item.reported,
        note: item.reported && item.note ? generated(item.note) : null,
      })),
    },
    quotes: quotes.length > 0 ? { heading: heading('Statements quoted in the source'), items: quotes } : null,
    citation: citation(facts, { heading: 'Citation', omitMissing: false, collapseMissing: true }),
  };
  const fitted = fitOutcomes(model);
  return { ...fitted, layout: clinicianLayout(fitted) };
}

/** The summary with as many outcome rows, in order, as two pages hold (never fewer than MIN_OUTCOMES). */
function fitOutcomes(model: Omit<ClinicianSummaryModel, 'layout'>): Omit<ClinicianSummaryModel, 'layout'> {
  let rows = model.outcomes.rows;
  const withRows = (kept: OutcomeRow[]) => ({ ...model, outcomes: { ...model.outcomes, rows: kept } });
  while (rows.length > MIN_OUTCOMES && clinicianLayout(withRows(rows)).pages > MAX_PAGES) rows = rows.slice(0, -1);
  return withRows(rows);
}
