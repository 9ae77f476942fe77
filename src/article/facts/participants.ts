// How many people the main study enrolled, and who they were.
//
// Candidates are counts next to a people noun (or cell lines, images and pairs, for a lab
// or test study with no people), and the sum of a sentence's arm counts where only those
// are given (candidates/arms.ts). Each mention is scored on the evidence that it is the
// study's enrolment: the cues of cues/participants.yaml around the count ("enrolled 660
// people", "a trial of 717 patients", "24 volunteers took part", "tested X in 24
// volunteers"), the sentence's subject (the study, the new trial), and what speaks
// against it (a plan or later trial, an earlier or separate study, or the second study
// the sentences before introduced, background figures,
// a subgroup, an outcome count, an institution's staff). Mentions of one value add up.
// The best value wins only with enough evidence, and only when no other value has
// nearly as much: two studies' sizes side by side, one of which we cannot tell is the
// main one, leave the fact empty rather than print the wrong one.
import { CandidatePool, type Mention } from '../candidates/pool.js';
import { armSum, armsAcrossSentences } from '../candidates/arms.js';
import { cueById, cues, type Cue } from '../cues/cues.js';
import { findNumbers, findProportions } from '../numbers.js';
import type { CountFact, TextFact } from '../schema.js';
import type { Sentence } from '../sentences.js';
import { numberWords } from '../../shared/word-lists.js';
import {
  ALSO_STUDIED,
  BACKGROUND,
  FUTURE,
  OTHER_INDICATION,
  OTHER_STUDY,
  narrativeOf,
  quotedShare,
  refOf,
  textFact,
  type ArticleText,
} from './context.js';

// People named by their age ("541 9- to 11-year-olds"), their work ("200 medical interns",
// "One hundred soldiers") or their role count as well as "patients" do.
const PERSON_NOUN = String.raw`(?:participants|patients|people|persons|volunteers|adults|children|kids|toddlers|adolescents|teenagers|teens|youths|subjects|individuals|men and women|women and men|men|women|males|females|infants|babies|newborns|mothers|pregnant women|mother-child pairs|pairs|veterans|soldiers|service members|interns|trainees|employees|smokers|residents|survivors|students|pupils|girls|boys|cases|users|recipients|donors|athletes|workers|nurses|doctors|physicians|families|couples|twins|older adults|seniors|(?:\d+-?\s*(?:to|and)\s+)?[\w-]*year-olds)`;
/** What a lab or test study with no people counts instead ("809 cancer cell lines", "120 images", "245 blood samples"). */
const THING_NOUN = String.raw`(?:cell lines|images|samples|specimens)`;
const PEOPLE_NOUN = String.raw`(?:${PERSON_NOUN}|${THING_NOUN})`;
/** Words that may stand between a count and its people noun: "122 Stage I and Stage II women", "24 adult volunteers". */
// A comma may part two of them ("218 healthy, overweight older women").
const BETWEEN = String.raw`(?:(?!(?:of|in|at|for|from|to|with|who|were|was|had|have|has|per|each|than|by|on|during|after|before|received|got|took|died|years?|months?|weeks?|days?|percent)\b)[\w’'-]+,?\s+){0,5}?`;
/** "studied X in 116 of these women": the study's people, drawn from those the story spoke of before. */
const OF_THESE = String.raw`(?:of (?:these|those)\s+)?`;
const PEOPLE_AFTER = new RegExp(String.raw`^\s+${OF_THESE}${BETWEEN}${PEOPLE_NOUN}\b`, 'i');
const PERSON_AFTER = new RegExp(String.raw`^\s+${OF_THESE}${BETWEEN}${PERSON_NOUN}\b`, 'i');
const THING_AFTER = new RegExp(String.raw`^\s+${OF_THESE}${BETWEEN}${THING_NOUN}\b`, 'i');
const OUTCOME_COUNT =
  /^\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)|(?:\w+\s+){0,2}(?:died|had|experienced|developed|reported|achieved|showed|responded|required|needed))/i;

/** Any plural noun after the count: "Eighty sailors", "40 farmers" (not animals, things or times). */
const ANY_PLURAL_AFTER = new RegExp(
  String.raw`^\s+${BETWEEN}(?!(?:rats|animals|dogs|monkeys|pigs|cells|samples|doses|times|years|months|weeks|days|hours)\b)[a-z]+s\b`,
  'i',
);

/**
 * People of a kind no list names ("Eighty sailors at the base who had insomnia were recruited"):
 * the count is a candidate when its plural noun is followed by the words that enrol them.
 */
function enrolledAfter(after: string): boolean {
  const noun = ANY_PLURAL_AFTER.exec(after);
  if (!noun) return false;
  const tookPart = cueById('participants', 'participants-took-part').regex;
  return tookPart.test(after.slice(noun[0].length));
}

/** The story's opening sentences, which say whom the study was in without naming the study again. */
const LEDE_SENTENCES = 3;
/** Evidence a value needs to be printed. */
const THRESHOLD = 3;
/** A rival value with this share of the best one's evidence makes the choice a guess. */
const RIVAL_SHARE = 0.85;

interface Scored {
  score: number;
  rule: string;
}

export function extractParticipants(article: ArticleText): { participants: CountFact | null; population: TextFact | null } {
  const { participants, population } = countAndPopulation(article);
  return { participants, population: narrowedPopulation(article, population) };
}

function countAndPopulation(article: ArticleText): { participants: CountFact | null; population: TextFact | null } {
  const pool = new CandidatePool((name) => name);
  const raws = new Map<Mention, { raw: string; derivedFrom?: string; qualifier?: string }>();
  const people: Mention[] = [];
  const things: Mention[] = [];
  let studySentence: { text: string; index: number } | null = null;
  const paragraphs = article.body.filter((sentence) => sentence.block.kind === 'paragraph' && quotedShare(sentence.text) <= 0.5);
  const twoArms = armsAcrossSentences(paragraphs);
  const armAt = (sentence: number, index: number) =>
    twoArms?.arms.some((arm) => arm.sentence === sentence && arm.number.index === index) ?? false;
  for (const sentence of article.body) {
    const previous = studySentence;
    if (STUDY_NOUN.test(sentence.text)) studySentence = { text: sentence.text, index: sentence.index };
    if (sentence.block.kind !== 'paragraph' && sentence.block.kind !== 'cell') continue;
    if (quotedShare(sentence.text) > 0.5) continue;
    const text = sentence.text;
    const context = scoreOfSentence(text) + scoreOfPrevious(text, sentence.index, previous);
    const arms = armSum(text);
    const armIndexes = new Set(arms?.parts.map((p) => p.index));
    const parts = new Set(
      findProportions(text)
        .filter((p) => p.part !== null)
        .map((p) => p.index),
    );
    for (const number of findNumbers(text)) {
      if (number.unit !== 'count' || number.value < 2 || !Number.isInteger(number.value)) continue;
      // "10 of 12 participants": 10 is an outcome, the whole is 12.
      if (parts.has(number.index)) continue;
      const after = text.slice(number.index + number.raw.length, number.index + number.raw.length + 120);
      const isN = /^n\s*=/i.test(number.raw);
      if (!isN && !PEOPLE_AFTER.test(after) && !/^-(?:subject|patient|person|participant)\b/i.test(after) && !enrolledAfter(after))
        continue;
      const mention = scoreOfMention(text, number.raw, number.index);
      // An arm's own count is a part of the study, not its size.
      const score = context + mention.score + (armIndexes.has(number.index) || armAt(sentence.index, number.index) ? -3 : 0);
      const m: Mention = { name: String(number.value), sentence, weight: score, rule: mention.rule };
      raws.set(m, { raw: number.raw, ...(number.qualifier ? { qualifier: number.qualifier } : {}) });
      if (!isN && !PERSON_AFTER.test(after) && THING_AFTER.test(after)) things.push(m);
      else people.push(m);
    }
    if (arms) {
      const m: Mention = {
        name: String(arms.value),
        sentence,
        weight: context + 1 + ruleWeight('participants-arms-summed'),
        rule: 'participants-arms-summed',
      };
      raws.set(m, { raw: String(arms.value), derivedFrom: arms.parts.map((p) => p.raw).join(' + ') });
      people.push(m);
    }
    if (twoArms && twoArms.arms[0]!.sentence === sentence.index) {
      const m: Mention = {
        name: String(twoArms.value),
        sentence,
        weight: context + 1 + ruleWeight('participants-arms-summed'),
        rule: 'participants-arms-summed',
      };
      raws.set(m, { raw: String(twoArms.value), derivedFrom: twoArms.arms.map((arm) => arm.number.raw).join(' + ') });
      people.push(m);
    }
  }
  foldRounded(people, raws);
  for (const m of people) pool.add(m);
  // Cell lines or images are the size only of a study with no people in it: where people
  // were counted too ("tested on 900 images, then in 40 patients"), they are not the number enrolled.
  if (!pool.all().some((c) => c.mentions.some((m) => m.weight >= 0))) for (const m of things) pool.add(m);
  // Only mentions with evidence for them add up; a bare count elsewhere is no corroboration.
  const ranked = pool.ranked((c) => {
    const good = c.mentions.filter((m) => m.weight > 0).sort((a, b) => b.weight - a.weight);
    return good.length === 0 ? Math.max(...c.mentions.map((m) => m.weight)) : good[0]!.weight + 0.5 * (good.length - 1);
  });
  const [best, rival] = ranked;
  if (!best || best.score < THRESHOLD) return { participants: null, population: populationPhrase(article) };
  if (rival && rival.score >= THRESHOLD && rival.score >= best.score * RIVAL_SHARE)
    return { participants: null, population: populationPhrase(article) };
  // A total the text states ("Among 2,463 women") is quoted rather than the sum that matches it.
  const good = best.mentions.filter((m) => m.weight > 0).sort((a, b) => b.weight - a.weight || a.sentence.index - b.sentence.index);
  // A rounded figure folded into this exact one ("more than 200" for 218) is not quoted for it.
  const exact = good.filter((m) => Number(raws.get(m)!.raw.replace(/\D/g, '')) === Number(best.key) || raws.get(m)!.derivedFrom);
  const mention = exact.find((m) => !raws.get(m)!.derivedFrom) ?? exact[0] ?? good[0]!;
  const { raw, derivedFrom } = raws.get(mention)!;
  const participants: CountFact = {
    value: Number(best.key),
    raw,
    source: refOf(mention.sentence),
    origin: derivedFrom ? 'derived' : 'extracted',
    rule: mention.rule,
    ...(derivedFrom ? { derivedFrom } : {}),
  };
  // "116 of these women who had …" points back to people described before: its own words are no description.
  const pointsBack = /^\s+of (?:these|those)\b/i.test(mention.sentence.text.slice(mention.sentence.text.indexOf(raw) + raw.length));
  const own = derivedFrom ? null : pointsBack ? describedBack(populationOf(mention.sentence, raw)) : populationOf(mention.sentence, raw);
  // "More than 1,200 patients were included in the clinical trial": the count's own words say
  // only how many; a phrase elsewhere that says who they were ("patients with …") is the population.
  if (own && BARE_COUNT.test(own.value)) return { participants, population: populationPhrase(article) ?? own };
  // "1,425 women with the tough-to-treat cancer": the illness named before, pointed back to; a
  // phrase that names it ("women with ovarian cancer") says who they were.
  if (own && POINTS_BACK_TO_ILLNESS.test(own.value)) return { participants, population: populationPhrase(article) ?? own };
  // A total summed from groups one sentence lists ("over 86,000 women who were part of … and
  // over 43,000 men who were part of …"): where no other phrase says who they were, the
  // groups' own words do. Groups told in different sentences ("7 of the 10 women who took the
  // drug …", "the 11 women who took the placebo") each describe one arm, not everyone. The
  // total itself, when the sentence states it ("tested 60 samples, including 12 from …"), opens the phrase.
  const groups = derivedFrom?.split(' + ') ?? [];
  const listed = groups.length > 0 && groups.every((part) => mention.sentence.text.includes(part));
  const total = listed
    ? new RegExp(String.raw`(?<![\d,.])${Number(best.key).toLocaleString('en-US')}(?![\d,.]\d)`).exec(mention.sentence.text)?.[0]
    : undefined;
  const opening = total ?? groups[0]!;
  const parts = listed && !populationPhrase(article) ? populationOf(mention.sentence, opening) : null;
  // People, not samples ("60 cerebral spinal fluid samples, including 12 from …" says what was tested).
  const describesPeople =
    parts !== null && PERSON_AFTER.test(parts.value.slice(opening.length)) && !BARE_COUNT.test(parts.value) && !ARM_VERB.test(parts.value);
  return { participants, population: own ?? populationPhrase(article) ?? (describesPeople ? parts : null) };
}

/** "109 participants received the drug every two weeks; 94 received placebo": groups told by their arm, not by who they were. */
const ARM_VERB =
  /\b(?:received|receiving|got|getting|took|taking|given|assigned|allocated|randomi[sz]ed|underwent|alternated|injected|treated)\b/i;

/**
 * "116 of these women who had experienced two or more pregnancy losses": the count points
 * back, but its own "who" or "with" clause says who they were; "of these" goes, as it needs
 * the sentence before. A bare "116 of these women" says nothing of them.
 */
function describedBack(fact: TextFact | null): TextFact | null {
  if (!fact) return null;
  const value = fact.value.replace(/^([^\s]+(?:\s+[\d,]+)?)\s+of (?:these|those)\s+/i, '$1 ');
  return new RegExp(String.raw`^\S+\s+(?:[\w-]+\s+){0,2}?${PERSON_NOUN}\s+(?:who|with|whose|that)\s+\S`, 'i').test(value)
    ? { ...fact, value }
    : null;
}

/**
 * How far from its round figure an exact count may be for a story to have rounded it:
 * "more than 200" (above), "nearly 7,500" (below), "about 90" (either side).
 */
const ROUNDED: { above: RegExp; below: RegExp; near: RegExp; slack: number } = {
  above: /^(?:more than|over|upwards of|just over|at least)/i,
  below: /^(?:nearly|almost|just under|close to|fewer than|less than|under)/i,
  near: /^(?:about|around|approximately|roughly|some|an estimated)/i,
  slack: 0.25,
};

/**
 * "more than 200 overweight women" in the lede, "218 healthy, overweight older women" in the
 * methods: one enrolment, told rounded and exact. The rounded mentions count for the exact
 * figure (and the exact one is quoted), rather than standing as a rival that makes the choice
 * look like a guess. Only when a single exact figure with evidence of its own fits the rounding.
 */
function foldRounded(mentions: Mention[], raws: Map<Mention, { raw: string; derivedFrom?: string; qualifier?: string }>): void {
  const exact = [...new Set(mentions.filter((m) => m.weight > 0 && !raws.get(m)!.qualifier).map((m) => Number(m.name)))];
  for (const m of mentions) {
    const { qualifier } = raws.get(m)!;
    const round = Number(m.name);
    if (!qualifier || round % 10 !== 0) continue;
    const fits = exact.filter((value) => {
      if (value === round) return false;
      if (ROUNDED.above.test(qualifier)) return value > round && value <= round * (1 + ROUNDED.slack);
      if (ROUNDED.below.test(qualifier)) return value < round && value >= round * (1 - ROUNDED.slack);
      if (ROUNDED.near.test(qualifier)) return Math.abs(value - round) <= round * ROUNDED.slack * 0.5;
      return false;
    });
    if (fits.length === 1 && !exact.includes(round)) m.name = String(fits[0]);
  }
}

/** "with the disease", "with the tough-to-treat cancer": an illness named before, not here. */
const POINTS_BACK_TO_ILLNESS =
  /\b(?:with|have|had|has)\s+the\s+(?:[\w-]+\s+){0,2}?(?:cancer|disease|condition|illness|disorder|syndrome|infection)\b/i;

/** A count's words that name no more than the people noun and their enrolment. */
const BARE_COUNT = new RegExp(
  String.raw`^(?:(?:more than|over|about|nearly|almost|some|approximately|around|roughly)\s+)?[\d,]+\s+(?:${PERSON_NOUN})(?:\s+(?:were|was)\s+(?:included|enrolled|recruited|randomi[sz]ed|studied|involved)\b(?:\s+in\s+(?:the|this)\s+(?:[\w-]+\s+)?(?:trial|study))?)?$`,
  'i',
);

/**
 * Who the study was in, where no sentence that counts them says it: "guidelines for children
 * between the ages of 6 months and 23 months", "in previously untreated patients with
 * advanced melanoma". Only sentences about the study itself (not plans, background, other
 * studies or a speaker's words; past the lede, only those that talk of the study); the
 * first one that names them wins, as the lede does.
 */
function populationPhrase(article: ArticleText, { narrowedOnly = false } = {}): TextFact | null {
  const phrases = cuesAt('population');
  const aboutStudy = cueById('participants', 'population-sentence').regex;
  for (const [index, sentence] of article.body.entries()) {
    if (sentence.block.kind !== 'paragraph' && sentence.block.kind !== 'cell') continue;
    const text = sentence.text;
    // Further down, a story turns to background, other uses and the institution: there
    // only a sentence about the study says whom it was in.
    if (index >= LEDE_SENTENCES && !aboutStudy.test(text)) continue;
    if (quotedShare(text) > 0.5 || FUTURE.test(text) || BACKGROUND.test(text) || OTHER_STUDY.test(text)) continue;
    if (OTHER_INDICATION.test(text) || ALSO_STUDIED.test(text)) continue;
    for (const cue of phrases) {
      for (const match of narrativeOf(text).matchAll(new RegExp(cue.regex.source, cue.regex.flags.replace('g', '') + 'g'))) {
        const phrase = match[1]?.trim();
        const at = phrase ? text.indexOf(phrase) : -1;
        if (!phrase || at < 0) continue;
        const narrowed = withNarrowing(text, at, phrase);
        if (narrowedOnly && narrowed === phrase) continue;
        return { ...textFact(narrowed, sentence), rule: cue.id };
      }
    }
  }
  return null;
}

/** A bracketed short form or aside between the illness and what narrows it: "acute myeloid leukemia (AML) who have …". */
const ASIDE = /^\s*\([^()]{1,40}\)/;

/**
 * The phrase with the words after it that narrow the illness to some of those who have it
 * (cue condition-narrowed-after: a gene, marker, spread, resistance or failed treatment):
 * "patients with melanoma" + "that has spread to other parts of the body", "adult patients
 * with newly diagnosed acute myeloid leukemia (AML)" + "who have a specific genetic mutation
 * called FLT3". The population phrases stop before a "who" or "that" clause, which most
 * often says what was done to the people; this one says who they were.
 */
function withNarrowing(text: string, at: number, phrase: string): string {
  const end = at + phrase.length;
  const aside = ASIDE.exec(text.slice(end))?.[0] ?? '';
  const clause = cueById('condition', 'condition-narrowed-after').regex.exec(text.slice(end + aside.length))?.[0];
  return clause ? text.slice(at, end + aside.length + clause.length).trim() : phrase;
}

/** The population's own words narrow the illness (a gene, marker, spread, resistance, failed treatment) somewhere in it. */
function narrows(population: string): boolean {
  const after = cueById('condition', 'condition-narrowed-after').regex;
  for (const word of population.matchAll(/[\s,](?=\S)/g)) if (after.test(population.slice(word.index))) return true;
  return false;
}

/**
 * Who the result is for, told where the story first says it: "717 patients who had not
 * been treated previously for AML" counts the people, while the lede says the drug is "for
 * adult patients with newly diagnosed AML who have a specific genetic mutation called FLT3".
 * A population that names no such narrowing gives way to a phrase, in a sentence about the
 * study (or the story's opening), that does: said without it, a result for some patients
 * reads as one for all with the disease (review class "eligibility or subgroup qualifier dropped").
 */
function narrowedPopulation(article: ArticleText, population: TextFact | null): TextFact | null {
  if (population && narrows(population.value)) return population;
  return populationPhrase(article, { narrowedOnly: true }) ?? population;
}

/** What the sentence says about the study it describes, the same for every count in it. */
function scoreOfSentence(text: string): number {
  let score = 0;
  if (/\b(?:trials?|study|studies)\b/i.test(text)) score += 1;
  // "The new phase 2 trial, which enrolled 480 adults": the study the story is about.
  if (/\b(?:the|this|our) (?:new|latest|current|present|larger)\b/i.test(text)) score += 1;
  if (FUTURE.test(text)) score -= 5;
  // "In the new trial, 614 patients … in the United States and Canada were randomly assigned":
  // a sentence about the story's own study gives a country as where its people came from, not
  // as a national figure.
  if (BACKGROUND.test(text) && !OWN_STUDY.test(text)) score -= 4;
  if (OTHER_STUDY.test(text) || OTHER_INDICATION.test(text)) score -= 3;
  if (ALSO_STUDIED.test(text)) score -= 3;
  // "Some 50,000 people a year …", "millions of patients": a national figure. A rate per
  // month ("cut migraine days per month") is an outcome's unit, not a background count.
  if (/\b(?:each|per|every) year\b|\bmillion\b/i.test(text)) score -= 2;
  if (/\b(?:died|deaths?)\b/i.test(text)) score -= 2;
  for (const cue of cuesAt('sentence')) if (cue.regex.test(text)) score += weightOf(cue);
  return score;
}

/** The story's own study, named as such: "in the new trial", "this latest study". */
const OWN_STUDY = /\b(?:the|this|our) (?:new|latest|current|present)\s+(?:[\w-]+\s+){0,2}?(?:trial|study)\b/i;
const STUDY_NOUN = /\b(?:trials?|stud(?:y|ies))\b/i;
/**
 * "this trial", "the study": a study named before, not one of the sentence's own. "The new
 * trial" names the story's own study, whatever the sentence before was about.
 */
const STUDY_BACK_REFERENCE = /\b(?:this|that|these|the|the same)\s+(?:clinical\s+)?(?:trials?|stud(?:y|ies))\b/gi;
/** How far back a sentence that names no study of its own still goes on about the last one named. */
const PREVIOUS_REACH = 5;

/**
 * A sentence that names no study of its own ("Among 502 patients enrolled in this clinical
 * trial") goes on about the last one named: when that was a second or separate study, so are
 * its counts.
 */
function scoreOfPrevious(text: string, index: number, previous: { text: string; index: number } | null): number {
  if (!previous || index - previous.index > PREVIOUS_REACH) return 0;
  if (STUDY_NOUN.test(text.replace(STUDY_BACK_REFERENCE, ''))) return 0;
  let score = 0;
  for (const cue of cuesAt('previous')) if (cue.regex.test(previous.text)) score += weightOf(cue);
  return score;
}

/** What the words around one count say: an enrolment, a subgroup, an outcome. */
function scoreOfMention(text: string, raw: string, index: number): Scored {
  const before = text.slice(Math.max(0, index - 80), index);
  const clause =
    text
      .slice(Math.max(0, index - 200), index)
      .split(/[;:]|\.\s/)
      .at(-1) ?? '';
  // Long enough for a bracketed description between the people and their enrolment:
  // "258 patients (with a minimum score of 18 on … Scale) were randomized".
  const afterCount = text.slice(index + raw.length, index + raw.length + 240);
  const afterNoun = PEOPLE_AFTER.test(afterCount)
    ? afterCount.replace(new RegExp(String.raw`^\s+${OF_THESE}${BETWEEN}${PEOPLE_NOUN}`, 'i'), '')
    : afterCount.replace(ANY_PLURAL_AFTER, '');
  let positive: Scored = { score: 0, rule: 'participants-count' };
  let negative = 0;
  const weigh = (cue: Cue, hit: boolean) => {
    if (!hit) return;
    const weight = weightOf(cue);
    if (weight < 0) negative += weight;
    else if (weight > positive.score) positive = { score: weight, rule: cue.id };
  };
  for (const cue of cuesAt('raw')) weigh(cue, cue.regex.test(raw));
  for (const cue of cuesAt('before')) weigh(cue, cue.regex.test(before));
  for (const cue of cuesAt('after-count')) weigh(cue, cue.regex.test(afterCount));
  for (const cue of cuesAt('after')) weigh(cue, cue.regex.test(afterNoun));
  if (positive.score === 0) for (const cue of cuesAt('clause')) weigh(cue, cue.regex.test(clause));
  let score = positive.score + negative;
  if (/^\s+(?:\w+\s+){0,3}(?:in|of) the [\w-]+ (?:group|arm)\b/i.test(afterCount)) score -= 2;
  // An outcome count ("359 patients (59%)", "12 patients died") is not the enrolment; after
  // "a trial of" or "enrolled", "patients who had …" says who they were.
  if (positive.score < 3 && OUTCOME_COUNT.test(afterNoun)) score -= 2;
  return { score, rule: positive.rule };
}

function cuesAt(place: string): Cue[] {
  return cues('participants').filter((cue) => cue.meta.place === place);
}

function weightOf(cue: Cue): number {
  return Number(cue.meta.weight ?? 0);
}

function ruleWeight(id: string): number {
  return weightOf(cues('participants').find((cue) => cue.id === id)!);
}

/**
 * Where the description of who took part ends: a colon or semicolon (a list follows), a
 * closing ", which …" clause, their enrolment ("were recruited for the study", "were randomly
 * assigned … to receive either …", "were given either …": what was done with them, not who
 * they were), the researchers ("51 patients, alongside researchers from …, who …"), what the
 * data on them showed ("data on 1,000 patients showed that …"), when they were measured
 * ("343 infants when they were 6 months old"), the result
 * verb that follows their "who" clause ("10 women who took the drug experienced …": what
 * happened to them; "women who had experienced two losses" is who they were), or a spelled-out count right after a word that cannot take one ("offered
 * 933 people … with autism three genetic tests": what they were offered, not who they were;
 * "who had experienced two or more losses" is a bound, part of who they were).
 */
const POPULATION_END = new RegExp(
  String.raw`[:;]|\.\s|(?<=\bwho\s[^,.;]*?)(?<!\b(?:had|has|have))\s+(?=(?:experienced|improved|showed|saw|reported|achieved|responded|recovered|survived|died)\b)|,\s+which\b|,?(?:\s+who)?\s+(?:were|was)\s+(?:randomly\s+|then\s+)?(?:assigned|randomi[sz]ed|allocated|recruited|enrolled|included|split|divided|given\s+(?:either|one of)|treated)\b|,\s+(?:[\w-]+\s+){0,3}?(?:researchers|investigators|scientists)\b|(?<!\b(?:who|that|and|or|had|has|have))\s+(?=(?:showed|found|suggested|revealed|indicated)\b(?!\s+to\b))|\s+when\s+they\b|,?\s+to\s+(?:receive|get|take|either|one of)\b|,\s+(?:assigning|randomi[sz]ing|allocating|splitting|dividing)\b|\s+(?:that|which)\s+(?:compared|tested|evaluated|examined|assessed|looked at|studied|measured)\b|(?<!\b(?:type|stage|phase|grade|aged?|of|than|to|and|or|between|least|about|nearly|almost|over|under|some|last|first|past|next|for|in|on|at|by|with|into|across|from|after|before|within|each|all|the|these|those|had|has|have|were|was|are|is|\d+))\s+(?=(?:${numberWords(2, 12).join('|')})\s+(?!or (?:more|fewer|less)\b)[a-z])`,
  'i',
);

/**
 * A sentence-opening phrase the count ends, before the sentence's own clause: "Among 2,463
 * women (…), 1,901 completed", "In a large, phase 3 study involving 675 people worldwide, patients …".
 */
const OPENING_PHRASE =
  /^(?:(?:In|For|From|Across|With)\s+[^;:]*?\b(?:stud(?:y|ies)|trials?|analys[ie]s|group|cohort|sample)\s+(?:of|with|involving|including|enrolling|among|in)\s+|(?:Among|Of)\s+(?:the\s+)?)(?:(?:a total of|more than|about|nearly|almost|some|over|approximately|around|roughly)\s+)?$/;

/** A verb of assigning people to arms just before the count ("randomly assigned 153 patients"). */
const ASSIGNED_BEFORE = /\b(?:assigned|allocated|randomi[sz]ed|divided|split)\s+(?:the\s+|a total of\s+)?$/i;

/** The text up to its first comma outside brackets: "women (average age, 69 years), 1,901 completed" → "women (average age, 69 years)". */
function untilComma(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
    else if (text[i] === ',' && depth === 0) return text.slice(0, i);
  }
  return text;
}

/** The description that follows the count: "12 participants, all of whom had ...". */
function populationOf(sentence: Sentence, raw: string): TextFact | null {
  const start = sentence.text.indexOf(raw);
  // ", which is a Level 1 Trauma Center," describes a place, not the people: the aside goes.
  const rest = sentence.text
    .slice(start)
    .replace(/[.;]$/, '')
    .replace(/,\s+which\s+[^,]{3,100},\s+/g, ' ');
  const end = POPULATION_END.exec(rest.slice(raw.length));
  let phrase = end ? rest.slice(0, raw.length + end.index) : rest;
  // "In a phase 3 study involving 675 people worldwide, patients on X did better": the opening
  // phrase ends at its comma, and what follows is the sentence's own clause (a result), not who they were.
  if (OPENING_PHRASE.test(sentence.text.slice(0, start))) phrase = raw + untilComma(phrase.slice(raw.length));
  // "randomly assigned 153 patients diagnosed with X to tailored acupuncture or simulated
  // acupuncture": the people are the verb's object; "to …" says which arms, not who they were.
  if (ASSIGNED_BEFORE.test(sentence.text.slice(0, start))) phrase = phrase.replace(/\s+(?:to|into|between)\s[\s\S]*$/, '');
  const words = phrase.split(/\s+/);
  const text = words.length > 40 ? words.slice(0, 40).join(' ') : phrase;
  return textFact(text, sentence);
}
