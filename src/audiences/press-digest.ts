// The press digest: one page for journalists in inverted-pyramid order (Science Media
// Centre guidelines; press-release anatomy). Release line, a plain headline of at most ten
// words, dateline, a lede of at most 25 words with who, what and the key number, size and
// design next, then key numbers, findings and harms as reported, quotes exactly as given,
// what comes next, what the source leaves out, citation, contact, "###".
import type { Facts, Finding, NumberMention } from '../article/schema.js';
import { wordCount } from '../shared/count-words.js';
import { findHype } from './checks/hype.js';
import { dropHype } from './plain-words.js';
import { citation } from './citation.js';
import { evidenceChecklist } from './evidence-checklist.js';
import type { Glossary } from './glossary.js';
import {
  mainResults,
  namesEarlierGroup,
  NOT_A_FINDING,
  opensOnItsOwn,
  type RankedResult,
  sideSentence,
  withoutReportFrame,
} from './main-result.js';
import { outcomeLabel, outcomeNames } from './outcome-label.js';
import { type ComposeOptions, documentMeta } from './meta.js';
import { formatCount, naturalFrequency, participantsPhrase, qualifierOf, type NaturalFrequency } from './plain-numbers.js';
import { shorten, shorterForms, toPieces } from './clauses.js';
import { comparedFigure, MAX_FINDINGS, MAX_HARMS, ownResults, PRESENT_PRACTICE, reportedHarms, reportedResults } from './press-lists.js';
import { attributed, chooseQuotes, quoteItem } from './quotes.js';
import { mediaContact, sourceKind } from './source-kind.js';
import { countedAs, countedUnits, nonHumanSubjects } from './study-subjects.js';
import {
  comparatorValue,
  conditionName,
  conditionLink,
  conditionTail,
  designPhrase,
  designWordsFit,
  type DesignKind,
  interventionFirst,
  interventionOtherName,
  interventionShort,
  regulatorDone,
  regulatorVerb,
  noBenefitFinding,
  peopleCounted,
  peopleHadCondition,
  studiedThing,
  studyDesign,
  studyFrame,
} from './study.js';
import { generated, heading, linesOf, notReported, text } from './text.js';
import type { DerivedNumber, LabeledText, PressDigestModel, Text } from './view-models.js';
import { brokenPiece, hasOwnVerb } from './clause-check.js';
import { answersBefore, asSentence, capitalize, clean, contrasts, CONTROL_WORDS, joinList } from './wording.js';

const MAX_HEADLINE_WORDS = 10;
const MAX_LEDE_WORDS = 25;
const MAX_QUOTES = 2;
const MAX_NEXT = 2;
const MAX_KEY_NUMBERS = 4;

/** A main result read for the press: its key figure and its own words, cut to sentences that stand alone. */
interface KeyResult {
  /** The result as extracted. */
  finding: Finding;
  /** A whole-study count as a natural frequency ("10 of the 12 people"), when the result gives one. */
  frequency: NaturalFrequency | null;
  /** The figure for the key-numbers box ("10 of 12", "48% vs 5.5%"); null when the result has none. */
  figure: string | null;
  /** The figure as the source wrote it ("84%", "Ten participants"), to find the sentences that state it. */
  figureRaw: string | null;
  /** Every side of the figure as the source wrote it ("80%" and "74%" for "80% vs 74%"). */
  figureRaws: string[];
  /** The result's first sentence in the source's words (a whole-study count put as "10 of the 12 people"). */
  sentence: string;
  lines: number[];
  /** The sentence after its leading frequency ("stopped needing insulin altogether"), if it leads. */
  predicate: string | null;
  /** Numbers the figure or sentence computed. */
  derived: DerivedNumber[];
  /** The result's other sentences that stand alone, for a lede the first one would overrun. */
  others: string[];
  /** It names the treatment only as "the drug": perhaps another drug the story covers. */
  byPointer: boolean;
  /** What the key-numbers box says of the figure: the sentence, or the whole result when the comparison's figure is in another of its sentences. */
  boxText: string;
}

const QUALIFIER_WORDS =
  /^(?:more than|over|about|approximately|around|nearly|almost|roughly|up to|at least|fewer than|less than|under|an estimated|some)\s+/i;
const CONCESSION = /\b(?:although|though|while|whereas|despite|but|yet|however)\b/i;
const COMPARISON = /\b(?:compared (?:with|to)|than|versus|vs\.?)\b/i;

/**
 * "48% vs 5.5%" from a result's percents (a comparison shows both sides), or "10 of 12"
 * from a whole-study count; the source's qualifier ("about") is kept.
 * Returns the figure and the numbers as written, to find the sentence that states them.
 */
function figureOf(
  finding: Finding,
  frequency: NaturalFrequency | null,
  facts: Facts,
): { figure: string; raw: string; raws: string[] } | null {
  if (frequency && frequency.derived.length === 0)
    return { figure: `${frequency.count} of ${frequency.total}`, raw: frequency.phrase, raws: [frequency.phrase] };
  const text = clean(finding.text);
  const asFigure = (n: NumberMention) => {
    const qualifier = qualifierOf(n.raw);
    // "95–99 percent" is a range, whether the extractor read it as one number or two.
    const bare = n.raw.replace(QUALIFIER_WORDS, '');
    const at = text.indexOf(n.raw);
    const upTo = at >= 0 ? /^\s*(?:–|-|to)\s*(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)/i.exec(text.slice(at + n.raw.length)) : null;
    const range = /\d\s*(?:[–-]|to)\s*\d/.test(bare)
      ? bare.replace(/\s*(?:percent|per cent)$/i, '%')
      : upTo
        ? `${n.value}–${upTo[1]}%`
        : null;
    const value = range ?? (n.unit === 'percent' ? `${n.value}%` : formatCount(n.value));
    return `${qualifier ? `${capitalize(qualifier)} ` : ''}${value}`;
  };
  // Percents in a definition ("defined as tumors that shrank by at least 30 percent,") or
  // the far end of a range are not results of their own.
  const definition = /,\s*(?:defined as|meaning|i\.e\.)[^,]*,/i.exec(text);
  // A dashed aside ("— at least a 20 percent reduction in … —", "- approximately 80 per cent
  // of women with breast cancer -") defines or sizes a group: it is not the result.
  const asides = [...text.matchAll(/\s[—–-]\s[^—–]*?\s[—–-]\s/g)].map((m) => m[0]);
  // "a 22-percent higher risk": a share, though read as a bare count.
  const numbers = finding.numbers.map((n): NumberMention => {
    const at = n.unit === 'count' ? text.indexOf(n.raw) : -1;
    const unit = at >= 0 ? /^(?:-|\s)?(?:percent|per cent|%)/i.exec(text.slice(at + n.raw.length)) : null;
    return unit ? { ...n, raw: `${n.raw}${unit[0]}`, unit: 'percent' } : n;
  });
  const percents = numbers.filter(
    (n) =>
      n.unit === 'percent' &&
      !(definition && definition[0].includes(n.raw)) &&
      !asides.some((aside) => aside.includes(n.raw)) &&
      !new RegExp(`\\d\\s*(?:–|-|to)\\s*${n.raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text) &&
      !stepOrThreshold(n, text),
  );
  if (percents.length > 0) {
    // The treatment's own figure first: a figure in the comparator's clause ("While 19.5
    // percent of patients who received only the placebo …") is the comparison, never the result.
    const comparators = comparatorsOf(percents, text, facts);
    const own = percents.filter((_, i) => !comparators[i]);
    const theirs = percents.filter((_, i) => comparators[i]);
    // "A vs B" only for a two-way comparison: with three groups the first two figures
    // need not be the two the sentence compares (abaloparatide, teriparatide, placebo).
    const twoWay = (COMPARISON.test(text) || /\b(?:while|whereas)\b/i.test(text)) && percents.length === 2;
    // One group's figure is never shown without the comparison group's when the sentence
    // gives it ("80% of the children on antibiotics …; 74% of the children taking a
    // placebo …"): the treatment's first figure beside the comparator's first.
    const shown = twoWay ? [...own, ...theirs] : own.length > 0 && theirs.length > 0 ? [own[0]!, theirs[0]!] : own.slice(0, 1);
    if (shown.length === 0) return null;
    return { figure: shown.map(asFigure).join(' vs '), raw: shown[0]!.raw, raws: shown.map((n) => n.raw) };
  }
  // A bare count is more often a group's size ("the four people who got the sham",
  // "assigned 108 patients") than a result: only shares and whole-study frequencies go in the box.
  return null;
}

/**
 * A percent that sizes a step or sets a threshold, not a result: "Each .1 percent increase
 * in HbA1c above 5.1 percent … was associated with a 22-percent higher risk" gives the
 * 22 percent; ".1 percent" is the step ("each", "every", "per") and "5.1 percent" the line
 * measured from ("above", "below", "exceeding").
 */
function stepOrThreshold(n: NumberMention, text: string): boolean {
  const at = text.indexOf(n.raw);
  if (at < 0) return false;
  const before = text.slice(Math.max(0, at - 30), at);
  return /\b(?:each|every|per)\s*(?:additional\s+|extra\s+)?$/i.test(before) || /\b(?:above|below|exceeding)\s+$/i.test(before);
}

/**
 * For each percent, whether it is the comparison group's: the clause it stands in (cut at
 * commas, dashes, "while", "compared with", "than") names the comparator or a control and not the
 * treatment studied.
 */
function comparatorsOf(percents: NumberMention[], text: string, facts: Facts): boolean[] {
  const compared = comparatorValue(facts)?.toLowerCase() ?? null;
  const names = [interventionFirst(facts), interventionShort(facts)]
    .filter((n): n is string => n !== null)
    .flatMap((n) => n.split(/[\s/()-]+/))
    .filter((w) => w.length >= 4)
    .map((w) => w.toLowerCase());
  const clauses = text.split(/,\s+|;\s+|\s[—–-]\s|\s+(?=(?:while|whereas|compared (?:with|to)|than|versus|vs\.?)\s)/i);
  return percents.map((n) => {
    const clause = (clauses.find((c) => c.includes(n.raw)) ?? '').toLowerCase();
    const namesOwn = names.some((w) => clause.includes(w)) || /\b(?:the real|the active|the study) (?:drug|treatment)\b/.test(clause);
    const namesOther = CONTROL_WORDS.test(clause) || (compared !== null && compared.length >= 4 && clause.includes(compared));
    return namesOther && !namesOwn;
  });
}

/**
 * "Newswise — Dec. 7, 2018─": a wire's name and a date glued to the first sentence of a
 * release. No part of the result: a lede that quoted it would print the dateline twice.
 */
const WIRE_DATELINE = /^\p{Lu}[\p{L}.' ]{1,30}\s+[-–—]{1,2}\s+[^─—–-]{3,25}?\s*[─—–-]{1,2}\s*(?=\p{Lu})/u;

/**
 * "Collier began testing rats with nortriptyline and found that it indeed was able to …":
 * cut after "found that", the finding opens on "it", which points back to the treatment its
 * frame named. It is said by name instead ("Nortriptyline indeed was able to …"); any other
 * "it" is left to point back (and the piece is not used).
 */
function itNamed(facts: Facts, sentence: string, finding: string): string {
  const name = interventionShort(facts);
  if (!name || !/^it\s+(?!is\b|was\b|has been\b)/i.test(finding)) return finding;
  const frame = sentence.slice(0, sentence.length - finding.length);
  return namesTheTreatment(facts, frame) ? finding.replace(/^it\b/i, name) : finding;
}

function keyResults(facts: Facts, ranks: RankedResult[] = mainResults(facts)): KeyResult[] {
  const frame = studyFrame(facts);
  return ranks.flatMap((ranked): KeyResult[] => {
    // What is in use now ("The UK currently uses Gardasil which … offers about 70 per cent
    // protection") is the background the study is measured against, not its result.
    if (PRESENT_PRACTICE.test(ranked.finding.text)) return [];
    const source = withoutReportFrame(clean(ranked.finding.text).replace(WIRE_DATELINE, ''));
    // Journalists get the source's own words and figures; only a whole-study count is put
    // as a natural frequency ("Ten participants" → "10 of the 12 people"), which is exact.
    const rewritten = naturalFrequency(source, ranked.finding.numbers, frame);
    const frequency = rewritten.frequency && rewritten.frequency.derived.length === 0 ? rewritten.frequency : null;
    const clause = frequency ? rewritten.text : source;
    const split = toPieces(clause, { sharedSubject: false, figureLists: false });
    // A sentence that leads into a list ("… without experiencing:") cannot stand alone: the
    // whole clause, shortened, stands instead.
    // A result with a concession or a "but" ("Although the trials showed a small reduction
    // …, more patients …") keeps it: cut off, the other half reads falsely hopeful.
    const conceded = CONCESSION.test(clause);
    const sentences = conceded ? [asSentence(clause)] : split.bullets.length > 0 ? [asSentence(shorten(clause))] : split.sentences;
    // "They found that, compared with the placebo, there was a 27% reduced risk …": who found
    // it points back; the finding after "that" stands on its own.
    const pieces = sentences
      .map((t) => (opensOnItsOwn(t) || !FRAME.test(t) ? t : capitalize(itNamed(facts, t, unframed(t).replace(/^,\s*/, '')))))
      .filter((t) => opensOnItsOwn(t) && !brokenPiece(t))
      .map((t) => mendSeams(clause, t.replace(/\.$/, '')));
    const figure = ranked.hasFigure || frequency ? figureOf(ranked.finding, frequency, facts) : null;
    // The sentence that states the figure comes first: the box and the lede show it.
    // (Not a sentence about "these patients": in the box it would not say who they are.)
    const at = figure
      ? pieces.findIndex((piece) => piece.toLowerCase().includes(figure.raw.toLowerCase()) && !namesEarlierGroup(piece))
      : -1;
    if (at > 0) pieces.unshift(...pieces.splice(at, 1));
    const [sentence, ...others] = pieces;
    if (!sentence) return [];
    const phrase = frequency?.phrase.toLowerCase();
    const predicate = phrase && sentence.toLowerCase().startsWith(phrase) ? sentence.slice(phrase.length).trim() : null;
    // "80% vs 74%" beside a sentence that gives only the 80%: the box says the whole result.
    const statesAll = (value: string) => (figure?.raws ?? []).every((raw) => value.toLowerCase().includes(raw.toLowerCase()));
    const boxText = statesAll(sentence) ? (predicate ?? sentence) : clause.replace(/\.$/, '');
    return [
      {
        finding: ranked.finding,
        frequency,
        figure: at >= 0 ? (figure?.figure ?? null) : null,
        figureRaw: at >= 0 ? (figure?.raw ?? null) : null,
        figureRaws: at >= 0 ? (figure?.raws ?? []) : [],
        sentence,
        lines: linesOf(ranked.finding),
        predicate,
        derived: [],
        others,
        byPointer: ranked.byPointer,
        boxText,
      },
    ];
  });
}

/** "similar results", "the same effect": a result that means something only beside the one before it. */
const ECHOES = /\b(?:similar|the same|comparable)\s+(?:results?|findings?|effects?|benefits?|improvements?|pattern|trend)\b/i;

/** "should reduce", "would help", "might be": what someone expects, not what was found. */
const SPECULATES = /\b(?:should|would|might)\s+(?:(?:not|also|even|still)\s+)?(?!have\b)\w+/i;

/** Headline and lede limits count words as a journalist does: between spaces ("1,558" is one). */
const fits = (value: string, max: number) => wordCount(value, { by: 'spaces' }) <= max && findHype(value).length === 0;

/** The first candidate that fits; the last one always does, being short and fixed. */
function firstFitting(candidates: Array<string | null>, max: number): string {
  const usable = candidates.filter((c): c is string => c !== null);
  return usable.find((c) => fits(c, max)) ?? usable[usable.length - 1]!;
}

/**
 * Lower-cases a sentence's first word for use after "reports that" or a comma ("Gains in
 * vision were …" → "gains in vision were …"), unless it may be a name: part of the
 * treatment's or comparator's name, an acronym or brand ("CMA", "tDCS"), or the first of
 * several capitalised words ("National Cancer Institute").
 */
function midSentence(value: string, names: readonly string[]): string {
  const [first = '', second = ''] = value.split(/\s+/);
  const word = first.replace(/^["“‘(]/, '');
  const isName =
    names.some((name) => name.split(/[\s/-]+/).some((part) => /^\p{Lu}/u.test(part) && part === word.replace(/[,:;]$/, ''))) ||
    /^.\S*[\p{Lu}\d]/u.test(word) ||
    // "The Alexander Technique was …": the article before a name is no part of it (a
    // journal's "The Lancet", "The BMJ" is).
    (/^\p{Lu}/u.test(second) &&
      // "Vitamin C may …", "Hepatitis B is …": a single letter after a word is no name's second word.
      !/^(?:I|A|\p{Lu}[,:;]?)$/u.test(second) &&
      (!/^(?:The|A|An)$/.test(word) || /^\S+\s+(?:Lancet|BMJ|New England|Journal)\b/.test(value))) ||
    word === 'I';
  return isName || !/^\p{Lu}/u.test(word) ? value : value.replace(word, word.charAt(0).toLowerCase() + word.slice(1));
}

/**
 * The people the source quotes or cites ("Daniel Taylor"), for midSentence: "Taylor
 * discovered that …" opens on a name, which keeps its capital after "reports that".
 */
function peopleNamed(facts: Facts): string[] {
  return [...facts.quotes, ...facts.independentExperts].flatMap((q) => (q.speaker ? [clean(q.speaker)] : []));
}

/** The sentence, then without its bracketed asides that hold no number ("Eylea (aflibercept)"). */
function withoutAsides(sentence: string): string[] {
  const bare = sentence.replace(/\s*\((?![^()]*\d)[^()]*\)/g, '');
  return bare === sentence ? [sentence] : [sentence, bare];
}

/**
 * A dashed aside ("— at least a 20 percent reduction … —", " - approximately 80 per cent of
 * women … - ", " -- as determined by the sleep diaries -- ": a typewriter's double hyphen is a dash too).
 */
const withoutDashedAsides = (sentence: string): string => sentence.replace(/\s(?:--|[—–-])\s(?:(?!--)[^—–])*?\s(?:--|[—–-])\s/g, ' ');
/**
 * Where a lede may end a result's sentence early: before a further claim joined by "and",
 * a "meaning …" gloss, an attribution, a dash, a closing "with five remitting at …" of some
 * of the people. Never before "but", "while" or "although":
 * cut there, a result loses its contrast and reads falsely hopeful. (The patient brief
 * keeps every claim, set apart as a sentence of its own; a lede has room for one.)
 */
const TAIL =
  /,\s+(?:and\s+(?!(?:\d|in\s|of\s))|meaning\b|making\b|which\b|according to\b|researchers (?:said|at)\b|they said\b|the (?:study(?: authors)?|researchers|authors|research) (?:said|found|reported)\b|with\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|most|many|some|several|few|half|all|none)\b(?:\s+of\s+(?:them|those))?\s+(?:[\w-]+\s+){0,2}?\w+ing\b)|\s+(?:[—–]|--)\s+/i;

/** A stop that ends a sentence, not a title's ("Dr. Goldstein") or a short form's. */
const TWO_SENTENCES = /(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|vs|al|No|[A-Z]))\.\s/;

/**
 * "…, results from an ENDO 2018 abstract show.", "…, the researchers reported.", "…, says
 * Dr. Goldstein, who …", "…, \"which highlights …,\" Duggan said.": who reported it (with
 * what they added), after the result. Cut, a whole clause is left (unlike TAIL, this needs no figure to keep).
 */
const TRAILING_ATTRIBUTION =
  /,\s+(?:(?:(?:the|a|an|new|this|their)\s+)?(?:results?|data|findings|researchers|scientists|authors|investigators|study|trial|team)\b[^.;]{0,120}?\s(?:said|says|show|shows|showed|reported|reports|announced|found|concluded)\.?$|according to\s[^;]{0,200}$)/i;
/** The same, by a person named after the result ("…, says Dr. Goldstein, who …", "…, \"which …,\" Duggan said"). */
const SAID_BY =
  /,\s+(?:(?:says|said)\s+(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][^;]{0,160}$|["“][^"”]{3,200}["”],?\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:said|says)\.?$)/;

/** "Published in X, the study found that, among …," and the like: the report's framing, not the result. */
const FRAME =
  /^.{0,160}?\b(?:found|showed|shows|show|indicates?|indicated|reported|reports|concluded|suggests?|suggested|revealed|demonstrated|discovered|learned|observed) that,?\s+/i;
/** "In a review of all 18 studies, the authors found breastfeeding …": who found it, not what. */
const FOUND_FRAME =
  /^.{0,120}?\b(?:the\s+)?(?:researchers|authors|scientists|investigators|team|study|trial|analysis|review)\s+(?:found|showed|reported|concluded)\s+(?:that\s+)?(?=\S)/i;

/**
 * "… say that not only did they find that X can slow tumor growth, but that it is possible to
 * …": the first of two claims "not only … but" adds together, without who found it. Cut before
 * that "but", nothing is contradicted (it adds a claim; it does not concede one).
 */
const NOT_ONLY =
  /\bnot only\s+(?:(?:did|do|does|had|have|has)\s+(?:they|we|the\s+\w+|researchers|scientists)\s+(?:find|found|show|shown|discover|discovered|learn|learned)\s+(?:that\s+)?)?(.{12,}?),?\s+but\s+(?:also\s+)?/i;

/** The result without who reported it ("the study showed that …"). */
const unframed = (sentence: string): string => (FRAME.test(sentence) ? sentence.replace(FRAME, '') : sentence.replace(FOUND_FRAME, ''));

/** ", called GFAP and UCH-L1,", ", known as …,": a name given between commas, which the result reads the same without. */
const NAMING_ASIDE = /,\s+(?:called|known as|named|dubbed)\s+[^,]{1,60},/gi;

/**
 * A comma a shortening left where it cut a naming aside ("the levels of the proteins, rose"
 * once ", called GFAP and UCH-L1" went) is a seam: it goes. Only the aside's own commas:
 * other cuts leave commas that belong ("In a review of all 18 studies, breastfeeding …").
 */
function mendSeams(sentence: string, form: string): string {
  let mended = form;
  for (const aside of sentence.matchAll(NAMING_ASIDE)) {
    const before = /(\S+)$/.exec(sentence.slice(0, aside.index))?.[1];
    const after = /^\s*(\S+)/.exec(sentence.slice(aside.index + aside[0].length))?.[1];
    if (before && after) mended = mended.replace(`${before}, ${after}`, `${before} ${after}`);
  }
  return mended;
}

/** "of the 24 patients, …", "among all 1,200 women, …": a finding that opens by saying whom it counts, and how many. */
const COUNTED_OPENING = /^(?:of|among)\s+(?:the|all|these|those)\s+(\d[\d,]*)\s+([\p{L}-]+(?:\s+[\p{L}-]+)?),\s+/iu;

/**
 * "the study participants", "the trial's patients": in a lede that opens on the study, which
 * study they were in goes without saying ("the participants who received …").
 */
const STUDY_PEOPLE = /\b(the)\s+(?:study|trial)(?:['’]s)?\s+(?=(?:participants|patients|subjects|volunteers)\b)/gi;

/**
 * Shorter forms of a result's sentence for a lede that the whole sentence would overrun:
 * without the report's framing ("Published in X, a study … indicates that"; clauses.ts
 * drops it only before a verb in the past), the patient brief's shorter forms (clauses.ts:
 * no naming or "which" aside, no framing, no trailing reading), and each also without a
 * further claim after it (TAIL), keeping the result's figure when it has one. Shortest
 * last; the first that fits is used. An approval story takes no shorter form from
 * clauses.ts: when its result does not fit nearly whole, the approval leads.
 */
function ledeForms(facts: Facts, sentence: string, figureRaw: string | null, shorter: boolean): string[] {
  const forms = new Set<string>();
  const keeps = (form: string) => !figureRaw || form.toLowerCase().includes(figureRaw.toLowerCase());
  const add = (form: string) => {
    const value = mendSeams(sentence, form.trim().replace(/[,;:.]$/, ''));
    if (
      value &&
      value !== sentence &&
      keeps(value) &&
      opensOnItsOwn(value) &&
      !contrasts(value) &&
      wordCount(value, { by: 'spaces' }) >= 5 &&
      !brokenPiece(value) &&
      hasOwnVerb(value)
    )
      forms.add(value);
  };
  const dashless = withoutDashedAsides(sentence);
  const firstClaim = NOT_ONLY.exec(sentence)?.[1];
  const unnamed = sentence.replace(NAMING_ASIDE, '');
  const bases = [
    sentence,
    dashless,
    itNamed(facts, sentence, unframed(sentence)),
    unnamed,
    ...(shorter ? shorterForms(sentence) : []),
    ...(firstClaim ? [firstClaim] : []),
  ];
  for (const form of bases.flatMap((f) => [...new Set([f, f.replace(STUDY_PEOPLE, '$1 ')])]).map((f) => f.replace(/\.$/, ''))) {
    add(form);
    // Who said it goes, and a further claim before it too when the figure stays
    // ("CMA detected … in 7 percent of patients, making it the best …, the authors said").
    const said = TRAILING_ATTRIBUTION.exec(form) ?? SAID_BY.exec(form);
    if (said) {
      const cut = form.slice(0, said.index);
      const further = figureRaw ? TAIL.exec(cut) : null;
      const shortest = further ? cut.slice(0, further.index) : null;
      if (!shortest || !keeps(shortest)) add(cut);
      else add(shortest);
    }
    // A trailing claim goes only when the figure stays: without one to keep, a cut may
    // leave a subject without its verb ("the five people who got …, and …, consumed …").
    const at = figureRaw && !TWO_SENTENCES.test(form) ? TAIL.exec(form) : null;
    if (at) add(form.slice(0, at.index));
  }
  return [...forms];
}

/**
 * "The study showed that …", "Dr. Tesar’s team found that …", "According to the study
 * findings, …", "British scientists said on Tuesday their test …", "a panel of health experts
 * has named …" (a ranking): a sentence that says itself who reported it. Put after "In a study of …,"
 * or "A study … reports that", the study is said twice (and a ranking is no study).
 */
const SELF_REPORTED =
  /^(?:(?:[^,]{3,80}),\s+)?(?:(?:the|this|our|a|an|their)\s+)?(?:[\p{L}.'’-]+\s+){0,4}?(?:study|studies|trial|research|researchers|team|authors|scientists|investigators|analysis|findings|results|data|panel|experts|judges)\b(?:\s+[\p{L}'’-]+){0,4}?\s+(?:also\s+)?(?:found|finds|showed|shows|show|revealed|reveals|suggests?|suggested|indicates?|indicated|demonstrated|reported|concluded|said|says|announced|(?:has\s+|have\s+)?(?:named|ranked|rated))\b|^according to\b/iu;
/** "A preliminary study shows …", "…, a recent study … indicates that …": it says which study, as a lede's frame would. */
const NAMES_ITS_STUDY = /^(?:[^,]{3,80},\s+)?(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:study|trial|review|analysis)\b/iu;

/**
 * "In a review of all 18 studies, …", "In a large, phase 3 study involving 675 people
 * worldwide, …": the result opens by saying what study it is; nothing goes before it.
 */
const OWN_STUDY =
  /^(?:in|among)\s+(?:a|an|the|this)\s+(?:(?:[\w-]+,?\s+){1,4}(?:review|analysis|meta-analysis|study|trial)\b|(?:review|analysis|meta-analysis|study|trial)\s+(?:of|involving|with|including|among)\b)/i;

/**
 * A shortened form that lost its subject: it opens on a verb or a bare figure phrase
 * ("reduced electrical activity in …" from "the device accurately indicated reduced …",
 * "a 25% reduced risk of …" from "there was a 25% reduced risk …"). No statement to lead with.
 * "Compared with the placebo, there was …" opens on a phrase, not a verb: it has its subject.
 */
const SUBJECTLESS = /^(?:(?!compared\s+(?:with|to)\b)[a-z]{3,}ed\b|(?:a|an)\s+\d)/i;
export const subjectless = (form: string): boolean => SUBJECTLESS.test(form);

/** "people", or "mice" when the results are about mice and no people (a mouse study is not a study "in people"). */
function subjectsOf(facts: Facts): string {
  return countedUnits(facts.participants) ?? nonHumanSubjects(facts) ?? 'people';
}

/**
 * The approval the availability sentence gives is dated before the article's year
 * ("dabigatran, which was approved by the FDA in 2010", in a 2016 story on how to use it):
 * background, not the news, so no "FDA approves" headline.
 */
function approvedYearsAgo(facts: Facts): boolean {
  const sentence = facts.derived.availability?.sources[0]?.text ?? '';
  const year = /\b(?:in|since)\s+((?:19|20)\d\d)\b/i.exec(sentence)?.[1];
  const articleYear = /\b((?:19|20)\d\d)\b/.exec(facts.meta.date ?? facts.published?.value ?? '')?.[1];
  return year !== undefined && articleYear !== undefined && Number(year) < Number(articleYear);
}

/**
 * The story tells of an approval: the derive stage read one in the availability sentence,
 * or read the story as a regulatory approval (its headline or lede announces one) where no
 * availability sentence says otherwise. "A study of Lomaira reports results on weight" is
 * wrong of the news that the FDA approved it.
 */
function approvalNews(facts: Facts): boolean {
  const access = facts.derived.availability;
  return access?.value === 'approved' || (!access && facts.derived.studyType?.value === 'regulatory approval');
}

/**
 * An approval or clearance names who approved what for whom ("FDA approves Rydapt for
 * acute myeloid leukemia"): only when the derive stage read an approval with its regulator
 * and the story is about that approval (a regulatory-approval story, or one at the approved stage).
 */
function approvalHeadlines(facts: Facts, name: string | null, condition: string | null): string[] {
  const access = facts.derived.availability;
  const kind = facts.derived.studyType?.value;
  const stage = facts.derived.stage?.value;
  if (!name || !approvalNews(facts)) return [];
  if (kind !== 'regulatory approval' && (stage !== 'approved' || approvedYearsAgo(facts))) return [];
  // No regulator named: the approval still leads, in the passive ("Noctiva approved for nocturia").
  if (!access?.agency) {
    if (kind !== 'regulatory approval') return [];
    const done = regulatorDone(facts);
    return [condition ? `${capitalize(name)} ${done} for ${condition}` : null, `${capitalize(name)} ${done}`].filter(
      (c): c is string => c !== null,
    );
  }
  const act = `${access.agency} ${regulatorVerb(facts)} ${name}`;
  return [condition ? `${act} for ${condition}` : null, act].filter((c): c is string => c !== null);
}

/**
 * "The FDA approved Bavencio for metastatic Merkel cell carcinoma.": the lede of an approval
 * story whose results no lede can hold, on the same facts as its headline; null otherwise.
 */
function approvalLede(facts: Facts, name: string | null, condition: string | null): string | null {
  const access = facts.derived.availability;
  if (!name || !approvalNews(facts) || facts.derived.studyType?.value !== 'regulatory approval') return null;
  const done = regulatorDone(facts);
  const forWhat = condition ? ` for ${condition}` : '';
  if (!access?.agency) return `${capitalize(name)} was ${done}${forWhat}.`;
  // "The FDA", "The European Medicines Agency"; "Health Canada" as it is.
  const takesThe = /^[A-Z]{2,}\b|\b(?:Agency|Administration|Commission|Department|Ministry|Office)\b/.test(access.agency);
  const agency = /^the\s/i.test(access.agency) ? capitalize(access.agency) : takesThe ? `The ${access.agency}` : access.agency;
  return `${agency} ${done} ${name}${forWhat}.`;
}

/** A story about no study ("other"), or whose kind is unknown: its headline never says "study results". */
function aboutNoStudy(facts: Facts): boolean {
  const kind = facts.derived.studyType?.value;
  return kind === undefined || kind === 'other' || kind === 'regulatory approval';
}

/** The treatment's names, full name (with its short form) first. */
function treatmentNames(facts: Facts): string[] {
  return [...new Set([interventionFirst(facts), interventionShort(facts)].filter((n): n is string => n !== null))];
}

/** The text names the treatment: a word of four letters or more of one of its names. */
function namesTheTreatment(facts: Facts, value: string): boolean {
  return [...treatmentNames(facts), interventionOtherName(facts) ?? ''].some((name) =>
    name
      .split(/\s+/)
      .map((word) => word.replace(/[^\p{L}\p{N}-]/gu, ''))
      .some((word) => word.length >= 4 && value.toLowerCase().includes(word.toLowerCase())),
  );
}

/**
 * "At two years, …", "By the six-month follow up, …", "One hour after treatment, …": when
 * the result was read, which a headline leaves to the lede.
 */
const WHEN_OPENING = /^(?:(?:at|after|by|within|over|during)\s[^,]{1,40}|[^,]{1,30}\s(?:after|later)(?:\s[^,]{1,25})?),\s+(?=\S)/i;

/**
 * Headlines said from the lede's own result ("Naltrexone helped reduce heavy drinking",
 * "Ketamine: 80% showed persistent positive response"): its sentence and the lede's shorter
 * forms of it, without when it was read, that keep its key figure, open on their own and
 * do not say who reported them. A result that does not name the treatment follows its name
 * ("Name: result"), so the headline still says what was studied. Best first; none when the
 * lede holds no result.
 */
/**
 * A result in a headline's words, which say the same in fewer: "84 percent of the patients"
 * → "84% of patients", "a 75% response rate" → "75% response rate", "was associated with"
 * → "linked to", a bracketed aside with no number dropped.
 */
function headlineWords(form: string): string {
  return withoutAsides(form)
    .at(-1)!
    .replace(/(\d)\s*(?:percent|per cent)\b/gi, '$1%')
    .replace(/(\d%?\s+of)\s+the\s+/gi, '$1 ')
    .replace(/\b(?:a|an)\s+(?=\d)/gi, '')
    .replace(/\b(?:was|were|is|are)\s+associated\s+with\b/gi, 'linked to');
}

function resultHeadlines(facts: Facts, key: KeyResult | undefined, result: string | undefined): string[] {
  if (!key || !result) return [];
  const name = interventionShort(facts);
  const figure = key.figureRaw?.toLowerCase() ?? null;
  const sides = key.figureRaws.map((raw) => raw.toLowerCase());
  const forms = [result, ...ledeForms(facts, result, figure, true)]
    .flatMap((form) => [form, form.replace(WHEN_OPENING, '')])
    .map((form) => form.trim().replace(/[,;:.]$/, ''));
  const usable = [...new Set(forms)].filter((form) => {
    const lower = form.toLowerCase();
    // The key figure, and both sides of a comparison, or no figure at all when the result has none.
    const keepsFigure = figure === null || (lower.includes(figure) && sides.every((side) => lower.includes(side)));
    return (
      keepsFigure &&
      opensOnItsOwn(form) &&
      !subjectless(form) &&
      !answersBefore(form) &&
      !SELF_REPORTED.test(form) &&
      !TRAILING_ATTRIBUTION.test(form) &&
      !SAID_BY.test(form) &&
      // One statement, said as found: not two sentences, nor what "may" or "could" be.
      !TWO_SENTENCES.test(form) &&
      // "Reductions were seen of 35% at 10 weeks": a change that names nothing it changed.
      !/^(?:reductions?|improvements?|increases?|decreases?|changes?|gains?)\s+(?:was|were)\s+(?:seen|observed|noted|found)\b/i.test(
        form,
      ) &&
      !/\b(?:may|might|could)\b/i.test(form) &&
      // "80% showed persistent response": a share must say of whom ("80% of the 30 patients …").
      !/\d\s*(?:%|percent|per cent)(?!\s+of\b)/i.test(form) &&
      !/\b(?:the|this|that)\s+(?:drug|treatment|therapy|device|test|vaccine|medicine|medication)\b/i.test(form) &&
      hasOwnVerb(form) &&
      !brokenPiece(form)
    );
  });
  return usable.map(headlineWords).flatMap((form) => {
    if (namesTheTreatment(facts, form) || !name) return [capitalize(form)];
    return [`${capitalize(name)}: ${midSentence(form, [...treatmentNames(facts), ...peopleNamed(facts)])}`];
  });
}

function headline(facts: Facts, key: KeyResult | undefined, noBenefit: boolean, result?: string): string {
  const narrowed = conditionName(facts);
  const broad = conditionName(facts, { narrowed: false });
  // "Vemurafenib tested for melanoma that has spread to other parts of the body in 675 people"
  // is too long: the condition as the source names it ("melanoma") says more than a headline
  // that names none ("Study reports results for vemurafenib"); the lede says whom it was for.
  if (narrowed && broad && narrowed !== broad) {
    const specific = headlineFor(facts, key, noBenefit, result, { condition: narrowed, narrowed, fallback: false });
    if (specific) return specific;
  }
  return headlineFor(facts, key, noBenefit, result, { condition: broad ?? narrowed, narrowed, fallback: true })!;
}

/**
 * The first headline that fits, naming `condition`; without `fallback`, only one that names
 * it, else null. `narrowed` is the condition as the population narrows it (conditionName).
 */
function headlineFor(
  facts: Facts,
  key: KeyResult | undefined,
  noBenefit: boolean,
  result: string | undefined,
  { condition, narrowed, fallback }: { condition: string | null; narrowed: string | null; fallback: boolean },
): string | null {
  const name = interventionShort(facts);
  const noStudy = aboutNoStudy(facts);
  // "tested in 245 people" is said only of a count of people, never of blood samples or cell lines.
  const n = facts.participants && !countedUnits(facts.participants) ? participantsPhrase(facts.participants) : null;
  // "in 100 soldiers", "in 9 healthy people": whom the count counts, as the source words it (study.ts peopleCounted).
  const people = peopleCounted(facts);
  const animals = nonHumanSubjects(facts);
  const shortFrequency =
    key?.frequency && key.predicate
      ? `${key.frequency.count === key.frequency.total ? `All ${key.frequency.total}` : `${key.frequency.count} of ${key.frequency.total}`} people ${key.predicate}`
      : null;
  // How the condition stands to what was studied (study.ts conditionLink): "for" only when it
  // is given to people who have it; "to prevent …", "to reduce …", or no condition when the
  // name says it ("breast cancer screening") or the study watched a link ("X and Y" below).
  const link = name ? conditionLink(facts, name) : 'none';
  const givenFor = link === 'for' || link === 'for people with';
  // People watched, or a review of such studies (its results are links): nothing was "tested" on them.
  const watched = facts.derived.studyType?.value === 'observational' || link === 'linked';
  const tail = name && (link === 'prevent' || link === 'reduce') ? conditionTail(facts, name) : '';
  /** " for migraine", " to prevent migraine" or '': how the headline names the condition after the treatment. */
  const forCondition = condition && givenFor ? ` for ${condition}` : tail;
  // A trial that found no benefit says so in the headline too, not "tested in …".
  const compared = comparatorValue(facts);
  // With no comparison group named, "no better than comparator" would invent one: "shows no benefit".
  const noBetter = compared ? `no better than ${compared}` : 'shows no benefit';
  const failed = name && noBenefit ? `${capitalize(name)} ${noBetter}${forCondition}` : null;
  const candidates = [
    // An approval is for whom the regulator says: never for the condition said broader than the source narrows it.
    ...approvalHeadlines(facts, name, condition === narrowed ? condition : null),
    failed,
    failed && condition ? `${capitalize(name!)} ${noBetter}` : null,
    // A study in animals says so first: "tested for multiple sclerosis" would read as a trial in people.
    name && animals ? `${capitalize(name)} studied in ${animals}${condition ? ` as a model of ${condition}` : ''}` : null,
    name && animals ? `${capitalize(name)} studied in ${animals}` : null,
    animals ? `Study in ${animals} reports results` : null,
    name && shortFrequency ? `${capitalize(name)}: ${shortFrequency}` : null,
    shortFrequency,
    // The lede's main result, said short, before any headline that states none.
    ...resultHeadlines(facts, key, result),
    // People watched, not assigned: nothing was "tested" on them.
    name && condition && n && /^\d[\d,]*$/.test(n) && watched ? `${capitalize(name)} and ${condition}: a study of ${n} ${people}` : null,
    name && condition && watched ? `${capitalize(name)} and ${condition}: what a study found` : null,
    name && condition && n && /^\d[\d,]*$/.test(n) && !noStudy && !watched
      ? // A test or a screen is tried on people to find the disease: they are not known to have it.
        givenFor && peopleHadCondition(facts) && facts.derived.studyType?.value !== 'diagnostic accuracy'
        ? `${capitalize(name)} tested in ${n} ${people} with ${condition}`
        : givenFor
          ? `${capitalize(name)} tested for ${condition} in ${n} ${people}`
          : `${capitalize(name)} tested${tail} in ${n} ${people}`
      : null,
    name && condition && !noStudy && !watched ? `${capitalize(name)} tested${forCondition}` : null,
    // A story with no study of its own reports on the treatment, not on "study results".
    name && condition && noStudy && forCondition ? `${capitalize(name)}${forCondition}: what the source reports` : null,
    name && condition && noStudy && forCondition ? `${capitalize(name)}${forCondition}` : null,
    name && noStudy ? `${capitalize(name)}: what the source reports` : null,
    !name && condition && noStudy ? `${capitalize(condition)}: what the source reports` : null,
  ];
  const generic = [
    name && !noStudy ? `Study reports results for ${name}` : null,
    !name && condition && !noStudy ? `Study reports results on ${condition}` : null,
    noStudy ? 'What the source reports' : 'New clinical study results reported',
  ];
  // The narrowed condition's pass takes only a headline that names it: one that names none
  // ("FDA approves Rydapt") gives way to one that names the condition as the source does.
  if (!fallback)
    return candidates.find((c): c is string => c !== null && fits(c, MAX_HEADLINE_WORDS) && !!condition && c.includes(condition)) ?? null;
  return firstFitting([...candidates, ...generic], MAX_HEADLINE_WORDS);
}

/**
 * The lede: the main result (main-result.ts ranks them; background and colour never lead)
 * in the source's words, with who was studied, in at most MAX_LEDE_WORDS; a lede without a
 * result when none fits.
 */
function lede(
  facts: Facts,
  keys: KeyResult[],
  noBenefit: boolean,
  outcomes: readonly string[],
  others: KeyResult[],
  glossary: Glossary,
): { text: string; key: KeyResult | undefined; result?: string } {
  const condition = conditionName(facts);
  const journal = facts.journal ? clean(facts.journal.value) : null;
  const subjects = subjectsOf(facts);
  // "in 100 soldiers": whom the count counts, when they were people (study.ts peopleCounted).
  const counted = subjects === 'people' ? peopleCounted(facts) : subjects;
  const who = facts.participants ? ` in ${participantsPhrase(facts.participants)} ${counted}` : '';
  // "in people with multiple sclerosis" is only said of people: a mouse model is not a patient.
  // Only when the source says the people studied had it (a vaccine or test study's people do not).
  const hadIt = condition !== null && subjects === 'people' && peopleHadCondition(facts);
  // A study that watched a link (study.ts conditionLink) is "of breastfeeding and childhood
  // leukemia", never "of breastfeeding for childhood leukemia", which makes the exposure a
  // treatment (review 12, 143).
  const linked = conditionLink(facts) === 'linked';
  const withCondition = hadIt
    ? `${who || ' in people'} with ${condition}`
    : condition && subjects === 'people'
      ? ` ${linked ? 'and' : 'for'} ${condition}${who}`
      : who || (subjects !== 'people' ? ` in ${subjects}` : '');
  const published = journal ? `, published in ${journal},` : '';
  // Full name (with its short form) first; the short form alone when words run out.
  const names = [...new Set([interventionFirst(facts), interventionShort(facts)].filter((n): n is string => n !== null))];
  const n = facts.participants ? `${participantsPhrase(facts.participants)} ${counted}` : null;
  /**
   * The ledes a result's sentence can make, best first. Strict: the study framed around a
   * result that names the treatment, or "A study of X reports that …". Loose, when no form of
   * any result fits so: who was studied and the result that does not name the treatment ("In
   * a study of 3,200 people, people with the most intense pulses were …"), the result said as
   * a study's, and a sentence that says itself who reported it.
   */
  const namesTreatment = (value: string) => namesTheTreatment(facts, value);
  /**
   * "Among the 11 women who took the placebo, just one experienced remission": the
   * comparison group's figure alone, without the treatment's, says nothing of the treatment.
   */
  const controlArmOnly = (value: string) =>
    CONTROL_WORDS.test(value) && !COMPARISON.test(value) && !/\b(?:while|whereas)\b/i.test(value) && !namesTreatment(value);
  const withResult = (sentence: string, loose: boolean, pointer = false): string[] => {
    const found = midSentence(sentence, [...names, comparatorValue(facts) ?? '', ...peopleNamed(facts)]);
    const candidates = (name: string) => [
      journal ? `A study of ${studiedThing(name)}${withCondition}${published} reports that ${found}.` : null,
      `A study of ${studiedThing(name)}${withCondition} reports that ${found}.`,
      `A study of ${studiedThing(name)}${who} reports that ${found}.`,
    ];
    // When the finding itself names the treatment, the lede may lead with the study and the number.
    const namesIt = namesTreatment(found);
    // "In a review of all 18 studies, breastfeeding …", "In a large, phase 3 study involving
    // 675 people worldwide, …": the finding says what study it is; nothing goes before it.
    if (OWN_STUDY.test(found)) return [`${capitalize(found)}.`];
    // "The study showed that …": under "In a study of …" the study would be said twice. Its
    // shorter forms drop that framing (clauses.ts) and take ours; when none does, it stands as it is.
    // "A recent study … indicates that …" says which study it is: it may stand as it is, after
    // the ledes that also name the treatment or say who took part.
    if (SELF_REPORTED.test(found)) {
      if (loose) return [`${capitalize(found)}.`];
      const stripped = unframed(sentence);
      const framed =
        stripped !== sentence && opensOnItsOwn(stripped) && hasOwnVerb(stripped)
          ? withResult(stripped, false).filter((c) => !/^In a study(?: (?:for|in|with)\b[^,]*)?, /.test(c))
          : [];
      return [...framed, ...(NAMES_ITS_STUDY.test(found) ? [`${capitalize(found)}.`] : [])];
    }
    // "In a study of 717 people, in the trial, …": the finding's own framing goes.
    const bare = found.replace(/^(?:in|during) (?:the|this) (?:trial|study),\s*/i, '');
    // "Of the 24 patients, 70 percent …": the finding counts its own people; after "In a study
    // of 24 people," the count is said twice. Its count, in its words, opens the lede instead.
    const ownCount = COUNTED_OPENING.exec(bare);
    const counts = ownCount && facts.participants && String(facts.participants.value) === ownCount[1]!.replace(/,/g, '');
    // "251 pregnant women" when it fits; "251 people" (the count, at least) when it does not.
    const plainN = facts.participants && counted !== subjects ? `${participantsPhrase(facts.participants)} ${subjects}` : null;
    const inStudy = counts
      ? [`In a study of ${ownCount[1]} ${ownCount[2]}, ${bare.slice(ownCount[0].length)}.`]
      : n
        ? [
            `In a study of ${n}${hadIt ? ` with ${condition}` : ''}, ${bare}.`,
            `In a study of ${n}, ${bare}.`,
            ...(plainN ? [`In a study of ${plainN}, ${bare}.`] : []),
          ]
        : [];
    const anonymous = [`In a study${withCondition}, ${bare}.`, `In a study, ${bare}.`];
    // Said as the source's, then bare.
    const said = [journal ? `${capitalize(sentence)}, a study in ${journal} reports.` : null, `${capitalize(sentence)}, a study reports.`];
    // Loose: who was studied, the study as its source, then the result alone (the headline
    // has named the treatment, the label the source) — never a result that calls the
    // treatment only "the drug": on its own it does not say which.
    const looseLedes = [...inStudy, ...said, pointer ? null : `${capitalize(sentence)}.`].filter((c): c is string => c !== null);
    // Without a name for the treatment, the result carries the lede on its own.
    if (names.length === 0) return loose ? looseLedes : [...inStudy, ...anonymous];
    // A result that does not name the treatment, when nothing that names it fits.
    if (loose) return namesIt ? [] : looseLedes;
    // A result that names the treatment may stand alone when the framing does not fit; the
    // second paragraph says who took part.
    const alone = namesIt ? [...anonymous, ...said, `${capitalize(sentence)}.`] : [];
    return [...(namesIt ? inStudy : []), ...names.flatMap(candidates), ...alone].filter((c): c is string => c !== null);
  };
  // A trial that found no benefit leads with that, before any figure (inverted pyramid).
  if (noBenefit) {
    const compared = comparatorValue(facts);
    const against = compared ? ` over ${compared}` : '';
    const negative = (names.length > 0 ? names : ['the treatment']).flatMap((name) => [
      `A study of ${studiedThing(name)}${withCondition}${published} found no benefit${against}.`,
      `A study of ${studiedThing(name)}${withCondition} found no benefit${against}.`,
      `A study of ${studiedThing(name)} found no benefit${against}.`,
    ]);
    const fitting = negative.find((candidate) => fits(candidate, MAX_LEDE_WORDS));
    if (fitting) return { text: fitting, key: undefined };
  }
  const figureOfKey = (key: KeyResult) =>
    key.figure
      ? key.figure
          .replace(/\s+vs\s+.*$/, '')
          .replace(/%$/, '')
          .replace(/^(?:[A-Z][a-z]+ )+/, '')
      : null;
  const attempt = (key: KeyResult, sentences: string[], loose: boolean) => {
    for (const sentence of sentences) {
      const fitting = withResult(sentence, loose, key.byPointer).find((candidate) => fits(candidate, MAX_LEDE_WORDS));
      if (fitting)
        return { text: fitting, key: sentence === key.sentence ? key : { ...key, frequency: null, predicate: null }, result: sentence };
    }
    return null;
  };
  // Best result first: the sentence with its key figure, another of its sentences when that
  // one runs long, then shorter forms of each (no framing, no aside, no trailing clause),
  // its figure kept; only then the next result. A lesser result leads only when the better
  // one cannot be said in a lede at all.
  const approved = approvalLede(facts, names[names.length - 1] ?? null, condition);
  const formsOf = (key: KeyResult) => {
    // A sentence that answers the one before it cannot lead: set against it ("…, however, …"),
    // about another drug ("Another drug, X, is effective …"), or the same again ("The
    // researchers found similar results among …"); nor what someone expects ("newer drugs
    // should reduce the risk even more"): a lede says what the study found; nor the
    // comparison group's result alone.
    const whole = [key.sentence, ...key.others]
      .flatMap(withoutAsides)
      .filter((sentence) => !answersBefore(sentence) && !ECHOES.test(sentence) && !SPECULATES.test(sentence) && !controlArmOnly(sentence));
    const cut = whole
      .filter((sentence) => sentence === key.sentence)
      .flatMap((sentence) => ledeForms(facts, sentence, figureOfKey(key), !approved));
    return { key, sentences: [...new Set([...whole, ...cut])] };
  };
  // A comparison is said whole or not at all: "80% of the children on antibiotics felt better"
  // without "74% of the children taking a placebo also felt better" reads falsely hopeful. A
  // form that states one side of the key figure and not the other never leads (the
  // "reports results on …: 80% vs 74%" lede below keeps both).
  const oneSided = (key: KeyResult, sentence: string) => {
    if (key.figureRaws.length < 2) return false;
    const stated = key.figureRaws.filter((raw) => sentence.toLowerCase().includes(raw.toLowerCase()));
    return stated.length > 0 && stated.length < key.figureRaws.length;
  };
  const bothSides = ({ key, sentences }: ReturnType<typeof formsOf>) => ({
    key,
    sentences: sentences.filter((sentence) => !oneSided(key, sentence)),
  });
  const whole = keys.filter((key) => !NOT_A_FINDING.test(key.sentence)).map((key) => formsOf(key));
  // Still too long: without a dashed aside, even one that holds a figure ("women who do not
  // carry the gene - approximately 80 per cent of women with breast cancer - were found to
  // benefit"): the result without its figure is still the result.
  const forms = [
    ...whole,
    ...whole.map((form) => ({ key: form.key, sentences: ledeForms(facts, withoutDashedAsides(form.key.sentence), null, !approved) })),
  ].map(bothSides);
  // The key number is what a lede must carry (STANDARDS: who, what and the key number): for
  // each result, best first, the forms that state its figure are tried, strictly (naming the
  // treatment) and then loosely (who was studied and the result): "Patients on vemurafenib
  // saw the drug work within 72 hours" never leads where "In a study of 675 people, 84% of
  // the patients were still alive after six months" fits. The best result said strictly in
  // words ranks with the figures (the result the headline states); every other form without
  // a figure comes after them, best result first ("The once-daily pill suppressed certain
  // hormones …" leads, not "DMAU appeared safe.").
  const holdsFigure = (key: KeyResult, sentence: string) =>
    key.figureRaw !== null && sentence.toLowerCase().includes(key.figureRaw.toLowerCase());
  const first = (pass: Array<() => ReturnType<typeof attempt>>) => {
    for (const tried of pass) {
      const found = tried();
      if (found) return found;
    }
    return null;
  };
  const figured = ({ key, sentences }: (typeof forms)[number]) => sentences.filter((sentence) => holdsFigure(key, sentence));
  const bare = ({ key, sentences }: (typeof forms)[number]) => sentences.filter((sentence) => !holdsFigure(key, sentence));
  // A story about an approval: a result that names the approved treatment, else the approval
  // itself is the news (never a result that does not name what was approved, nor the
  // approval told as a result: "avelumab is the first FDA-approved treatment for metastatic
  // MCC" says less than "The FDA approved Bavencio for metastatic MCC").
  if (approved)
    return (
      first(
        forms
          .filter((form) => form.key.finding.rule !== 'result-approval')
          .flatMap((form) => [() => attempt(form.key, figured(form), false), () => attempt(form.key, bare(form), false)]),
      ) ?? { text: approved, key: undefined }
    );
  const found = first([
    ...forms.flatMap((form, i) => [
      () => attempt(form.key, figured(form), false),
      () => attempt(form.key, figured(form), true),
      ...(i === 0 ? [() => attempt(form.key, bare(form), false)] : []),
    ]),
    ...forms.flatMap((form) => [() => attempt(form.key, bare(form), false), () => attempt(form.key, bare(form), true)]),
  ]);
  if (found) return found;
  // A story about no study of its own (or of a kind not known, with no one enrolled) and no result to lead with:
  // what it reports on, never "a study … reports its results" of a study it may not have.
  const kind = facts.derived.studyType?.value;
  if (kind === 'other' || (kind === undefined && facts.participants === null)) {
    const about = names.length > 0 ? names.map(studiedThing) : condition ? [condition] : [];
    const onIt = about.flatMap((name) => [
      condition && name !== condition ? `The source reports on ${name} for ${condition}.` : null,
      `The source reports on ${name}.`,
    ]);
    return { text: firstFitting([...onIt, 'The source reports no study result.'], MAX_LEDE_WORDS), key: undefined };
  }
  // With no treatment named, "a study of a treatment" only of a study that gave one (a
  // trial, an approval's trials, a kind not known): people watched, a review or a lab study
  // is "a study of" the condition, with who was studied (review 12: "A study of a treatment
  // for breast cancer" of a diet survey).
  const gaveTreatment = ['randomized', 'controlled', 'single-arm', 'approval', 'unknown'].includes(studyDesign(facts).kind);
  const frames = (on: string) =>
    names.length > 0 || gaveTreatment
      ? (names.length > 0 ? names.map(studiedThing) : ['a treatment']).flatMap((name) => [
          journal ? `A study of ${name}${withCondition}${published}${on}` : null,
          `A study of ${name}${withCondition}${on}`,
          `A study of ${name}${on}`,
        ])
      : [
          journal ? `A study${condition ? ` of ${condition}` : ''}${who}${published}${on}` : null,
          `A study${condition ? ` of ${condition}` : ''}${who}${on}`,
          `A study${condition ? ` of ${condition}` : ''}${on}`,
        ];
  // A main result whose sentence no lede can hold still gives its key number, with what it
  // measured ("… reports results on response: 53.3% vs 19.5%"), as the key-numbers box does.
  // Only a comparison says whose figure is whose: a lone "33%" after "heart failure" may be a
  // reduction in something else the sentence names, or the comparison group's share.
  for (const key of keys) {
    const outcome = key.figure && / vs /.test(key.figure) ? outcomeLabel(key.finding, glossary, facts) : null;
    if (!outcome?.named || !key.figure) continue;
    const fitting = frames(` reports results on ${outcome.label.toLowerCase()}: ${key.figure}.`).find(
      (candidate): candidate is string => candidate !== null && fits(candidate, MAX_LEDE_WORDS),
    );
    if (fitting) return { text: fitting, key: { ...key, frequency: null, predicate: null } };
  }
  // The study's other results (extraction filed them; main-result.ts did not rank them a
  // main result, as they name neither the treatment nor a figure for people): one that
  // fits is still a result, where "reports results on …" gives none.
  const fromOthers = first(
    others
      .filter((key) => !NOT_A_FINDING.test(key.sentence))
      // Shortened, a sentence the ranking passed over may lose its subject.
      .map((key) => {
        const { sentences } = bothSides(formsOf(key));
        return { key, sentences: sentences.filter((sentence) => !subjectless(sentence)) };
      })
      .flatMap(({ key, sentences }) => [() => attempt(key, sentences, false), () => attempt(key, sentences, true)]),
  );
  if (fromOthers) return fromOthers;
  // Results the lede cannot hold in so few words: it names what they measured instead
  // ("… reports results on psychosis symptoms"), never "reports its results" as if there were none.
  if (outcomes.length > 0) {
    const on = ` reports results on ${joinList(outcomes.map((o) => o.toLowerCase()))}.`;
    const measured = frames(on);
    const fitting = measured.find((candidate): candidate is string => candidate !== null && fits(candidate, MAX_LEDE_WORDS));
    if (fitting) return { text: fitting, key: undefined };
  }
  const fallbacks = frames(' reports its results.');
  return { text: firstFitting(fallbacks, MAX_LEDE_WORDS), key: undefined };
}

/**
 * What paragraph two calls the study: the source's design words when they fit the kind the
 * derive stage read (studyDesign), else that kind in our words. "The randomized, controlled
 * study enrolled 1,511" is wrong of a review of eleven trials, and "the observational study"
 * of a randomized trial whose text says "observational" only of earlier studies.
 */
function studyNoun(facts: Facts): { noun: string; fits: boolean } {
  const reading = studyDesign(facts);
  const fits = facts.design !== null && designWordsFit(reading, facts.design.value);
  if (fits) return { noun: designPhrase(facts)!.toLowerCase(), fits };
  // The Design sentence after it names the kind; the noun repeats it only where "study" is wrong.
  const kinds: Partial<Record<DesignKind, string>> = { review: 'review', approval: 'research behind the approval' };
  return { noun: kinds[reading.kind] ?? 'study', fits };
}

/**
 * How many the study counted, by its kind: a review "covered" the participants of the
 * trials it read, a study of animals or samples "looked at" them; a study without a count
 * of its own subjects says what it does not report in its own units (a mouse study never
 * "did not report how many people").
 */
function sizeSentence(facts: Facts, noun: string): string {
  const { participants } = facts;
  const kind = studyDesign(facts).kind;
  if (participants) {
    const verb = kind === 'review' ? 'covered' : countedUnits(participants) ? 'looked at' : 'enrolled';
    return `The ${noun} ${verb} ${participantsPhrase(participants)} ${countedAs(facts, 'participants')}.`;
  }
  const animals = nonHumanSubjects(facts);
  if (animals && animals !== 'cells in the laboratory') return `The source does not report how many ${animals} the ${noun} used.`;
  if (kind === 'lab') return 'The source does not report the size of the study.';
  if (kind === 'approval') return `The source does not report how many people took part in the ${noun}.`;
  if (kind === 'review') return 'The source does not report how many people the studies reviewed enrolled.';
  return `The source does not report how many people the ${noun} enrolled.`;
}

/** Paragraph two: study size and nature (phase, design, comparator), and where it appeared. */
function sizeAndDesign(facts: Facts): Text {
  const { participants, design, phase, comparator, journal, published } = facts;
  const reading = studyDesign(facts);
  // "Feb. 1", "4 Nov.": the date as given, in brackets after the journal.
  const when = published ? clean(published.value).replace(/\.$/, '') : null;
  const appeared = journal ? `Results were published in ${clean(journal.value)}${when ? ` (${when})` : ''}.` : null;
  // A story with no study of its own has no size, design, phase or comparison group to
  // report missing: "how many people the study enrolled" would invent a study.
  if (reading.kind === 'none' && !participants && !phase)
    return generated([`The source reports no study of its own.`, appeared].filter((s) => s !== null).join(' '), [
      ...linesOf(journal, published),
      ...reading.lines,
    ]);
  const { noun, fits } = studyNoun(facts);
  const sentences = [
    sizeSentence(facts, noun),
    phase ? `It was a phase ${clean(phase.value).replace(/^phase\s+/i, '')} trial.` : 'The source does not report a trial phase.',
    // The comparator as the source names it, which is often a clause ("those on chemo"), not a noun.
    comparator ? `Comparison, in the source's words: ${comparatorValue(facts)}.` : 'No comparison group is reported.',
    appeared,
  ].filter((s): s is string => s !== null);
  // No design words of its own that fit the kind read: our reading of the kind of study (as
  // the clinician summary gives it), said as ours; only when there is none, that the source does not say.
  if (!fits)
    sentences.splice(
      1,
      0,
      reading.label && reading.kind !== 'none'
        ? `Design (our reading of the text): ${reading.label.toLowerCase()}.`
        : 'The source does not describe the study design.',
    );
  return generated(sentences.join(' '), [
    ...linesOf(participants, fits ? design : null, phase, comparator, journal, published),
    ...(fits ? [] : reading.lines),
  ]);
}

/**
 * The main results' figures, then the enrolment beside them. A box with the enrolment
 * alone says nothing the second paragraph does not: without a result figure there is no box.
 */
function keyNumbers(facts: Facts, results: KeyResult[]): LabeledText[] {
  const items: LabeledText[] = [];
  for (const result of results) {
    if (items.length >= MAX_KEY_NUMBERS - 1) break;
    // "…, however, was only 22.5 percent higher …" answers the sentence before it: alone in the
    // box, its figure has nothing to be set against (review 10: 119).
    if (!result.figure || items.some((item) => item.label.text === result.figure) || answersBefore(result.sentence)) continue;
    // The box text is cut from the source sentence: a praise word in it ('an "unprecedented"
    // impact') goes; a claim word that cannot go keeps the result out of the box.
    const boxText = dropHype(result.boxText);
    if (findHype(boxText).length > 0) continue;
    items.push({
      label: generated(result.figure, result.lines, result.frequency?.derived ?? []),
      value: text('simplified', capitalize(boxText), result.lines, result.derived),
    });
  }
  if (items.length > 0 && facts.participants) {
    items.push({
      label: text('source', capitalize(participantsPhrase(facts.participants)), linesOf(facts.participants)),
      value: generated(`${subjectsOf(facts) === 'people' ? 'participants' : subjectsOf(facts)} enrolled`, linesOf(facts.participants)),
    });
  }
  return items;
}

/**
 * Characters of printed text a one-page digest holds (every Text in it, fixed parts too):
 * measured on Chromium's layout of the corpus and holdout digests on A4 and Letter, the
 * longest that fit held 3,341 characters; the shortest that spilled, 3,819.
 */
const PAGE_CHARS = 3400;
/** Results and harms a list keeps however long they are: the main ones, the most serious. */
const MIN_LISTED = 3;

/** Characters of the printed text in a string or in every Text a part of the model holds. */
function charsOf(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + charsOf(item), 0);
  if (value && typeof value === 'object') {
    const { text: own, ...parts } = value as { text?: unknown };
    return (
      (typeof own === 'string' ? own.length : 0) +
      (typeof own === 'object' ? charsOf(own) : 0) +
      charsOf(Object.values(parts).filter((part) => typeof part === 'object'))
    );
  }
  return 0;
}

/**
 * The digest with as many results and harms as fit its page: a press release's long endpoint
 * sentences would spill onto a second. The longer list gives up its last item first (the
 * results keep the main ones first, the harms the most serious), down to MIN_LISTED each; a
 * line says that more are in the source.
 */
function fitted(model: PressDigestModel, facts: Facts): PressDigestModel {
  const rest = charsOf({ ...model, findings: null, harms: null });
  let maxFindings = MAX_FINDINGS;
  let maxHarms = MAX_HARMS;
  let findings = model.findings.items;
  let harms = model.harms.items;
  for (;;) {
    const over = rest + charsOf(findings) + charsOf(harms) > PAGE_CHARS;
    const canCut = {
      findings: maxFindings > MIN_LISTED && findings.length > MIN_LISTED,
      harms: maxHarms > MIN_LISTED && harms.length > MIN_LISTED,
    };
    if (!over || (!canCut.findings && !canCut.harms)) break;
    if (canCut.findings && (!canCut.harms || charsOf(findings) >= charsOf(harms))) maxFindings = Math.min(maxFindings, findings.length) - 1;
    else maxHarms = Math.min(maxHarms, harms.length) - 1;
    findings = reportedResults(facts, maxFindings);
    harms = reportedHarms(facts, maxHarms);
  }
  return { ...model, findings: { ...model.findings, items: findings }, harms: { ...model.harms, items: harms } };
}

/** "DALLAS, March 29, 2018": the place and the date, each as the source gave it; null when it gives neither. */
function datelineOf(meta: Facts['meta']): Text | null {
  const place = meta.dateline ? meta.dateline.replace(/[\s,\-–—]+$/, '') : null;
  const date = meta.date ? clean(meta.date).replace(/[\s,\-–—]+$/, '') : null;
  const value = place && date && !place.includes(date) ? `${place}, ${date}` : (place ?? date);
  return value ? text('source', value) : null;
}

/**
 * "Press digest of a press release", "… of a news story", each only on a signal the
 * metadata gives (source-kind.ts); with none, "… of the source article", which claims neither.
 */
function label(facts: Facts): Text {
  const { publisher } = facts.meta;
  const from = publisher ? ` from ${clean(publisher)}` : '';
  const kind = sourceKind(facts.meta).kind;
  const what = kind === 'press-release' ? 'a press release' : kind === 'news-story' ? 'a news story' : 'the source article';
  return generated(`Press digest of ${what}${from}`);
}

export function composePressDigest(facts: Facts, glossary: Glossary, options: ComposeOptions): PressDigestModel {
  // Main results, best first (main-result.ts); among them a natural frequency that leads
  // its sentence ("10 of the 12 people stopped needing insulin") makes the plainest lede.
  const results = keyResults(facts);
  const rank = (r: KeyResult) => (r.frequency && r.predicate ? 0 : 1);
  // A result that says only "the drug" may be about another drug the story covers: when
  // others name the treatment, they come first, and only theirs go in the box.
  const named = results.some((r) => !r.byPointer && r.figure);
  const pointer = (r: KeyResult) => (named && r.byPointer ? 1 : 0);
  const ordered = results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => pointer(a.r) - pointer(b.r) || rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => r);
  const key = ordered[0];
  // A trial that found no benefit says so in the headline and the lede.
  const noBenefit = noBenefitFinding(facts);
  // What the main results measured, for a lede that cannot hold one of them whole.
  const mainFindings = mainResults(facts).map((r) => r.finding);
  const measured = outcomeNames(mainFindings.length > 0 ? { ...facts, results: mainFindings } : facts, glossary, 3, true);
  // The study's own results that main-result.ts does not rank, for a lede no main result fits.
  const ranked = new Set(mainFindings);
  const others = keyResults(
    facts,
    ownResults(facts)
      .filter((finding) => !ranked.has(finding) && sideSentence(finding) === null)
      .map((finding) => ({ finding, score: 0, hasFigure: false, namesTreatment: false, byPointer: false })),
  );
  // After the main results, the box takes a figure compared between groups that the ranking
  // read as background ("45 percent higher in rural areas compared with urban areas", press-lists.ts).
  const compared = keyResults(
    facts,
    ownResults(facts)
      .filter((finding) => !ranked.has(finding) && comparedFigure(finding))
      .map((finding) => ({ finding, score: 0, hasFigure: true, namesTreatment: false, byPointer: false })),
  );
  const figures = keyNumbers(facts, [...ordered.filter((r) => pointer(r) === 0), ...compared]);
  const opening = lede(facts, ordered, noBenefit !== null, measured, others, glossary);
  // The headline says the lede's result, short, where it can (the lede's key, not always the first).
  const headKey = opening.result ? opening.key : key;
  const title = headline(facts, headKey, noBenefit !== null, opening.result);
  // Every result of the study's own and every harm, most serious first (press-lists.ts).
  const quotes = chooseQuotes(facts, MAX_QUOTES).map((quote) => quoteItem(quote, facts));
  // "We are working …", "…, she said": a named speaker's words say whose they are (quotes.ts).
  const next = facts.nextSteps.slice(0, MAX_NEXT).map((f) => text('source', attributed(clean(f.text), f, facts), linesOf(f)));
  const findings = reportedResults(facts);
  const harms = reportedHarms(facts);
  // Only what the source can be said to leave out (evidence-checklist.ts absenceKnown).
  // A reported criterion may still leave a part out: "who funded the study", when only a
  // speaker's company role ticks funding and conflicts.
  const checklist = evidenceChecklist(facts);
  const gaps = [
    ...checklist.filter((item) => !item.reported && item.absenceKnown).map((item) => item.criterion.toLowerCase()),
    ...checklist.flatMap((item) => (item.partMissing ? [item.partMissing] : [])),
  ];
  const { meta } = facts;
  const model: PressDigestModel = {
    meta: documentMeta('press-digest', facts, title, options),
    // What this page is; the source's own release line only when the source has one
    // (an embargo, or "For Immediate Release"): never one of our own making.
    label: label(facts),
    releaseLine: meta.embargo
      ? text('source', `EMBARGOED UNTIL ${meta.embargo}`)
      : meta.releaseLine && /immediate/i.test(meta.releaseLine)
        ? text('source', 'FOR IMMEDIATE RELEASE')
        : null,
    headline: generated(
      title,
      [...(headKey?.lines ?? linesOf(facts.intervention, facts.condition)), ...linesOf(noBenefit)],
      headKey?.derived ?? [],
    ),
    // No dateline in the source: the lede starts without one (nothing is made up).
    // "CITY, date" as a dateline reads; the place or the date alone when the source gives one.
    dateline: datelineOf(meta),
    lede: generated(
      opening.text,
      linesOf(
        facts.intervention,
        facts.participants,
        facts.condition,
        ...(opening.key ? opening.key.lines : []),
        ...(opening.key ? [] : linesOf(noBenefit)),
      ),
      opening.key?.derived ?? [],
    ),
    body: [sizeAndDesign(facts)],
    keyNumbers: figures.length > 0 ? { heading: heading('Key numbers'), items: figures } : null,
    findings: { heading: heading('Results as reported'), items: findings, empty: findings.length === 0 ? notReported() : null },
    harms: { heading: heading('Harms as reported'), items: harms, empty: harms.length === 0 ? notReported() : null },
    quotes: { heading: heading('Quotes'), items: quotes, empty: quotes.length === 0 ? notReported() : null },
    next: { heading: heading('What happens next'), items: next, empty: next.length === 0 ? notReported() : null },
    gaps: {
      heading: heading('What the source leaves out'),
      items:
        gaps.length > 0
          ? [generated(`Not reported in the source: ${joinList(gaps)}.`)]
          : [generated('The source covers every item on the evidence checklist.')],
    },
    citation: citation(facts, { heading: 'Source', omitMissing: false, collapseMissing: true }),
    contact: {
      heading: heading('Media contact'),
      // A news site's "Contact us at editors@…" is not a media contact.
      text: mediaContact(meta) ? text('source', mediaContact(meta)!) : generated('Not given in the source.'),
    },
    end: heading('###'),
  };
  return fitted(model, facts);
}
