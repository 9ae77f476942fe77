// Which of the reported results is the study's main result, for a lede and a key-numbers
// box. Extraction files every sentence that looks like a result, and articles open with
// background ("Fen-phen was removed from the market in 1997", "About half of all melanoma
// patients have a mutated BRAF gene") and colour ("He's been a trumpet player for four
// decades"): a lede built on one of those misleads. A main result is about the treatment
// studied, or gives a figure for the people studied, and reads on its own.
import type { Facts, Finding } from '../article/schema.js';
import { comparatorValue, interventionAcronym, interventionName, interventionOtherName } from './study.js';
import { capitalize, clean, leansBack } from './wording.js';
import { escapeRegExp } from '../shared/escape-regexp.js';
import { cueById } from '../article/cues/cues.js';

export interface RankedResult {
  finding: Finding;
  score: number;
  /** The result gives a share or count of people (not only years, durations or "a third"). */
  hasFigure: boolean;
  /** The result names the treatment studied (whole, by its acronym or as "the intervention"). */
  namesTreatment: boolean;
  /** It does so only as "the drug", "this treatment": which one, the sentence before said (a story about two drugs may mean the other). */
  byPointer: boolean;
  /**
   * It holds for part of the people studied, named in it ("Among patients with recurrent
   * disease, …") or in the sentence that opens its paragraph: said without that group
   * ("Eylea participants could read 3.5 more lines"), it would be stated for everyone.
   */
  subgroup?: boolean;
  /** The story's own first summary of the study's result (the lede's), ranked up as such. */
  ledeSummary?: boolean;
}

/**
 * A comparison: "compared with", "versus", a control arm, or "than" (not "more than six
 * miles", "fewer than 10 people": a bound on one figure, which sets nothing against it).
 */
const COMPARES =
  /\b(?:compared (?:with|to)|(?<!\b(?:more|less|fewer)\s+)than|than(?!\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|half|a\s+(?:third|quarter|half|dozen))\b)|versus|vs\.?|placebo|control group|sham|usual care|standard (?:care|treatment))\b/i;
const PEOPLE =
  /\b(?:patients?|participants?|people|volunteers|subjects|women|men|children|adults|infants|babies|mice|rats|animals|group|groups|arm|cohort)\b/i;
/**
 * Background and context, not this study's result: what research in general showed, a
 * general statement ("In general, the rate … was 45 percent higher in rural areas"), or
 * another group's replication ("Similar results were obtained by the … Institute").
 */
const BACKGROUND = cueById('main-result', 'main-background').regex;
/**
 * "A 2013 study published in … found …", "An earlier study of 740 interns found …": another
 * study, named by its year or as earlier. The story calls its own "the study" or "a new
 * study", so this one is background to it, however many people it counts.
 */
const EARLIER_STUDY = cueById('main-result', 'main-earlier-study').regex;
/** The change came about in those not treated too ("even among women who weren't screened", "also in the placebo group"). */
const UNTREATED_TOO = cueById('main-result', 'main-untreated-too').regex;
const ADVICE = cueById('main-result', 'main-advice').regex;
/** A claim put in someone's mouth ("…, Schuchter said"): the source's own statement of the result ranks first. */
const ATTRIBUTED = /,["”]?\s+(?:[A-Z][\w.'-]+\s+){1,3}(?:said|says|added|notes?|noted|explained)\.?$|^according to\b/i;
/** The same with the verb first, mid-sentence ("…, says LaCroix, so …"). */
const SAYS_NAME = /,["”]?\s+(?:says|said)\s+(?:Dr\.?\s+)?[A-Z][\w'-]+\b/;
/** A share of people now, in the present tense ("About half of all melanoma patients have …", "Activities like these account for 55% of …"): background, not what this study found. */
const BACKGROUND_SHARE =
  /\b(?:percent|%|half|third|quarter)\s+of\s+(?:all\s+|those\s+)?[\w’'.\s-]{0,40}?\b(?:have|has|are|is|live|get|develop)\b|\baccounts?\s+for\s+(?:more\s+than\s+|about\s+|nearly\s+|over\s+)?\d/i;

/**
 * The people of the other arm, named by what they got ("the four people who got the sham
 * stimulation", "those given a placebo"), in a sentence that names no active treatment: the
 * comparator's result, which a lede must not take for the treatment's.
 */
const COMPARATOR_ARM =
  /\b(?:who|that)\s+(?:got|received|took|were\s+given|had|used)\s+(?:only\s+)?(?:(?:a|an|the)\s+)?(?:sham|placebo|dummy|fake|inactive|mock)\b/i;
const ACTIVE_ARM = /\b(?:active|real)\b/i;
const onlyComparatorArm = (text: string): boolean => COMPARATOR_ARM.test(text) && !ACTIVE_ARM.test(text);

/**
 * "The study showed that the technique was highly effective in treating back pain": praise
 * with no figure (a caption's or a summary's words). It may be shown, but it does not lead
 * before a result that says what was measured.
 */
const PRAISE = cueById('main-result', 'main-praise').regex;

/**
 * "The researchers found similar results among women who lost more than 10 percent": a
 * result told as the one before it again, for other people. Which results, the sentence
 * before says ("similar to those of …", "the same as in …" name what they match, and stand).
 */
const LIKE_THE_ONE_BEFORE = cueById('main-result', 'main-like-the-one-before').regex;

/**
 * "All of the participants had reduced levels of inflammation, regardless of whether they
 * took vitamin D", "vision improved in all three groups": a change every arm shared, which
 * says nothing of what the treatment added. The comparison of the arms leads before it.
 */
const EVERY_ARM = cueById('main-result', 'main-every-arm').regex;

/**
 * "The results … show that the drug extended the length of time to tumor progression by four
 * to eight months", "cut the risk by 30 percent": the treatment's effect as a change by an
 * amount, which is the difference from the other arm though only one figure is given.
 */
const CHANGED_BY = cueById('main-result', 'main-changed-by').regex;

/**
 * "Their levels … were significantly higher than those of people with other types of
 * trauma": the study's own groups set against each other, the difference tested. A test
 * or marker study often reports its finding so, with no figure and no treatment to name.
 */
const GROUPS_DIFFER = cueById('main-result', 'main-groups-differ').regex;

/** A named person's claim ("Nearly 90% benefited …, Schuchter said"; "…, says LaCroix, so …"). */
const NAMED_CLAIM = /,["”]?\s+(?:Dr\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}\s+(?:said|says|added|notes?|noted|explained)\.?$/;

/**
 * A side sentence among the results, never shown before the study's own: 'background' (a
 * share of people now, "Only 50 percent of those people have been diagnosed …", or what
 * was known before) or 'attributed' (a named person's claim, not the source's report of
 * the result); null for the others.
 */
export function sideSentence(finding: Finding): 'background' | 'attributed' | null {
  const text = clean(finding.text);
  if (BACKGROUND.test(text) || EARLIER_STUDY.test(text) || BACKGROUND_SHARE.test(text)) return 'background';
  if (NAMED_CLAIM.test(text) || SAYS_NAME.test(text)) return 'attributed';
  return null;
}

/**
 * A sentence that can open a story: it neither points back ("That translated …", "It
 * found …", "He's been …") nor carries on ("However, …"). "Those taking vemurafenib" and
 * "of those on placebo" name their people and are fine.
 */
export function opensOnItsOwn(sentence: string): boolean {
  const text = sentence.trim();
  const namedGroup = /^["“‘(]?(?:those|these)\s+(?:who|taking|on|with|in|given|receiving|treated|getting|assigned)\b/i.test(text);
  return (
    (namedGroup || !leansBack(text)) &&
    !/^["“‘(]?(?:but|yet|and|or|so|also|however|still|instead|meanwhile|other|equally|it|its|they|their|them|he|she|his|her|him|we|i|both|neither|either|there|here)\b/i.test(
      text,
    )
  );
}

/** "94 percent of these patients": a subgroup that the sentence before defined. */
export const namesEarlierGroup = (sentence: string): boolean =>
  /\b(?:these|such)\s+(?:\w+\s+)?(?:patients|people|participants|subjects|women|men|children)\b/i.test(sentence);

/** Words of the treatment's name long enough to recognise it in a sentence ("vemurafenib", "DigniCap"). */
function nameWords(facts: Facts): string[] {
  const names = [interventionName(facts), interventionAcronym(facts), interventionOtherName(facts)].filter((n): n is string => !!n);
  return names.flatMap((name) => name.split(/[\s/-]+/)).filter((word) => word.length >= 4 || /[A-Z].*[A-Z]/.test(word));
}

/**
 * How clearly a sentence names the treatment studied: 3 when it gives its name whole, its
 * acronym or two of its words; 1 when only one word of a longer name ("chromosomal" of
 * "chromosomal microarray analysis" in "Karyotype tests identified chromosomal
 * aberrations …", a result about the comparator); 0 when none. "The intervention" for
 * "Safety Planning Intervention", "the pill" or "this new drug" name it.
 */
function namesTreatment(lower: string, facts: Facts, words: string[], hasFigure: boolean): { score: number; byPointer: boolean } {
  const name = interventionName(facts);
  const acronym = interventionAcronym(facts);
  // The brand or generic name in the treatment's own brackets names it too ("Vitrakvi (larotrectinib)").
  const whole = [name, acronym, interventionOtherName(facts)].filter((n): n is string => !!n).some((n) => lower.includes(n.toLowerCase()));
  const found = new Set(words.filter((word) => new RegExp(`\\b${escapeRegExp(word.toLowerCase())}`).test(lower)));
  const single = name !== null && !/[\s/-]/.test(name.trim());
  // "the intervention" for "Safety Planning Intervention": the name's last word, pointed to.
  const head = name
    ?.trim()
    .split(/[\s/-]+/)
    .pop()
    ?.toLowerCase();
  const pointedTo =
    (!single && head !== undefined && head.length >= 4 && new RegExp(`\\bthe ${head}\\b`).test(lower)) ||
    (hasFigure && POINTS_TO_TREATMENT.test(lower)) ||
    OPENS_ON_TREATMENT.test(lower);
  // One word that is the name's own: a proper noun ("Alexander" of "Alexander technique"),
  // its head noun when that is no generic word ("screening" of "breast cancer screening"), or
  // the word that says which kind when the head is generic ("antibiotic" of "antibiotic
  // therapy": "people who received antibiotics" name it; "chromosomal" of "chromosomal
  // microarray analysis" still does not).
  const parts = name?.trim().split(/[\s/-]+/) ?? [];
  const kind = head !== undefined && GENERIC_HEAD.test(head) && parts.length >= 2 ? parts[parts.length - 2]!.toLowerCase() : undefined;
  const distinctive = [...found].some(
    (word) =>
      /^\p{Lu}/u.test(word) ||
      (word.toLowerCase() === head && !GENERIC_HEAD.test(word)) ||
      (word.toLowerCase() === kind && kind.length >= 5 && !GENERIC_HEAD.test(kind)),
  );
  const byName = whole || found.size >= 2 || (single && found.size >= 1) || distinctive;
  if (byName || pointedTo) return { score: 3, byPointer: !byName && !(head !== undefined && new RegExp(`\\bthe ${head}\\b`).test(lower)) };
  return { score: found.size >= 1 ? 1 : 0, byPointer: false };
}

/** "The pill", "this new drug", "the vaccine": the treatment studied, pointed to (in a sentence with a figure for people: "the device also included …" describes it). */
/**
 * "The once-daily prototype pill suppressed …": a sentence whose subject is the treatment,
 * pointed to, and whose verb follows: what it did (a description adds to it: "the device
 * also included …", "the drug is given …").
 */
const OPENS_ON_TREATMENT =
  /^["“‘(]?(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:drug|pill|medicine|medication|vaccine|device|treatment|therapy|injection|implant)\s+(?!also\b|is\b|are\b|was\s+(?:given|taken|made|designed|developed|approved)\b|will\b|would\b|could\b|may\b|might\b|can\b)[a-z]+(?:ed|ted)\b/;

const POINTS_TO_TREATMENT =
  /\b(?:the|this)\s+(?:new\s+)?(?:drug|pill|medicine|medication|vaccine|device|treatment|therapy|intervention|procedure|injection|implant)\b/;

/**
 * Head nouns that name a kind of thing, not this one ("Karyotype tests" is not "the CMA test"),
 * or the taking of it ("walnut consumption", "aspirin use": "eating walnuts" names it by "walnut").
 */
const GENERIC_HEAD =
  /^(?:tests?|therapy|therapies|treatments?|drugs?|devices?|programs?|programmes?|interventions?|analysis|procedures?|medicines?|medications?|consumption|intake|use|supplementation)$/i;

/**
 * A result told for part of the people studied, named by what sets them apart ("Among
 * patients with recurrent disease", "In women older than 70"), not for all of them ("Among
 * all patients") nor for the people the study was about (the trait is in its condition or
 * population: "Among patients with heart failure" in a heart-failure trial).
 */
const SUBGROUP =
  /^["“‘(]?(?:among|in|for)\s+(?!all\b|both\b|each\b)(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:patients|people|participants|subjects|women|men|children|adults|those)\s+(?:with|who\s+(?:had|have|were)|aged|older|younger|over|under|whose)\s+([\w-]+(?:\s+[\w-]+)?)/i;
function subgroupOnly(text: string, facts: Facts): boolean {
  const group = SUBGROUP.exec(text);
  if (!group) return false;
  const studied = [facts.condition?.value, facts.population?.value]
    .filter((v): v is string => !!v)
    .join(' ')
    .toLowerCase();
  return !group[1]!
    .toLowerCase()
    .split(/\s+/)
    .some((word) => word.length >= 4 && studied.includes(word.replace(/(?:es|s)$/, '')));
}

/** "Overall, …", "Among all patients, …": a sentence that says itself it is about everyone studied. */
const ALL_STUDIED = /^["“‘(]?(?:overall|in all|in total|among all|across all|for all|in the (?:whole|entire|full))\b/i;

/**
 * A result in a paragraph that opens on a subgroup ("Among participants with 20/50 or worse
 * vision at the start, vision improved in all three groups. At two years, Eylea participants
 * could read 3.5 more lines …"): the sentences after the opener go on about that subgroup,
 * though they do not name it again. Not one that says it is about everyone ("Overall, …").
 */
function inSubgroupParagraph(finding: Finding, text: string, facts: Facts): boolean {
  if (ALL_STUDIED.test(text) || SUBGROUP.test(text)) return false;
  const { line, column } = finding.source;
  const opener = facts.results.find((other) => other.source.line === line && other.source.column === 1);
  return opener !== undefined && opener !== finding && column > 1 && subgroupOnly(clean(opener.text), facts);
}

/**
 * What the study did, not what it found ("The study also looked at different characteristics
 * associated with …", "The participants were then given …", "If a similar extension was
 * achieved in humans, …"): nothing to lead with, though it names the treatment. (The same test
 * as the press lede's NOT_A_FINDING, press-digest.ts, which can use this one.)
 */
export const NOT_A_FINDING =
  /^(?!.*\b(?:found|finds|showed|shows|reported|revealed)\b)(?:(?:the|this|our)\s+(?:study|trial|research|researchers|team|authors|analysis)\s+(?:also\s+)?(?:(?:did\s+not|didn['’]t|does\s+not|doesn['’]t)\s+)?(?:look(?:ed)?\s+at|address(?:ed)?|examin(?:e|ed)|assess(?:ed)?|measur(?:e|ed)|track(?:ed)?|follow(?:ed)?|analy[sz](?:e|ed)|enroll?(?:ed)?|recruit(?:ed)?|involv(?:e|ed)|includ(?:e|ed)|test(?:ed)?|compar(?:e|ed))\b|(?:the\s+)?(?:participants|patients|subjects|volunteers|mice|rats)\s+were\s+(?:(?:then|first|also|randomly)\s+)?(?:tested|given|asked|assigned|randomi[sz]ed|divided|split|recruited|followed)\b|if\b|unless\b)/i;

/**
 * How often the treatment was given ("About half the children were treated five times a week
 * with …", "two treatment sessions scheduled five weeks apart") or what the team made ("The
 * team has now engineered a …"), with no change or finding in it: the study's method, which
 * names the treatment but is no result (cues/main-result.yaml main-method).
 */
const METHOD = cueById('main-result', 'main-method').regex;

/** Below this a result is background or colour: it names neither the treatment nor a figure for the people studied. */
const MAIN_RESULT_SCORE = 3;

/** Words after a share that say who the people studied were ("54 percent boys", "60% were women"). */
const COHORT_MAKEUP = '(?:boys|girls|women|men|male|female|white|black|hispanic|asian)\\b';

/** What a count of the study's design counts ("three drugs", "two groups", "four visits"), not an outcome. */
const DESIGN_UNITS =
  '(?:drugs?|medicines?|treatments?|therap(?:y|ies)|groups?|arms?|doses?|dosages?|studies|trials?|sites?|centers?|centres?|hospitals?|countries|visits?|sessions?|times?|types?|kinds?)\\b';

/** The headline's content words ("fracture", "osteoporosis"), stems cut so "fractures" and "reduced" match. */
function headlineWords(facts: Facts): string[] {
  const words =
    clean(facts.title.value)
      .toLowerCase()
      .match(/\p{L}{5,}/gu) ?? [];
  return [...new Set(words.map((word) => word.replace(/(?:es|s|ed|ing)$/, '')))].filter((word) => word.length >= 5);
}

/** The comparator is one treatment "alone", and the sentence names it with nothing added to it (no "combination", "plus", "with"). */
function aloneArmOnly(lower: string, compared: string): boolean {
  const alone = /^(?:the\s+)?(.+?)\s+alone$/i.exec(compared.trim());
  if (!alone) return false;
  const base = alone[1]!.toLowerCase();
  return lower.includes(base) && !lower.includes(`${base} alone`) && !/\b(?:combination|combined|plus|with|added|together)\b/.test(lower);
}

/**
 * "They found that …", "The researchers found that …": who found it, before what they found.
 * The finding after it opens on its own (the shorter forms drop the frame, clauses.ts); "They
 * also found" adds to the sentence before and keeps leaning on it.
 */
const REPORT_FRAME =
  /^["“‘(]?(?:they|he|she|we|the\s+(?:researchers|investigators|scientists|authors|team|study|trial|analysis))\s+(?:found|showed|reported|discovered|observed|concluded|noted)\s+that\s+(?=\S)/i;
export const withoutReportFrame = (text: string): string => {
  const frame = REPORT_FRAME.exec(text);
  return frame ? capitalize(text.slice(frame[0].length)) : text;
};

/**
 * A result about the other arm only ("Among the 11 women who took the placebo, just one …",
 * "Yervoy patients … 4.4 months" when the other arm is Yervoy alone): what the treatment is
 * measured against, which alone tells a reader nothing of the treatment.
 */
export function comparatorArmOnly(finding: Finding, facts: Facts): boolean {
  const text = clean(finding.text);
  const lower = text.toLowerCase();
  const compared = comparatorValue(facts);
  // "While 19.5 percent of those who got only the placebo …, the rate among those getting Neurafenib …" gives both arms.
  // (Only by a word of its own: "Yervoy" of "Yervoy plus Opdivo" names the other arm, "Yervoy alone", too.)
  const own = nameWords(facts).filter((word) => !compared?.toLowerCase().includes(word.toLowerCase()));
  if (own.some((word) => lower.includes(word.toLowerCase()))) return false;
  return onlyComparatorArm(text) || (compared !== null && aloneArmOnly(lower, compared));
}

function score(finding: Finding, facts: Facts, names: string[], titleWords: string[]): RankedResult {
  const text = clean(finding.text);
  const opening = withoutReportFrame(text);
  const lower = text.toLowerCase();
  // The enrolment ("a phase 3 study involving 675 people") and an age ("women age 65") are not results.
  const enrolled = facts.participants?.value;
  // A count is a figure when it counts people ("359 patients", "10 participants"), not an average age ("63 on average").
  const countsPeople = (raw: string) =>
    new RegExp(
      `${escapeRegExp(raw)}\\s+(?:out\\s+)?(?:of\\s+(?:the\\s+)?[\\d,]+\\s+)?(?:\\S+\\s+){0,2}${PEOPLE.source.slice(2, -2)}`,
      'i',
    ).test(text);
  // "54 percent boys and 46 percent girls": who made up the people studied, not a result of theirs.
  const makeUp = (raw: string) => new RegExp(`${escapeRegExp(raw)}\\s+(?:were\\s+)?${COHORT_MAKEUP}`, 'i').test(text);
  const cohort = finding.numbers.some((n) => n.unit === 'percent' && makeUp(n.raw));
  const hasFigure = finding.numbers.some(
    (n) =>
      (n.unit === 'percent' && !makeUp(n.raw)) ||
      (n.unit === 'count' && n.value !== enrolled && countsPeople(n.raw) && !/\bage[ds]?\s*$/i.test(text.split(n.raw)[0] ?? '')),
  );
  // Two measured figures set against each other ("from about 21 days of pain … to about 3
  // days", "14.2 months, compared with 10.1 months"): the arms' outcome, though no share of
  // people. Figures in brackets ("went longer (median 8.2 months) … than …") only detail a claim.
  const bracketed = new Set(
    [...text.matchAll(/\([^()]*\)/g)].flatMap((m) => finding.numbers.filter((n) => m[0].includes(n.raw)).map((n) => n.raw)),
  );
  // A count of something other than people ("about 3.5 additional lines on an eye chart",
  // "nine injections") measures an outcome like a measure does; a count of the study's arms
  // or visits ("three drugs") does not.
  const countsOutcome = (raw: string) =>
    !countsPeople(raw) && !new RegExp(`${escapeRegExp(raw)}\\s+(?:\\S+\\s+)?${DESIGN_UNITS}`, 'i').test(text);
  const measures = finding.numbers.filter(
    (n) => (n.unit === 'duration' || n.unit === 'measure' || (n.unit === 'count' && countsOutcome(n.raw))) && !bracketed.has(n.raw),
  );
  const compared = comparatorValue(facts);
  // (A count and a measure of one outcome are one kind: "read about three additional lines … improved about 2.5 lines".)
  const kind = (unit: string) => (unit === 'count' ? 'measure' : unit);
  const ofOneKind = (unit: string) => measures.filter((n) => kind(n.unit) === unit).length >= 2;
  const measuredPair =
    !hasFigure && !cohort && (ofOneKind('measure') || ofOneKind('duration')) && (COMPARES.test(text) || /\bfrom\b[^.;]*\bto\b/i.test(text));
  // "… extended the time to progression by four to eight months": a measured effect, as a pair is.
  const changedBy = !hasFigure && !measuredPair && measures.length > 0 && CHANGED_BY.test(text);
  let points = 0;
  const named = namesTreatment(lower, facts, names, hasFigure || changedBy);
  // "Yervoy alone" as the other arm: the treatment studied adds something to Yervoy, and a
  // sentence that names Yervoy with nothing added ("Yervoy patients … 4.4 months") is the other arm's.
  const aloneArm = compared !== null && aloneArmOnly(lower, compared);
  // "The four people who got the sham stimulation …": the same for a sham or placebo arm.
  const comparatorArmOnly = onlyComparatorArm(text);
  const otherArm = aloneArm || comparatorArmOnly;
  const { score: naming, byPointer } = otherArm ? { score: 0, byPointer: false } : named;
  points += naming;
  // "… were significantly higher than those of people with other injuries": a tested
  // difference between the study's groups weighs as a figure does.
  const groupsDiffer = !hasFigure && !measuredPair && !changedBy && GROUPS_DIFFER.test(text);
  if (hasFigure || measuredPair || changedBy || groupsDiffer) points += 2;
  const compares = COMPARES.test(text) || (compared !== null && lower.includes(compared.toLowerCase()));
  if (compares) points += 1;
  // A figure for one arm beside the other's ("70 percent … compared with 35 percent") is what a trial found.
  if (compares && hasFigure && finding.numbers.filter((n) => n.unit === 'percent' || n.unit === 'count').length >= 2) points += 2;
  if (measuredPair) points += 2;
  if (PEOPLE.test(text)) points += 1;
  // "A panel of experts named the X diet the best overall eating plan": what a ranking put
  // first (extraction's result-ranking) is a ranking story's main result, though it counts no
  // people; not one it "also" ranked first (a category: "also ranked as the best diet for diabetes").
  if (finding.rule === 'result-ranking' && !/\balso\b/i.test(text)) points += 5;
  if (ATTRIBUTED.test(text) || SAYS_NAME.test(text)) points -= 1;
  if (BACKGROUND_SHARE.test(text)) points -= 3;
  // A fragment ("in 0.58 percent (n = 4) of participants …") or a sentence that leans on
  // the one before ("It found that …", "He's been …") cannot open a story.
  if (!/^["“‘(]?[\p{Lu}\d]/u.test(opening) || !opensOnItsOwn(opening)) points -= 3;
  if (BACKGROUND.test(text) || EARLIER_STUDY.test(text)) points -= 3;
  // "… mortality fell 28 percent, but it dropped even among women who weren't getting
  // mammograms": a change the untreated shared is not the treatment's effect.
  if (UNTREATED_TOO.test(text)) points -= 3;
  // Advice and label warnings ("should not be used in …") are not what the study found.
  if (ADVICE.test(text)) points -= 3;
  // Nor is what the study did ("The study also looked at …"), or who made up its people
  // ("a cohort of 541 children, 54 percent boys and 46 percent girls, completed …").
  if (NOT_A_FINDING.test(text) || METHOD.test(text)) points -= 3;
  if (cohort) points -= 3;
  if (namesEarlierGroup(text)) points -= 2;
  // "Among patients with recurrent disease, …": a subgroup's figure ranks after the result
  // for all the people studied ("Among all patients, …").
  const subgroup = subgroupOnly(text, facts) || inSubgroupParagraph(finding, text, facts);
  if (subgroup) points -= 2;
  if (PRAISE.test(text) && finding.numbers.length === 0) points -= 2;
  // "Similar results among …" needs the result before it, as a sentence that points back does
  // (-3, and -2 for "these people"); "regardless of whether they took vitamin D" is a change
  // the other arm shared.
  if (LIKE_THE_ONE_BEFORE.test(text)) points -= 5;
  if (EVERY_ARM.test(text)) points -= 2;
  // The comparator arm's figure alone is what the treatment is measured against, not its result.
  if (comparatorArmOnly) points -= 2;
  // Only years, durations or vague shares: no figure of this study's people.
  // A year in a name ("ENDO 2018", a meeting) dates nothing.
  // So does a year that opens a title ("U.S. News' 2016 Best Diets ranking").
  const inName = (raw: string) =>
    /\b[A-Z]{2,}\s*$/.test(text.split(raw)[0] ?? '') || /^\s+[A-Z][a-z]+\s+[A-Z][a-z]+/.test(text.split(raw)[1] ?? '');
  const years = finding.numbers.filter((n) => !(n.unit === 'year' && inName(n.raw)));
  if (!hasFigure && years.length > 0 && years.every((n) => n.unit === 'year')) points -= 2;
  // The headline states the main result: among results that can lead, one that shares its
  // words ranks first (it does not make a background sentence a result).
  if (points >= MAIN_RESULT_SCORE && sharesHeadline(text, titleWords)) points += 2;
  // So does the story's first result when it names the treatment and compares it ("A trial
  // that compared three drugs found that gains were greater with X than with Y …"): the lede
  // sums up the study before the side outcomes with their figures follow. It is the writer's
  // own summary: not "According to the study findings, …", which reports one finding among others.
  const attributed = ATTRIBUTED.test(text) || SAYS_NAME.test(text);
  // (Not over a result the headline states: the headline outranks the lede.)
  const headlineStated =
    !sharesHeadline(text, titleWords) && facts.results.some((other) => other !== finding && sharesHeadline(other.text, titleWords));
  const ledeSummary =
    points >= MAIN_RESULT_SCORE && naming > 0 && compares && !attributed && !headlineStated && finding === firstResult(facts);
  if (ledeSummary) points += 4;
  return { finding, score: points, hasFigure, namesTreatment: naming === 3, byPointer: naming === 3 && byPointer, subgroup, ledeSummary };
}

/** A result that shares two or more of the headline's words states what the headline does. */
const sharesHeadline = (text: string, titleWords: readonly string[]): boolean =>
  titleWords.filter((word) => text.toLowerCase().includes(word)).length >= 2;

/** The result the story states first (its lede's, when the lede gives one). */
const firstResult = (facts: Facts): Finding | undefined =>
  facts.results.reduce<Finding | undefined>(
    (first, f) => (first === undefined || f.source.line < first.source.line ? f : first),
    undefined,
  );

/**
 * The results that can lead a story, best first (ties keep the article's order, which puts
 * the headline's and the lede's result first); background and colour are left out.
 */
export function mainResults(facts: Facts): RankedResult[] {
  const names = nameWords(facts);
  const titleWords = headlineWords(facts);
  return facts.results
    .map((finding) => score(finding, facts, names, titleWords))
    .map((ranked, index) => ({ ranked, index }))
    .filter(({ ranked }) => ranked.score >= MAIN_RESULT_SCORE)
    .sort((a, b) => b.ranked.score - a.ranked.score || a.index - b.index)
    .map(({ ranked }) => ranked);
}
