// The patient brief as data: its parts in reading order, its study rows in printed order
// with what each may do (go when the brief reads too hard), and the words it prints as
// headings and labels. Code finds parts and rows by id, never by their printed label, so
// rewording a label here changes the page and nothing else.
import type { BriefKind } from './kind.js';
import type { PatientBriefPart, StageRowId, StudyRowId } from '../view-models.js';

/** Top to bottom, as the template lays the parts out and a reader meets them. */
export const READING_ORDER: readonly PatientBriefPart[] = [
  'kicker',
  'title',
  'mainMessage',
  'callToAction',
  'study',
  'findings',
  'harms',
  'knowledge',
  'stage',
  'questions',
  'glossary',
  'learnMore',
];

/**
 * A study row the brief may leave out when it still reads too hard (see prune.ts):
 * 'detail' rows go first, with the article's own caveats; 'last-resort' rows only when
 * the brief would otherwise come near the limit, together with findings.
 */
export type Optional = 'detail' | 'last-resort';

/** "What did the study look at?", top to bottom. */
export const STUDY_ROWS: readonly { id: StudyRowId; optional?: Optional }[] = [
  { id: 'who-took-part' },
  // Who the people were helps a reader see if the study is about someone like them.
  { id: 'about-them', optional: 'last-resort' },
  { id: 'health-problem' },
  { id: 'treatment' },
  // What the treatment is: a name alone ("Zimislecel.") tells a reader nothing, so it goes
  // only to keep the brief readable.
  { id: 'what-it-is', optional: 'last-resort' },
  { id: 'compared-with' },
  { id: 'how-long' },
  { id: 'type-of-study' },
  // Where the study ran adds detail a reader can do without.
  { id: 'where', optional: 'detail' },
  // Rows the source leaves empty, gathered into one line last.
  { id: 'not-in-source' },
];

/** "Stage of research and access", top to bottom. */
export const STAGE_ROWS: readonly StageRowId[] = ['stage-of-research', 'availability'];

/** The fixed words of the brief: part headings, and each row's label. */
export interface PatientBriefWording {
  headings: Record<
    'kicker' | 'study' | 'findings' | 'harms' | 'knowledge' | 'unknown' | 'next' | 'stage' | 'questions' | 'glossary' | 'learnMore',
    string
  >;
  /**
   * Each row's label; `missing` names a study row that the source may leave empty, in the
   * line that gathers them ("Not in the source": "How long people were followed and the
   * type of study."). `byKind` relabels a row for a kind of story: a screening test or a
   * link found by watching people is not a "treatment"; nor is a vaccine ('vaccine').
   */
  rows: Record<StudyRowId, { label: string; missing?: string; byKind?: Partial<Record<BriefKind | 'vaccine', string>> }> &
    Record<StageRowId, { label: string }>;
}

export const WORDING: PatientBriefWording = {
  headings: {
    kicker: 'Patient brief',
    study: 'What did the study look at?',
    findings: 'What did they find?',
    harms: 'What were the harms?',
    knowledge: 'What we know and don’t know yet',
    unknown: 'Not known yet',
    next: 'What happens next',
    stage: 'Stage of research and access',
    questions: 'Questions to ask your care team',
    glossary: 'Words to know',
    learnMore: 'Where to learn more',
  },
  rows: {
    'who-took-part': { label: 'Who took part', missing: 'how many people took part' },
    'about-them': { label: 'About them' },
    'health-problem': { label: 'Health problem', missing: 'the health problem' },
    treatment: {
      label: 'Treatment',
      missing: 'the treatment',
      byKind: {
        test: 'Test',
        vaccine: 'Vaccine',
        observational: 'What was studied',
        review: 'What was studied',
        model: 'What was studied',
        none: 'What it is about',
      },
    },
    'what-it-is': { label: 'What it is' },
    'compared-with': { label: 'Compared with', missing: 'a group to compare with' },
    'how-long': { label: 'How long', missing: 'how long people were followed' },
    'type-of-study': { label: 'Type of study', missing: 'the type of study' },
    where: { label: 'Where' },
    'not-in-source': { label: 'Not in the source' },
    'stage-of-research': { label: 'Stage of research' },
    availability: { label: 'Can people get it now?' },
  },
};
