// What every extractor sees: the article's sentences with their positions, and the
// sentence-level cues that several extractors share (is it about the future? is it
// background? is it about another study?). One place, so "main study, not a
// distractor" is decided the same way for participants, phase, results and harms.
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
  /\b(?:will|plans?|planned|planning|next|future|upcoming|(?:larger|further|bigger|longer|additional|more|confirmatory)(?:,? [\w-]+){0,2} (?:study|studies|trials?|research) (?:is|are|will|would|should|could|to)\b|(?:need|needed|needs|plan(?:ned|s)?|warrant(?:s|ed)?|call(?:s|ed)? for|set (?:the )?stage for|pave the way for)\s+(?:\w+\s+){0,3}(?:larger|further|bigger|longer|additional|more|confirmatory)\s+(?:[\w-]+,?\s+){0,2}(?:study|studies|trials?|research)|(?:has|have) (?:already )?been (?:initiated|launched|started|planned)|initiated|is expected|are expected|ongoing|under ?way|set (?:the )?stage|to begin|is recruiting|are recruiting|now enrolling|support(?:s|ed)? the development of|warrants?|pave the way|would (?:begin|start|launch|enrol|enroll|test|compare|be (?:launched|tested|needed)))\b/i;

/** Background figures about a disease or country, not results of the study. */
export const BACKGROUND =
  /\b(?:an estimated|(?:is|are|was|were) estimated (?:to|that|at)|estimated that|(?:global|national|official) estimates|estimates (?:suggest|show|indicate)|projected|each year|every year|per year|annually|prevalence|(?:million|billion) (?:people|adults|children|Americans|cases|deaths|patients|women|men)|in the (?:United States|U\.S\.|UK|country)|Americans|according to (?:the )?(?:Centers|CDC|World Health|WHO|National|American|global))\b/i;

export const STUDY_WORDS =
  /\b(?:trials?|study|studies|research(?:ers)?|participants?|patients|volunteers|subjects|enrolled|randomi[sz]ed)\b/i;

/**
 * Another study than the one reported: earlier or other trials, a second indication.
 * "The researchers published three-year results in 2014", "Other studies have shown".
 */
export const OTHER_STUDY =
  /\b(?:other|previous|prior|earlier|early|separate|another|different|older|past)\s*,?\s+(?:[\w-]+,?\s+){0,2}?(?:studies|study|trials?|research|analys[ie]s)\b|\b(?:earlier this (?:week|month|year)|last (?:week|month|year)|(?:a|one|two|three|several|a few) years? ago)\b|\b(?:study|trial|pilot|analysis|research)\b,?\s+(?:which was\s+|that was\s+)?(?:published|reported|presented|completed|conducted|done|run)\s+in\s+(?:19|20)\d\d\b|\b(?:published|reported|presented)\s+(?:[\w-]+\s+){0,3}results\s+(?:from|of)\s+(?:the|this|a)\s+(?:study|trial)\s+in\s+(?:\w+\s+)?\d{4}\b/i;

/** "X was also evaluated in a trial of 267 …": a second, smaller or subgroup study. */
export const ALSO_STUDIED = /\balso\s+(?:been\s+)?(?:evaluated|studied|tested|examined|assessed|investigated|enrolled)\b/i;

/** A second indication: "Rydapt was also approved today for adults with …". */
export const OTHER_INDICATION =
  /\b(?:was|were|is|has been)\s+also\s+(?:approved|cleared|authori[sz]ed|indicated)\b(?:\s+\w+){0,3}\s+for\b/i;

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

/** The sentence with quoted words and their attribution set aside: what the writer says. */
export function narrativeOf(text: string): string {
  return text.replace(/[“"][^”"]*[”"]?/g, ' ');
}

/** Quoted spans of a sentence, without the marks: [start, end) of the inner text. */
export function quotedSpans(text: string): { text: string; start: number }[] {
  const spans: { text: string; start: number }[] = [];
  for (const match of text.matchAll(/“([^”]+)”?|"([^"]+)"/g)) {
    const inner = match[1] ?? match[2] ?? '';
    spans.push({ text: inner, start: match.index! + 1 });
  }
  return spans;
}
