// The shapes the templates lay out. A view model holds every string and number a page
// shows; each visible piece of text is a `Text` that says where in the article it rests,
// so documents can footnote "line 5" and the checks can find every printed sentence.

import type { Audience } from './registry.js';

export type { Audience };

/**
 * What a piece of text is, so checks can treat it right:
 * - heading: a fixed section heading or label;
 * - generated: written by a composer from facts (hype, readability and number checks apply);
 * - simplified: a source clause with plain-word swaps or split at a clause boundary;
 * - source: a source clause exactly as written (a finding shown "as reported");
 * - quote: a quotation exactly as in the source;
 * - citation: bibliographic text, including the article's own headline.
 */
export type TextKind = 'heading' | 'generated' | 'simplified' | 'source' | 'quote' | 'citation';

/** A number the composer computed (not copied) and the arithmetic behind it. */
export interface DerivedNumber {
  value: number;
  from: string;
}

export interface Text {
  text: string;
  kind: TextKind;
  /** 1-based source lines this text rests on; empty for fixed wording. */
  lines: number[];
  /** The lines as a footnote marker ("L5", "L5, L7"); "" when there are none. */
  ref: string;
  derived: DerivedNumber[];
}

export interface LabeledText {
  label: Text;
  value: Text;
}

/** Printed document properties; `footer` goes into the @page margin box. */
export interface DocumentMeta {
  audience: Audience;
  title: string;
  subject: string;
  keywords: string[];
  language: string;
  author: string;
  buildDate: string | null;
  footer: string;
}

export interface IconArray {
  /** Trusted SVG built by icon-array.ts from two integers and an escaped label. */
  svg: string;
  filled: number;
  total: number;
}

export interface FindingItem {
  /** The natural frequency ("10 of the 12 people"), when the finding gives one. */
  lead: Text | null;
  icons: IconArray | null;
  sentences: Text[];
  bullets: Text[];
}

export interface QuoteItem {
  text: Text;
  attribution: Text;
}

export interface CitationModel {
  heading: Text;
  rows: LabeledText[];
  /** A QR code to the source link, when one is known (patient brief). */
  qr?: { svg: string; caption: Text } | null;
}

/**
 * A labelled row with a stable id. Code finds a row by its id, never by its printed label,
 * so rewording a label changes nothing but the page (templates may use the id too).
 */
export interface Row<Id extends string = string> extends LabeledText {
  id: Id;
}

/** The rows "What did the study look at?" may hold; "not-in-source" gathers those the source leaves out. */
export type StudyRowId =
  | 'who-took-part'
  | 'about-them'
  | 'health-problem'
  | 'treatment'
  | 'what-it-is'
  | 'compared-with'
  | 'how-long'
  | 'type-of-study'
  | 'where'
  | 'not-in-source';

/** The rows of "Stage of research and access". */
export type StageRowId = 'stage-of-research' | 'availability';

/** The patient brief's parts: each is the key that holds it in the model, and its stable id. */
export type PatientBriefPart =
  | 'kicker'
  | 'title'
  | 'mainMessage'
  | 'callToAction'
  | 'study'
  | 'findings'
  | 'harms'
  | 'knowledge'
  | 'stage'
  | 'questions'
  | 'glossary'
  | 'learnMore';

export interface PatientBriefModel {
  meta: DocumentMeta;
  /**
   * Every part, in the order the page is read (and the template lays it out): the checks
   * read the brief in this order (see visibleLines), whatever the order of the keys.
   */
  readingOrder: readonly PatientBriefPart[];
  kicker: Text;
  title: Text;
  mainMessage: Text[];
  callToAction: Text[];
  study: { heading: Text; rows: Row<StudyRowId>[] };
  findings: { heading: Text; items: FindingItem[]; empty: Text | null };
  harms: { heading: Text; items: FindingItem[]; empty: Text | null };
  knowledge: {
    heading: Text;
    unknownHeading: Text;
    unknown: Text[];
    nextHeading: Text;
    next: Text[];
  };
  stage: { heading: Text; rows: Row<StageRowId>[] };
  questions: { heading: Text; items: Text[] };
  glossary: { heading: Text; terms: LabeledText[] } | null;
  learnMore: CitationModel;
}

export interface OutcomeRow {
  outcome: Text;
  timepoint: Text;
  /** Absolute numbers first (CONSORT): "10 of 12" when the finding counts the whole study. */
  absolute: Text | null;
  /** The finding exactly as reported; its `ref` (the source line) is printed after it. */
  result: Text;
}

export interface ChecklistRow {
  criterion: Text;
  /** "Reported" / "Not reported in the source"; its `ref` names the lines that show it. */
  status: Text;
  reported: boolean;
  /** A qualifier printed beside the criterion ("mentioned, no figures given"), when there is one. */
  note?: Text | null;
}

export interface ClinicianSummaryModel {
  meta: DocumentMeta;
  kicker: Text;
  title: Text;
  bottomLine: { heading: Text; certainty: Text; statement: Text };
  /** Population, intervention, comparator, outcomes; then design, size, follow-up, setting, funding, registration. */
  pico: { heading: Text; rows: LabeledText[]; design: LabeledText[] };
  outcomes: { heading: Text; columns: Text[]; rows: OutcomeRow[]; empty: Text | null };
  harms: { heading: Text; rows: LabeledText[]; empty: Text | null };
  limitations: { heading: Text; items: Text[] };
  next: { heading: Text; items: Text[]; empty: Text | null };
  checklist: { heading: Text; rows: ChecklistRow[]; legend?: Text };
  quotes: { heading: Text; items: QuoteItem[] } | null;
  citation: CitationModel;
  /** How dense the page is set: 'compact' when the regular size would spill a few lines onto a second page (clinician-layout.ts). */
  layout: ClinicianLayout;
}

export interface ClinicianLayout {
  density: 'regular' | 'compact';
  /** The estimated height at the regular density, in pages of the shorter paper (US Letter); for tests and tuning. */
  pages: number;
}

export interface PressDigestModel {
  meta: DocumentMeta;
  /** What the page is: a digest, and of what kind of source ("Press digest of a press release"). */
  label: Text;
  /** The source's own release line ("EMBARGOED UNTIL …"); null when it has none we can print. */
  releaseLine: Text | null;
  headline: Text;
  /** "CITY, date" or the release date; null when the source gives neither. */
  dateline: Text | null;
  lede: Text;
  body: Text[];
  /** The main results' figures and the enrolment; null when no result has a figure (no empty box). */
  keyNumbers: { heading: Text; items: LabeledText[] } | null;
  findings: { heading: Text; items: Text[]; empty: Text | null };
  harms: { heading: Text; items: Text[]; empty: Text | null };
  quotes: { heading: Text; items: QuoteItem[]; empty: Text | null };
  next: { heading: Text; items: Text[]; empty: Text | null };
  gaps: { heading: Text; items: Text[] };
  citation: CitationModel;
  contact: { heading: Text; text: Text };
  end: Text;
}

export type DocumentModel = PatientBriefModel | ClinicianSummaryModel | PressDigestModel;
