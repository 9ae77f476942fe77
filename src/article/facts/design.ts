// Phase and design of the main study, as stated. A phase mentioned for a planned or
// later trial ("phase 3 trials have been initiated"), for an earlier or other study, for
// rival products in development, or only inside a quotation, is not the main study's
// phase; with none left, abstain.
import { findPhases } from '../numbers.js';
import type { TextFact } from '../schema.js';
import type { Sentence } from '../sentences.js';
import { cueById } from '../cues/cues.js';
import { FUTURE, OTHER_INDICATION, OTHER_STUDY, quotedShare, textFact, type ArticleText } from './context.js';
import { otherStudySentences } from './study-details.js';

/** Kept for callers that normalise a phase match themselves. */
export function normalisePhase(match: RegExpExecArray): string {
  return findPhases(match[0])[0]?.value ?? match[0];
}

export function extractPhase(article: ArticleText): TextFact | null {
  // "Two other oral medications … are also in development. Bayer launched a phase 3 trial
  // for a similar drug": from the sentence that turns to rival products, the rest of its
  // paragraph gives their phases, not the main study's.
  const pipeline = cueById('intervention', 'intervention-other-drugs').regex;
  let rivals: Sentence['block'] | null = null;
  for (const sentence of article.body) {
    if (sentence.block.kind === 'heading') continue;
    const text = sentence.text;
    if (pipeline.test(text)) rivals = sentence.block;
    if (rivals === sentence.block) continue;
    if (FUTURE.test(text) || OTHER_STUDY.test(text) || OTHER_INDICATION.test(text) || quotedShare(text) > 0.5) continue;
    const phases = findPhases(text);
    // "researchers are currently in phase II and, in some cases, phase III clinical trials for
    // the various compounds": two different phases in one sentence list a field's trials,
    // not the one study reported ("phase 1/2" is one mention).
    if (new Set(phases.map((p) => p.value)).size > 1) continue;
    if (phases[0]) return textFact(phases[0].value, sentence);
  }
  return null;
}

/** Design words, global for matchAll: the cue design-terms. */
const DESIGN_TERMS = new RegExp(cueById('study-details', 'design-terms').regex.source, 'gi');
/**
 * A sentence that names the study: "trial", "study", and also the words a paper's title uses
 * for it ("a secondary analysis of the international, open-label, randomised, controlled,
 * phase 3 AZURE"), so a reference line gives the design when the story does not.
 */
const STUDY_NAMED = /\b(?:trials?|study|studies)\b|(?<![\w-])analys[ie]s\b|\bphase\s*(?:[1-4]|I{1,3}V?)\b/i;
/**
 * What researchers want, plan, hope or intend to do: design words there are the next study's
 * ("The researchers also want to add to this current observational study to establish, through
 * randomized controlled trials, that …"), not the design of the study reported.
 */
const PLANNED = /\b(?:wants?|plan(?:s|ned|ning)?|hopes?|hoping|intends?|intending|would like)\s+to\b/i;
/** "wasn't randomized", "were not randomised", "without randomization": the design term says no random allocation. */
const NOT_RANDOMIZED = /^(?:\w+(?:n['’]t| not)(?: been)?|not|without) randomi([sz])/i;

/** A design term as the value lists it: a negated randomisation in one form, "not randomized". */
function designTerm(words: string): string {
  const negated = NOT_RANDOMIZED.exec(words);
  return negated ? `not randomi${negated[1]!.toLowerCase()}ed` : words.toLowerCase();
}

/**
 * The terms as one value. "a secondary analysis of the … open-label, randomised, controlled,
 * phase 3 AZURE": the other words describe the trial analysed, so the value says so ("secondary
 * analysis of an open-label, randomised, controlled trial"), not that the analysis was the trial.
 */
function designValue(terms: string[]): string {
  const analysis = terms.find((term) => / analys[ie]s$/.test(term));
  const trial = terms.filter((term) => term !== analysis);
  if (!analysis || trial.length === 0) return terms.join(', ');
  return `${analysis} of ${/^[aeiou]/.test(trial[0]!) ? 'an' : 'a'} ${trial.join(', ')} trial`;
}

/** People put into groups by chance, in so many words: "were randomly assigned", "allocated at random". */
const RANDOMLY_ASSIGNED = cueById('study-details', 'design-randomly-assigned');
/** People put into groups, not said to be at random: "divided 66 people into two groups". */
const GROUPS_DIVIDED = cueById('study-details', 'design-groups-divided');

/**
 * Design words from non-future, non-quoted sentences that talk about the trial or study,
 * and not about another one (otherStudySentences: "studies done from the 1960s through the
 * 1980s in which women were randomly assigned …" is the background of a registry analysis).
 * The rule says which cue decided: the design words, or random assignment alone.
 */
export function extractDesign(article: ArticleText): TextFact | null {
  const other = otherStudySentences(article);
  for (const sentence of article.body) {
    const text = sentence.text;
    // "Patients were randomly assigned to …" describes the study's design without naming
    // it "trial" or "study": being assigned at random is itself a design statement.
    const assigned = RANDOMLY_ASSIGNED.regex.test(text);
    const groups = GROUPS_DIVIDED.regex.exec(text);
    if (
      FUTURE.test(text) ||
      PLANNED.test(text) ||
      other.has(sentence) ||
      quotedShare(text) > 0.5 ||
      (!assigned && !groups && !STUDY_NAMED.test(text))
    )
      continue;
    const terms = [...new Set([...text.matchAll(DESIGN_TERMS)].map((m) => designTerm(m[0])))];
    // "Researchers divided 66 people into two groups": the comparison is the design said.
    if (terms.length === 0 && !assigned && groups)
      return { ...textFact(`controlled, ${groups[1]!.toLowerCase()}-group`, sentence), rule: GROUPS_DIVIDED.id };
    const byAssignment = assigned && !terms.some((term) => /^randomi/.test(term));
    if (byAssignment) terms.unshift('randomized');
    if (terms.length > 0) return { ...textFact(designValue(terms), sentence), rule: byAssignment ? RANDOMLY_ASSIGNED.id : 'design-terms' };
  }
  return null;
}
