// Phase and design of the main study, as stated. A phase mentioned for a planned or
// later trial ("phase 3 trials have been initiated"), for an earlier or other study, or
// only inside a quotation, is not the main study's phase; with none left, abstain.
import { findPhases } from '../numbers.js';
import type { TextFact } from '../schema.js';
import { FUTURE, OTHER_INDICATION, OTHER_STUDY, quotedShare, textFact, type ArticleText } from './context.js';

/** Kept for callers that normalise a phase match themselves. */
export function normalisePhase(match: RegExpExecArray): string {
  return findPhases(match[0])[0]?.value ?? match[0];
}

export function extractPhase(article: ArticleText): TextFact | null {
  for (const sentence of article.body) {
    if (sentence.block.kind === 'heading') continue;
    const text = sentence.text;
    if (FUTURE.test(text) || OTHER_STUDY.test(text) || OTHER_INDICATION.test(text) || quotedShare(text) > 0.5) continue;
    const phase = findPhases(text)[0];
    if (phase) return textFact(phase.value, sentence);
  }
  return null;
}

const DESIGN_TERMS =
  /\b(?:randomi[sz]ed|placebo[- ]controlled|double[- ]blind(?:ed)?|single[- ]blind(?:ed)?|open[- ]label|single[- ]arm|controlled|multicenter|multicentre|multi-center|crossover|observational|prospective|retrospective|cohort|case[- ]control|non-?randomi[sz]ed|pilot|first-in-human|dose-escalation|meta-analysis|systematic review|sham[- ]controlled)\b/gi;

/** Design words from non-future, non-quoted sentences that talk about the trial or study. */
export function extractDesign(article: ArticleText): TextFact | null {
  for (const sentence of article.body) {
    const text = sentence.text;
    // "Patients were randomly assigned to …" describes the study's design without naming
    // it "trial" or "study": being assigned at random is itself a design statement.
    const assigned = RANDOMLY_ASSIGNED.test(text);
    if (
      FUTURE.test(text) ||
      OTHER_STUDY.test(text) ||
      quotedShare(text) > 0.5 ||
      (!assigned && !/\b(?:trials?|study|studies)\b/i.test(text))
    )
      continue;
    const terms = [...new Set([...text.matchAll(DESIGN_TERMS)].map((m) => m[0].toLowerCase()))];
    if (assigned && !terms.some((term) => /^randomi/.test(term))) terms.unshift('randomized');
    if (terms.length > 0) return textFact(terms.join(', '), sentence);
  }
  return null;
}

/** People put into groups by chance, in so many words: "were randomly assigned", "allocated at random". */
const RANDOMLY_ASSIGNED =
  /\b(?:randomly|at random)\s+(?:assigned|allocated|divided|split)\b|\b(?:assigned|allocated|divided|split)\s+(?:\w+\s+){0,3}?(?:at random|randomly)\b/i;
