// Sorts the body's sentences into what the study found, what harm it did, what comes
// next, what is uncertain, and background figures. Each sentence is read for cues that
// hold across publishers: outcome words and figures for results; side effects, deaths
// and warnings tied to the treatment or the trial for harms; plans and later trials for
// next steps; uncertainty, limits, cost and industry ties for caveats. Sentences about
// the disease in general, the study's methods or baseline, earlier or other studies, a
// second indication, and a speaker's own words are kept out of results and harms.
//
// A finding's text is the part of the sentence that states it: a leading "Notably," or
// a lead-in ending in a colon is dropped, and where a sentence joins a result to a
// caveat ("…, although …") each list gets its own clause. Provenance stays the sentence.
import { findNumbers, type NumberMatch } from '../numbers.js';
import { escapeRegExp } from '../../shared/escape-regexp.js';
import type { Finding, Harm } from '../schema.js';
import type { Sentence } from '../sentences.js';
import { cueById, cues, firstCue, type Cue } from '../cues/cues.js';
import { extractIntervention } from './intervention.js';
import { extractCondition } from './condition.js';
import {
  BACKGROUND,
  FUTURE,
  OTHER_INDICATION,
  OTHER_STUDY,
  STUDY_WORDS,
  finding,
  narrativeOf,
  quotedShare,
  quotedSpans,
  type ArticleText,
} from './context.js';

// Cue words and phrases are data (cues/*.yaml, each rule with an id and an example): a
// file read whole is a list of alternatives, and the id of the rule that matched travels
// into the finding's `rule`. Single rules are named by id where they are used.
/** Anything with a RegExp's `test`: a single rule, or a whole cue file. */
interface CueTest {
  test(text: string): boolean;
}
/** A cue file read as one list: `test` as a RegExp would, `first` for the rule that matched. */
const fileOf = (kind: string) => ({
  first: (text: string): Cue | null => firstCue(cues(kind), text),
  test: (text: string): boolean => firstCue(cues(kind), text) !== null,
});
const scope = (id: string): RegExp => cueById('scope', id).regex;
/** A sentence that turns to rival products in development ("Two other oral medications … are also in development"). */
const RIVALS = cueById('intervention', 'intervention-other-drugs').regex;

const OUTCOME = fileOf('results');
const HARM = fileOf('harms');
const STRONG_HARM = fileOf('serious-harms');
/**
 * Caveat cues, read after the phrases that hold a caveat word but state no caveat are taken
 * out (caveats.yaml entries marked `set-aside: true`: "physical limitations", "a lesion that
 * cannot be felt", "how the drug works is not clear"); the rest of the sentence may still
 * state one.
 */
const CAVEAT_CUES = cues('caveats').filter((cue) => cue.meta['set-aside'] !== true);
const CAVEAT_ASIDE = cues('caveats')
  .filter((cue) => cue.meta['set-aside'] === true)
  .map((cue) => new RegExp(cue.regex.source, 'gi'));
const caveatWords = (text: string): string => CAVEAT_ASIDE.reduce((words, phrase) => words.replace(phrase, ' '), text);
const CAVEAT = {
  first: (text: string): Cue | null => firstCue(CAVEAT_CUES, caveatWords(text)),
  test: (text: string): boolean => firstCue(CAVEAT_CUES, caveatWords(text)) !== null,
};
/** A company named as the source of drugs or money: a tie the reader should know. */
const INDUSTRY_TIE = fileOf('industry-ties');
/** What happens next, as an action: "will compare", "plans to seek approval", "larger trials". */
const NEXT_ACTION = fileOf('next-steps');
const UNDER_WAY = cueById('next-steps', 'next-trial-under-way').regex;
/** A filing with a regulator, or development stopped: next, even told in the past tense. */
const NEXT_DECISION = fileOf('next-decisions');
/** Phrases set aside before harm words are read ("caused by a viral infection"), and sentences that state no harm of the treatment. */
const NOT_HARM_EVERYWHERE = cues('not-harms')
  .filter((cue) => cue.meta['set-aside'] === true)
  // Every occurrence, built once rather than per sentence.
  .map((cue) => new RegExp(cue.regex.source, 'gi'));
const NOT_HARM = cues('not-harms').filter((cue) => cue.meta['set-aside'] !== true);
/** A named reaction to a treatment ("pain at the injection site") is a harm whatever its figures. */
const NAMED_REACTION = cueById('harms', 'harm-named-reaction').regex;
/**
 * Harm words that name a harm by themselves, with no risk word or list of effects beside them
 * ("could be abused", "a false alarm"): the cues in harms.yaml marked `by-itself: true`.
 */
const HARM_BY_ITSELF = cues('harms').filter((cue) => cue.meta['by-itself'] === true);
/** "does not increase the risk of …": a denied harm, set aside before harm words are read. */
const HARM_DENIED = new RegExp(scope('harm-denied').source, 'gi');
/** "lowered the death rate", "patients at high risk of …": a harm made rarer, or who was studied; set aside too. */
const HARM_REDUCED = new RegExp(scope('harm-reduced').source, 'gi');
/** Sentences about harm or its management, which are never results even when no harm is listed. */
const HARM_ONLY = scope('harm-management');
const DEATH = scope('harm-kind-death');
/** Methods, schedule and eligibility: how the study ran, not what it found. */
const METHOD = scope('setting-method');
const BASELINE = scope('setting-baseline');
/** A claim about what the study shows, without its figures: "The study found that X improves Y". */
const CONCLUSION = scope('result-conclusion');
/** A summary attributed rather than shown: "X reduced knee pain, according to a study by …". */
const ATTRIBUTED_SUMMARY = scope('result-attributed-summary');
/** The regulator's process (review programmes, designations), not an outcome of the study. */
const REGULATORY = scope('not-finding-regulatory');
const SPECULATION = scope('not-finding-speculation');
/** The people studied did something, in the past: "the average trial participant lost …". */
const PEOPLE_DID = scope('result-people-did');
/** "In HALT-MS, researchers tested … in 24 volunteers": the enrolment, not a finding. */
const ENROLMENT = scope('setting-enrolment');
/** "AML is a rapidly progressing cancer …": a definition, not a finding. */
const DEFINITION = scope('not-finding-definition');
/** "Shares of X rose 6% in early trading": the stock market, not the study. */
const MARKET = scope('not-finding-market');
/** A risk the treatment lowered, or a hazard ratio: the benefit, even when the risk is of death. */
const RISK_LOWERED = scope('result-risk-lowered');
/** An instruction to prescribers or patients, with no harm stated in it. */
const INSTRUCTION = scope('harm-instruction');
/** A verb in the past: what happened in the study. "-ed" after "is", "a", "the" … is a participle or adjective. */
const PAST =
  /\b(?:was|were|had|did|(?:did|was|were)n['’]t|went|lost|took|got|saw|fell|rose|grew|gave|began|became|kept|left|felt|led|met|paid|spent|won|ate|drank|found|showed|made|ran)\b|(?<!\b(?:is|are|be|been|being|can be|may be|a|an|the|this|that|these|those|its|their|his|her|our|some|many|more|most|less|well|newly|previously|recently|widely|commonly|not|with|by|of|for|from|as|if|when)\s)(?<!,\s)\b(?!(?:advanced|called|named|based|related|locali[sz]ed|limited|detailed|sophisticated)\b)[a-z]{3,}ed\b/i;
const DISCOURSE =
  /^(?:notably|importantly|in addition|additionally|moreover|furthermore|also|overall|however|meanwhile|similarly|likewise|in contrast|by contrast|in particular|specifically|crucially|still|but|and|yet|further),?\s+(?=\S)/i;
export interface SortedFindings {
  results: Finding[];
  harms: Harm[];
  nextSteps: Finding[];
  caveats: Finding[];
  context: Finding[];
}

interface Read {
  sentence: Sentence;
  text: string;
  /** The text with its quotation marks as a reader hears them: an opening mark added when the sentence goes on with a quotation an earlier one opened. */
  heard: string;
  /** The writer's words, quotations set aside. */
  narrative: string;
  quoted: boolean;
  future: boolean;
  background: boolean;
  numbers: NumberMatch[];
  /** A figure that measures something (not a label, year or date). */
  quantity: boolean;
  secondIndication: boolean;
}

export function sortFindings(article: ArticleText): SortedFindings {
  const sorted: SortedFindings = { results: [], harms: [], nextSteps: [], caveats: [], context: [] };
  const treatment = treatmentWords(article);
  // Harms are often told of the active ingredient a brand name's brackets give ("Lomaira
  // (phentermine) …"; "Phentermine has the potential to be abused"): both name the treatment.
  const harmTreatment = withGenericName(treatment, article);
  const disease = diseaseWords(article);
  const entryEvents = eventsOfEntry(article);
  const conclusions: Finding[] = [];
  let secondIndicationBlock = -1;
  // The last harm's sentence: the next one may go on about it.
  let lastHarm: Sentence | null = null;
  let previous: { blockIndex: number; setting: boolean; result: boolean } | null = null;
  // "After four years, doctors found:" opens a list of findings, one short paragraph each.
  let findingsList: { blockIndex: number } | null = null;
  const aside = otherStudyPassage(article, treatmentNames(article));
  let rivals: Sentence['block'] | null = null;

  for (const sentence of article.body) {
    if (sentence.block.kind !== 'paragraph' && sentence.block.kind !== 'cell') continue;
    const text = sentence.text;
    if (OTHER_INDICATION.test(text)) secondIndicationBlock = sentence.blockIndex;
    const read = readSentence(sentence, secondIndicationBlock === sentence.blockIndex);
    const { narrative, quoted, future, background, quantity } = read;
    const elsewhere = aside(sentence, narrative, read.quoted);
    // "Two other oral medications … are also in development. Bayer launched a phase 3 trial
    // for a similar drug …": from the sentence that turns to rival products, the rest of its
    // paragraph tells of them, so states no finding or harm of the treatment studied.
    if (RIVALS.test(text)) rivals = sentence.block;
    const ofRivals = rivals === sentence.block;

    // "The other half had …" goes on from a baseline or method sentence before it.
    const continues: boolean =
      previous !== null &&
      previous.blockIndex === sentence.blockIndex &&
      previous.setting &&
      /^(?:the other|the rest|the remaining|of these|of those|of them|others)\b/i.test(text);
    // A schedule or an age told on the way ("those getting the drug every four weeks",
    // "his patients, average age 39, had …") does not make an outcome comparison a method.
    // So does a lowered risk with its figure ("were 40 percent less likely to … compared to
    // those who received four weekly emails"): one figure, set against the other arm.
    const riskFigure = quantity && RISK_LOWERED.test(narrative);
    const setting: boolean =
      (METHOD.test(narrative) && !outcomeFiguresCompared(read) && !riskFigure) ||
      (scope('setting-method-active').test(narrative) &&
        !/\b(?:found|showed|shows|finds)\b/i.test(narrative) &&
        !outcomeFiguresCompared(read)) ||
      BASELINE.test(narrative.replace(/,\s*(?:average|mean|median) age (?:of )?\d+\s*,/gi, ',')) ||
      continues;
    // "They also noticed improvements in …" goes on from the result before it.
    const resultGoesOn: boolean =
      previous !== null &&
      previous.blockIndex === sentence.blockIndex &&
      previous.result &&
      /^(?:they|these|those|both|the same|it|the (?:differences?|effects?|improvements?|benefits?|results?|gains?))\b/i.test(
        leadTrimmed(text),
      ) &&
      OUTCOME.test(narrative) &&
      PAST.test(narrative);
    previous = { blockIndex: sentence.blockIndex, setting, result: false };
    const listed = findingsList !== null && listItemAfter(sentence, findingsList.blockIndex);
    if (findingsList !== null && !listed && sentence.blockIndex !== findingsList.blockIndex) findingsList = null;
    if (listed) findingsList = { blockIndex: sentence.blockIndex };
    if (scope('result-list-lead-in').test(text) && sentence.start + text.length >= sentence.block.text.trimEnd().length)
      findingsList = { blockIndex: sentence.blockIndex };

    const nextStep = nextStepIn(read);
    if (nextStep !== null) sorted.nextSteps.push(finding(nextStep.text, sentence, nextStep.rule));
    // A limit of another study, told in its passage ("Critics pounced on the study's
    // limitations"), is not this one's.
    const caveat = elsewhere === 'within' ? null : caveatIn(read);
    if (caveat !== null) sorted.caveats.push(finding(caveat.text, sentence, caveat.rule));

    if (background && quantity && !STUDY_WORDS.test(narrative.replace(/\bpatients\b/g, ''))) {
      sorted.context.push(finding(text, sentence));
      continue;
    }
    if (quoted && !future && !read.secondIndication && !ofRivals) {
      const own = quotedFinding(read);
      if (own) sorted.results.push(finding(own.text, sentence, own.rule));
      const said = quotedHarm(read, harmTreatment, disease);
      if (said) sorted.harms.push({ ...finding(uninverted(said.text), sentence, said.rule), kind: harmKind(said.text) });
    }
    if (quoted || future || read.secondIndication || ofRivals || OTHER_STUDY.test(narrative)) continue;

    // Harm words that name no harm of the treatment (a design's limit, the data reviewed,
    // another study, what causes the disease) make the sentence neither a harm nor a finding.
    if (notAHarm(narrative) || causeOfDiseaseOnly(harmNarrative(text), disease)) continue;
    // An item of a findings list ("After four years, doctors found: …") is the study's own
    // finding, so a harm in it is tied to the treatment without naming it again.
    let harm = harmIn(read, harmTreatment, (lastHarm !== null && goesOnFromHarm(read, lastHarm)) || listed, disease);
    if (harm !== null && countsTheEntryEvent(narrative, entryEvents)) harm = null;
    // The rule that makes the sentence a result; "They also …" goes on with its outcome word.
    const resultRule =
      setting || elsewhere
        ? null
        : (resultRuleOf(read, treatment) ??
          ((resultGoesOn || listed) && !read.background && !OTHER_STUDY.test(narrative) ? (OUTCOME.first(narrative)?.id ?? null) : null));
    const result = resultRule !== null;
    const strongHarm = STRONG_HARM.test(narrative.replace(/\([^)]*\)/g, ' ').replace(HARM_REDUCED, ' '));
    // Deaths compared between arms are the trial's outcome ("Death from any cause occurred
    // in 359 patients (59%) in the CABG group and in 398 …"): a result, not a harm. So is a
    // figure that only mentions a harm word on the way ("… infections had been cured").
    const mortalityOutcome =
      harm !== null &&
      result &&
      DEATH.test(narrative) &&
      !/\bside effects?|adverse\b/i.test(narrative) &&
      armsCompared(narrative) &&
      quantity;
    // A figure beside a weak harm word is a result ("… infections had been cured"), but a
    // named reaction is a harm whatever its figures.
    if (harm !== null && result && !strongHarm && specific(read) && !NAMED_REACTION.test(narrative)) harm = null;
    // "a 29% lower risk of death (hazard ratio 0.71)": a risk the treatment lowered is its
    // benefit, a result, though it names death.
    const riskLowered = result && RISK_LOWERED.test(narrative);
    if (riskLowered) harm = null;
    if (harm !== null && !mortalityOutcome) {
      // "The treatment carries some risks, and many participants experienced side effects":
      // the warning is the caveat, what happened the harm, each its own clause.
      const parted = caveat !== null && caveat.text === harm.text ? caveatApartFromHarm(harm.text) : null;
      if (parted !== null) {
        sorted.caveats[sorted.caveats.length - 1] = finding(parted.caveat, sentence, caveat!.rule);
        harm = { ...harm, text: parted.harm };
      }
      harm = { ...harm, text: bothNamed(withSubject(uninverted(harm.text), text), sentenceBefore(article, sentence)) };
      // "Those getting the drug … didn't do any better and were more prone to side effects":
      // the finding goes to the results below, the harm keeps its subject and its own verb.
      if (result && harm.text === text) harm = { ...harm, text: harmApartFromResult(text) ?? harm.text };
      sorted.harms.push({ ...finding(harm.text, sentence, harm.rule), kind: harmKind(harm.text) });
      lastHarm = sentence;
      // "There were no significant changes in mood, but a minority … experienced decreased
      // libido": a clause with the finding and one with the harm, each to its list.
      // A list item's marker ("_Estrogen pills raised …") is not a word of the finding.
      const apart = result ? resultApartFromHarm(text.replace(/^[_\-•*–]+\s*/, '')) : null;
      if (apart !== null) sorted.results.push(finding(apart, sentence, resultRule ?? undefined));
      // "26 percent of patients in the X group experienced a complete remission, compared
      // to 12 percent in the placebo group": the arms' benefit figures are the finding,
      // whatever the harm words read in them.
      else if (result && outcomeFiguresCompared(read) && /^result-(?:disease-course|response|achieved)$/.test(resultRule ?? ''))
        sorted.results.push(finding(resultClause(read), sentence, resultRule ?? undefined));
    } else if (harm === null && !riskLowered && !(result && figuresSetAgainst(read)) && (strongHarm || harmOnly(read, result))) continue;
    else if (result) {
      const clause = resultClause(read);
      // The opening paragraph's conclusion is the story's summary of the figures the body
      // gives; further on, a conclusion told in the past is one of the findings.
      const summary = sentence.blockIndex === article.body[0]?.blockIndex || !toldInThePast(narrative);
      if (!specific(read) && (CONCLUSION.test(narrative) || ATTRIBUTED_SUMMARY.test(narrative)) && summary)
        conclusions.push(finding(clause, sentence, CONCLUSION.test(narrative) ? 'result-conclusion' : 'result-attributed-summary'));
      else sorted.results.push(finding(clause, sentence, resultRule));
      previous.result = true;
    } else if (
      harm === null &&
      scope('result-approval').test(narrative) &&
      !/\b(?:no|not|never)\s+(?:[\w-]+\s+){0,3}?(?:approved|approval)\b|\buntil now\b/i.test(narrative)
    )
      // "The FDA granted accelerated approval to X for …": what an approval story reports
      // when it gives no trial results; beside results it is the regulator's process.
      conclusions.push(finding(leadTrimmed(text), sentence, 'result-approval'));
  }
  // A restated conclusion ("The study found that X improves Y") adds nothing beside the
  // figures that show it; keep it only when the article gives no figures.
  if (sorted.results.length === 0) sorted.results.push(...conclusions);
  sorted.nextSteps.push(...endMatterNextSteps(article));
  sorted.caveats.push(...endMatterTies(article));
  // A press release may print its safety information twice (after the news and again at
  // the end): the same words are one finding, at their first place.
  sorted.results = firstOfEach(sorted.results);
  sorted.harms = namedFirst(firstOfEach(sorted.harms));
  sorted.nextSteps = firstOfEach(sorted.nextSteps);
  sorted.caveats = firstOfEach(sorted.caveats);
  return sorted;
}

/** The findings without a repeat of the same words (case and spacing aside), in order. */
function firstOfEach<T extends { text: string }>(findings: T[]): T[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = finding.text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The events that brought people into the study, as the article says who was studied
 * ("patients on anticoagulants who suffer a major bleeding event", "after a person suffers a
 * stroke"): each as its words without the article ("major bleeding event").
 */
function eventsOfEntry(article: ArticleText): string[] {
  const events = new Set<string>();
  for (const sentence of article.body)
    for (const match of sentence.text.matchAll(WHO_WAS_STUDIED)) {
      const event =
        /\b(?:suffer(?:s|ed)?|experienc(?:e|es|ed)|had|has|have|live with|are living with)\s+(?:an?\s+|the\s+|their\s+)?(.+)$/i.exec(
          match[0],
        );
      const words = event?.[1]!.trim().toLowerCase();
      if (words && /\s/.test(words)) events.add(words);
    }
  return [...events];
}
const WHO_WAS_STUDIED = new RegExp(cueById('not-harms', 'not-harm-who-was-studied').regex.source, 'gi');

/**
 * "More than 1,500 of those people suffered a major bleeding event while using one of the
 * drugs", in a study of patients who suffer a major bleeding event: the event that brought
 * them in, counted, says who was studied, not what the treatment did. One told as happening
 * again ("a second bleeding event", "bled again") is an outcome, and stays a harm.
 */
function countsTheEntryEvent(narrative: string, events: string[]): boolean {
  if (/\b(?:again|another|recurr\w*|second|new|repeat\w*|further)\b/i.test(narrative)) return false;
  const lower = narrative.toLowerCase();
  return events.some((event) => lower.includes(event));
}

/**
 * The harms without those that name none ("the drug does carry some health risks", "He knew
 * the drug had risks", "Side effects are a potential concern") when another harm of the
 * article names one ("a higher risk of kidney problems"): beside it they add nothing, and a
 * document that shows the first harms would show the empty one. A harm that says how many,
 * how bad or how it compares ("no serious adverse events", "more side effects", "side
 * effects were mild") names something, and is kept.
 */
function namedFirst(harms: Harm[]): Harm[] {
  const unnamed = (harm: Harm): boolean => {
    const rest = harm.text.replace(HARM_UNNAMED, ' ');
    return (
      rest !== harm.text &&
      !HARM.test(rest) &&
      !STRONG_HARM.test(rest) &&
      !/[:\d]|\b(?:include|including|such as|like|of|for|from|with|more|fewer|less|no|none|not|differ\w*|higher|lower|mild|moderate|severe|serious|rare|common|few|minor|manageable|tolerable|temporary|limited|tolerated)\b/i.test(
        rest,
      )
    );
  };
  return harms.some((harm) => !unnamed(harm)) ? harms.filter((harm) => !unnamed(harm)) : harms;
}
const HARM_UNNAMED = new RegExp(scope('harm-unnamed').source, 'gi');

/** A sentence of another study's passage: the one that opens it (which may still say something of this study, "the research didn't address X, the fear since a landmark study a decade ago"), or one within it. */
type Aside = false | 'opens' | 'within';

/** Paragraphs after the one that tells of another study that may still be about it ("Critics pounced on the study's limitations. …"). */
const OTHER_STUDY_PARAGRAPHS = 2;
/** Paragraphs after the one that opens on a second study ("A second study showed …") that may still be about it, unless the treatment studied is named. */
const SEPARATE_STUDY_PARAGRAPHS = 4;

/**
 * Whether a sentence tells of another study than the one reported, or goes on about one:
 * "A major study published in 2008 seemed to confirm it. It found that current drugs aren't
 * much better than a placebo." An article tells the history of a question in a passage: the
 * sentences after one about another study (history told as an event, "in 2002, when a big
 * federal study was stopped", or a study dated by a year earlier than others the article
 * gives) are that study's, to the end of its paragraph and up to two paragraphs on, until
 * the article comes back to the new study ("The new study tested that."). Called once per
 * body sentence, in order.
 */
function otherStudyPassage(article: ArticleText, names: RegExp | null): (sentence: Sentence, narrative: string, quoted?: boolean) => Aside {
  const years = article.body.flatMap((s) => (s.text.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number));
  const latest = Math.max(0, ...years);
  const dated = new RegExp(scope('other-study-dated').source, 'i');
  let passage: { blockIndex: number; paragraphs: number; pointers: boolean; untilNamed?: boolean } | null = null;
  return (sentence, narrative, quoted = false) => {
    if (scope('other-study-return').test(narrative)) {
      passage = null;
      return false;
    }
    // "A second study showed that the drug X also …": the second study's passage, however
    // many paragraphs it takes, until the article names its own treatment again ("While
    // patients taking Y do very well, …"), and for at most SEPARATE_STUDY_PARAGRAPHS.
    // "A smaller study in France … failed to find a benefit": a study set beside this one by
    // its size or age, told in the past (not "A larger study is planned"), the same.
    if (
      scope('other-study-separate').test(narrative) ||
      (scope('other-study-compared').test(narrative) && PAST.test(narrative) && !FUTURE.test(narrative))
    ) {
      passage = { blockIndex: sentence.blockIndex, paragraphs: 0, pointers: false, untilNamed: true };
      return 'opens';
    }
    if (passage?.untilNamed) {
      if (names?.test(narrative)) passage = null;
      else {
        if (sentence.blockIndex !== passage.blockIndex)
          passage = { ...passage, blockIndex: sentence.blockIndex, paragraphs: passage.paragraphs + 1 };
        if (passage.paragraphs > SEPARATE_STUDY_PARAGRAPHS) passage = null;
        return passage !== null ? 'within' : false;
      }
    }
    // "In November, another company showed its device helped": an earlier report, by its month.
    // A speaker's "wouldn't have been possible a decade ago" is talk, not an earlier report:
    // only the narrative dates another study.
    if (!quoted && scope('other-study-month').test(narrative)) {
      passage = { blockIndex: sentence.blockIndex, paragraphs: OTHER_STUDY_PARAGRAPHS, pointers: true };
      return 'opens';
    }
    const year = dated.exec(narrative);
    const earlier = year !== null && Number(year[1] ?? year[2] ?? year[3]) < latest;
    if (!quoted && (earlier || scope('other-study-history').test(narrative))) {
      passage = { blockIndex: sentence.blockIndex, paragraphs: 0, pointers: false };
      return 'opens';
    }
    // Another study named in passing ("earlier this year", "other studies", "The original
    // study, published in 2009, …"): only the sentence right after it, in its paragraph or
    // opening the next, that points back to it ("It found …", "But it also suggested …") is about it.
    if (OTHER_STUDY.test(narrative)) {
      passage = { blockIndex: sentence.blockIndex, paragraphs: OTHER_STUDY_PARAGRAPHS, pointers: true };
      return false;
    }
    if (passage === null) return false;
    if (passage.pointers) {
      // "This made concluding … very difficult": a bare "this" or "that" as the subject sums up
      // the sentence before ("this study" has already come back to the main study above).
      const pointsBack =
        /^\W*(?:(?:but|and|yet)\s+)?(?:it|its|they|that study|that trial|the study|the trial|(?:this|that|these|those)(?=\s+(?:made|makes|meant|means|left|leaves|has|had|have|was|were|is|are)\b))\b/i.test(
          narrative,
        );
      passage = null;
      return pointsBack ? 'within' : false;
    }
    if (sentence.blockIndex !== passage.blockIndex) {
      passage = { ...passage, blockIndex: sentence.blockIndex, paragraphs: passage.paragraphs + 1 };
      if (passage.paragraphs > OTHER_STUDY_PARAGRAPHS) passage = null;
    }
    return passage !== null ? 'within' : false;
  };
}

export /** A paragraph of a list that follows the block before it: a bullet ("_", "-", "•"), or a short line. */
function listItemAfter(sentence: Sentence, blockIndex: number): boolean {
  if (sentence.blockIndex !== blockIndex + 1 && sentence.blockIndex !== blockIndex) return false;
  const block = sentence.block.text.trim();
  return /^[_\-•*–]\s*/.test(block) || block.split(/\s+/).length <= 30;
}

function readSentence(sentence: Sentence, secondIndication: boolean): Read {
  const text = sentence.text;
  // “We now have the ability … This type of program wouldn't have been possible a decade
  // ago …”: the second sentence is still the speaker's, though it has no mark of its own.
  const opened = quotationOpenAt(sentence);
  const heard = opened ? `${opened}${text}` : text;
  // "_No effect on …": a list item's marker is not a word of the sentence. "As previous
  // studies have shown, X turned out to be …": the lead sets this study's finding beside
  // earlier work; it does not make the sentence the other studies'.
  const narrative = narrativeOf(heard)
    .replace(/^[_\-•*–]+\s*/, '')
    .replace(scope('result-as-others-found'), '');
  const numbers = findNumbers(narrative);
  return {
    sentence,
    text,
    heard,
    narrative,
    quoted: quotedShare(heard) > 0.5,
    future: FUTURE.test(narrative),
    // "1,000 of every 2,500 women screened in the United States": a rate among the people
    // given the test or treatment, not a figure for the country.
    background: BACKGROUND.test(narrative) && !scope('harm-per-treated').test(narrative),
    numbers,
    quantity: numbers.some(
      (n) =>
        n.unit === 'count' ||
        n.unit === 'percent' ||
        n.unit === 'measure' ||
        n.unit === 'money' ||
        (n.unit === 'duration' && !/[- ](?:year|month|week|day)$/.test(n.raw)),
    ),
    secondIndication,
  };
}

/**
 * The mark of a quotation that an earlier sentence of the paragraph opened and did not
 * close, when the sentence opens inside it (“…” curly marks open and close; straight ones
 * alternate); null when it opens outside any.
 */
function quotationOpenAt(sentence: Sentence): '“' | '"' | null {
  const before = sentence.block.text.slice(0, Math.max(0, sentence.start));
  let open: '“' | '"' | null = null;
  for (const [mark] of before.matchAll(/[“”"]/g)) open = mark === '“' ? '“' : mark === '”' ? null : open === '"' ? null : '"';
  return open;
}

/** Names the article uses for the treatment studied: "Siliq", "HDIT/HCT", "the drug", "the cooling cap". */
function treatmentWords(article: ArticleText): RegExp {
  const escaped = namesOf(article);
  const generic = String.raw`\b(?:the|this|that|its|their|all|both|each|either|two|three|four)\s+(?:[\w-]+\s+){0,2}?(?:drugs?|medicines?|medications?|treatments?|therapy|therapies|devices?|caps?|system|procedure|surgery|vaccines?|implants?|transplants?|injections?|infusions?|products?|regimens?|stimulation|intervention|spray|inhalers?|patch(?:es)?|cream|gel|drops|pills?|tablets?|capsules?|shots?|supplements?|app|program(?:me)?)\b`;
  return new RegExp([generic, ...escaped.map((n) => String.raw`(?<![\w-])${n}(?![\w-])`)].join('|'), 'i');
}

/** The treatment studied by its own names only ("vemurafenib", not "the drug"): null when the article gives none. */
function treatmentNames(article: ArticleText): RegExp | null {
  const escaped = namesOf(article);
  return escaped.length > 0 ? new RegExp(escaped.map((n) => String.raw`(?<![\w-])${n}(?![\w-])`).join('|'), 'i') : null;
}

/**
 * The treatment's words and the name in brackets after its brand name where the article
 * names it ("Siliq (brodalumab)", "Lomaira™ (phentermine hydrochloride USP)"): a drug's
 * generic name, one lower-case word (not a dose, a year or a gloss of several words).
 */
function withGenericName(treatment: RegExp, article: ArticleText): RegExp {
  const { intervention } = extractIntervention(article);
  if (!intervention) return treatment;
  const brand = escapeRegExp(intervention.value.replace(/\s*\(.*$/, '').trim());
  const generic = new RegExp(String.raw`(?<![\w-])${brand}[™®]?\s*\(([a-z][a-z-]{4,})(?=[\s)])`, 'u').exec(intervention.source.text)?.[1];
  // "vascular-targeted photodynamic therapy or VTP", "… (VTP)": the short name the article
  // goes on to use, which names the treatment in its harms as the long one would.
  const short = new RegExp(String.raw`(?<![\w-])${brand}\s*(?:\(|,?\s+or\s+)([A-Z][A-Z0-9-]{1,7})(?![\w-])`, 'i').exec(
    article.body.map((sentence) => sentence.text).join(' '),
  )?.[1];
  const acronym = short !== undefined && /^[A-Z][A-Z0-9-]+$/.test(short) ? short : undefined;
  const more = [generic, acronym].filter((name): name is string => name !== undefined && !treatment.test(name));
  if (more.length === 0) return treatment;
  return new RegExp([treatment.source, ...more.map((name) => `(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`)].join('|'), 'i');
}

/** The intervention's names, escaped for a RegExp. */
function namesOf(article: ArticleText): string[] {
  const { intervention } = extractIntervention(article);
  const names = new Set<string>();
  if (intervention) {
    const value = intervention.value;
    for (const part of value.split(/[()/,]|\s+(?:and|or|vs\.?|versus|plus)\s+/)) {
      const name = part.trim();
      if (name.length >= 3) names.add(name);
    }
    for (const word of value.match(/\b[A-Z][\w-]{3,}\b|\b[A-Z]{2,}\b/g) ?? [])
      if (!/^(?:The|System|Therapy|Treatment)$/.test(word)) names.add(word);
  }
  return [...names].map(escapeRegExp);
}

const PEOPLE_OR_ARMS = scope('result-people-or-arms');
/** "69 percent of trial participants", "359 patients (59%)": a share of the people studied. */
const SHARE_OF_PEOPLE = scope('result-share-of-people');

/** The id of the rule that makes the sentence a finding of the study, or null. */
function resultRuleOf(read: Read, treatment: RegExp): string | null {
  const rule = isResult(read, treatment);
  if (!rule) return null;
  return (
    OUTCOME.first(withoutPurpose(read.narrative))?.id ??
    (SHARE_OF_PEOPLE.test(read.narrative) ? 'result-share-of-people' : 'result-people-or-arms')
  );
}

/** "30 grams of mixed nuts (walnuts, …) a day", "a dose of 10 mg": an amount given, per day or as a dose. */
function isDose(narrative: string, number: NumberMatch): boolean {
  const after = narrative.slice(number.index + number.raw.length, number.index + number.raw.length + 60).replace(/\([^()]*\)/g, '');
  const before = narrative.slice(Math.max(0, number.index - 20), number.index);
  return (
    /^[^.;,]{0,40}?\b(?:a|per|each|every)\s+(?:day|week|night|dose)\b|^[^.;,]{0,40}?\bdaily\b/i.test(after) ||
    /\bdoses?\s+of\s+$/i.test(before)
  );
}

/**
 * Parts of a sentence that hold outcome words but tell no outcome of the study (not-results.yaml,
 * `set-aside: true`): who could enter it ("had cancer that progressed following treatment").
 */
const NOT_RESULT_ASIDES = cues('not-results')
  .filter((cue) => cue.meta['set-aside'] === true)
  .map((cue) => new RegExp(cue.regex.source, 'gi'));
/** "Experts named the X diet the best overall eating plan": a ranking story's finding. */
const RANKED = cueById('results', 'result-ranking').regex;
/**
 * Sentences that state no finding of the study: a speaker's verdict on it ("thought the
 * presentation was a beneficial one") or call for more research, unless it gives a figure;
 * the parent study's finding told to place this one ("a substudy of a larger investigation
 * that found …").
 */
const NOT_RESULT = cues('not-results').filter((cue) => cue.meta['set-aside'] !== true);
const notAResult = (narrative: string, quantity: boolean): boolean =>
  NOT_RESULT.some((cue) => cue.regex.test(narrative) && !(cue.meta['unless-figures'] === true && quantity));

/**
 * "a pacemaker is used to restore normal heart beats": what a device is for, not what it did;
 * "patients who had cancer that progressed following treatment": who could take part, not how
 * they fared. Both are set aside before outcome words are read.
 */
const withoutPurpose = (narrative: string): string =>
  NOT_RESULT_ASIDES.reduce(
    (text, aside) => text.replace(aside, ' '),
    narrative.replace(/\b(?:(?:is|are|was|were)\s+)?used to (?!be\b)[^,.;]*/gi, ' '),
  );

function isResult(read: Read, treatment: RegExp): boolean {
  const { quantity } = read;
  const narrative = withoutPurpose(read.narrative);
  // "People in the trial who received X saw a body weight loss of 14.9%": a measured
  // figure for the people studied, in the past, is a finding whatever its verb.
  // A dose ("30 grams of mixed nuts a day") is what the groups were given, not what was found.
  const measured =
    read.numbers.some((n) => n.unit === 'percent' || (n.unit === 'measure' && !isDose(read.narrative, n))) &&
    PAST.test(narrative) &&
    PEOPLE_OR_ARMS.test(narrative);
  if (!OUTCOME.test(narrative) && !SHARE_OF_PEOPLE.test(narrative) && !measured) return false;
  // "Hiv Adolescents Show Improved Immune Function Following Massage Therapy.": a paper's
  // title in a reference list, not a sentence the article tells.
  if (titleCased(narrative)) return false;
  // Hopes and forecasts ("could be a game-changer", "experts believe") are not findings,
  // unless they carry the study's own figures.
  if (
    SPECULATION.test(narrative) &&
    !read.numbers.some((n) => n.unit === 'percent' || n.unit === 'measure') &&
    !SHARE_OF_PEOPLE.test(narrative) &&
    !PEOPLE_DID.test(narrative)
  )
    return false;
  if (read.background || DEFINITION.test(narrative.trim()) || REGULATORY.test(narrative)) return false;
  if (notAResult(narrative, quantity)) return false;
  // A company's share price and what it would not say are news about the company, not the trial.
  if (MARKET.test(narrative) || scope('not-finding-declined').test(narrative)) return false;
  // "The study, which enrolled 684 patients, …": the enrolment, unless the same sentence
  // goes on to compare the arms' outcome figures ("… those given X lived a median of 14.2
  // months, compared with 10.1 months for …").
  if (ENROLMENT.test(narrative) && !SHARE_OF_PEOPLE.test(narrative) && !outcomeFiguresCompared(read)) return false;
  if (scope('setting-aim').test(narrative)) return false;
  // "Studies have found that …", "should not be used in …": the literature, the label.
  if (
    scope('not-finding-other-studies').test(narrative.trim()) ||
    scope('not-finding-instruction').test(narrative) ||
    scope('not-finding-aside').test(narrative) ||
    scope('not-finding-state-of-things').test(narrative) ||
    // A panel's advice ("One group has recommended a target of 160"), what the study left
    // out ("The study did not address whether …"), a disease on the rise, the writer's own story.
    scope('not-finding-recommendation').test(narrative) ||
    scope('not-finding-not-studied').test(narrative) ||
    scope('not-finding-trend').test(narrative) ||
    scope('not-finding-first-person').test(narrative) ||
    scope('not-finding-earlier-work').test(narrative)
  )
    return false;
  // Present-tense statements about a disease or a drug in general ("they differ in cost",
  // "binds to a protein") are not findings: a finding happened, in the study, or counts
  // the people in it.
  // An effect measure ("a vaccine efficacy of 82.6%", "a 29% lower risk of death") is the
  // study's own figure, whatever the verb ("That translated into …").
  const effectMeasure = quantity && (RISK_LOWERED.test(narrative) || scope('result-effect-measure').test(narrative));
  // In the present tense a figure about "patients" or "women" is as often the disease's
  // as the study's: it needs the study's people or arms named ("the placebo group").
  const anchored =
    PAST.test(narrative) ||
    (quantity && /\b(?:participants|volunteers|subjects|groups?|arms?|placebo|trial|study)\b/i.test(narrative)) ||
    SHARE_OF_PEOPLE.test(narrative) ||
    effectMeasure ||
    // "They are only able to conclude the procedure is safe": what the researchers conclude
    // from their study, though told in the present.
    scope('result-study-concludes').test(narrative) ||
    // "… is increased, said Jane Roe, study co-author": the study's author telling what it does.
    (scope('result-told-by-author').test(narrative) && !/\b(?:may|might|could|would|suggests?)\b/i.test(narrative)) ||
    // "A panel of experts has named the X diet the best overall eating plan": what a ranking
    // put first, with who ranked it, is a ranking story's finding in any tense.
    RANKED.test(narrative) ||
    // "Women derive twice the benefit from the device as men, researchers said on Monday":
    // the study's researchers reporting what they found, in the present.
    (/,\s+(?:[\w.-]+\s+){0,2}?(?:researchers|scientists|investigators)\s+(?:said|reported)\b/i.test(narrative) &&
      !/\b(?:may|might|could|would|suggests?)\b/i.test(narrative));
  if (!anchored) return false;
  if (scope('not-finding-may-occur').test(narrative) && !PAST.test(narrative)) return false;
  return (
    quantity ||
    RANKED.test(narrative) ||
    /\b(?:participants|patients|people|volunteers|subjects|group|arm|trial|study|results?|findings?|placebo|outcomes?|researchers|scientists|investigators|team|analysis|animals|mice|rats)\b/i.test(
      narrative,
    ) ||
    // "those who had massage were no better off": the people treated, named by what they got.
    // "the number of colours turned out to be the best marker": a finding told by its verb.
    /\bthose (?:who|given|taking|receiving|getting|treated|on)\b|\b(?:was|were) associated with\b|\b(?:turned out|proved) to be\b/i.test(
      narrative,
    ) ||
    treatment.test(narrative)
  );
}

/** Every word of four letters or more capitalised, and at least four of them: a title, not a sentence. */
function titleCased(narrative: string): boolean {
  const words = narrative.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return words.length >= 4 && words.every((word) => /^\p{Lu}/u.test(word));
}

/**
 * A finding the researchers tell in their own words ("We found there was a dramatic
 * reduction in death from any cause"): a quoted span that says "we found" or "our study
 * showed" and holds an outcome word. Other quoted words are opinion, not findings.
 */
function quotedFinding(read: Read): { text: string; rule: string } | null {
  // "The study reported that “…”": the study's own words, not a speaker's opinion.
  const studyWords = scope('result-quoted-from-study').test(read.narrative);
  for (const span of quotedSpans(read.heard)) {
    if (OTHER_STUDY.test(span.text) || FUTURE.test(span.text)) continue;
    const outcome = OUTCOME.first(span.text);
    if (!outcome) continue;
    // "Every patient … treated on this study had their tumor shrink", "The people who had
    // 24 lessons had gone down from 21 days of pain to 3": what happened in the study, told
    // by the researcher.
    const happened = span.text
      .split(/(?<=[.!?])\s+/)
      .some(
        (part) =>
          OUTCOME.test(part) &&
          PAST.test(part) &&
          !SPECULATION.test(part) &&
          !/\bsuggest/i.test(part) &&
          (scope('result-quoted-this-study').test(part) || (PEOPLE_DID.test(part) && findNumbers(part).length > 0)),
      );
    if (studyWords || happened || scope('result-quoted-we-found').test(span.text)) return { text: trimQuote(span.text), rule: outcome.id };
  }
  return null;
}

/**
 * A conclusion that tells what happened to the people or cells studied ("A study shows
 * salsalate reduced blood sugar", "Researchers found that those given a placebo did not
 * recover as quickly") is a finding; one that states a general truth in the present ("The
 * study found that surgery increases survival") restates the figures told elsewhere.
 */
function toldInThePast(narrative: string): boolean {
  const reported =
    /\b(?:found|finds|show|shows|showed|shown|suggest|suggests|suggested|demonstrated|demonstrates|indicate|indicates|indicated|confirm|confirms|confirmed)\b(?:\s+that)?\s+(.*)$/i.exec(
      narrative,
    );
  if (reported === null) return false;
  // "patients with advanced disease", "a form called L-methylfolate": participles that
  // describe a noun are not the verb of the clause.
  const clause = reported[1]!.replace(
    /\b(?:with|for|of|in|on|by|from|into|at|as)\s+[a-z]+ed\b|\b(?:called|named|dubbed|termed|known|based|related|left)\b/gi,
    ' ',
  );
  return PAST.test(clause);
}

/** A result with figures or a comparison with a control, as against a restated conclusion. */
function specific(read: Read): boolean {
  const countsPeople = (n: NumberMatch) =>
    n.unit === 'count' &&
    /^\s+(?:[\w-]+\s+){0,3}?(?:participants|patients|people|volunteers|subjects|women|men|children|adults|users|events?|cases|deaths|infections)\b/i.test(
      read.narrative.slice(n.index + n.raw.length, n.index + n.raw.length + 80),
    );
  const figures =
    read.numbers.some((n) => n.unit === 'percent' || n.unit === 'measure' || n.unit === 'money' || countsPeople(n)) ||
    SHARE_OF_PEOPLE.test(read.narrative);
  return (
    figures ||
    /\b(?:superior|inferior|non-?inferior|statistically significant|than (?:placebo|those|patients|participants|people)|compared (?:with|to) (?:placebo|those|patients|participants|the)|versus placebo|vs\.? placebo)\b/i.test(
      read.narrative,
    )
  );
}

/** Two measured figures (months, points, %) set against each other: "14.2 months, compared with 10.1 months". */
function outcomeFiguresCompared(read: Read): boolean {
  const measures = read.numbers.filter(
    (n) => n.unit === 'percent' || n.unit === 'measure' || (n.unit === 'duration' && !/[- ](?:year|month|week|day)$/.test(n.raw)),
  );
  // "While 19.5 percent of those on placebo met the endpoint, … 53.3 percent …": set against each other too.
  return (
    measures.length >= 2 &&
    /\b(?:compared (?:with|to)|versus|vs\.?|than|whereas)\b|^\W*while\b/i.test(read.narrative) &&
    OUTCOME.test(read.narrative)
  );
}

/** "45 percent higher in rural areas compared with urban areas", "14.2 months, compared with 10.1": a rate set against another. */
function figuresSetAgainst(read: Read): boolean {
  return outcomeFiguresCompared(read) || (read.quantity && /\b(?:compared (?:with|to)|than)\b/i.test(read.narrative));
}

/**
 * A sentence about harm or its management ("should not be used", "warnings"), never a
 * result; but "had proved more than 90 percent accurate, and there was no reason why it
 * should not work in children" states a measured finding first.
 */
function harmOnly(read: Read, result: boolean): boolean {
  if (!HARM_ONLY.test(read.narrative)) return false;
  return !(result && specific(read) && !/\b(?:warnings?|contraindicat\w*|must not|label\w*|medication guide)\b/i.test(read.narrative));
}

function armsCompared(text: string): boolean {
  return /\b(?:group|arm)\b[^.;]*\b(?:and|compared|versus|vs\.?|than)\b|\bthan (?:patients|participants|those)\b|\b(?:alone|placebo)\b/i.test(
    text,
  );
}

/**
 * The sentence as harm words are read in it: quotations set aside as in `narrative`, but
 * scare quotes of a few words kept, since a writer who puts "adverse events" in quotation
 * marks still states them.
 */
function harmNarrative(text: string): string {
  return text.replace(/[“"]([^”"]*)[”"]?/g, (whole, inner: string) => (inner.trim().split(/\s+/).length <= 4 ? ` ${inner} ` : ' '));
}

/**
 * Harm words outside brackets (an endpoint's definition), outside a denied or lowered harm,
 * outside a disease's cause ("heart failure caused by a viral infection"), and outside the
 * name of the disease studied (an "ear infection" trial's infection is the disease, not a harm).
 */
function harmWords(narrative: string, disease: RegExp | null = null, setAside = true): string {
  let words = narrative.replace(/\([^)]*\)/g, ' ');
  // Set-aside phrases first: some ("reduced the risk of progression or death") hold a
  // denied or lowered harm that the cues below would cut in half.
  if (setAside) for (const phrase of NOT_HARM_EVERYWHERE) words = words.replace(phrase, ' ');
  words = words.replace(HARM_DENIED, ' ').replace(HARM_REDUCED, ' ');
  if (!disease) return words;
  return words.replace(diseaseToll(disease), ' ').replace(disease, ' ');
}

/**
 * "the high suicide rate with bipolar disorder", "death rates among people with X": a
 * rate of harm in the disease studied is the disease's toll (often an argument for the
 * treatment), not a harm of the treatment. So are deaths from the disease ("354 lung cancer
 * deaths among those screened"): the outcome the treatment is meant to lower, counted.
 */
function diseaseToll(disease: RegExp): RegExp {
  // Built once per article's disease pattern: harmWords runs for every sentence, clause and quote.
  let toll = TOLLS.get(disease);
  if (!toll)
    TOLLS.set(
      disease,
      (toll = new RegExp(
        String.raw`\b(?:[\w-]+\s+){0,2}?(?:rates?|risk)\s+(?:with|in|among|of|for)\s+(?:(?:people|patients|those|individuals|adults|children)\s+with\s+)?(?:${disease.source})|(?:${disease.source})\s+(?:deaths?|mortality)\b|\b(?:deaths?|died)\s+(?:from|due to|of)\s+(?:${disease.source})`,
        'gi',
      )),
    );
  return toll;
}
const TOLLS = new WeakMap<RegExp, RegExp>();

/** Harm words of a sentence that all name what causes the disease ("women more often had heart failure caused by a viral infection"): the disease, not the study's finding. */
function causeOfDiseaseOnly(narrative: string, disease: RegExp | null): boolean {
  const hasHarm = (words: string) => HARM.test(words) || STRONG_HARM.test(words);
  return hasHarm(harmWords(narrative, disease, false)) && !hasHarm(harmWords(narrative, disease)) && !HAPPENED.test(narrative);
}

/** The name of the disease studied, as harm words are read ("ear infection" of "acute ear infection (AOM)"): null when none. */
function diseaseWords(article: ArticleText): RegExp | null {
  const name = extractCondition(article)
    ?.value.replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return name ? new RegExp(String.raw`(?<![\w-])${escapeRegExp(name)}(?:e?s)?(?![\w-])`, 'gi') : null;
}

/** A sentence with harm words that states no harm of the treatment: a design's limit, the data reviewed, another study. Something that happened to people still counts. */
function notAHarm(narrative: string): boolean {
  // Most cues give way to something that happened to people; a cue marked
  // `even-if-happened` (a cohort's death count, an animal model beside healthy controls)
  // says what happened is not the treatment's doing.
  return NOT_HARM.some((cue) => cue.regex.test(narrative) && (cue.meta['even-if-happened'] === true || !HAPPENED.test(narrative)));
}

/** Something that happened to the people studied: a harm told beside a not-a-harm cue still counts. */
const HAPPENED = /\b(?:occurred|died|experienced|developed|suffered)\b/i;

/**
 * What ties harm words to the treatment studied: its names, the people or arms of the trial,
 * a verb saying it happened, "X comes with side effects" (only a treatment comes with
 * them), "these drugs", or "it may even be harmful" ("it" with a modal: the thing the
 * writer has just named, which in a harm sentence is the treatment), or "their safety".
 */
function harmAnchored(narrative: string, treatment: RegExp): boolean {
  return (
    treatment.test(narrative) ||
    scope('harm-people-treated').test(narrative) ||
    // "of every 2,500 women screened", "twisting too early": the people given the test, or
    // what they do too soon after the treatment.
    scope('harm-per-treated').test(narrative) ||
    scope('harm-too-soon').test(narrative) ||
    // "patients on lithium", "those on the drug": the people given a treatment.
    /\b(?:patients|people|those|participants|users|women|men|children|adults)\s+(?:who (?:are|were)\s+)?on\s+(?!(?:average|top|time|their own|the whole|a (?:diet|waiting list))\b)(?:the\s+)?[\w-]{4,}/i.test(
      narrative,
    ) ||
    /\b(?:occurred|died|experienced|reported|developed|suffered|showed|observed|noted|found that)\b/i.test(narrative) ||
    // "Neither treatment prompted significant side effects", "the technique … resulted in
    // more memory loss": the treatment named by its kind, as the subject of what it did.
    TREATMENT_CAUSED.test(narrative) ||
    // "Side effects can include …", "X were the most common side effects": only a treatment's effects are listed so.
    scope('harm-effects-listed').test(narrative) ||
    /\b(?:comes?|came) with (?:[\w-]+\s+){0,3}?(?:side effects?|risks?|adverse)|\b(?:these|those) (?:[\w-]+\s+){0,2}?(?:drugs?|medicines?|medications?|treatments?|therapies|vaccines?|devices?)\b/i.test(
      narrative,
    ) ||
    /\bit (?:(?:also|even|still) )?(?:may|might|could|can|would)\b|\b(?:its|their) (?:long-term )?safety\b/i.test(narrative)
  );
}

const TREATMENT_CAUSED =
  /\b(?:the|this|that|either|neither|both|each|every)\s+(?:(?:new|combined|experimental|active|same)\s+)?(?:treatments?|techniques?|therapy|therapies|procedures?|approach(?:es)?|drugs?|medications?|medicines?|vaccines?|devices?|interventions?|regimens?)\b[^.;]{0,80}?\b(?:caused|prompted|resulted in|led to|produced|triggered|brought on)\b/i;

/**
 * Does the sentence go on about the harm just before it, in the same paragraph? It says
 * what the harm can do, not what happened ("It could be abused."; "Severe hyponatremia can
 * be life-threatening"), and it starts with a pronoun or repeats a word of that harm
 * (people and study words apart).
 */
function goesOnFromHarm(read: Read, before: Sentence): boolean {
  const { sentence, narrative } = read;
  if (before.blockIndex !== sentence.blockIndex || before.index !== sentence.index - 1) return false;
  if (/\b(?:was|were|had|did)\b/i.test(narrative)) return false;
  if (/^\W*(?:it|they|this|that|these|those)\b/i.test(narrative)) return true;
  const stems = (text: string) =>
    new Set(
      (text.toLowerCase().match(/[a-z]{5,}/g) ?? [])
        .filter(
          (w) =>
            !/^(?:patients?|people|participants?|subjects?|women|children|study|studies|trials?|researchers?|doctors?|about|their|which|there|these|those|other|after|before|while)$/.test(
              w,
            ),
        )
        .map((w) => w.replace(/s$/, '')),
    );
  const earlier = stems(before.text);
  return [...stems(narrative)].some((w) => earlier.has(w));
}

/**
 * A harm's clause and the rule that found its harm word. `followsHarm`: the sentence before,
 * in the same paragraph, was a harm, so this one may go on about it ("Noctiva can cause
 * hyponatremia. Severe hyponatremia can be life-threatening …") without naming the drug.
 */
function harmIn(read: Read, treatment: RegExp, followsHarm = false, disease: RegExp | null = null): { text: string; rule: string } | null {
  const { text } = read;
  const narrative = harmNarrative(text);
  // Harm words only inside brackets (an endpoint's definition), or denied ("does not
  // increase the risk of heart problems"), or naming the disease or its cause, do not make a harm.
  const outsideBrackets = harmWords(narrative, disease);
  // A strong harm word ("experienced decreased libido") names a harm even when no weaker one is there.
  const rule = HARM.first(outsideBrackets) ?? STRONG_HARM.first(outsideBrackets);
  if (!rule) return null;
  if (read.background || notAHarm(narrative)) return null;
  // The disease's own complications or symptoms, in general: background.
  if (scope('harm-of-the-disease').test(narrative) && !treatment.test(narrative.replace(/\bside effects? of\b.*$/i, ''))) return null;
  // "A causal association … has not been established": an uncertainty, not a harm.
  // "more information is needed on dosing and side effects", "wanted to test whether …":
  // left open or looked for, not found.
  if (scope('harm-not-studied').test(narrative)) return null;
  if (scope('harm-not-established').test(narrative) && !/\b(?:occurred|died|experienced|reported|developed)\b/i.test(narrative))
    return null;
  if (INSTRUCTION.test(narrative) && !/\b(?:may|can|could) cause\b|\brisk of\b|\bbecause\b/i.test(narrative)) return null;
  // Harm words are tied to the treatment or the trial, or state something that happened,
  // or go on from the harm before.
  if (!followsHarm && !harmAnchored(narrative, treatment)) return null;
  if (
    !followsHarm &&
    !STRONG_HARM.test(outsideBrackets) &&
    !/\b(?:risks?|complications?|infections?|events?|warnings?|safety|damage)\b/i.test(outsideBrackets) &&
    !HARM_BY_ITSELF.some((cue) => cue.regex.test(outsideBrackets))
  ) {
    // A symptom word alone ("headache") names a harm only in a list of effects.
    if (!/\b(?:include|including|such as|were|was)\b/i.test(narrative)) return null;
  }
  return { text: harmClause(text, disease), rule: rule.id };
}

/**
 * A harm a speaker states ("the main side effect of these drugs is bone loss"): a quoted
 * span with a harm word tied to the treatment or the people treated. The span is the harm's text.
 */
function quotedHarm(read: Read, treatment: RegExp, disease: RegExp | null = null): { text: string; rule: string } | null {
  for (const span of quotedSpans(read.heard)) {
    // Another study, the disease in general, or figures for a country are not the treatment's harms.
    if (OTHER_STUDY.test(span.text) || scope('harm-of-the-disease').test(span.text) || BACKGROUND.test(span.text) || notAHarm(span.text))
      continue;
    const words = harmWords(span.text, disease);
    const rule = STRONG_HARM.first(words) ?? HARM.first(words);
    if (!rule || !harmAnchored(itResolved(span.text, treatment), treatment)) continue;
    if (!STRONG_HARM.test(words) && !/\b(?:risks?|harm(?:ful|ed)?|complications?|health)\b/i.test(words)) continue;
    return { text: trimQuote(harmClause(harmSentences(span.text, disease), disease)), rule: rule.id };
  }
  return null;
}

/**
 * A quotation whose "It may be harmful …" follows a sentence about something else
 * ("Labor pain matters … It may be psychologically harmful"): "it" is that thing, not the
 * treatment, so "it may" no longer ties the harm to the treatment. The text otherwise as given.
 */
const IT_MODAL = /(?:^|(?<=[.!?]\s+))It (?:(?:also|even|still) )?(?:may|might|could|can|would)\b/g;
function itResolved(text: string, treatment: RegExp): string {
  return text.replace(IT_MODAL, (it: string, at: number) => {
    const before = text.slice(0, at).trim();
    // The sentence before, within the quotation: when it opens on a noun (not a pronoun)
    // and names no treatment, that noun is what "it" stands for.
    const previous = before.split(/(?<=[.!?])\s+/).pop() ?? '';
    if (previous === '' || treatment.test(previous) || /^\W*(?:it|this|that|they|we|i|you|he|she)\b/i.test(previous)) return it;
    return 'That';
  });
}

function harmKind(text: string): Harm['kind'] {
  if (DEATH.test(text)) return 'death';
  if (scope('harm-kind-side-effect').test(text)) return 'side-effect';
  if (scope('harm-kind-warning').test(text)) return 'warning';
  return 'risk';
}

/** The sentence's future plan, if it states one (the quoted words when a speaker says it), and its rule. */
/**
 * A release's end matter (after "###") is mostly funding and boilerplate, but it may say when
 * the study's own final results will be presented ("Final clinical results for the study will
 * be reported at … 2016 annual meeting"): the release's word on what happens next, and only
 * that (a company's plans there are forward-looking boilerplate).
 */
const OWN_STUDY = /\b(?:the|this) (?:study|trial)\b|\b(?:final|full|complete) (?:clinical )?(?:results|data|findings)\b/i;
function endMatterNextSteps(article: ArticleText): Finding[] {
  return (article.endMatter ?? []).flatMap((sentence) => {
    if (sentence.block.kind !== 'paragraph' || !OWN_STUDY.test(sentence.text)) return [];
    const step = nextStepIn(readSentence(sentence, false));
    return step?.rule === 'next-to-be-presented' ? [finding(step.text, sentence, step.rule)] : [];
  });
}

/**
 * A release's end matter also holds the authors' disclosures ("Dr. Lee is a paid consultant
 * for Acme Inc."): a tie the reader should know, read by the industry-ties cues as it would be
 * in the body, so it prints beside that author's quotes (review 15: a consultancy after "###"
 * was read as funding, never as a tie). Not a quoted sentence, which speaks for someone else.
 */
function endMatterTies(article: ArticleText): Finding[] {
  return (article.endMatter ?? []).flatMap((sentence) => {
    if (sentence.block.kind !== 'paragraph' || quotedShare(sentence.text) > 0) return [];
    const rule = INDUSTRY_TIE.first(narrativeOf(sentence.text));
    return rule ? [finding(leadTrimmed(sentence.text), sentence, rule.id)] : [];
  });
}

function nextStepIn(read: Read): { text: string; rule: string } | null {
  const { text, heard, narrative } = read;
  // Another study counts only when it is still to come ("A separate trial … is under way,
  // with results expected in 2027"); an earlier one is history.
  // A later trial already running ("a second trial, currently underway in the United
  // States") is what comes next, though its country reads as background and "second" as
  // another study.
  const underWay = UNDER_WAY.test(narrative);
  if ((read.background && !underWay) || (OTHER_STUDY.test(narrative) && !read.future && !underWay)) return null;
  for (const span of read.quoted ? quotedSpans(heard) : []) {
    // A speaker's words are read as the writer's are: what will happen to people with the
    // disease, or what would happen if, is no plan.
    const said = nextSentence(span.text, NEXT_ACTION);
    const rule = NEXT_ACTION.first(said);
    if (rule && !notAPlan(said)) return { text: trimQuote(nextClause(said, rule.regex)), rule: rule.id };
  }
  if (read.quoted) return null;
  // Most cues need the sentence to be about the future or an intent; a `standalone` cue
  // states what is to come by itself ("more research is needed").
  const intent = read.future || scope('next-intent').test(narrative);
  const action = cues('next-steps').find((cue) => (intent || cue.meta.standalone === true) && cue.regex.test(narrative));
  if (action && !notAPlan(narrative)) return { text: nextClause(leadTrimmed(text), action.regex), rule: action.id };
  // A filing with a regulator is what happens next, even told in the past tense; so is
  // "X said it would stop development of the drug", the end of the road.
  const decision = NEXT_DECISION.first(narrative);
  return decision ? { text: leadTrimmed(text), rule: decision.id } : null;
}

/** "If these findings are confirmed in larger studies, …": a condition, not a plan. */
function conditional(text: string): boolean {
  return /^\W*(?:if|unless|should)\b/i.test(text.trim());
}

/**
 * Future words that state no plan: a condition ("If …"), what would happen if ("I would
 * look silly if I …"), what will happen to people with the disease ("one in two people will
 * develop cancer"), or a step of the treatment itself ("The next step is for the patient to …").
 */
function notAPlan(text: string): boolean {
  return (
    conditional(text) ||
    /\bwould\b[^.;]*\bif\b|\bif\b[^.;]*\bwould\b/i.test(text) ||
    scope('not-next-prognosis').test(text) ||
    scope('not-next-procedure').test(text)
  );
}

/** The sentence of a quotation that states the plan, when it has several ("Off-label use is risky. We are working to …" keeps the second). */
function nextSentence(text: string, cue: CueTest): string {
  const sentences = text.split(/(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|St|vs|[A-Z]))(?<=[.!?])\s+(?=[A-Z“"])/);
  return sentences.find((sentence) => cue.test(sentence)) ?? text;
}

/**
 * The clause of a next step that states it, when the sentence joins it to a caveat: "their
 * findings cannot establish cause and effect, but say they raise questions that warrant
 * further investigation" keeps what follows "but". A clause without a subject of its own
 * ("…, and will discuss …") is kept with the sentence.
 */
function nextClause(text: string, cue: RegExp): string {
  const split = /,?\s+but\s+(?:(?:say|says|said|add|adds|added|note|notes|noted)\s+(?:that\s+)?)?/i.exec(text);
  if (!split) return text;
  const [before, after] = [text.slice(0, split.index), text.slice(split.index + split[0].length)];
  if (cue.test(after) && !cue.test(before) && CAVEAT.test(before)) return after;
  return text;
}

/** The caveat the sentence states (its concessive clause, or the quoted words, or the sentence) and its rule. */
function caveatIn(read: Read): { text: string; rule: string } | null {
  const { text, heard, narrative } = read;
  if (read.background && !/\bcosts?\b/i.test(narrative)) return null;
  // "He is a consultant for Acme Inc." opens as a definition does, but states an author's tie.
  if (DEFINITION.test(narrative.trim()) && !/\b(?:not|no|only|may not)\b/i.test(narrative) && !INDUSTRY_TIE.test(narrative)) return null;
  for (const span of read.quoted ? quotedSpans(heard) : []) {
    const rule = CAVEAT.first(span.text);
    if (rule && !notCaveat(rule, span.text)) return { text: trimQuote(concessive(span.text, CAVEAT) ?? span.text), rule: rule.id };
  }
  if (read.quoted) return null;
  const rule = CAVEAT.first(narrative) ?? INDUSTRY_TIE.first(narrative);
  if (!rule || notCaveat(rule, narrative)) return null;
  return { text: concessive(text, CAVEAT) ?? leadTrimmed(text), rule: rule.id };
}

/**
 * A cost saved, or what the disease costs a country, is no reason for caution; and a
 * label's "not recommended for pregnant women" is a warning, filed with the harms.
 */
function notCaveat(rule: Cue, text: string): boolean {
  if (rule.id === 'caveat-cost') return scope('not-caveat-cost-saving').test(text);
  return rule.id === 'caveat-caution' && cueById('harms', 'harm-warning').regex.test(text) && !/\bcaution/i.test(text);
}

/** Splits "A, although B" into its two clauses. */
function clauses(text: string): [string, string] | null {
  const split = /,\s+(?:although|though|but|whereas|even though)\s+/i.exec(text);
  if (!split) return null;
  return [text.slice(0, split.index), text.slice(split.index + split[0].length)];
}

/**
 * The clause of "A, although B" or "(…that) while A, B" that carries the cue, when only
 * one does: "key concerns … remain" out of "Dr. X emphasizes that while the findings mark
 * a step forward, key concerns … remain".
 */
function concessive(text: string, cue: CueTest): string | null {
  // "However, although A, B": the discourse word before the subordinate clause is no clause of its own.
  const leading = /^(?:(?:[^,“"]*?\bthat\s+)?)((?:while|although|though|even though|despite)\s+[^,]+),\s+(.+)$/i.exec(
    text.replace(DISCOURSE, ''),
  );
  if (leading) {
    const [, sub, main] = leading as unknown as [string, string, string];
    const inSub = cue.test(sub);
    const inMain = cue.test(main);
    if (inSub && !inMain) return sub;
    // A main clause that opens with a pronoun ("they differ in cost") needs its subordinate clause.
    if (inMain && !inSub) return /^(?:they|it|this|these|those|he|she|we)\b/i.test(main) ? null : main;
  }
  const parts = clauses(text);
  if (!parts) return null;
  const [a, b] = parts;
  const inA = cue.test(a);
  const inB = cue.test(b);
  if (inB && !inA) return b;
  if (inA && !inB) return leadTrimmed(a);
  return null;
}

/** A result's clause: without a trailing caveat or guess, a leading discourse word, a lead-in or a list marker ("_No effect …"). */
function resultClause(read: Read): string {
  const parts = clauses(read.text);
  if (parts && CAVEAT.test(parts[1]) && !CAVEAT.test(parts[0]) && OUTCOME.test(parts[0])) return leadTrimmed(parts[0]);
  return leadTrimmed(withoutGuess(read.text.replace(/^[_\-•*–]+\s*/, '')));
}

/**
 * "The test proved 90 percent accurate in adults and there was no reason why it should not
 * work in children": the measured finding without the guess joined to it, a clause of its own
 * (it opens on its subject) that speculates and gives no figure.
 */
function withoutGuess(text: string): string {
  const joins = [...text.matchAll(/,?\s+(?:and|but)\s+(?=(?:there|it|they|this|that|these|he|she|we)\b)/gi)];
  for (const join of joins) {
    const [head, tail] = [text.slice(0, join.index), text.slice(join.index + join[0].length)];
    if (SPECULATION.test(tail) && findNumbers(tail).length === 0 && OUTCOME.test(head) && !SPECULATION.test(head)) return `${head}.`;
  }
  return text;
}

/**
 * "A carries some risks, and many participants experienced X": a sentence filed as a harm and
 * a caveat whose ", and" joins a caution (the caveat's cue, no harm that happened) to a harm
 * that happened to the people treated (no caveat cue). Null when the clauses do not part so.
 */
function caveatApartFromHarm(text: string): { caveat: string; harm: string } | null {
  const split = /,\s+and\s+/i.exec(text);
  if (!split) return null;
  const [a, b] = [text.slice(0, split.index), text.slice(split.index + split[0].length)];
  const happened = (part: string) => HAPPENED.test(part) || /\b(?:had|reported)\b/i.test(part);
  const harmful = (part: string) => HARM.test(part) || STRONG_HARM.test(part);
  if (CAVEAT.test(a) && !CAVEAT.test(b) && !happened(a) && happened(b) && harmful(b)) return { caveat: leadTrimmed(a), harm: b };
  return null;
}

/** The clause of "A, but B" or "While A, B" that states a finding with no harm in it, when the other clause holds the harm. */
function resultApartFromHarm(text: string): string | null {
  const leading = /^((?:while|although|though|even though)\s+[^,]+),\s+(.+)$/i.exec(text);
  // "… didn't do any better and were slightly more prone to side effects": a second verb.
  const joined = /^(.+?)\s+and\s+((?:were|was|had|also)\b.+)$/i.exec(text);
  const parts = leading ? [leading[1]!, leading[2]!] : (clauses(text) ?? (joined ? [joined[1]!, joined[2]!] : null));
  if (!parts) return null;
  const harmless = (part: string) => OUTCOME.test(part) && !HARM.test(part) && !STRONG_HARM.test(part);
  const harmful = (part: string) => HARM.test(part) || STRONG_HARM.test(part);
  const [a, b] = parts;
  if (harmless(a!) && harmful(b!)) return leadTrimmed(a!);
  if (harmless(b!) && harmful(a!)) return leadTrimmed(b!);
  return null;
}

/**
 * "Those getting the drug every two weeks didn't do any better and were slightly more prone
 * to side effects": a subject with two verbs, the first a finding with no harm in it, the
 * second the harm. The harm is the subject with the second verb ("Those getting the drug
 * every two weeks were slightly more prone to side effects"); null when the sentence is not so.
 */
function harmApartFromResult(text: string): string | null {
  const joined = /^(.+?)\s+and\s+((?:were|was|had|also)\b.+)$/i.exec(text);
  if (!joined) return null;
  const [, first, second] = joined as unknown as [string, string, string];
  if (!OUTCOME.test(first) || HARM.test(first) || STRONG_HARM.test(first) || !(HARM.test(second) || STRONG_HARM.test(second))) return null;
  // The subject: the words before the first clause's verb.
  const subject = /^(.+?)\s+(?:did(?:n[’']t| not)?|were(?:n[’']t)?|was(?:n[’']t)?|had|has|have|showed|saw|got|fared|[a-z]{3,}ed)\b/i.exec(
    first,
  )?.[1];
  if (!subject || /,/.test(subject)) return null;
  return `${subject} ${second}`;
}

/**
 * A harm's clause, when only one part of the text holds harm words: the sentence of a
 * quotation that states it ("… health concerns. We are working on a safe drug" keeps the
 * first); the clause of "A, although/but/while/and B" ("…, although some participants
 * experienced side effects" keeps the harm; "the main side effect of X is bone loss, while
 * Y reduces bone loss" drops the other drug's benefit; "it does not cause severe side
 * effects, and none had to quit because of a side effect" drops the denial); or the
 * concession of "Though some users have experienced X, Dr. Y said he had never seen it".
 */
function harmClause(text: string, disease: RegExp | null = null): string {
  const harmful = (part: string) => {
    const words = harmWords(harmNarrative(part), disease);
    return HARM.test(words) || STRONG_HARM.test(words);
  };
  // Only the parts with harm words, when some have none; null when all or none have.
  const only = (parts: string[]): string[] | null => {
    const kept = parts.filter(harmful);
    return kept.length > 0 && kept.length < parts.length ? kept : null;
  };
  // "Though some users had X, he had never seen it": the concession is the harm when the
  // main clause reassures; "Although only minor side effects were reported, users tended to
  // develop Y" states a second harm, so it stays whole.
  // "Researchers claim that although the drug carries some risks, its effectiveness means it
  // should be used more": the concession after who claims it, the main clause arguing for
  // the treatment, reassures as "never" or "safe" does.
  const claimed = text.replace(
    /^(?:[\w.’'-]+\s+){1,4}?(?:said|says|claim(?:s|ed)?|argue[sd]?|note[sd]?|add(?:s|ed)|state[sd]?)\s+that\s+(?=(?:though|although|even though|while)\b)/i,
    '',
  );
  const leading = /^(?:though|although|even though|while)\s+([^,]+),\s+(.+)$/i.exec(claimed);
  if (leading) {
    const kept = only([leading[1]!, leading[2]!]);
    const reassures = REASSURES.test(leading[2]!) || /\boutweigh\w*|\bshould be (?:\w+ )?(?:more )?(?:widely )?used\b/i.test(leading[2]!);
    if (kept?.length === 1 && (kept[0] === leading[2] || reassures)) return leadTrimmed(kept[0]!);
  }
  const split = /,\s+(?:although|though|but|whereas|while|even though|and)\s+/i.exec(text);
  if (split) {
    const parts = [text.slice(0, split.index), text.slice(split.index + split[0].length)] as [string, string];
    const kept = only(parts);
    // "…, and" joins list items as often as clauses: a part is dropped there only when its
    // harm words are denied ("it does not cause the severe side effects …, and none had to quit …").
    const dropped = kept?.length === 1 ? parts.find((part) => part !== kept[0])! : null;
    const denied = dropped !== null && (HARM.test(dropped) || STRONG_HARM.test(dropped));
    // "Prevention of hair loss may be a significant benefit to their quality of life, and the
    // risk of X is extremely rare": a benefit the sentence weighs the harm against is a clause
    // of its own, not an item of the harm's list, so it is dropped too.
    // So is a finding set against the other arm ("depression was less common in the drug
    // group than in the placebo group, and side effects were rare and mild"): a clause with
    // its own comparison, not an item of a list.
    const benefit = dropped !== null && kept?.[0] === parts[1] && (WEIGHED_BENEFIT.test(dropped) || ARM_SET_AGAINST.test(dropped));
    // A second clause that opens on a pronoun ("…, while others show no response") needs the first.
    const needsFirst = kept?.[0] === parts[1] && /^(?:it|they|this|these|those|he|she|others|the others|the rest)\b/i.test(parts[1]);
    if (kept?.length === 1 && (!/^,\s+and\b/i.test(split[0]) || denied || benefit) && !needsFirst) {
      const clause = leadTrimmed(kept[0] === parts[1] ? namedBack(parts[1], parts[0]) : kept[0]!);
      // The clause cut from after a finding opens the harm now: "Side effects … were rare".
      return benefit && !WEIGHED_BENEFIT.test(dropped!)
        ? leadTrimmed(withoutAttribution(clause)).replace(/^\p{Ll}/u, (first) => first.toUpperCase())
        : clause;
    }
    // "It works in some, while others show no response and in some younger women it may even
    // be harmful": the pronoun's clause is not the harm, but the clause "and" joins to it is,
    // when it opens on its own words rather than on another pronoun.
    const inner = needsFirst && kept?.length === 1 ? /^(.+?)\s+and\s+(.+)$/.exec(parts[1]) : null;
    if (inner && !harmful(inner[1]!) && harmful(inner[2]!) && !/^(?:it|they|this|these|those|he|she|others)\b/i.test(inner[2]!))
      // A clause cut from inside a sentence opens it now: "In some younger women …".
      return leadTrimmed(inner[2]!).replace(/^\p{Ll}/u, (first) => first.toUpperCase());
  }
  return leadTrimmed(withoutAttribution(text)).replace(SAID_THAT, '');
}

/**
 * "People take anticoagulants to avoid blood clots, but the downside is that these
 * medications increase a person's risk of severe bleeding": the harm's clause, cut from the
 * one that names what people take, says only "these medications", which alone names nothing
 * (and a brief cannot print a harm that leans on a sentence it does not show). The plural the
 * first clause says people take, use or are given stands in for it ("… is that
 * anticoagulants increase …"). Any other clause is returned as it is.
 */
function namedBack(clause: string, first: string): string {
  const these =
    /\b(?:these|those|such) (?:drugs|medicines|medications|treatments|therapies|pills|tablets|products|vaccines|devices)\b/i.exec(clause);
  if (!these) return clause;
  const taken = [
    ...first.matchAll(
      /\b(?:take|takes|taking|took|use|uses|using|used|prescribed|given|receive|receives|receiving|received|on)\s+([a-z][\w-]{3,}s)\b/gi,
    ),
  ].pop()?.[1];
  if (!taken || /^(?:them|others|doctors|patients|people|years|months|weeks|days|steps|measures|precautions)$/i.test(taken)) return clause;
  return `${clause.slice(0, these.index)}${taken}${clause.slice(these.index + these[0].length)}`;
}

/** "the editorial said that …", "Experts warn that …": who says it, before the harm itself. */
const SAID_THAT =
  /^(?:the |a |an )?(?:[\w.’'-]+\s+){1,4}?(?:said|says|wrote|writes|noted|notes|warned|warns|estimated|estimates)\s+that\s+(?!(?:while|although|though|if|because|when|since|unless)\b)(?=\S)/i;

/**
 * A quotation whose marks do not pair (opened “, closed ") or that opened in an earlier
 * sentence ("… could be harmed by the treatment," added Professor X, …): the speaker's
 * words without the closing mark and the attribution after it.
 */
function withoutAttribution(text: string): string {
  const tail =
    /^([^“"”]{20,}?)[,.!?]?[”"]\s*,?\s+(?:[^“"”.]*?\s)?(?:said|says|added|adds|explained|explains|noted|notes|told|according)\b[^“"”]*$/.exec(
      text,
    );
  return tail ? `${tail[1]!.trimEnd()}.` : text;
}

/** A clause that names a benefit as such ("may be a significant benefit to their quality of life"). */
const WEIGHED_BENEFIT =
  /\b(?:(?:is|are|be|was|were)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?benefits?|benefits?\s+(?:to|for)\s+(?:their|the|his|her|patients?|people))\b/i;

const ARM_SET_AGAINST =
  /\bthan (?:in |among |with |for )?(?:the |those (?:on|in|given|taking) (?:the )?)?(?:[\w-]+\s+){0,2}?(?:placebo|control|comparison|sham|usual[- ]care)\b/i;

/** A clause that reassures ("he had never seen any such reaction", "the drug appeared safe"). */
const REASSURES = /\b(?:never|no|not|none|safe(?:ly)?|well[- ]tolerated|tolerated)\b/i;

/** The sentences of a quotation that hold harm words, when some do not ("… health concerns. We are working on a safe drug"). */
function harmSentences(text: string, disease: RegExp | null): string {
  const sentences = text.split(/(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|St|vs|[A-Z]))(?<=[.!?])\s+(?=[A-Z“"])/);
  const kept = sentences.filter((sentence) => {
    const words = harmWords(harmNarrative(sentence), disease);
    return HARM.test(words) || STRONG_HARM.test(words);
  });
  return kept.length > 0 && kept.length < sentences.length ? kept.join(' ') : text;
}

/**
 * A harm clause cut from "X raised A and lowered B, but also caused C to rise" has lost its
 * subject ("caused C to rise"): the words before the sentence's first verb in the past give
 * it back ("Estrogen pills also caused C to rise"). Any other clause is returned as it is.
 */
function withSubject(clause: string, sentence: string): string {
  const verb = /^(?:also\s+)?(caused|made|led)\b/i.exec(clause);
  if (!verb) return clause;
  const subject = /^[_\-•*–]*\s*((?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+(?:(?:also|had|have|has)\s+)?[a-z]+ed\b/.exec(sentence)?.[1];
  if (!subject || !/^[A-Z]/.test(subject)) return clause;
  return `${subject} also ${clause.slice(verb.index + verb[0].length - verb[1]!.length)}`;
}

/**
 * "Not only was ketamine well tolerated, with none having side effects" (a clause cut from
 * its "but …"): its verb stands before its subject, so alone it reads as half a sentence;
 * put back in statement order ("Ketamine was well tolerated, with none …"). The subject is
 * the words before the first participle or adjective; any other clause is returned as it is.
 */
function uninverted(clause: string): string {
  const inverted =
    /^\W*not only (was|were|is|are|has been|have been) ((?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?=(?:well[- ]\w+|safe|effective|[a-z]+ed)\b)/i.exec(
      clause,
    );
  if (!inverted || /\bbut\b/i.test(clause)) return clause;
  const [, verb, subject] = inverted as unknown as [string, string, string];
  return `${subject[0]!.toUpperCase()}${subject.slice(1)} ${verb.toLowerCase()} ${clause.slice(inverted[0].length)}`;
}

/** The sentence just before, in the same paragraph: null when the sentence opens it. */
function sentenceBefore(article: ArticleText, sentence: Sentence): Sentence | null {
  const before = article.body.find((s) => s.blockIndex === sentence.blockIndex && s.index === sentence.index - 1);
  return before ?? null;
}

/**
 * "… at high risk for ulcers and gastrointestinal bleeding. Studies have showed an increased
 * risk of both when taking a daily aspirin": a harm of "both" names nothing on its own, so
 * the pair the sentence before put at risk is named after it. Any other clause is returned as it is.
 */
function bothNamed(clause: string, before: Sentence | null): string {
  const both = /\b((?:risks?|rates?|chances?) (?:of|for) both)\b(?!\s+[\w-]+(?:\s+[\w-]+){0,3}\s+and\b)/i.exec(clause);
  if (!both || before === null) return clause;
  const pair =
    /\b(?:risks?|rates?|chances?) (?:of|for) ((?:[\w-]+ ){0,3}?[\w-]+ (?:and|or) (?:[\w-]+ ){0,3}?[\w-]+)(?=\s*[.,;:)]|\s*$)/i.exec(
      before.text,
    );
  if (!pair) return clause;
  return `${clause.slice(0, both.index + both[1]!.length)} ${pair[1]!.replace(/\s+or\s+/i, ' and ')}${clause.slice(both.index + both[1]!.length)}`;
}

/**
 * Drops "Notably, " and a lead-in that ends in a colon before a lower-case clause. What
 * follows a colon that opens on a preposition ("Fractures occurred less often with the
 * drug: in 0.6 percent of …; in 4.2 percent of …") only gives the lead-in's figures: the
 * lead-in is the claim, and is kept.
 */
function leadTrimmed(text: string): string {
  let out = text.replace(DISCOURSE, '');
  const colon = /^[^:“"]{10,120}:\s+(?=[a-z])/.exec(out);
  const figuresOnly = (rest: string) => /^(?:in|among|at|for|with|from|to|by|of|on|versus|vs\.?|compared)\b/i.test(rest);
  if (colon && !/\b(?:include|including|were|are|was|is)\s*:\s*$/i.test(colon[0]) && !figuresOnly(out.slice(colon[0].length)))
    out = out.slice(colon[0].length);
  return out.trim();
}

function trimQuote(text: string): string {
  const words = text.replace(/^(?:\.\.\.|…)\s*/, '').trim();
  // “… by the treatment,” added Professor R: the quoted words end there, as a sentence.
  return /[\p{L}\d]/u.test(words) ? words.replace(/\s*,$/, '.') : '';
}
