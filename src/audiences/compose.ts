// The composers by audience name, for the pipeline: one call per document, each pure.
import type { Facts } from '../article/schema.js';
import { composeClinicianSummary } from './clinician-summary.js';
import type { Glossary } from './glossary.js';
import type { ComposeOptions } from './meta.js';
import { composePatientBrief } from './patient-brief.js';
import { composePressDigest } from './press-digest.js';
import type { Audience } from './registry.js';
import { visibleLines } from './text.js';
import type { ClinicianSummaryModel, DocumentMeta, PatientBriefModel, PressDigestModel, Text } from './view-models.js';

export { loadGlossary, type Glossary, type GlossaryEntry } from './glossary.js';
export type { ComposeOptions } from './meta.js';

export interface ViewModels {
  'patient-brief': PatientBriefModel;
  'clinician-summary': ClinicianSummaryModel;
  'press-digest': PressDigestModel;
}

export interface ComposedDocument<A extends Audience = Audience> {
  audience: A;
  view: ViewModels[A];
  /** PDF document title (also the HTML <title>). */
  title: string;
  meta: DocumentMeta;
  /** Every printed line, in reading order, with its kind and source lines (for the checks). */
  lines: Text[];
}

const COMPOSERS: { [A in Audience]: (facts: Facts, glossary: Glossary, options: ComposeOptions) => ViewModels[A] } = {
  'patient-brief': composePatientBrief,
  'clinician-summary': composeClinicianSummary,
  'press-digest': composePressDigest,
};

export function composeDocument<A extends Audience>(
  audience: A,
  facts: Facts,
  glossary: Glossary,
  options: ComposeOptions,
): ComposedDocument<A> {
  const view = COMPOSERS[audience](facts, glossary, options);
  return { audience, view, title: view.meta.title, meta: view.meta, lines: visibleLines(view) };
}
