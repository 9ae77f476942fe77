// The standards every document is checked against on every build (STANDARDS.md):
// reading level and sentence length of the patient brief, no hype in our own words,
// no unexplained medical terms, no number without a source, page budgets, and how much
// of the evidence checklist the source covers. Pure: a document in; each failed check a
// warning on the article's file, at the source of the text it is about; a report of the
// measures out.
import type { VFile } from 'vfile';
import type { Facts } from '../../article/schema.js';
import { rule, type RuleId } from '../../shared/rules.js';
import type { ComposedDocument } from '../compose.js';
import type { Glossary } from '../glossary.js';
import { READ_KINDS } from '../text.js';
import { AUDIENCES, type Audience } from '../registry.js';
import type { ClinicianSummaryModel, PatientBriefModel } from '../view-models.js';
import { findHype } from './hype.js';
import { sourcePlaces, type Place } from './places.js';
import { sourceNumbers, untraceableNumbers } from './provenance.js';
import { measureReadability, type Readability } from './readability.js';
import { undefinedTerms } from './terms.js';

export const LIMITS = { fleschKincaidGrade: 8, smog: 8, sentenceWords: 20 } as const;

/** The measures of one document (its failed checks are messages on the article's file). */
export interface DocumentReport {
  audience: Audience;
  pages: number | null;
  pageBudget: number;
  /** Fonts in the printed PDF; anything but the embedded families is a system fallback. */
  fonts: string[] | null;
  readability: Readability | null;
  checklist: { reported: number; of: number } | null;
}

/** A failed check: a warning about one document, at the place in the article it comes from (if any). */
function fail(file: VFile, audience: Audience, id: RuleId, reason: string, place?: Place): void {
  const message = file.message(`${audience}: ${reason}`, { place, ...rule(id) });
  message.audience = audience;
}

export function checkDocument(file: VFile, document: ComposedDocument, facts: Facts, glossary: Glossary): DocumentReport {
  const { audience, lines } = document;
  const placeOf = sourcePlaces(facts);
  const ours = lines.filter((line) => line.kind === 'generated' || line.kind === 'simplified' || line.kind === 'heading');
  for (const line of ours)
    for (const word of findHype(line.text)) fail(file, audience, 'hype', `hype word “${word}” in: ${line.text}`, placeOf(line));
  for (const problem of untraceableNumbers(lines, sourceNumbers(facts)))
    fail(file, audience, 'untraceable-number', `number ${problem.number} is not in the source: ${problem.text}`, placeOf(problem.in));

  let readability: Readability | null = null;
  if (audience === 'patient-brief') {
    readability = measureReadability(lines.filter((line) => READ_KINDS.includes(line.kind)).map((line) => line.text));
    if (readability.fleschKincaidGrade > LIMITS.fleschKincaidGrade)
      fail(file, audience, 'reading-grade', `Flesch–Kincaid grade ${readability.fleschKincaidGrade} is above ${LIMITS.fleschKincaidGrade}`);
    if (readability.smog > LIMITS.smog) fail(file, audience, 'smog', `SMOG grade ${readability.smog} is above ${LIMITS.smog}`);
    const longest = readability.longestSentence;
    if (longest.words > LIMITS.sentenceWords)
      fail(
        file,
        audience,
        'long-sentence',
        `a sentence of ${longest.words} words (limit ${LIMITS.sentenceWords}): ${longest.text}`,
        placeOf(lines.find((line) => line.text.includes(longest.text))),
      );
    for (const term of undefinedTerms(document.view as PatientBriefModel, lines, glossary))
      fail(
        file,
        audience,
        'undefined-term',
        `“${term}” is used without a plain definition`,
        placeOf(lines.find((line) => line.kind !== 'citation' && line.text.toLowerCase().includes(term.toLowerCase()))),
      );
  }

  let checklist: DocumentReport['checklist'] = null;
  if (audience === 'clinician-summary') {
    const rows = (document.view as ClinicianSummaryModel).checklist.rows;
    checklist = { reported: rows.filter((row) => row.reported).length, of: rows.length };
  }
  const pageBudget = AUDIENCES.find((a) => a.name === audience)!.pageBudget;
  return { audience, pages: null, pageBudget, fonts: null, readability, checklist };
}

/**
 * Adds what printing showed: page count against the budget, fonts against the embedded
 * families (the render layer's list, passed in: checks never import the renderer). These
 * are about the printed document as a whole, so their messages have no place.
 */
export function withPrint(
  file: VFile,
  report: DocumentReport,
  printed: { pages: number; fonts: string[]; refused?: readonly string[] },
  embeddedFamilies: readonly string[] = [],
): DocumentReport {
  const { audience } = report;
  // PDF font names drop the spaces: "Source Serif 4" → "SourceSerif4-…".
  const embeddedPrefixes = embeddedFamilies.map((family) => family.replace(/\s+/g, ''));
  // The page is self-contained: a request means a template (or something in it) reached out.
  for (const url of new Set(printed.refused ?? []))
    fail(file, audience, 'external-request', `the page tried to load ${url.length > 120 ? `${url.slice(0, 117)}…` : url}; refused`);
  if (printed.pages > report.pageBudget) fail(file, audience, 'page-budget', `${printed.pages} pages; the budget is ${report.pageBudget}`);
  for (const font of printed.fonts)
    if (!embeddedPrefixes.some((prefix) => font.startsWith(prefix)))
      fail(file, audience, 'font-fallback', `a system font (${font}) printed characters the embedded fonts lack`);
  return { ...report, pages: printed.pages, fonts: printed.fonts };
}
