// When the brief as a whole still reads too hard, its least needed pieces go, hardest
// first, each whole: first the detail study rows and the article's own lesser caveats; then,
// only to keep the brief under the limit, the caveats a patient must not lose (knowledge.ts
// essentialCaveat: not yet known or proven, small, preliminary, modest, an independent
// expert's caution), and last who the people were and findings. The main result, the
// most serious harm and the commonest side effect always stay (`mustStay`), so benefits and
// harms keep equal weight and a boxed warning never crowds out what most people will feel. Rows are picked by
// id (sections.ts says which may go), never by their printed label.
import { longWordStats, smogOf } from '../patient-text.js';
import { READ_KINDS, visibleText } from '../text.js';
import type { FindingItem, PatientBriefModel, StudyRowId } from '../view-models.js';
import { essentialCaveat, notYetForUse, type PlainGroup } from './knowledge.js';
import { STUDY_ROWS, type Optional } from './sections.js';

/** The reading level the brief aims for (the check allows SMOG 8). */
const TARGET_SMOG = 7.5;
/** Findings are dropped only to keep the brief under this (just below the limit of 8). */
const LAST_RESORT_SMOG = 7.9;
/** The check's limit. */
const SMOG_LIMIT = 8;

/** What names a piece that may be left out, the same in every assembly: a study row by its id, a finding or caveat by itself. */
export type PieceKey = StudyRowId | FindingItem | PlainGroup;

/** The brief without the pieces in `dropped`, and the caveat groups it shows (a caveat's printed pieces may go together). */
export type Assemble = (dropped: ReadonlySet<PieceKey>) => { model: PatientBriefModel; caveats: PlainGroup[] };

interface Candidate {
  key: PieceKey;
  /** What of it is printed, to measure. */
  printed: object;
}

interface PruneStep {
  target: number;
  optional: (model: PatientBriefModel, caveats: PlainGroup[]) => Candidate[];
}

/** The study rows shown that sections.ts marks `optional` at this level. */
function optionalRows(model: PatientBriefModel, optional: Optional): Candidate[] {
  const ids = new Set(STUDY_ROWS.filter((spec) => spec.optional === optional).map((spec) => spec.id));
  return model.study.rows.filter((row) => ids.has(row.id)).map((row) => ({ key: row.id, printed: row }));
}

/**
 * The brief at a readable level: `assemble` builds it without the pieces dropped so far;
 * `sequence` keeps only findings that read right where they stand (a finding that points
 * back to one that went goes with it).
 */
export function pruneToReadingLevel(
  assemble: Assemble,
  sequence: (items: FindingItem[]) => FindingItem[],
  mustStay: (item: FindingItem) => boolean = () => false,
  unplain: (item: FindingItem) => boolean = () => false,
): PatientBriefModel {
  // A finding may go when another stays (one that points back to it goes with it).
  const droppable = (items: FindingItem[]): Candidate[] =>
    items
      .filter((item) => !mustStay(item) && sequence(items.filter((other) => other !== item)).length > 0)
      .map((item) => ({ key: item, printed: item }));
  return prune(assemble, [
    {
      target: TARGET_SMOG,
      // A caveat group holds its finding too: only its printed pieces count.
      // An essential caveat is not cut here: it must not go while a detail row could (knowledge.ts).
      optional: (model, caveats) => [
        ...optionalRows(model, 'detail'),
        ...caveats.filter((group) => !essentialCaveat(group.finding)).map((group) => ({ key: group, printed: group.pieces })),
      ],
    },
    {
      // Only to keep the brief under the limit, an essential caveat may go, before who the
      // people were, findings and harms. One that it is not yet recommended or approved is
      // never cut (notYetForUse).
      target: LAST_RESORT_SMOG,
      optional: (_model, caveats) =>
        caveats.filter((group) => !notYetForUse(group.finding)).map((group) => ({ key: group, printed: group.pieces })),
    },
    {
      target: LAST_RESORT_SMOG,
      optional: (model) => [...optionalRows(model, 'last-resort'), ...droppable(model.findings.items), ...droppable(model.harms.items)],
    },
    {
      // A finding printed with more long words than a plain one may have (the only one the
      // source's wording allowed) goes, even alone, when the brief would otherwise fail the check.
      target: SMOG_LIMIT,
      optional: (model) => [...model.findings.items, ...model.harms.items].filter(unplain).map((item) => ({ key: item, printed: item })),
    },
  ]);
}

/**
 * Drops optional pieces, step by step: within a step the hardest first (most long words
 * per sentence, and only those harder than the brief as a whole), until the brief reads
 * at the step's target or the step has nothing left to drop. Every piece goes whole.
 */
function prune(assemble: Assemble, steps: PruneStep[]): PatientBriefModel {
  const dropped = new Set<PieceKey>();
  let current = assemble(dropped);
  for (const step of steps) {
    for (;;) {
      const { model, caveats } = current;
      const whole = longWordStats(visibleText(model, READ_KINDS));
      if (smogOf(whole) <= step.target) break;
      const ratio = (stats: { long: number; sentences: number }) => stats.long / Math.max(stats.sentences, 1);
      const ranked = step
        .optional(model, caveats)
        .map((candidate) => ({ candidate, stats: longWordStats(visibleText(candidate.printed, READ_KINDS)) }))
        .filter(({ stats }) => stats.sentences > 0 && ratio(stats) > ratio(whole))
        .sort((a, b) => ratio(b.stats) - ratio(a.stats));
      if (ranked.length === 0) break;
      dropped.add(ranked[0]!.candidate.key);
      current = assemble(dropped);
    }
  }
  return current.model;
}
