// The rest of the clinician's checklist: comparator, follow-up, setting, funding,
// registration and availability, each only when a sentence states it, from sentences
// about the study itself (not plans, not other studies, not a speaker's words). Values
// are clipped at a word boundary, never mid-word.
import type { TextFact } from '../schema.js';
import { numberWordValue, numberWords } from '../../shared/word-lists.js';

/** Durations are written in words too: "over nearly two years", "for fifteen months". */
const NUMBER_WORDS = numberWords(1, 90).join('|');
/** "six-week", "12-week", "two-year": a study's length as an adjective ("a six-week clinical trial"). */
const DURATION = String.raw`(?:\d+|${NUMBER_WORDS})-(?:year|month|week|day)`;
/**
 * When no follow-up is stated, how long the study or its treatment ran: "a six-week
 * clinical trial", "over the 24-week duration", "daily injections … for 18 months", "in the
 * six months after discharge". A figure after another verb ("saw the drug work for 19
 * months", "lived for …") is an outcome, not the study's length.
 */
const STUDY_LENGTH = new RegExp(
  String.raw`\b(?:${DURATION}(?:,? (?:[\w-]+,? ){0,3}?)(?:trials?|study|studies)\b|(?:over|during) the ${DURATION} (?:duration|course|period)|(?:treated|treatment|therapy|injections?|infusions?|doses?|pills?|received|receiving|assigned)\b(?:(?!\b(?:saw|see|work\w*|lived|live|survived|lasted|last)\b)[^.;]){0,60}? for (?:up to |nearly |almost |about |more than )?(?:\d+|${NUMBER_WORDS}) (?:years|months|weeks)\b|in the (?:\d+|${NUMBER_WORDS}) (?:years|months|weeks) after (?:discharge|treatment|surgery|the (?:procedure|operation|injection|infusion))\b)`,
  'i',
);
import type { Sentence } from '../sentences.js';
import { cueById } from '../cues/cues.js';
import { ALSO_STUDIED, FUTURE, OTHER_STUDY, PARENT_STUDY, narrativeOf, quotedShare, textFact, type ArticleText } from './context.js';
import { extractAvailability } from './availability.js';
import { CLAUSE, clip } from './clip.js';
import { extractFunding } from './funding.js';
import { extractIntervention } from './intervention.js';
import { escapeRegExp } from '../../shared/escape-regexp.js';

const cue = (id: string) => cueById('study-details', id);

/**
 * Sentences about some other study than the reported one: the shared other-study cue,
 * studies placed in past decades, an indefinite study dated by its year, and the sentence
 * right after one of these that goes on about it ("It found that …").
 */
export function otherStudySentences(article: ArticleText): Set<Sentence> {
  const other = new Set<Sentence>();
  let previous: Sentence | null = null;
  for (const sentence of article.body) {
    const text = sentence.text;
    const continued =
      previous !== null && other.has(previous) && previous.block === sentence.block && cue('study-other-continued').regex.test(text);
    if (
      (OTHER_STUDY.test(text) && !PARENT_STUDY.test(text)) ||
      cue('study-other-era').regex.test(text) ||
      cue('study-other-dated').regex.test(text) ||
      continued
    )
      other.add(sentence);
    previous = sentence;
  }
  return other;
}

export interface StudyDetails {
  comparator: TextFact | null;
  followUp: TextFact | null;
  setting: TextFact | null;
  funding: TextFact | null;
  registration: TextFact | null;
  availability: TextFact | null;
}

/** The words that open the other arm: "compared with X", "versus X", "rather than X", "instead of X". */
const COMPARED = String.raw`(?:compared (?:with|to)|versus|vs\.?|rather than|instead of)`;
/** A figure opens what follows "compared with": "14%", "about 10.1 months", "a 35 percent decline". */
const FIGURE = String.raw`(?:(?:a|an|about|roughly|nearly|only|just)\s+)?[\d.,]+`;
/**
 * Words that make a phrase name a study arm, not a measure, a time, a place or a subgroup:
 * a control (placebo, sham, saline, usual or standard care, a standard device, no
 * treatment), a treatment given "alone", untreated or control groups, or people described by
 * what they did or did not get ("those who had a standard defibrillator implanted",
 * "children who were never breastfed") or how much of a food they ate ("those who ate half a
 * serving of fruit": the low-intake group a diet study measures the high one against).
 */
const ARM = new RegExp(
  String.raw`\b(?:placebos?|sham|dummy|saline|usual care|standard (?:of )?(?:care|treatment|therapy)|standard [\w-]+|alone|no (?:[\w-]+ )?(?:treatment|therapy)|no [\w-]+ing|untreated|control(?:s| group| arm)|chemo(?:therapy)?|surgery|procedures?|[\w-]+ (?:who|that) (?:did not|didn't|do not|don't|does not|doesn't|never|were not|weren't|had not been|have not been)|(?:those|people|patients|participants|subjects|women|men|children|adults|mothers|ones) (?:without|with no)|(?:those|people|patients|participants|subjects|women|men|children|adults|volunteers|animals|mice|rats|ones) (?:who|that) (?:had|got|took|received|were given|were|underwent|used|stayed|remained|ate|drank|consumed)|(?:those|patients|participants|people|women|men|children|adults) (?:on|given|taking|receiving|treated with|assigned to))\b`,
  'i',
);
/**
 * A time, a measure or a place in the arm's slot is no arm: "visual acuity before
 * treatment", "urban areas". A phrase that ends on "who" or "that" is an unfinished clause.
 */
const NOT_AN_ARM =
  /\b(?:before|baseline|prior to|areas?|regions?|countries|cities|states|counties|neighbou?rhoods)\b|\b(?:who|that|which)$/i;

/**
 * The other arm as a noun phrase: a bracket the sentence's full stop cut open ("those
 * without diabetes (an average level of 5" of "… 5.1 percent).") and a clause that goes
 * on past the group ("older animals tells us a lot about …", "Yervoy alone through 11 months
 * of follow-up in …") are not part of its name. A verb right after "who" belongs to the
 * group ("those who had a standard defibrillator").
 */
export function comparatorPhrase(text: string): string {
  let out = text
    .trim()
    .replace(new RegExp(String.raw`^(?:${COMPARED}|than)\s+`, 'i'), '')
    // "an average drop of 27 percent for those given a sham": the group, not its figure.
    .replace(LEADING_MEASURE, '');
  const open = out.lastIndexOf('(');
  if (open > 0 && !out.includes(')', open)) out = out.slice(0, open);
  out = out.replace(
    /(?<!\b(?:who|that))\s+(?:tells?|is|are|was|were|has|have|had|can|could|may|might|will|would|shows?|showed|suggests?|suggested|found|finds|led|leads?)\b.*$/i,
    '',
  );
  out = out.replace(
    /\s+(?:through|during|over|after|until|according to|among|along with|or who|in (?:previously|the first|\d))\b.*$|\s+(?:for|by|at|in) (?:up to |about |nearly )?[\d.,]+.*$|\s+and (?:then )?(?:correlated|compared|found|showed|analy[sz]ed|looked|measured|tested|followed)\b.*$|\s+to (?:determine|detect|diagnose|identify|predict|distinguish|tell|see)\b.*$/i,
    '',
  );
  return out.trim();
}

/** A figure the other arm reached, before the arm: "an average drop of 27 percent for", "a 12% rate among". */
const LEADING_MEASURE = new RegExp(
  String.raw`^(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:about\s+|nearly\s+|only\s+)?[\d.,]+\s*(?:%|percent|per cent|points?)?\s+(?:[\w-]+\s+){0,2}?(?:for|in|among|with)\s+(?=(?:the\s+)?(?:those|patients|participants|people|subjects|women|men|children|adults|volunteers|the (?:control|placebo|sham))\b)`,
  'i',
);

/** People counted: "214 women who did not develop the condition" is a group, not a figure. */
const COUNTED = String.raw`(?:[\w-]+ )?(?:people|patients|participants|subjects|individuals|women|men|children|adults|mothers|infants|mice|rats|animals)\b`;

/** The phrase names an arm: an arm's words, and no figure (other than a count of people), time, place or open clause. */
export function namesAnArm(phrase: string): boolean {
  return ARM.test(armWords(phrase)) && !NOT_AN_ARM.test(phrase) && !OPENS_ON_FIGURE.test(phrase);
}

/**
 * A group told by what its people said they did, and how often: "those who said they
 * \"seldom\" or \"never\" consumed fish" is the group "those who consumed" the survey set
 * apart (ARM reads the verb right after "who"). Only for the test: the value keeps the words.
 */
function armWords(phrase: string): string {
  return phrase
    .replace(/["“”]/g, '')
    .replace(/\b(who|that) (?:said|say|says|reported|report|reports)(?: that)?(?: they)? /i, '$1 ')
    .replace(
      /\b(who|that) (?:seldom|rarely|never|often|sometimes|regularly|usually|always|occasionally)(?: or (?:seldom|rarely|never))? /i,
      '$1 ',
    );
}
/** A phrase that opens on a figure other than a count of people ("about 10.1 months", not "20 healthy adults"). */
const OPENS_ON_FIGURE = new RegExp(String.raw`^${FIGURE}(?![\d.,])(?!\s+${COUNTED})`, 'i');

/**
 * The two arms of a random assignment: "randomly assigned to receive either CABG plus
 * medical treatment or medical treatment alone" — the second is the comparator.
 */
const ASSIGNED =
  /\b(?:randomi[sz]ed|randomly (?:assigned|allocated|selected|chosen)|assigned)\b(?:[^.;]{0,40}?\b|[^.;]{0,160}?\bto (?:\w+ )?(?=either\b))(?:to (?:\w+ )?)?either\s+([^.;]{2,120}?)(?:\s+|--|—)or\s+([^,.;]{2,80})/i;
/**
 * A second arm that adds the new treatment to the first ("either the standard regimen … or
 * those drugs plus trastuzumab", "chemotherapy alone or chemotherapy plus X"): the first arm
 * is the comparator.
 */
// "along with their usual drug", "in addition to their current therapy" often go with both arms: not an add-on.
const ADD_ON = /\b(?:plus|combined with|with the addition of|added to)\b/i;
/** A control named in the study's own words; a sham with what it imitates ("sham (fake) transcranial direct current stimulation"). */
const CONTROL =
  /\b(?:placebo|sham(?: \([^)]*\))?(?: [a-z-]+){0,4}? (?:stimulation|surgery|procedures?|treatments?|injections?|devices?|acupuncture|therapy|operations?)\b|sham(?: \([^)]*\))?(?: [a-z]+)?|usual care|standard care|standard of care|saline)\b/i;
/** An active control, with what it does: "an active control treatment which causes sedation similar to X". */
const ACTIVE_CONTROL = cue('comparator-active-control').regex;
/** A control group described by what it did not get: "A third control group … did not receive cognitive behavioral therapy." */
const UNTREATED_CONTROL = cue('comparator-untreated-group').regex;

/**
 * After "compared with": the other arm, not its figure. "compared with 14% of those on
 * chemotherapy" names no comparator, but "compared with 10.1 months for patients who
 * received docetaxel" does, after the figure (the captured group).
 */
const AFTER_FIGURE = new RegExp(
  String.raw`\b(?:${COMPARED}|than)\s+${FIGURE}%?\s+(?:[\w-]+\s+){0,2}?(?:for|in|among) (?:the )?(?:patients|participants|those|people|women|men|children|adults) (?:who )?(?:received|receiving|given|taking|treated with|on)\s+([^,.;]{3,60})`,
  'i',
);
/**
 * After "than", only a group of people: "than those on chemotherapy", "than patients who
 * received chemotherapy alone"; "than for those receiving X" compares results within groups,
 * "than standard tests" a test's accuracy.
 */
const THAN_GROUP = String.raw`than (?=(?:those|patients|participants|people|subjects) (?:who|on|given|taking|receiving)\b)`;
const AFTER_COMPARED = new RegExp(String.raw`\b(?:${COMPARED}\s+|${THAN_GROUP})(?!${FIGURE})([^,.;]{3,80})`, 'gi');

/**
 * Three or more arms: "assigned randomly to receive Eylea (2.0 mg), Avastin (1.25 mg), or
 * Lucentis (0.3 mg)" — the arms after the first are what the first is compared with.
 * Brackets (doses) are dropped before matching.
 */
const ASSIGNED_MANY =
  /\b(?:randomi[sz]ed|randomly (?:assigned|allocated)|(?:assigned|allocated)(?: randomly| at random)?) to (?:receive |get |take |one of )?([^,.;()]{2,50}), ([^,.;()]{2,50}),? or ([^,.;()]{2,50})/i;

/**
 * Arms listed after a colon: "received one of three treatments: acupuncture alone;
 * acupuncture with painkillers; or painkillers alone" — those after the first are the comparison.
 */
const ONE_OF_LISTED = cue('comparator-one-of-listed').regex;

/** The measure before the arm: "test results from 214 women who …", "results based on standard examination". */
const MEASURE_OF =
  /^(?:the )?(?:[\w-]+ ){0,2}(?:results?|scores?|levels?|readings?|outcomes|data|findings|rates?|measurements?|images?|samples?|tests?) (?:from|of|in|among|for|based on|obtained (?:from|with)) /i;

/** What a comparison is measured against when no arm is named: the established one, a healthy group, people without the condition. */
const ESTABLISHED =
  /\b(?:current|existing|conventional|traditional|standard|older|approved|established|usual|routine|gold[- ]standard|clinically used)\b/i;

/**
 * The other arm of "researchers compared A to B", the verb apart from its "to": B after
 * the measure words, kept with a name in apposition ("the current vaccine, Gardasil,").
 * Only a phrase that names an arm or an established treatment or test counts.
 */
function splitComparison(sentence: Sentence): string | null {
  const other = cue('comparator-compared-split').regex.exec(sentence.text)?.[1];
  if (!other) return null;
  const named = /^([^,]+)(, [A-Z][\w-]*(?: [\w-]+)?(?=,))?/.exec(other.replace(MEASURE_OF, ''));
  const phrase = comparatorPhrase(named?.[1] ?? '');
  const arm = namesAnArm(phrase) || (ESTABLISHED.test(phrase) && !NOT_AN_ARM.test(phrase));
  return arm ? `${phrase}${named?.[2] ?? ''}` : null;
}

/** "those who were not taking opioids": a group told by what it did not do, and what that was. */
const NOT_DOING =
  /^(?:those|patients|people|participants|subjects|women|men|children|adults)\s+(?:who|that)\s+(?:were not|weren't|did not|didn't|had not|hadn't|never)\s+(.+)$/i;

/**
 * "Patients who were taking opioids … were less likely to improve compared to those who were
 * not taking opioids": the study's own people split by something they brought to it (a
 * subgroup), not an arm. The sentence opens on the people who did it, and it is not the
 * treatment the story is about (for which "those who did not take it" is the comparison).
 */
function subgroupContrast(article: ArticleText, text: string, phrase: string): boolean {
  const done = NOT_DOING.exec(phrase)?.[1]?.trim().toLowerCase();
  if (!done) return false;
  const head = done.split(/\s+/).slice(0, 3).join(' ');
  const subject = new RegExp(
    String.raw`^(?:the\s+)?(?:[\w-]+\s+)?(?:patients|people|participants|subjects|women|men|children|adults|those)\s+(?:who|that)\s+(?:were\s+|had\s+)?${escapeRegExp(head)}\b`,
    'i',
  );
  if (!subject.test(text)) return false;
  const name = extractIntervention(article).intervention?.value.toLowerCase();
  return !name || !done.includes(name);
}

/**
 * "comparing second generation antidepressants, such as X and Y, with cognitive behavioral
 * therapy", where the therapy is the treatment the story is about: the first thing compared
 * is its comparator. Only when the second is the treatment itself, by name.
 */
function comparedWithTreatment(article: ArticleText, sentences: readonly Sentence[]): TextFact | null {
  const candidates = sentences
    .map((sentence) => ({ sentence, match: cue('comparator-compared-reversed').regex.exec(sentence.text) }))
    .filter((c) => c.match);
  if (candidates.length === 0) return null;
  const name = extractIntervention(article).intervention?.value.toLowerCase();
  if (!name) return null;
  for (const { sentence, match } of candidates) {
    const [, first = '', second = ''] = match!;
    // "…, such as A, B and C": the examples go; the class is the comparator.
    const other = comparatorPhrase(first.replace(MEASURE_OF, '').replace(/,?\s+(?:such as|including|like)\b.*$/i, ''));
    if (!second.toLowerCase().startsWith(name) || other.toLowerCase().includes(name) || other.split(/\s+/).length < 2) continue;
    return withRule(textFact(clip(other), sentence), 'comparator-compared-reversed');
  }
  return null;
}

/** "those who got no therapy": the other arm told only by what it did not get. */
const NOTHING_GIVEN = /\bno (?:[\w-]+ )?(?:treatment|therapy|intervention|program|programme|sessions?)\b/i;
/** "those who received four weekly emails with …": the other arm told by what it got. */
const GOT_SOMETHING =
  /^(?:those|patients|participants|people|subjects|women|men|children|adults)\s+(?:who|that)\s+(?:received|got|were given|were sent)\s+(?!no\b|nothing\b)/i;

/**
 * A lede's "compared with those who got no therapy" often rounds off a control group that
 * got something (emails with advice, a leaflet, a waiting list): a later sentence of the
 * study that says what that group received ("compared to those who received four weekly
 * emails …") is the comparator, and printing "no therapy" beside it contradicts the source.
 */
function whatTheyGot(article: ArticleText, sentences: readonly Sentence[], after: Sentence): TextFact | null {
  for (const sentence of sentences) {
    if (sentence.index <= after.index) continue;
    for (const match of sentence.text.matchAll(AFTER_COMPARED)) {
      // The whole group up to the clause's end: AFTER_COMPARED stops at 80 characters, mid-word.
      const start = match.index + match[0].length - (match[1] ?? '').length;
      const phrase = comparatorPhrase(/^[^,.;]*/.exec(sentence.text.slice(start))![0]);
      if (GOT_SOMETHING.test(phrase) && namesAnArm(phrase) && !subgroupContrast(article, sentence.text, phrase))
        return withRule(textFact(clip(phrase), sentence), 'comparator-named-later');
    }
  }
  return null;
}

/**
 * What people were put in groups to get, by its head word: "assigning half to a target
 * blood pressure of less than 140 mm Hg and half to …" → "target". A word for the groups
 * themselves or a verb ("assigned to receive") names no kind of arm.
 */
const ASSIGNED_TO =
  /\b(?:assign(?:ed|ing)?|allocat(?:ed|ing)|randomi[sz](?:ed|ing))\b[^.;]{0,60}?\bto (?:an? |the )?(?!(?:receive|get|take|undergo|be|have|either|one|two|three|four|groups?|arms?|treatment|each|both)\b)([a-z][\w-]{2,})/gi;
function assignedHeads(sentences: readonly Sentence[]): Set<string> {
  const heads = new Set<string>();
  for (const sentence of sentences)
    for (const match of sentence.text.matchAll(ASSIGNED_TO)) {
      heads.add(match[1]!.toLowerCase());
      // "… half to a target of 140 and half to a target of 120": the second arm too.
      for (const more of sentence.text
        .slice(match.index + match[0].length)
        .matchAll(/\b(?:and|or) (?:the other )?(?:half|\w+) to (?:an? |the )?([a-z][\w-]{2,})/gi))
        heads.add(more[1]!.toLowerCase());
    }
  return heads;
}
/**
 * "compared to a target systolic pressure of 140 mm Hg", where people were assigned to
 * targets: the phrase names the same kind of thing the groups were assigned to, so it is
 * the other arm, though no control word says so.
 */
function sameKindAsAssigned(phrase: string, heads: ReadonlySet<string>): boolean {
  const head = /^(?:an?|the)\s+([a-z][\w-]*)/i.exec(phrase)?.[1]?.toLowerCase();
  return head !== undefined && heads.has(head) && !NOT_AN_ARM.test(phrase) && !OPENS_ON_FIGURE.test(phrase);
}

/** Weaker cues, tried only when no other sentence names the other arm (see the cue file). */
const WEAK_COMPARATOR = [
  'comparator-times-than',
  'comparator-than-standard',
  'comparator-healthy-group',
  'comparator-count-without',
  'comparator-than-other-people',
  'comparator-count-controls',
  'comparator-control-group',
];

/**
 * The comparator, in order of trust: the second arm of a random assignment, a control
 * named outright (placebo, sham, usual care, saline), the treatment after a figure, then
 * a "compared with" phrase that names an arm; then a comparison split around its object
 * ("compared A to B"); last the weaker cues. A wrong comparator is worse than none: what
 * follows "compared with" may be a measure, a time, a place or a subgroup, so it counts only
 * when its words name an arm.
 */
function findComparator(article: ArticleText, other: Set<Sentence>): TextFact | null {
  // "The original study, published in 2009, …" is an earlier study, but the one a new
  // analysis comes from: its arms are the analysis's arms (otherStudySentences keeps it).
  const studySentences = article.body.filter(
    (s) => s.block.kind !== 'heading' && !FUTURE.test(s.text) && !other.has(s) && (quotedShare(s.text) <= 0.5 || REPORTED.test(s.text)),
  );
  for (const sentence of studySentences) {
    const assigned = ASSIGNED.exec(sentence.text);
    if (assigned) {
      const [, firstArm = '', secondArm = ''] = assigned;
      const addsToFirst = ADD_ON.test(secondArm) && !ADD_ON.test(firstArm);
      const base = comparatorPhrase(firstArm);
      if (addsToFirst && namesAnArm(base)) return textFact(clip(base), sentence);
      const phrase = comparatorPhrase(secondArm);
      if (!addsToFirst && namesAnArm(phrase)) return textFact(clip(phrase), sentence);
    }
    const many = ASSIGNED_MANY.exec(sentence.text.replace(/\s*\([^()]*\)/g, '')) ?? ONE_OF_LISTED.exec(sentence.text);
    if (many?.[2] && many[3]) return textFact(clip(`${many[2].trim()} or ${comparatorPhrase(many[3])}`), sentence);
  }
  const heads = assignedHeads(studySentences);
  // Otherwise the first sentence that names the other arm: a story may report a second
  // trial further down, with its own control.
  for (const sentence of studySentences) {
    // "a placebo-controlled trial, an active control treatment which causes sedation …": the
    // control the sentence describes is what the study compared with, not the word in its design.
    const active = ACTIVE_CONTROL.exec(sentence.text);
    if (active) return withRule(textFact(clip(active[0]), sentence), 'comparator-active-control');
    const untreated = UNTREATED_CONTROL.exec(sentence.text);
    if (untreated)
      return withRule(
        textFact(clip(`a control group that did not receive ${untreated[1]!.trim()}`), sentence),
        'comparator-untreated-group',
      );
    const control = CONTROL.exec(sentence.text);
    if (control && !negated(sentence.text, control.index)) return textFact(clip(control[0]), sentence);
    const treated = AFTER_FIGURE.exec(sentence.text)?.[1];
    if (treated) return textFact(clip(comparatorPhrase(treated)), sentence);
    for (const match of sentence.text.matchAll(AFTER_COMPARED)) {
      const phrase = comparatorPhrase(match[1] ?? '');
      if ((namesAnArm(phrase) || sameKindAsAssigned(phrase, heads)) && !subgroupContrast(article, sentence.text, phrase))
        return (NOTHING_GIVEN.test(phrase) && whatTheyGot(article, studySentences, sentence)) || textFact(clip(phrase), sentence);
    }
  }
  for (const sentence of studySentences) {
    const phrase = splitComparison(sentence);
    if (phrase) return withRule(textFact(clip(phrase), sentence), 'comparator-compared-split');
  }
  const reversed = comparedWithTreatment(article, studySentences);
  if (reversed) return reversed;
  for (const id of WEAK_COMPARATOR) {
    for (const sentence of studySentences) {
      const match = cue(id).regex.exec(sentence.text);
      const phrase = match && !negated(sentence.text, match.index) ? comparatorPhrase(match[1] ?? match[0]) : '';
      if (phrase && !NOT_AN_ARM.test(phrase)) return withRule(textFact(clip(phrase), sentence), id);
    }
  }
  return null;
}

/**
 * A quotation of the study's own report ("The study reported that \"… compared with no
 * hormonal treatment.\"") states the study's facts; a speaker's quoted words do not.
 */
const REPORTED =
  /\b(?:study|trial|analysis|report|paper|authors)\s+(?:reported|found|concluded|states?|stated|says|said)\s+(?:that\s+)?["“]/i;

/**
 * A control the study did not have: "had no placebo group", "without a control group",
 * "lacked a control group" (a caveat, not an arm), "no trials have established a standard of
 * care" (background). "No better than placebo" is a result against one: only the words right
 * before the control count.
 */
const NEGATION =
  /\b(?:no|without|lacked|lacking|lacks|lack of|absence of|(?:did not|didn't|does not|doesn't) (?:have|include|use))\s+(?:(?:a|an|any)\s+)?(?:[\w-]+\s+)?$/i;
/** "no trials have established a standard of care": the control a field lacks, told as background. */
const NONE_ESTABLISHED = /\b(?:no|not yet)\s+(?:[\w-]+\s+){0,3}?(?:established|set|defined|agreed on|identified)\s+(?:a|an|any)\s+$/i;
function negated(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  return NEGATION.test(before.slice(-40)) || NONE_ESTABLISHED.test(before);
}

function withRule(fact: TextFact, rule: string): TextFact {
  return { ...fact, rule };
}

const first = (article: ArticleText, test: (s: Sentence) => RegExpExecArray | null, pick = (m: RegExpExecArray) => m[0]) => {
  for (const sentence of article.body) {
    if (sentence.block.kind === 'heading') continue;
    const match = test(sentence);
    if (match) return textFact(clip(pick(match)), sentence);
  }
  return null;
};

/**
 * Sentences about the reported study itself, for its follow-up and setting: not plans, not
 * another, earlier or second study ("X was also evaluated in a trial of 267 …" reports a
 * smaller study's regimen), not an institution's profile, not mostly quoted; and of the rest,
 * only the writer's words: a speaker's quoted "has served patients well for over 100 years"
 * is no follow-up (the study's own quoted report is).
 */
const aboutThisStudy = (other: Set<Sentence>, pattern: RegExp) => (s: Sentence) =>
  FUTURE.test(s.text) || other.has(s) || ALSO_STUDIED.test(s.text) || (quotedShare(s.text) > 0.5 && !REPORTED.test(s.text))
    ? null
    : pattern.exec(REPORTED.test(s.text) ? s.text : narrativeOf(s.text));

/** The first sentence about the study that one of these cues matches, cue by cue; the rule travels with the value. */
function firstCueMatch(article: ArticleText, other: Set<Sentence>, ids: readonly string[], tidy = (v: string) => v): TextFact | null {
  for (const id of ids) {
    const found = first(article, aboutThisStudy(other, cue(id).regex), (m) => tidy(m[1] ?? m[0]));
    if (found) return withRule(found, id);
  }
  return null;
}

/**
 * Follow-up cues after the main pattern and the study's length: when the outcome was
 * measured, or how long the study ran. A group in a nested list is read over the whole
 * article, and its longest time wins: results "one hour after treatment" and "two days
 * later" were followed for two days, responses "lasting at least six months, and … a year or
 * more" for a year.
 */
const FOLLOW_UP_CUES: readonly (string | readonly string[])[] = [
  'followup-times-list',
  'followup-after-end',
  ['followup-after-figure'],
  'followup-measured-until',
  'followup-screened-for',
  'followup-long-study',
  'followup-time-period',
  'followup-effect-lasted',
  'followup-at-least-afterward',
  'followup-assessed-after',
  'followup-at-age',
  'followup-stay',
  'followup-tests-at-intervals',
  'followup-year-span',
];

const DAYS_PER: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30.44, year: 365.25, decade: 3652.5 };
/** "two days later", "a year or more", "After 30 days" → days; 0 when no time is told. */
function daysIn(value: string): number {
  const match = /\b(\d+(?:\.\d+)?|[a-z]+)[\s-]+(hour|day|week|month|year|decade)s?\b/i.exec(value);
  if (!match) return 0;
  const word = match[1]!.toLowerCase();
  const count = /^\d/.test(word) ? Number(word) : /^an?$/.test(word) ? 1 : (numberWordValue(word) ?? 0);
  return count * DAYS_PER[match[2]!.toLowerCase()]!;
}

/** Every match of the cues in sentences about the study; the longest time wins, the first of equals. */
function longestCueMatch(article: ArticleText, other: Set<Sentence>, ids: readonly string[]): TextFact | null {
  let best: { fact: TextFact; days: number } | null = null;
  for (const sentence of article.body) {
    if (sentence.block.kind === 'heading') continue;
    for (const id of ids) {
      const pattern = cue(id).regex;
      const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
      // aboutThisStudy reads one match; a sentence can hold several ("… six months, and … a year or more").
      const gate = aboutThisStudy(other, pattern)(sentence);
      if (!gate) continue;
      for (const match of gate.input.matchAll(global)) {
        const value = (match[1] ?? match[0]).replace(/,$/, '');
        const days = daysIn(value);
        if (!best || days > best.days) best = { fact: withRule(textFact(clip(value), sentence), id), days };
      }
    }
  }
  return best?.fact ?? null;
}

/**
 * A researcher's own "We have only followed our patients for up to 13 years" tells the
 * follow-up inside a quotation, where aboutThisStudy reads none.
 */
function followedInQuote(article: ArticleText, other: Set<Sentence>): TextFact | null {
  const pattern = cue('followup-we-followed').regex;
  // Its words are past; "… so it's hard to say what the next 10 to 20 will bring" in the same sentence is no plan.
  return first(
    article,
    (s) => (other.has(s) || ALSO_STUDIED.test(s.text) ? null : pattern.exec(s.text)),
    (m) => m[1] ?? m[0],
  );
}

function followUpCue(article: ArticleText, other: Set<Sentence>): TextFact | null {
  for (const entry of FOLLOW_UP_CUES) {
    const found =
      typeof entry === 'string'
        ? firstCueMatch(article, other, [entry], (v) => v.replace(/,$/, ''))
        : longestCueMatch(article, other, entry);
    if (found) return found;
  }
  const quoted = followedInQuote(article, other);
  return quoted && withRule(quoted, 'followup-we-followed');
}

/**
 * Sentences of a paragraph that profiles an institution ("was chartered in 1807 …", "has
 * 2,500 students"): its countries and sites are the institution's, not the study's setting.
 */
function profileSentences(article: ArticleText): Set<Sentence> {
  const blocks = new Set(article.body.filter((s) => cue('study-institution-profile').regex.test(s.text)).map((s) => s.block));
  return new Set(article.body.filter((s) => blocks.has(s.block)));
}

/**
 * Where the setting's phrase ends: a relative clause (", which …"), or the sentence's own
 * verb after a subject the setting qualified ("The research, conducted by X, is important …",
 * "A study led by researchers at X has shown …").
 */
const SETTING_END =
  /,\s+(?:which|who|where)\b.*$|,\s+(?:is|are|was|were)\s+(?!(?:led|run|conducted|funded|based|located|held)\b)\w+.*$|\s+(?:has|have|had)\s+(?:shown|found|revealed|demonstrated|suggested|identified)\b.*$|\s+(?:shows|showed|found|finds|suggests|suggested|reveals|revealed|demonstrates|demonstrated)\b.*$/;

/**
 * "Over three years, the research team identified a combination of …": how long the
 * researchers worked (on a test, a model), not how long anyone was followed.
 */
const notWorkTime =
  (test: (s: Sentence) => RegExpExecArray | null) =>
  (s: Sentence): RegExpExecArray | null => {
    const match = test(s);
    return match && cue('followup-work-time').regex.test(match.input.slice(match.index + match[0].length)) ? null : match;
  };

export function extractStudyDetails(article: ArticleText): StudyDetails {
  const other = otherStudySentences(article);
  const notTheSetting = new Set([...other, ...profileSentences(article)]);
  return {
    comparator: findComparator(article, other),
    followUp:
      first(
        article,
        notWorkTime(
          aboutThisStudy(
            other,
            new RegExp(
              String.raw`\b(?:(?:median|mean|average) follow-up (?:was|of) [^,.;]+|(?:monitored|followed|tracked|observed) (?:\w+ ){0,3}(?:for|over) (?:up to |nearly |almost |about |more than |an average of |a median of |a mean of )?(?:\d+|${NUMBER_WORDS}) (?:years?|months?|weeks?)|(?:over|during) (?:nearly |almost |about |more than )?(?:\d+|${NUMBER_WORDS}) (?:years|months|weeks)(?= of (?:treatment|follow-up|the study|the trial)|[,.;]| in the (?:study|trial))|from (?:week )?\d+ to \d+ weeks|(?:\d+|${NUMBER_WORDS})[- ](?:year|month|week|day)s?(?: (?:of )?follow[- ]?up| trial| study)|follow(?:ed)?[- ]up (?:of|for) [^,.;]+|(?:over|after) a (?:median|mean|average) (?:follow-up )?of [^,.;]+|(?:five|ten|\d+) years after [^,.;]+|within (?:\d+|${NUMBER_WORDS}) (?:years|months|weeks) of (?:starting|beginning|stopping|finishing|the start of) [^,.;"”]+|by day \d+)`,
              'i',
            ),
          ),
        ),
      ) ??
      first(article, aboutThisStudy(other, STUDY_LENGTH)) ??
      followUpCue(article, other),
    setting: first(
      article,
      aboutThisStudy(
        notTheSetting,
        new RegExp(
          String.raw`\b(?:conducted (?:at|in|by (?=the\b|an?\b|(?:investigators|researchers|scientists|doctors|physicians) at\b))|(?:at|in|across) (?:\d+|several|multiple|[a-z]+) (?:clinical (?:trial )?)?(?:sites|centers|centres|hospitals|clinics|countries)|metabolic ward|(?:conducted|led|run) by (?:scientists|researchers|doctors) at)\b${CLAUSE}{0,100}(?<![\s,])(?<!\b(?:from|and|or|of|the|a|an|to|in|for|with|by|at))(?![\w-])`,
          'i',
        ),
      ),
      (m) => m[0].replace(SETTING_END, ''),
    ),
    funding: extractFunding(article),
    registration: first(article, (s) =>
      /\bNCT\d{8}\b|\bISRCTN\d+\b|\bEudraCT\s*\d{4}-\d{6}-\d{2}\b|\bCTRI\/\d{4}\/\d+\/\d+\b|\bACTRN\d{14}\b|\bChiCTR[\w-]+\b/.exec(s.text),
    ),
    availability: extractAvailability(article),
  };
}
