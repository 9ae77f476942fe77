// The standards every document is checked against on every build (STANDARDS.md):
// reading level and sentence length of the patient brief, no hype in our own words,
// no unexplained medical terms, no number without a source, page budgets, and how much
// of the evidence checklist the source covers. Pure: documents in, a report out.
import type { Facts } from '../../article/schema.js';
import type { ComposedDocument } from '../compose.js';
import type { Glossary } from '../glossary.js';
import type { RuleId } from '../../shared/rules.js';
import { AUDIENCES, type Audience } from '../registry.js';
import type { ClinicianSummaryModel, PatientBriefModel } from '../view-models.js';
import { findHype } from './hype.js';
import { sourceNumbers, untraceableNumbers } from './provenance.js';
import { measureReadability, type Readability } from './readability.js';
import { undefinedTerms } from './terms.js';

export const LIMITS = { fleschKincaidGrade: 8, smog: 8, sentenceWords: 20 } as const;

export interface Violation {
  rule: RuleId;
  message: string;
}

export interface DocumentReport {
  audience: Audience;
  pages: number | null;
  pageBudget: number;
  /** Fonts in the printed PDF; anything but the embedded families is a system fallback. */
  fonts: string[] | null;
  readability: Readability | null;
  checklist: { reported: number; of: number } | null;
  violations: Violation[];
}

export function checkDocument(document: ComposedDocument, facts: Facts, glossary: Glossary): DocumentReport {
  const { audience, lines } = document;
  const violations: Violation[] = [];
  const ours = lines.filter((line) => line.kind === 'generated' || line.kind === 'simplified' || line.kind === 'heading');
  for (const line of ours)
    for (const word of findHype(line.text)) violations.push({ rule: 'hype', message: `hype word “${word}” in: ${line.text}` });
  for (const problem of untraceableNumbers(lines, sourceNumbers(facts)))
    violations.push({ rule: 'untraceable-number', message: `number ${problem.number} is not in the source: ${problem.text}` });

  let readability: Readability | null = null;
  if (audience === 'patient-brief') {
    readability = measureReadability(lines.map((line) => line.text));
    if (readability.fleschKincaidGrade > LIMITS.fleschKincaidGrade)
      violations.push({
        rule: 'reading-grade',
        message: `Flesch–Kincaid grade ${readability.fleschKincaidGrade} is above ${LIMITS.fleschKincaidGrade}`,
      });
    if (readability.smog > LIMITS.smog)
      violations.push({ rule: 'smog', message: `SMOG grade ${readability.smog} is above ${LIMITS.smog}` });
    if (readability.longestSentence.words > LIMITS.sentenceWords)
      violations.push({
        rule: 'long-sentence',
        message: `a sentence of ${readability.longestSentence.words} words (limit ${LIMITS.sentenceWords}): ${readability.longestSentence.text}`,
      });
    for (const term of undefinedTerms(document.view as PatientBriefModel, lines, glossary))
      violations.push({ rule: 'undefined-term', message: `“${term}” is used without a plain definition` });
  }

  let checklist: DocumentReport['checklist'] = null;
  if (audience === 'clinician-summary') {
    const rows = (document.view as ClinicianSummaryModel).checklist.rows;
    checklist = { reported: rows.filter((row) => row.reported).length, of: rows.length };
  }
  const pageBudget = AUDIENCES.find((a) => a.name === audience)!.pageBudget;
  return { audience, pages: null, pageBudget, fonts: null, readability, checklist, violations };
}

/**
 * Adds what printing showed: page count against the budget, fonts against the embedded
 * families (the render layer's list, passed in: checks never import the renderer).
 */
export function withPrint(
  report: DocumentReport,
  printed: { pages: number; fonts: string[]; refused?: readonly string[] },
  embeddedFamilies: readonly string[] = [],
): DocumentReport {
  // PDF font names drop the spaces: "Source Serif 4" → "SourceSerif4-…".
  const embeddedPrefixes = embeddedFamilies.map((family) => family.replace(/\s+/g, ''));
  const violations = [...report.violations];
  // The page is self-contained: a request means a template (or something in it) reached out.
  for (const url of new Set(printed.refused ?? []))
    violations.push({
      rule: 'external-request',
      message: `the page tried to load ${url.length > 120 ? `${url.slice(0, 117)}…` : url}; refused`,
    });
  if (printed.pages > report.pageBudget)
    violations.push({ rule: 'page-budget', message: `${printed.pages} pages; the budget is ${report.pageBudget}` });
  for (const font of printed.fonts)
    if (!embeddedPrefixes.some((prefix) => font.startsWith(prefix)))
      violations.push({ rule: 'font-fallback', message: `a system font (${font}) printed characters the embedded fonts lack` });
  return { ...report, pages: printed.pages, fonts: printed.fonts, violations };
}
