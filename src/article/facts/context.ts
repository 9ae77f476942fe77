// What every extractor sees: the article's sentences with their positions, and the
// sentence-level cues that several extractors share (is it about the future? is it
// background? is it about another study?). One place, so "main study, not a
// distractor" is decided the same way for participants, phase, results and harms.
import { cueById } from '../cues/cues.js';
import type { Finding, Origin, SourceRef, TextFact } from '../schema.js';
import { findNumbers, findTimepoints } from '../numbers.js';
import { sourceRef, type Sentence } from '../sentences.js';

export interface ArticleText {
  title: string;
  sentences: Sentence[];
  /** Sentences of the body (the headline and subheadings excluded). */
  body: Sentence[];
  /** A press release's sentences after its "###" end mark (funding, disclosures, boilerplate): not story, but the release's word on the study. */
  endMatter?: Sentence[];
  /** Lines cut as media furniture ("Available pre-embargo to the media …"): read only for a citation's date. */
  furniture?: Sentence[];
}

// The cues live in cues/attribution.yaml (rule id, pattern, example); the names stay, so
// every extractor keeps asking the same question the same way.
/** Plans, ongoing work and later trials: never the main study's own numbers. */
export const FUTURE = cueById('attribution', 'attribution-future').regex;
/** Background figures about a disease or country, not results of the study. */
export const BACKGROUND = cueById('attribution', 'attribution-background').regex;
export const STUDY_WORDS = cueById('attribution', 'attribution-study-words').regex;
/**
 * Another study than the one reported: earlier or other trials, a second indication.
 * "The researchers published three-year results in 2014", "Other studies have shown".
 */
export const OTHER_STUDY = cueById('attribution', 'attribution-other-study').regex;
/** "The original study, published in 2009, …": the trial a new analysis comes from (its arms are the analysis's arms). */
export const PARENT_STUDY = cueById('attribution', 'attribution-parent-study').regex;
/** "X was also evaluated in a trial of 267 …": a second, smaller or subgroup study. */
export const ALSO_STUDIED = cueById('attribution', 'attribution-also-studied').regex;
/** A second indication: "Rydapt was also approved today for adults with …". */
export const OTHER_INDICATION = cueById('attribution', 'attribution-other-indication').regex;

export function textFact(value: string, sentence: Sentence, origin: Origin = 'extracted'): TextFact {
  return { value: value.trim(), source: sourceRef(sentence), origin };
}

/** A finding with the id of the cue rule that filed it (travels into facts.json). */
export function finding(text: string, sentence: Sentence, rule?: string): Finding {
  const clause = text.trim();
  return {
    text: clause,
    source: sourceRef(sentence),
    origin: 'extracted',
    numbers: findNumbers(clause).map(({ raw, value, unit }) => ({ raw, value, unit })),
    timepoints: findTimepoints(clause),
    ...(rule ? { rule } : {}),
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

/** Quoted spans of a sentence, without the marks: [start, end) of the inner text. A curly opening mark may be closed by a straight one (“… ", as pasted pages mix them). */
export function quotedSpans(text: string): { text: string; start: number }[] {
  const spans: { text: string; start: number }[] = [];
  for (const match of text.matchAll(/“([^”"]+)[”"]?|"([^"]+)"/g)) {
    const inner = match[1] ?? match[2] ?? '';
    spans.push({ text: inner, start: match.index! + 1 });
  }
  return spans;
}
