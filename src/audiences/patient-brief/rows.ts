// The brief's labelled rows, made by id: the label comes from the wording (sections.ts),
// so code never needs to know what a row says to know which row it is.
import { toPieces } from '../clauses.js';
import { plainWords } from '../plain-words.js';
import { heading, text } from '../text.js';
import type { Row, StageRowId, StudyRowId, Text } from '../view-models.js';
import { clean } from '../wording.js';
import type { BriefKind } from './kind.js';
import type { PatientBriefWording } from './sections.js';

export function row<Id extends StudyRowId | StageRowId>(
  id: Id,
  value: Text,
  wording: PatientBriefWording,
  kind?: BriefKind | 'vaccine',
): Row<Id> {
  const spec: { label: string; byKind?: Partial<Record<BriefKind | 'vaccine', string>> } = wording.rows[id];
  return { id, label: heading((kind && spec.byKind?.[kind]) ?? spec.label), value };
}

/** A source value (population, description …) as plain sentences in one Text. */
export function plainValue(value: string, lines: number[]): Text {
  return text('simplified', toPieces(plainWords(clean(value))).sentences.join(' '), lines);
}
