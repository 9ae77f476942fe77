// What every extractor sees: the article's sentences with their positions, and the
// sentence-level cues that several extractors share (is it about the future? is it
// background?). One place, so "main study, not a distractor" is decided the same way.
import type { Finding, Origin, SourceRef, TextFact } from '../schema.js';
import { findNumbers, findTimepoints } from '../numbers.js';
import { sourceRef, type Sentence } from '../sentences.js';

export interface ArticleText {
  title: string;
  sentences: Sentence[];
  /** Sentences of the body (the headline and subheadings excluded). */
  body: Sentence[];
}

/** Plans, ongoing work and later trials: never the main study's own numbers. */
export const FUTURE =
  /\b(will|would|plans?|planned|planning|next|future|upcoming|larger,?( randomized)? (study|studies|trials?)|further (study|studies|research|trials?)|(?:has|have) (?:already )?been (?:initiated|launched|started)|initiated|is expected|are expected|ongoing|under ?way|set (?:the )?stage|to begin|is recruiting|are recruiting|now enrolling|aims? to)\b/i;

/** Background figures about a disease or country, not results of the study. */
export const BACKGROUND =
  /\b(estimated|estimates?|projected|each year|every year|per year|annually|prevalence|worldwide|in the (United States|U\.S\.|UK|country)|Americans|nationwide|according to (the )?(Centers|CDC|World Health|WHO|National|American|global))\b/i;

export const STUDY_WORDS = /\b(trials?|study|studies|research(ers)?|participants?|patients|volunteers|subjects|enrolled|randomi[sz]ed)\b/i;

export function textFact(value: string, sentence: Sentence, origin: Origin = 'extracted'): TextFact {
  return { value: value.trim(), source: sourceRef(sentence), origin };
}

export function finding(text: string, sentence: Sentence): Finding {
  const clause = text.trim();
  return {
    text: clause,
    source: sourceRef(sentence),
    origin: 'extracted',
    numbers: findNumbers(clause).map(({ raw, value, unit }) => ({ raw, value, unit })),
    timepoints: findTimepoints(clause),
  };
}

export function refOf(sentence: Sentence): SourceRef {
  return sourceRef(sentence);
}

/** Share of a sentence that sits inside quotation marks (0..1). */
export function quotedShare(text: string): number {
  let inside = 0;
  for (const match of text.matchAll(/[“"]([^”"]*)[”"]?/g)) inside += match[0].length;
  return text.length === 0 ? 0 : inside / text.length;
}
