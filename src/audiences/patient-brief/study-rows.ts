// "What did the study look at?": who took part, the health problem, the treatment, what it
// was compared with, for how long, the type of study and where, each as a row with a
// stable id (sections.ts gives their order and labels). A value too long or too technical
// for this handout is left to the clinician summary; values the source does not give are
// gathered into one line ("Not in the source: …").
import type { Facts } from '../../article/schema.js';
import { fitsPatient } from '../patient-text.js';
import { participantsPhrase } from '../plain-numbers.js';
import { plainWords } from '../plain-words.js';
import { numberWords } from '../../shared/word-lists.js';
import { comparatorValue, designWordsFit, interventionKind, peopleCounted, studyDesign } from '../study.js';
import { countedAs } from '../study-subjects.js';
import { generated, linesOf, notReported, text } from '../text.js';
import type { Row, StudyRowId, Text } from '../view-models.js';
import { asSentence, capitalize, clean, joinList } from '../wording.js';
import { plainValue, row } from './rows.js';
import type { BriefKind } from './kind.js';
import { STUDY_ROWS, type PatientBriefWording } from './sections.js';

/**
 * A row's value: a Text to print, NOT_GIVEN when the source does not give it (the brief
 * says so), or null to leave the row out (nothing to say, or not plain enough to say here).
 */
const NOT_GIVEN = 'not given';
type Value = Text | typeof NOT_GIVEN | null;

type RowId = Exclude<StudyRowId, 'not-in-source'>;
type RowValues = Record<RowId, Value>;

/**
 * Rows that do not fit the kind of story: a lab study had no people taking part (a count
 * would print as "60 people"), nor were they followed; a test or a link is not a
 * treatment; a review pools other studies' people; a story with no study has no rows to
 * call missing, and the lengths, designs and counts it gives are the cited studies'. They are left out rather than listed as "not in the source".
 */
const NOT_FOR: Partial<Record<BriefKind, { drop?: readonly RowId[]; notMissing?: readonly RowId[] }>> = {
  lab: { drop: ['who-took-part', 'about-them', 'how-long'] },
  test: { notMissing: ['treatment', 'compared-with'] },
  observational: { notMissing: ['treatment'] },
  review: { notMissing: ['who-took-part', 'how-long', 'compared-with'] },
  model: { notMissing: ['who-took-part', 'how-long', 'compared-with'] },
  // A story with no study of its own: a length, a design or a count it gives belongs to the
  // studies it cites ("How long: 12-week study" in a trade group's release), not to this one.
  none: { drop: ['who-took-part', 'about-them', 'compared-with', 'how-long', 'type-of-study'], notMissing: ['treatment'] },
};

function fitKind(values: RowValues, kind: BriefKind): RowValues {
  const fit = NOT_FOR[kind];
  if (!fit) return values;
  const out = { ...values };
  for (const id of fit.drop ?? []) out[id] = null;
  for (const id of fit.notMissing ?? []) if (out[id] === NOT_GIVEN) out[id] = null;
  return out;
}

function valuesOf(facts: Facts, names: ReadonlySet<string>): RowValues {
  const { participants, population, condition, intervention, interventionDescription, followUp, design, comparator, setting } = facts;
  const plain = (value: Text): Text | null => (fitsPatient(value.text, names) ? value : null);
  const about = population ? aboutPeople(plainWords(clean(population.value))) : '';
  const compared = comparatorValue(facts);
  return {
    'who-took-part': participants
      ? generated(
          `${capitalize(participantsPhrase(participants))} ${countedAs(facts, peopleCounted(facts, 'people', { mixed: true }))}.`,
          linesOf(participants),
        )
      : NOT_GIVEN,
    'about-them': population && about ? plain(plainValue(about, linesOf(population))) : null,
    'health-problem': condition ? text('simplified', asSentence(clean(condition.value)), linesOf(condition)) : NOT_GIVEN,
    treatment: intervention ? text('simplified', asSentence(clean(intervention.value)), linesOf(intervention)) : NOT_GIVEN,
    'what-it-is': interventionDescription
      ? plain(plainValue(howGiven(clean(interventionDescription.value)), linesOf(interventionDescription)))
      : null,
    'compared-with': comparator && compared ? plain(plainValue(plainControls(compared), linesOf(comparator))) : NOT_GIVEN,
    // "After 30 days" reads as a time, "How long: 30 days" as a length; "at three months of
    // age" without its "at" would read as the people's age.
    'how-long': followUp
      ? plain(plainValue(followUp.value.replace(/^(?:after|at)\s+(?!least\b)(?=\S)(?!.*\b(?:of age|old)$)/i, ''), linesOf(followUp)))
      : NOT_GIVEN,
    // The source's design words only when they fit the kind of study read from the whole text
    // ("randomized" said of the trials a review pooled is not this study's design), as the clinician summary does.
    'type-of-study':
      design && designWordsFit(studyDesign(facts), design.value) ? plain(plainValue(design.value, linesOf(design))) : kindOfStudy(facts),
    where: setting ? plain(plainValue(setting.value, linesOf(setting))) : null,
  };
}

/**
 * "31 controls" is a scientist's word: the people a test or a measure is checked against.
 * The row says what they are ("31 people in a comparison group", a term "Words to know"
 * explains) and keeps the source's word in brackets, since the findings may use it ("The test
 * correctly excluded all the 31 controls"). Only a source that calls them healthy or
 * unaffected makes them "healthy people" or "people without the disease".
 */
const CONTROLS = /^(.*?)(?:\b(?:(healthy)|(unaffected|non-?diseased)|(matched))\s+)?\bcontrols\b/i;
export function plainControls(value: string): string {
  const count = CONTROLS.exec(value);
  if (!count) return value;
  const [whole, before = '', healthy, unaffected, matched] = count;
  const who = healthy ? 'healthy people' : unaffected ? 'people without the disease' : 'people';
  const called = `${matched ? 'matched ' : ''}controls`;
  return `${before}${who} in a comparison group (called ${called})${value.slice(whole.length)}`;
}

/** The derived kind of study in plain words, when the source states no design. */
const KIND_WORDS: Partial<Record<NonNullable<Facts['derived']['studyType']>['value'], string>> = {
  'randomized trial': 'A study that compared groups.',
  'non-randomized trial': 'A study that compared groups not chosen by chance.',
  'single-arm trial': 'A study in which everyone got the treatment.',
  observational: 'A study that followed people without giving them a treatment.',
  'diagnostic accuracy': 'A study of how well a test works.',
  'lab or animal': 'A lab or animal study.',
  modeling: 'A computer model.',
  'review or meta-analysis': 'A review of earlier studies.',
  'regulatory approval': 'An approval, based on earlier studies.',
};

/**
 * An observational study "followed" people only when it did: a look back over records, a
 * questionnaire filled in once or a count of links is no following (r15: a records review
 * and a one-time survey were called "a study that followed people").
 */
const RECORDS_RULES = new Set(['type-records-reviewed', 'type-records-period']);
function observationalWords(facts: Facts): string {
  const rule = facts.derived.studyType?.rule ?? '';
  if (RECORDS_RULES.has(rule)) return 'A study that looked back at records, without giving anyone a treatment.';
  if (rule === 'type-cohort-design' || facts.followUp) return KIND_WORDS.observational!;
  return 'A study that looked at people without giving them a treatment.';
}

function kindOfStudy(facts: Facts): Value {
  const type = facts.derived.studyType;
  // "By chance" only when the randomisation judgement says so: the derive stage counts a
  // controlled trial as a randomized one, and "Not known yet" may say chance is not reported.
  const byChance = type?.value === 'randomized trial' && facts.derived.randomised?.value === 'randomised';
  const words = byChance
    ? 'A study that put people into groups by chance.'
    : type?.value === 'observational'
      ? observationalWords(facts)
      : type
        ? KIND_WORDS[type.value]
        : undefined;
  return type && words ? generated(words, linesOf(...type.sources)) : NOT_GIVEN;
}

/** The study rows in the order of STUDY_ROWS; two or more the source leaves empty become one "Not in the source" line. */
export function studyRows(facts: Facts, kind: BriefKind, names: ReadonlySet<string>, wording: PatientBriefWording): Row<StudyRowId>[] {
  const values = fitKind(valuesOf(facts, names), kind);
  const notGiven = STUDY_ROWS.map((spec) => spec.id).filter((id) => id !== 'not-in-source' && values[id] === NOT_GIVEN);
  const gather = notGiven.length >= 2;
  const rows = new Map<StudyRowId, Row<StudyRowId>>();
  for (const [id, value] of Object.entries(values) as [Exclude<StudyRowId, 'not-in-source'>, Value][]) {
    if (value === null || (value === NOT_GIVEN && gather)) continue;
    rows.set(id, row(id, value === NOT_GIVEN ? notReported() : value, wording, id === 'treatment' ? treatmentKind(facts, kind) : kind));
  }
  if (gather) {
    const missing = notGiven.map((id) => wording.rows[id].missing ?? wording.rows[id].label.toLowerCase());
    // Three items to a sentence: five gaps in one sentence ran past the 20-word limit.
    const sentences: string[] = [];
    for (let i = 0; i < missing.length; i += 3) sentences.push(`${capitalize(joinList(missing.slice(i, i + 3)))}.`);
    rows.set('not-in-source', row('not-in-source', generated(sentences.join(' ')), wording));
  }
  return STUDY_ROWS.flatMap((spec) => rows.get(spec.id) ?? []);
}

/**
 * The kind the treatment row is labelled by: a test named inside a trial ("a test for the
 * gene, known as MAFTest", in a trial of a bone drug) is labelled "Test", and a vaccine
 * "Vaccine", not "Treatment". Stories that study no treatment keep their own label.
 */
function treatmentKind(facts: Facts, kind: BriefKind): BriefKind | 'vaccine' {
  if (kind !== 'trial' && kind !== 'study' && kind !== 'approval' && kind !== 'lab') return kind;
  const thing = interventionKind(facts);
  return thing === 'test' ? 'test' : thing === 'vaccine' ? 'vaccine' : kind;
}

const PEOPLE = '(?:participants|patients|people|subjects|volunteers|individuals|adults|children|women|men)';
const COUNT = `(?:(?:more than|over|about|nearly|almost|approximately|a total of)\\s+)?(?:[\\d,]+|${numberWords(1, 12).join('|')})`;
const COUNT_OF_PEOPLE = new RegExp(
  `^(?:the\\s+)?${COUNT}\\s+${PEOPLE}(?:\\s+and\\s+${PEOPLE})?\\s*,?\\s*(all of whom|all of them|who|all)?\\s*`,
  'i',
);
const LEADING_COUNT = new RegExp(`^(?:the\\s+)?${COUNT}\\s+`, 'i');

/** What the people were asked to do, after who they were: "women, ages 65 to 99, to wear trackers for a week". */
const PURPOSE_TAIL = /,\s+(?:to|and asked them to|who were asked to)\s+[a-z].*$/;

/**
 * "12 participants, all of whom had been …" → "All had been …"; "660 patients with DME at
 * 89 sites" → "People with DME at 89 sites"; "6,000 women, ages 65 to 99, to wear …" →
 * "Women ages 65 to 99": the count has its own row, what they did the other rows. "" when nothing is
 * left but the count.
 */
function aboutPeople(population: string): string {
  const match = COUNT_OF_PEOPLE.exec(population);
  if (!match) return population;
  // "258 people (with a score of 18 or more on …)": the brackets say who they were.
  const rest = population
    .slice(match[0].length)
    .replace(PURPOSE_TAIL, '')
    .replace(/^\(([^()]+)\)$/, '$1');
  // "… were included in the clinical trial" says no more than the count does.
  if (
    !rest ||
    /^(?:were|was)\s+(?:included|enrolled|recruited|studied|randomi[sz]ed)(?:\s+in(?:to)?\s+the\s+(?:clinical\s+)?(?:trial|study))?\.?$/i.test(
      rest,
    )
  )
    return '';
  if (match[1]) return /^all/i.test(match[1]) ? `All ${rest}` : `They ${rest}`;
  // "nine men and women with obesity" → "Men and women with obesity".
  const noun = match[0].replace(LEADING_COUNT, '').replace(/[\s,]+$/, '');
  return /^(with|without|aged|ages?|from|at|in|who|whose|living|taking|having|diagnosed)\b/i.test(rest)
    ? `${capitalize(noun)} ${rest}`
    : population;
}

/**
 * "…, an innovative therapy known as X, which involves Y" → "It involves Y"; "… into the
 * liver of patients who have endured …" ends at "liver": who the people were has its own row.
 */
function howGiven(description: string): string {
  const which = /\b(?:which|that)\s+((?:involves?|uses?|works?|consists?|is given|are given|is injected|is taken|is implanted)\b.*)$/i.exec(
    description,
  );
  // "In the new study, a device called the MitraClip was used to repair the valve …": the kind
  // and what it was used for are what it is; the framing and the name (a row above) are not.
  const used =
    /\b(an?\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:known as|called|named|dubbed)\s+(?:the\s+)?\S.*?\s+(?:is|are|was|were)\s+(used to\s.*)$/i.exec(
      description,
    );
  const how = which ? `It ${which[1]}` : used ? `${capitalize(used[1])} ${used[2]}` : description;
  return how.replace(/\s+(?:of|in|for)\s+(?:the\s+)?(?:patients|people|participants|adults|children)\s+(?:who|with)\b.*$/i, '.');
}
