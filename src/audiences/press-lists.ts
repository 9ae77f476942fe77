// The press digest's "Results as reported" and "Harms as reported": every main result and
// every serious harm of the study, in the source's words, within a one-page budget.
// The lede's test of a main result (main-result.ts: it must open a story on its own) is not
// the list's: a result the extractor cut from "In addition, patients who …" cannot lead,
// yet it is still a result the study reports, and a digest that drops it leaves a main
// result out (the 8.2 vs 3 months a drug's patients went without complications).
import type { Facts, Finding, Harm } from '../article/schema.js';
import { mainResults, sideSentence } from './main-result.js';
import { aboutComparisonGroup } from './outcome-label.js';
import { bySeverity } from './patient-brief/findings.js';
import { generated, linesOf, text } from './text.js';
import type { Text } from './view-models.js';
import { capitalize, clean } from './wording.js';

/** Results shown: room for a main result of each kind a one-page digest can hold. */
export const MAX_FINDINGS = 6;
/** Harms shown: every one a label-style warning list gives (seven in an FDA approval), most serious first. */
export const MAX_HARMS = 8;

/** What is in use now ("The UK currently uses Gardasil …"): the background the study is measured against. */
export const PRESENT_PRACTICE = /\b(?:currently|now)\s+(?:uses?|offers?|recommends?|gives?|is used|are used)\b/i;

/** Advice and label warnings ("should also not be used in …") are what the label says, not what the study found. */
const ADVICE =
  /\b(?:should (?:also )?(?:not )?(?:be used|be given|take|use|avoid)|must not|is not (?:approved|recommended|indicated)|are not recommended)\b/i;

/** A finding in the source's words, its first letter a capital ("patients who received …" was "In addition, patients …"). */
const sourceItem = (finding: Finding): Text => text('source', capitalize(clean(finding.text)), linesOf(finding));

/** "Further results are in the source.": what the cap left out, so nothing is hidden (its lines show where). */
function more(what: string, left: readonly Finding[]): Text[] {
  return left.length === 0 ? [] : [generated(`Further ${what} are in the source.`, linesOf(...left))];
}

/** A figure set between two groups: "45 percent higher in rural areas compared with urban areas", "3 times as likely as". */
const FIGURE_COMPARED = /\d[\d.,]*\s*(?:%|percent|per cent|times|-fold)[^.;]*?\b(?:compared (?:with|to)|than|versus|vs\.?|as likely as)\b/i;

/**
 * A result worded as a general statement ("In general, the rate of opioid overdose death was
 * 45 percent higher in rural areas compared with urban areas"), which main-result.ts reads
 * as background, yet which sets a figure between two groups: data the study measured
 * (review 10: 119's key figure was in neither the digest nor the summary). What was known
 * before, a share of people now ("80 percent of patients are women") compares nothing.
 */
export const comparedFigure = (finding: Finding): boolean => FIGURE_COMPARED.test(clean(finding.text));

/**
 * The study's own results, in the article's order: every result but background (what was
 * known before, a share of people now, what is in use now) and advice. What main-result.ts
 * ranks a main result stays, whatever its wording ("… had been cured" is no background);
 * so does a figure compared between groups.
 */
export function ownResults(facts: Facts, main: readonly Finding[] = mainResults(facts).map((r) => r.finding)): Finding[] {
  return facts.results.filter(
    (f) =>
      main.includes(f) ||
      ((sideSentence(f) !== 'background' || comparedFigure(f)) && !PRESENT_PRACTICE.test(f.text) && !ADVICE.test(f.text)),
  );
}

/**
 * The study's results for the list, in the article's order: every result but background
 * (what was known before, a share of people now, what is in use now) and advice. When more than
 * MAX_FINDINGS qualify, the main results (best first) are kept before the others, and a
 * last line says how many more the source gives. With none of the study's own, every
 * result but background is listed (advice, what is in use now), so nothing the source
 * reports is hidden.
 */
export function reportedResults(facts: Facts, max = MAX_FINDINGS): Text[] {
  const main = mainResults(facts).map((r) => r.finding);
  const own = ownResults(facts, main);
  // With none of the study's own, every result but background is listed: what was known
  // before ("… is not new, but …", under a subhead the extractor glued to it) is no result.
  const pool = own.length > 0 ? own : facts.results.filter((f) => sideSentence(f) !== 'background');
  const ranked = [...main.filter((f) => pool.includes(f)), ...pool.filter((f) => !main.includes(f))];
  const kept = new Set(ranked.slice(0, max));
  // In the article's order, a comparison group's own result after the treated group's.
  const shown = pool.filter((f) => kept.has(f));
  return [
    ...[...shown.filter((f) => !aboutComparisonGroup(f)), ...shown.filter(aboutComparisonGroup)].map(sourceItem),
    ...more(
      'results',
      pool.filter((f) => !kept.has(f)),
    ),
  ];
}

/**
 * The harms, most serious first (a death, a boxed warning, suicide; then who must not take
 * it or when to stop; then other risks and the common side effects), each level in the
 * article's order: a warning is never the one cut for space.
 */
export function reportedHarms(facts: Facts, max = MAX_HARMS): Text[] {
  const ordered = bySeverity(facts.harms);
  const kept = new Set<Harm>(ordered.slice(0, max));
  return [
    ...ordered.slice(0, max).map(sourceItem),
    ...more(
      'harms',
      facts.harms.filter((h) => !kept.has(h)),
    ),
  ];
}
