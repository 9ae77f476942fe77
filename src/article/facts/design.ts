// Phase and design of the main study, as stated. A phase mentioned for a planned or
// later trial ("phase 3 trials have been initiated") is not the main study's phase.
import type { TextFact } from '../schema.js';
import { FUTURE, textFact, type ArticleText } from './context.js';

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };
const PHASE = /\bphase\s*(iv|i{1,3}|[1-4])\s*([ab])?(?:\s*(?:\/|-|–|and)\s*(iv|i{1,3}|[1-4])\s*([ab])?)?\b/i;

export function normalisePhase(match: RegExpExecArray): string {
  const part = (n: string, letter?: string) => `${ROMAN[n.toLowerCase()] ?? n}${letter?.toLowerCase() ?? ''}`;
  return match[3] ? `${part(match[1]!, match[2])}/${part(match[3], match[4])}` : part(match[1]!, match[2]);
}

export function extractPhase(article: ArticleText): TextFact | null {
  for (const sentence of article.body) {
    const match = PHASE.exec(sentence.text);
    if (!match || FUTURE.test(sentence.text)) continue;
    return { ...textFact(normalisePhase(match), sentence), derivedFrom: undefined };
  }
  return null;
}

const DESIGN_TERMS =
  /\b(randomi[sz]ed|placebo[- ]controlled|double[- ]blind(?:ed)?|single[- ]blind(?:ed)?|open[- ]label|single[- ]arm|controlled|multicenter|multicentre|crossover|observational|prospective|retrospective|cohort|case[- ]control|non-?randomi[sz]ed|pilot|first-in-human|dose-escalation|meta-analysis)\b/gi;

/** Design words from non-future sentences that talk about the trial or study. */
export function extractDesign(article: ArticleText): TextFact | null {
  for (const sentence of article.body) {
    if (FUTURE.test(sentence.text) || !/\b(trials?|study|studies)\b/i.test(sentence.text)) continue;
    const terms = [...new Set([...sentence.text.matchAll(DESIGN_TERMS)].map((m) => m[0].toLowerCase()))];
    if (terms.length > 0) return textFact(terms.join(', '), sentence);
  }
  return null;
}
