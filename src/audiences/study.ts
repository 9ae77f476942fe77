// What the composers need to know about the study as a whole: its names for print, its
// design as far as the facts show it, and every sourced text for keyword checks.
import { cueById } from '../article/cues/cues.js';
import type { Facts, Finding, SourceRef } from '../article/schema.js';
import { wordCount } from '../shared/count-words.js';
import { escapeRegExp } from '../shared/escape-regexp.js';
import type { StudyFrame } from './plain-numbers.js';
import { capitalize, clean, CONTROL_WORDS, shortName } from './wording.js';

/** One sourced text from the facts: a value, the sentence it came from, and its line. */
export interface SourcedText {
  text: string;
  sentence: string;
  line: number;
}

/** Every fact as text, for "does the source mention X?" checks (checklist, limitations). */
export function sourcedTexts(facts: Facts): SourcedText[] {
  const out: SourcedText[] = [];
  const add = (value: string, source: SourceRef) => out.push({ text: value, sentence: source.text, line: source.line });
  const single = [
    facts.intervention,
    facts.interventionDescription,
    facts.condition,
    facts.population,
    facts.phase,
    facts.design,
    facts.comparator,
    facts.followUp,
    facts.setting,
    facts.funding,
    facts.registration,
    facts.journal,
    facts.published,
    facts.availability,
  ];
  for (const fact of single) if (fact) add(fact.value, fact.source);
  if (facts.participants) add(facts.participants.raw, facts.participants.source);
  for (const list of [facts.results, facts.harms, facts.nextSteps, facts.caveats, facts.context]) {
    for (const finding of list) add(finding.text, finding.source);
  }
  for (const quote of facts.quotes) {
    add([quote.text, quote.speaker, quote.role, quote.affiliation].filter(Boolean).join(' '), quote.source);
  }
  return out;
}

/** The sourced texts whose value or sentence matches, e.g. every mention of "cost". */
export function mentions(facts: Facts, pattern: RegExp): SourcedText[] {
  return sourcedTexts(facts).filter((item) => pattern.test(item.text) || pattern.test(item.sentence));
}

const RANDOMIZED = /\brandomi[sz]ed\b|\brandomly\b|\brandomi[sz]ation\b/i;
const CONTROLLED = /\b(placebo|sham|control group|controlled|compared (with|to)|versus|vs\.?)\b/i;

const ASSIGNED_AT_RANDOM =
  /\b(assigned|allocated)\s+(at\s+)?random(ly)?\b|\brandomly\s+(assigned|allocated)\b|\brandomi[sz]ed\s+(to|into|between)\b/i;

/**
 * Randomized as the derive stage (or an editor) judged it (facts.derived.randomised).
 * Facts written before that stage existed (old facts.json, hand-made test Facts) may lack
 * it: then the same reading the derive stage makes, from the facts' own sentences.
 */
export function isRandomized(facts: Facts): boolean {
  const derived = facts.derived.randomised;
  if (derived) return derived.value === 'randomised';
  return readsRandomized(facts);
}

/**
 * The fallback reading: the design, enrolment or comparator sentences say so, or a finding
 * says people were assigned at random. Next steps and quotes are not read: "a large,
 * randomized trial" is often the study still to come.
 */
function readsRandomized(facts: Facts): boolean {
  const texts = [facts.design, facts.participants, facts.comparator, facts.population].flatMap((fact) =>
    fact ? ['value' in fact ? String(fact.value) : '', fact.source.text] : [],
  );
  if (texts.some((value) => RANDOMIZED.test(value))) return true;
  const findings = [...facts.results, ...facts.harms, ...facts.context, ...facts.caveats];
  return findings.some((finding) => ASSIGNED_AT_RANDOM.test(finding.source.text));
}

const ACRONYM = '([A-Za-z][A-Za-z0-9/-]{1,14})';
const hasTwoCapitals = (value: string) => /[A-Z].*[A-Z]/.test(value);

/**
 * The intervention's own short form: "HDIT/HCT" from "high-dose … (HDIT/HCT)", or from its
 * source sentence when the value leaves it out ("… stimulation, or tDCS", "… grafting (CABG)").
 */
export function interventionAcronym(facts: Facts): string | null {
  const intervention = facts.intervention;
  if (!intervention) return null;
  // The derive stage reads it the same way (or an editor set it); hand-made Facts may leave it empty.
  const derived = facts.derived.acronyms.intervention;
  if (derived) return derived;
  const own = new RegExp(`\\(${ACRONYM}\\)`).exec(intervention.value)?.[1];
  if (own && hasTwoCapitals(own)) return own;
  const value = escapeRegExp(clean(intervention.value));
  const after = new RegExp(`${value}\\s*(?:\\(${ACRONYM}[);]|,\\s+or\\s+${ACRONYM}\\b)`, 'i').exec(clean(intervention.source.text));
  const found = after?.[1] ?? after?.[2];
  return found && hasTwoCapitals(found) ? found : null;
}

/**
 * How to call the intervention after its first mention: its acronym when the full name is
 * long (plain-language rule: spell out once, then the short form), else its name.
 */
export function interventionShort(facts: Facts): string | null {
  const name = interventionName(facts);
  const acronym = interventionAcronym(facts);
  return name && acronym && name.split(/\s+/).length > 4 ? acronym : name;
}

/**
 * "approves", "clears" or "authorizes": the regulator's act in the availability fact's own
 * verb (a device is cleared, a drug approved).
 */
export function regulatorVerb(facts: Facts): 'approves' | 'clears' | 'authorizes' {
  const said = facts.availability?.value ?? '';
  if (/\bclear(?:ed|s|ance)\b/i.test(said)) return 'clears';
  if (/\bauthori[sz](?:ed|es|ation)\b/i.test(said)) return 'authorizes';
  return 'approves';
}

/** The regulator's act done: "approved", "cleared", "authorized". */
const DONE = { approves: 'approved', clears: 'cleared', authorizes: 'authorized' } as const;
export const regulatorDone = (facts: Facts): (typeof DONE)[keyof typeof DONE] => DONE[regulatorVerb(facts)];
/** The regulator's act as a noun: "approval", "clearance", "authorization". */
const NOUN = { approves: 'approval', clears: 'clearance', authorizes: 'authorization' } as const;
export const regulatorNoun = (facts: Facts): (typeof NOUN)[keyof typeof NOUN] => NOUN[regulatorVerb(facts)];

/**
 * The treatment's other name, as its own source sentence gives it in brackets: the generic
 * after a brand ("Vitrakvi (larotrectinib)") or the brand after a generic ("larotrectinib
 * (Vitrakvi)"). A later sentence may use either: "Larotrectinib demonstrated a 75 percent
 * response rate" is a result of Vitrakvi. Acronyms are interventionAcronym's.
 */
export function interventionOtherName(facts: Facts): string | null {
  const intervention = facts.intervention;
  if (!intervention) return null;
  const value = escapeRegExp(clean(intervention.value));
  const other = new RegExp(`${value}\\s*\\(([\\p{L}][\\p{L}\\d-]{3,})\\)`, 'iu').exec(clean(intervention.source.text))?.[1];
  return other && !hasTwoCapitals(other) ? other : null;
}

/** After the first mention has spelled it out: the short form whenever there is one. */
export function interventionLater(facts: Facts): string | null {
  return interventionAcronym(facts) ?? interventionShort(facts);
}

/** First mention: "long name (ACRONYM)" when there is a short form, else the name. */
export function interventionFirst(facts: Facts): string | null {
  const name = interventionName(facts);
  const acronym = interventionAcronym(facts);
  return name && acronym && !name.includes(acronym) ? `${name} (${acronym})` : name;
}

/**
 * The comparator as the source names it. An extractor may cut a name that runs on into
 * the intervention's ("sham (fake) transcranial" + "direct current stimulation"): when the
 * source sentence goes on with the rest of the intervention's name, the name is completed.
 */
export function comparatorValue(facts: Facts): string | null {
  const { comparator, intervention } = facts;
  if (!comparator) return null;
  // "than patients who received chemotherapy alone", "compared with …": the label says it.
  const value = clean(comparator.value).replace(/^(?:than|compared (?:with|to)|versus|vs\.?)\s+/i, '');
  if (!intervention) return value;
  const name = clean(intervention.value).replace(/\s*\([^()]*\)/g, '');
  const words = name.split(' ');
  for (let i = words.length - 1; i >= 1; i--) {
    const head = words.slice(0, i).join(' ');
    const rest = words.slice(i).join(' ');
    if (
      value.toLowerCase().endsWith(head.toLowerCase()) &&
      clean(comparator.source.text).toLowerCase().includes(`${value} ${rest}`.toLowerCase())
    ) {
      return `${value} ${rest}`;
    }
  }
  return value;
}

/**
 * Words of a comparison arm that is no active treatment, besides CONTROL_WORDS: the treatment
 * alone, nothing, waiting, or a pretend version of it ("simulated acupuncture", "fake
 * surgery", "mock stimulation"), which is a sham by another name.
 */
const INACTIVE_ARM =
  /\b(?:usual|standard|nothing|alone|without|watchful|observation|waiting list|wait-list|simulated|fake|mock|pretend|imitation|inactive|inert)\b/i;
const inactive = (text: string) => CONTROL_WORDS.test(text) || INACTIVE_ARM.test(text);

/**
 * The study compared the treatment with another active one ("Eylea … compared with Avastin
 * or Lucentis", "the new vaccine with the current one"): a head-to-head, in which inviting a
 * reader to ask for the first one alone takes a side the results may not.
 */
export function headToHead(facts: Facts): boolean {
  const compared = comparatorValue(facts);
  return compared !== null && !inactive(compared) && !inactive(facts.comparator?.source.text ?? '');
}

/** One group only, as the derive stage judged it; without that judgement, no comparator and nothing suggesting one. */
export function isSingleGroup(facts: Facts): boolean {
  const derived = facts.derived.randomised;
  if (derived) return derived.value === 'single group';
  if (facts.comparator || readsRandomized(facts)) return false;
  return !(facts.design && CONTROLLED.test(facts.design.value));
}

export function studyFrame(facts: Facts): StudyFrame {
  const participants = facts.participants?.value ?? null;
  return { participants, singleGroup: isSingleGroup(facts) };
}

/** Below this many participants, estimates are imprecise and rare harms go unseen. */
const SMALL_STUDY = 100;

export const isSmallStudy = (facts: Facts): boolean => facts.participants !== null && facts.participants.value < SMALL_STUDY;

/** Print names: "Rydapt (midostaurin)" → "Rydapt"; null when the article gives none. */
export function interventionName(facts: Facts): string | null {
  return facts.intervention ? commonNoun(shortName(clean(facts.intervention.value))) || null : null;
}

/**
 * "Coronary artery bypass grafting", "Five-minute neck scan" (capitalised only because
 * they opened a sentence) → "coronary artery bypass grafting", "five-minute neck scan"; names ("Dignitana DigniCap", "Eylea") keep their case.
 */
function commonNoun(value: string): string {
  const [first = '', ...rest] = value.split(' ');
  // "Gardasil 9": a name with a version number is a product's name, not a phrase.
  const sentenceCased =
    /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u.test(first) && rest.length > 0 && rest.every((word) => !/\p{Lu}/u.test(word)) && !/^\d/.test(rest[0]!);
  return sentenceCased ? first.toLowerCase() + (rest.length ? ` ${rest.join(' ')}` : '') : value;
}

/**
 * The design as a noun phrase: "randomized, placebo-controlled" → "randomized,
 * placebo-controlled study"; "randomized controlled trial" stays. Null when not reported.
 */
export function designPhrase(facts: Facts): string | null {
  if (!facts.design) return null;
  const value = clean(facts.design.value).replace(/[.;,]+$/, '');
  return /\b(study|studies|trial|trials|analysis|cohort|registry|review|experiment)\b/i.test(value) ? value : `${value} study`;
}

/** Nouns that say no more than "people": a count of them is said as "people" (or "healthy people"). */
const ANY_PEOPLE = /^(?:volunteers|individuals|participants|subjects|persons|people|patients)$/i;
const MIXED = /^(?:men and women|women and men)$/i;

/**
 * Whom the study's count counts, as the source words it: "61 women", "100 soldiers",
 * "nine healthy individuals" → "healthy people"; else `people`. A main message or a
 * headline that says "100 people" of soldiers, or "9 people" of healthy volunteers, states
 * a result for some people as one for everyone (cue people-named-by-count).
 */
export function peopleCounted(facts: Facts, people = 'people', { mixed = false } = {}): string {
  const { participants } = facts;
  if (!participants) return people;
  const { text } = participants.source;
  const at = text.indexOf(participants.raw);
  if (at < 0) return people;
  const named = cueById('participants', 'people-named-by-count').regex.exec(text.slice(at + participants.raw.length));
  if (!named) return people;
  // "men and women" says no more than "people" in more words: only a row that lists who they were keeps it (`mixed`).
  const noun = ANY_PEOPLE.test(named[2]!) || (!mixed && MIXED.test(named[2]!)) ? people : named[2]!.toLowerCase();
  return named[1] ? `healthy ${noun}` : noun;
}

export function conditionName(facts: Facts, { narrowed = true }: { narrowed?: boolean } = {}): string | null {
  const name = facts.condition ? symptomShort(shortName(clean(facts.condition.value))) || null : null;
  return name && (narrowed ? narrowedBy(facts, name) : name);
}

/**
 * The condition with the words the population puts before it that narrow it: "adults who
 * had uncomplicated appendicitis" → "uncomplicated appendicitis", "patients with
 * HER2-positive breast cancer" → "HER2-positive breast cancer" (cue
 * population-narrows-condition). Said without them, a result for some patients reads as
 * one for everyone with the disease. The name alone when the population does not say so.
 */
function narrowedBy(facts: Facts, name: string): string {
  const population = facts.population?.value;
  if (!population) return name;
  // "solid tumor" in "patients with solid tumors that had …": the plural is the same condition.
  const at = new RegExp(String.raw`(?<![\p{L}\p{N}-])${escapeRegExp(name)}s?(?![\p{L}\p{N}-])`, 'iu').exec(population);
  if (!at) return name;
  const words = cueById('participants', 'population-narrows-condition').regex.exec(population.slice(0, at.index))?.[1];
  // Only words the name does not already give ("advanced" before "advanced melanoma" is not said twice).
  const extra = words?.trim().replace(/,$/, '');
  const before = extra && !name.toLowerCase().startsWith(extra.toLowerCase()) ? `${extra} ${name}` : name;
  const after = narrowedAfter(name, population.slice(at.index + at[0].length));
  // Narrowed after, the name keeps the population's number: "solid tumors that had …".
  return after ? `${before.slice(0, before.length - name.length)}${at[0]}${after}` : before;
}

/**
 * The words the population puts after the condition that narrow it: "solid tumors that
 * had an identified NTRK gene fusion", "melanoma that has spread to the liver" (cue
 * condition-narrowed-after: a gene, marker, spread, resistance or failed treatment).
 * "who have" reads as "with" after a disease name ("AML with a FLT3 mutation"); words the
 * name already gives are not said twice. '' when the population says none.
 */
function narrowedAfter(name: string, after: string): string {
  // "acute myeloid leukemia (AML) who have …": the short form in brackets stands between the name and its narrowing.
  const clause = cueById('condition', 'condition-narrowed-after').regex.exec(after.replace(/^\s*\([^()]{1,40}\)/, ''))?.[1];
  if (!clause) return '';
  const words = clause.replace(/^who\s+(?:have|has|had)\s+/, 'with ');
  return name.toLowerCase().includes(words.toLowerCase()) ? '' : ` ${words}`;
}

/**
 * What kind of thing the intervention is, as far as the facts show: a test (its name ends
 * in one, "HbA1c test", or its sentence names it as one, "a test for the gene, known as
 * MAFTest"), a vaccine ("the new vaccine, Gardasil 9"), or else a treatment. A test
 * studied inside a trial of a drug is not the treatment tested, and a vaccine prevents.
 */
export type InterventionKind = 'test' | 'vaccine' | 'treatment';

export function interventionKind(facts: Facts): InterventionKind {
  const { intervention } = facts;
  if (!intervention) return 'treatment';
  const name = clean(intervention.value).replace(/\s*\([^()]*\)/g, '');
  const sentence = intervention.source.text;
  const at = sentence.toLowerCase().indexOf(name.toLowerCase());
  const before = at >= 0 ? sentence.slice(0, at) : '';
  if (DETECTS.test(name) || cueById('intervention', 'intervention-kind-test').regex.test(before)) return 'test';
  if (/\bvaccines?\b/i.test(name) || cueById('intervention', 'intervention-kind-vaccine').regex.test(before)) return 'vaccine';
  return 'treatment';
}

/** A test as the object of a sentence: "a blood test", "a test called MAFTest". */
export function asTest(name: string): string {
  return DETECTS.test(name) ? studiedThing(name) : `a test called ${name}`;
}

/**
 * A test or scan that only measures something in people watched (not a screening
 * programme, whose use is the thing studied), as the object of "what … measured": "the
 * HbA1c test", "the five-minute neck scan"; null for anything else.
 */
export function measuringTest(facts: Facts, name: string | null): string | null {
  if (!name || interventionKind(facts) !== 'test' || /\bscreening\b/i.test(name)) return null;
  return DETECTS.test(name) && !/^(?:the|a|an)\s/i.test(name) ? `the ${name}` : name;
}

/**
 * How the condition stands to what was studied, for joining the two in a title or a
 * sentence. "X for Y" says X is given to people who have Y, so it is said only on that
 * evidence; a handout that names the wrong treatment, or the right one for the wrong
 * purpose, is worse than none.
 * - for: treated in people who have it (or a test that looks for it);
 * - prevent / reduce: what it is meant to prevent or lessen (the condition cue said so:
 *   "to prevent", "reduced the risk of death or kidney damage"); people need not have it;
 * - linked: people were watched, not given it (an observational study, or a review of
 *   studies whose results are associations), so it is "X and Y";
 * - none: no condition, the treatment's name already says it ("breast cancer screening"
 *   for breast cancer), or a story with no study of its own that names the condition
 *   with no word of how it stands to the treatment.
 */
export type ConditionLink = 'for' | 'for people with' | 'prevent' | 'reduce' | 'linked' | 'none';

/** Head words of a thing that looks for a condition rather than treats it. */
const DETECTS = /\b(?:tests?|scans?|scanners?|screening|detectors?|probes?|assays?|imaging|monitors?|sensors?)$/i;
/** Result words that say a link was found, not an effect. */
const ASSOCIATION = /\b(?:associated|association|linked|link|tied|correlated)\b/i;

export function conditionLink(facts: Facts, name: string | null = interventionName(facts)): ConditionLink {
  const condition = conditionName(facts);
  if (!condition) return 'none';
  const words = condition.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  const own = name?.toLowerCase() ?? '';
  if (name && words.length > 0 && words.every((word) => own.includes(word))) return 'none';
  const kind = facts.derived.studyType?.value;
  const associations = facts.results.filter((f) => ASSOCIATION.test(f.text)).length;
  if (kind === 'observational' || (kind === 'review or meta-analysis' && associations * 2 > facts.results.length)) return 'linked';
  const rule = facts.condition?.rule;
  if (rule === 'condition-prevent') return 'prevent';
  if (rule === 'condition-reduce') return 'reduce';
  // A test used in people who already have the condition picks out who they are (a
  // gene test in breast cancer), it does not look for the condition: "for people with".
  // Not a study of the test's accuracy, whose people are often only at risk of the condition.
  if (kind !== 'diagnostic accuracy' && interventionKind(facts) === 'test' && peopleHadCondition(facts)) return 'for people with';
  // A test or scanner is "for" what it looks for ("a scanner for breast cancer").
  if (name && DETECTS.test(name)) return 'for';
  // Only a phrase found with no cue at all: an editor's condition (no rule) is trusted.
  if (kind === 'other' && rule === 'condition-disease-phrase') return 'none';
  return 'for';
}

/**
 * What was studied with its condition, as conditionLink reads them: "ketamine for
 * depression", "Gardasil 9 to prevent cervical cancer", "breastfeeding and childhood
 * leukemia", or the name alone.
 */
export function withCondition(facts: Facts, name: string): string {
  return `${name}${conditionTail(facts, name)}`;
}

/** The words after the name that join the condition: " for depression", " to reduce hair loss", " and autism", or "". */
export function conditionTail(facts: Facts, name: string | null): string {
  const condition = conditionName(facts);
  switch (conditionLink(facts, name)) {
    case 'for':
      return ` for ${condition}`;
    case 'for people with':
      return ` for people with ${condition}`;
    case 'prevent':
      return ` to prevent ${condition}`;
    case 'reduce':
      return ` to reduce ${condition}`;
    case 'linked':
      return ` and ${condition}`;
    default:
      return '';
  }
}

/**
 * A symptom named with the disease it comes with, for a title or a sentence: "hallucinations
 * and delusions associated with psychosis experienced by some people with Parkinson's
 * disease" → "hallucinations and delusions in Parkinson's disease". Other names pass.
 */
function symptomShort(name: string): string {
  const match =
    /^(.+?) (?:associated with|caused by|due to|linked to|related to|resulting from) .*?\b(?:people|patients|adults|children|women|men) (?:with|who have) (.+)$/.exec(
      name,
    );
  return match ? `${match[1]} in ${match[2]}` : name;
}

/**
 * Whether the people studied had the condition, as the source says: only when the
 * population it names mentions it. A vaccine trial for cervical cancer, a test for
 * gestational diabetes or a cohort watched for childhood leukemia studies people who do
 * not have it, so "N people with X" is said only on the source's word.
 */
export function peopleHadCondition(facts: Facts): boolean {
  const condition = conditionName(facts);
  if (!condition || !facts.population) return false;
  const words = condition.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [];
  const population = facts.population.value.toLowerCase();
  return words.length > 0 && words.every((word) => population.includes(word));
}

/**
 * A finding that says the treatment did no better than its comparison: "a difference that
 * was not statistically significant", "did not beat placebo", "no better than usual care".
 * Only plain statements of no effect count; "similar gains" between two active drugs does
 * not (that is often the point of the study).
 */
const NO_BENEFIT =
  /\b(?:not statistically significant|no (?:statistically )?significant (?:difference|benefit|improvement|effect)|did not (?:beat|outperform|improve|slow|reduce|lower|differ|work|help|meet|achieve)|failed to (?:beat|outperform|improve|slow|reduce|lower|meet|show|achieve|work)|no better than|(?:was|were) not (?:better|more effective) than|(?:missed|did not meet) (?:its|the) (?:main|primary|key) (?:goal|end ?point|outcome))\b/i;
/** A headline that says the trial failed: "Drug fails to slow …", "… no better than placebo". */
const FAILED_HEADLINE = /\b(?:fails?|failed|flops?|falls? short|misses|no better than|does not work|doesn['’]t work|no benefit)\b/i;

/**
 * The statement of no benefit, when the trial as reported did not show one: the headline
 * says the trial failed and a result says so, or every result says so. Calling a trial a
 * failure is as grave a misreport as the reverse, so one null result among others (a
 * positive trial with a null secondary outcome, or a "did not reduce" before a "lowered")
 * is not enough.
 */
export function noBenefitFinding(facts: Facts): Finding | null {
  const verdict = facts.derived.verdict;
  if (verdict) {
    if (verdict.value !== 'no benefit') return null;
    // The verdict's first source is the statement the documents quote (derive/verdict.ts).
    const first = verdict.sources[0];
    return first ? (facts.results.find((f) => f.source.line === first.line && f.source.column === first.column) ?? null) : null;
  }
  // Facts without a verdict (hand-made, or from before the derive stage): the same reading.
  const results = [...facts.results].sort((a, b) => a.source.line - b.source.line || a.source.column - b.source.column);
  const nulls = results.filter((finding) => NO_BENEFIT.test(finding.text));
  if (nulls.length === 0) return null;
  const title = facts.title?.value ?? '';
  return nulls.length === results.length || FAILED_HEADLINE.test(title) ? nulls[0]! : null;
}

/** "Neurafenib did not work better than placebo in this study."; "… did not show a benefit …" when the source names no comparison (our words; the finding gives the lines). */
export function noBenefitSentence(facts: Facts, name: string | null): string {
  const compared = comparatorValue(facts);
  const subject = name ? capitalize(name) : 'The treatment';
  // With no comparison group in the source, "than the comparison group" would invent one (review 17).
  if (!compared) return `${subject} did not show a benefit in this study.`;
  const against = wordCount(compared, { by: 'spaces' }) <= 4 ? compared : 'the comparison group';
  return `${subject} did not work better than ${against} in this study.`;
}

/**
 * The design as one reading for every document and section: the kind the derive stage
 * judged (facts.derived.studyType) decides, and the randomisation fact only refines a
 * trial. A test, a cohort, a review or a story with no study is never "a single-group
 * study" for want of a comparator; a trial the text calls randomized is randomized even
 * when no design, enrolment or comparator sentence says so.
 *
 * - randomized: a trial with random allocation; controlled: a comparison group, no random
 *   allocation said; single-arm: one group only; unknown: the derive stage abstained.
 */
export type DesignKind =
  'randomized' | 'controlled' | 'single-arm' | 'observational' | 'test' | 'lab' | 'model' | 'review' | 'approval' | 'none' | 'unknown';

export interface StudyDesign {
  kind: DesignKind;
  /** The design as a noun phrase, in our words ("Randomized trial", "Study of a test"); null when unknown. */
  label: string | null;
  /** Random allocation, by the same reading (an approval's trials by the randomisation fact). */
  randomized: boolean;
  /** One group only: no comparator, in a study where one would be expected. */
  singleGroup: boolean;
  /** The source lines the reading rests on. */
  lines: number[];
}

const DESIGN_LABELS: Record<Exclude<DesignKind, 'unknown'>, string> = {
  randomized: 'Randomized trial',
  controlled: 'Controlled trial',
  'single-arm': 'Single-arm trial',
  observational: 'Observational study',
  test: 'Study of a test',
  lab: 'Laboratory or animal study',
  model: 'Modelling study',
  review: 'Review of studies',
  approval: 'Regulatory approval',
  none: 'No study of its own reported',
};

/** A sentence that says random allocation in so many words ("placebo" alone does not). */
const SAYS_RANDOM = /(?<!\bnot |\bnon-?)\brandomi[sz]ed\b|\brandomly\b|\brandomi[sz]ation\b|\bat random\b/i;

export function studyDesign(facts: Facts): StudyDesign {
  const { studyType, randomised } = facts.derived;
  const make = (kind: DesignKind, lines: readonly SourceRef[] = studyType?.sources ?? []): StudyDesign => ({
    kind,
    label: kind === 'unknown' ? null : DESIGN_LABELS[kind],
    randomized: kind === 'randomized' || (kind === 'approval' && isRandomized(facts)),
    singleGroup: kind === 'single-arm' || (kind === 'unknown' && isSingleGroup(facts)),
    lines: [...new Set(lines.map((s) => s.line))].sort((a, b) => a - b),
  });
  if (!studyType) {
    // The derive stage abstained (or hand-made Facts): what the randomisation fact shows.
    if (isRandomized(facts)) return make('randomized', randomised?.sources ?? []);
    const words = facts.design?.value ?? '';
    if (OBSERVATIONAL_WORDS.test(words)) return make('observational', linesSources(facts.design));
    if (REVIEW_WORDS.test(words)) return make('review', linesSources(facts.design));
    if (!isSingleGroup(facts) && (facts.comparator || facts.design))
      return make('controlled', randomised?.sources ?? linesSources(facts.comparator, facts.design));
    return make('unknown', []);
  }
  switch (studyType.value) {
    case 'randomized trial': {
      // "Placebo" or "sham" make a controlled trial; random allocation only when a sentence says so.
      const said = randomised?.value === 'randomised' || studyType.sources.some((s) => SAYS_RANDOM.test(s.text));
      return make(said ? 'randomized' : 'controlled');
    }
    case 'non-randomized trial':
      return make(facts.comparator || randomised?.value === 'controlled, not randomised' ? 'controlled' : 'single-arm');
    case 'single-arm trial':
      // A sentence that says people were randomised outweighs the want of a comparator.
      return make(randomised?.value === 'randomised' ? 'randomized' : facts.comparator ? 'controlled' : 'single-arm');
    case 'observational':
      return make('observational');
    case 'diagnostic accuracy':
      return make('test');
    case 'lab or animal':
      return make('lab');
    case 'modeling':
      return make('model');
    case 'review or meta-analysis':
      return make('review');
    case 'regulatory approval':
      return make('approval');
    case 'other':
      return make('none');
  }
}

function linesSources(...facts: ReadonlyArray<{ source: SourceRef } | null>): SourceRef[] {
  return facts.flatMap((fact) => (fact ? [fact.source] : []));
}

const OBSERVATIONAL_WORDS = /\b(?:observational|cohort|case-control|cross-sectional|registry|retrospective|population-based)\b/i;
const REVIEW_WORDS = /\b(?:review|meta-analys[ie]s|pooled|analysis of (?:\w+ ){0,3}(?:studies|trials))\b/i;

/**
 * Whether the source's design words ("randomized, placebo-controlled", "cohort") fit the
 * kind of study the derive stage read: "randomized" read off a sentence about older trials
 * does not make a cohort study randomized, nor a review of trials a trial.
 */
export function designWordsFit(design: StudyDesign, value: string): boolean {
  const random = SAYS_RANDOM.test(value);
  const observational = OBSERVATIONAL_WORDS.test(value);
  const review = REVIEW_WORDS.test(value);
  switch (design.kind) {
    case 'randomized':
    case 'controlled':
    case 'single-arm':
      return !observational && !review && (design.kind === 'randomized' || !random);
    case 'observational':
    case 'test':
      return !random && !review;
    case 'review':
      return !random || review;
    case 'lab':
    case 'model':
    case 'none':
      return !random && !observational && !review;
    default:
      return true;
  }
}

/**
 * Head nouns of a thing one can count ("a scanner", "a blood test"), which take an article
 * in "a study of …"; a drug, a therapy or a name does not ("a study of ketamine").
 */
const COUNTABLE_HEAD =
  /^(?:scanners?|scan|test|detector|device|implant|tool|app|pill|tablet|patch|injection|shot|vaccine|inhaler|pump|monitor|sensor|stent|cap|helmet|headset|machine|compound|antibody|procedure|program|programme|questionnaire|checklist|technique|supplement|multivitamin)$/i;

/** "a scanner", "an automated melanoma detector", "ketamine", "Gardasil 9": the treatment as the object of "a study of". */
export function studiedThing(name: string): string {
  const words = name.split(/\s+/);
  const head = words[words.length - 1] ?? '';
  // A name ("ONCOblot® Test", "DigniCap") has a capital in it; a common noun phrase has none.
  if (/\p{Lu}/u.test(name) || /\(/.test(name) || !COUNTABLE_HEAD.test(head) || /s$/.test(head)) return name;
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
}
