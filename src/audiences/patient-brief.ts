// The patient brief: a plain-language handout (CDC Clear Communication Index, MedlinePlus
// easy-to-read, Harding Center fact boxes). Main message and call to action first; results
// and harms side by side as natural frequencies; what is not known; stage and availability;
// questions to ask; the words it uses; the source.
//
// Reading level (STANDARDS.md: FK and SMOG at most 8, no sentence over 20 words): source
// clauses are split and reworded (clauses.ts, plain-words.ts); a statement still too long
// or too technical is left out whole (the clinician summary keeps it); and when the brief
// as a whole still reads too hard, its least needed pieces go, hardest first
// (patient-brief/prune.ts).
//
// This file wires the parts together; each part has its own module in patient-brief/, and
// patient-brief/sections.ts holds the brief as data (parts in reading order, row ids,
// headings and labels).
import type { Facts, Finding } from '../article/schema.js';
import { citation } from './citation.js';
import type { Glossary } from './glossary.js';
import { type ComposeOptions, documentMeta } from './meta.js';
import { nameWords } from './patient-text.js';
import { plainFinding } from './plain-finding.js';
import { relativeOnly } from './plain-numbers.js';
import { qrCodeFor } from './qr-code.js';
import { comparatorArmOnly, mainResults, sideSentence } from './main-result.js';
import {
  conditionName,
  interventionAcronym,
  interventionLater,
  interventionName,
  interventionShort,
  noBenefitFinding,
  noBenefitSentence,
  regulatorNoun,
  studiedThing,
  studyFrame,
  withCondition,
} from './study.js';
import { generated, heading, linesOf, notReported, visibleText } from './text.js';
import type { CitationModel, FindingItem, PatientBriefModel, PatientBriefPart, Text } from './view-models.js';
import {
  bySeverity,
  MAX_BULLETS,
  MAX_HARMS,
  MAX_RESULTS,
  plainForms,
  quantified,
  mainResultsFirst,
  readableInSequence,
  readableItem,
  risksNamed,
  seriousInBrief,
  severity,
  tooDetailed,
} from './patient-brief/findings.js';
import { deniedExamples, harmAfterReason, harmInReason, harmOfSomeone, harmWithoutReason } from './patient-brief/harm-forms.js';
import { derivedLimitations, MAX_CAVEATS, MAX_NEXT, MAX_UNKNOWN, notKnownYet, plainGroups } from './patient-brief/knowledge.js';
import { aboutTreatment, storyKind, type StoryKind } from './patient-brief/kind.js';
import { callToAction, mainMessage } from './patient-brief/main-message.js';
import { questions } from './patient-brief/questions.js';
import { pruneToReadingLevel, type Assemble } from './patient-brief/prune.js';
import { READING_ORDER, WORDING, type PatientBriefWording } from './patient-brief/sections.js';
import { antecedentOf, inSequence, readsInContext } from './patient-brief/sequence.js';
import { answersBefore, clean, leansBack } from './wording.js';
import { stageRows } from './patient-brief/stage.js';
import { studyRows } from './patient-brief/study-rows.js';
import { wordsToKnow } from './patient-brief/words-to-know.js';

/** Items of a list of side effects shown when the source also gives serious warnings. */
const MAX_BULLETS_BESIDE_WARNINGS = 3;

export interface PatientBriefOptions extends ComposeOptions {
  /** The brief's headings and row labels (default WORDING): rewording them changes the page and nothing else. */
  wording?: PatientBriefWording;
}

/** "Words to know" keeps the terms a reader meets first here: findings and harms are what a reader must understand to weigh the study. */
const WEIGHED_FIRST: readonly PatientBriefPart[] = ['findings', 'harms'];

/**
 * Words the brief cannot make plainer, so they do not count against a sentence when
 * judging whether it is plain enough: the treatment's and the condition's own words, and
 * the glossary's terms ("Words to know" explains them). Its abbreviations ("FDA",
 * "HbA1c") may be used too, and so may the article's own short forms.
 */
function namesOf(facts: Facts, glossary: Glossary): Set<string> {
  return nameWords(
    facts.intervention?.value,
    facts.condition?.value,
    interventionName(facts),
    conditionName(facts),
    interventionAcronym(facts),
    ...glossary.entries.flatMap((entry) => [entry.term, ...entry.also]),
    // Short forms the article defines or names: "Words to know" explains those the brief uses.
    ...facts.derived.acronyms.value.map((acronym) => acronym.short),
    ...facts.derived.acronyms.named.map((form) => form.short),
  );
}

/**
 * That the study found no benefit, in words that fit its kind, when the verdict says so
 * (facts.derived.verdict; Facts without one fall back to reading the results). Its lines
 * are the statement of no benefit, else what the verdict rests on.
 */
function noBenefitText(facts: Facts, story: StoryKind): Text | null {
  const found = noBenefitFinding(facts);
  const none = facts.derived.verdict ? facts.derived.verdict.value === 'no benefit' : found !== null;
  if (!none) return null;
  const lines = found ? linesOf(found) : story.lines.verdict;
  const name = interventionLater(facts);
  if (aboutTreatment(story)) return generated(noBenefitSentence(facts, name), lines);
  if (story.kind === 'observational') return generated('The study found no clear link.', lines);
  return generated(`The study did not find that ${name ?? 'it'} helped.`, lines);
}

/** The title: what the story reports, by its kind (a story with no study found nothing). */
function titleOf(facts: Facts, story: StoryKind): string {
  const short = interventionShort(facts);
  // "What the news says about a scanner", "What a study of ketamine … found".
  const name = short ? studiedThing(short) : null;
  const condition = conditionName(facts);
  // "ectoine for asthma" would say what it treats; the link says how they stand (study.ts).
  if (story.kind === 'none')
    return name ? `What the news says about ${withCondition(facts, name)}` : `What the news says${condition ? ` about ${condition}` : ''}`;
  if (story.kind === 'test') return `What a study of a test${condition ? ` for ${condition}` : ''} found`;
  // An approval is news about who can get it, not a study's finding.
  if (story.kind === 'approval' && name) return `What the ${regulatorNoun(facts)} of ${withCondition(facts, name)} means`;
  if (story.kind === 'review')
    return name
      ? `What a review of studies of ${withCondition(facts, name)} found`
      : `What a review of studies${condition ? ` of ${condition}` : ''} found`;
  return name ? `What a study of ${withCondition(facts, name)} found` : `What a new study${condition ? ` of ${condition}` : ''} found`;
}

/** A printed handout cannot be clicked: a QR code takes the reader to the source. */
function sourceQrCode(facts: Facts): CitationModel['qr'] {
  const code = facts.meta.url ? qrCodeFor(facts.meta.url) : null;
  return code ? { svg: code.svg, caption: generated('Scan to read the source article.') } : null;
}

/** A result's words of change or comparison ("reduced hot flashes", "improved", "less likely", "higher than"). */
const STATES_CHANGE =
  /\b(?:reduc(?:e|ed|es|ing|tion)|improv(?:e|ed|es|ing|ement)|increas(?:e|ed|es)|decreas(?:e|ed|es)|lower(?:ed)?|rais(?:e|ed)|declin(?:e|ed)|rose|fell|dropp?(?:ed)?|cut|helped|worsen(?:ed)?|better|worse|fewer|higher|greater|(?:more|less) likely|than)\b/i;

export function composePatientBrief(facts: Facts, glossary: Glossary, options: PatientBriefOptions): PatientBriefModel {
  const wording = options.wording ?? WORDING;
  const frame = studyFrame(facts);
  const story = storyKind(facts);
  const names = namesOf(facts, glossary);
  // When the article quantifies results, the numbered ones are the findings; an unnumbered
  // "result" beside them is usually framing ("a trial has shown the potential of …").
  const numbered = facts.results.filter((f) => quantified(f));
  const chosen = numbered.length >= 2 ? numbered : facts.results;
  const plain = new Map<FindingItem, Finding>();
  // Results that give a figure other than a relative change: a relative figure beside one of
  // them in its paragraph is not "the only figure the source gives" (plain-finding.ts).
  const figured = facts.results.filter(
    (other) => !relativeOnly(other.text, other.numbers) && other.numbers.some((n) => n.unit === 'percent'),
  );
  /** A finding (or a shorter form of it) as the brief prints it, remembered as the source's finding. */
  // Items of a list of side effects shown (see `sortedHarms` below).
  let sideEffectBullets = MAX_BULLETS;
  const itemOf = (form: Finding, finding: Finding = form) => {
    const figuresBeside = figured.some((other) => other !== finding && other.source.line === finding.source.line);
    // (Only a list of side effects: a warning's list of who must not take it is never cut short.)
    const sideEffects = facts.harms.find((harm) => harm === finding)?.kind === 'side-effect';
    const maxBullets = sideEffects ? sideEffectBullets : MAX_BULLETS;
    const item = plainFinding(form, frame, { maxBullets, figuresBeside });
    plain.set(item, finding);
    return item;
  };
  // Each finding as the first of its forms that reads plainly (whole, or shortened to the clause
  // that holds its claim and figures: findings.ts plainForms); whole when none does. Someone's
  // quoted words are never cut: whole or not at all.
  const itemsOf = (findings: Finding[]) =>
    findings.map((finding) => (/^["“]/.test(finding.text) ? null : plainForms([finding], names, itemOf)[0]) ?? itemOf(finding));
  const inOrder = inSequence(facts, (item) => plain.get(item)!);
  // The other arm's result ("Among the 11 women who took the placebo, just one …") is what the
  // treatment's result is measured against: it is shown only under a result of the treatment
  // studied, never alone or first (a reader must not weigh one group's figure alone).
  const isResult = (item: FindingItem) => facts.results.includes(plain.get(item)!);
  const otherArmAlone = (item: FindingItem) => isResult(item) && comparatorArmOnly(plain.get(item)!, facts);
  const sequence = (items: FindingItem[]) => {
    const kept = inOrder(items);
    return kept.filter(
      (item, index) => !otherArmAlone(item) || kept.slice(0, index).some((above) => isResult(above) && !otherArmAlone(above)),
    );
  };
  // Only the study's main results can be the key result of the main message (not background or colour).
  const ranked = mainResults(facts);
  const mainFindings = ranked.map((r) => r.finding);
  // The study's main result leads the findings and is never left out for space or for a side
  // sentence (a comparator's figure, a subgroup, a null secondary result): when it does not read
  // plainly whole, it is shown shortened to the clause that holds its claim and figures.
  // The lead is the best ranked main result that can be printed plainly (whole or shortened):
  // when the best one cannot, the next main result leads, not a lesser or side result that
  // happens to read plainly ("Eylea did better than Avastin, but only …" rather than the
  // mild-subgroup average). When none can, the best one, whole, as before.
  const candidates = mainFindings.filter((finding) => chosen.includes(finding));
  // A later one must also read on its own ("Other markers … also improved" leans on the one before).
  const standsAlone = (finding: Finding, index: number) =>
    index === 0 || !(leansBack(clean(finding.text)) || answersBefore(clean(finding.text)));
  // The best ranked one in a form within 20 words but with more long words than a plain one
  // ("Gains in vision were greater for Eylea than for Avastin. But only among …") still leads
  // before a lesser result that reads plainly (a laser-treatment count); it goes again only if
  // the brief would read above the limit (`lenientItems`, prune.ts).
  const lenientItems = new Set<FindingItem>();
  /** The first of `findings` in its least-hard form (findings.ts plainForms lenient), remembered as such; [] when none has one. */
  const leastHardOne = (findings: Finding[]): FindingItem[] => {
    const item = plainForms(findings, names, itemOf, true)[0];
    if (item) lenientItems.add(item);
    return item ? [item] : [];
  };
  const best = candidates[0];
  const bestPlain = best ? plainForms([best], names, itemOf)[0] : undefined;
  // (Not an approval that is the only "result": the brief says so instead.)
  const bestLenient = best && !bestPlain && best.rule !== 'result-approval' && story.kind !== 'none' ? leastHardOne([best])[0] : undefined;
  const printable =
    bestPlain || bestLenient
      ? { finding: best!, item: bestPlain ?? bestLenient }
      : candidates
          .map((finding, index) => ({ finding, item: standsAlone(finding, index) ? plainForms([finding], names, itemOf)[0] : undefined }))
          .find(({ item }) => item);
  const top = printable?.finding ?? candidates[0];
  const topItem = printable?.item ?? (top ? itemOf(top) : undefined);
  // Then the others, the study's own before side sentences: a background share of people
  // ("Only 50 percent of those people have been diagnosed …") is left out when the study has
  // a main result, and a named person's claim comes after the source's own results.
  const side = (finding: Finding) => sideSentence(finding);
  // A main result that answers the sentence before it ("The use of naloxone …, however, was
  // only 22.5 percent higher" after "… deaths were 45 percent higher in rural areas") comes
  // with that sentence just above it, even a background one: alone it would be left out.
  const previous = top && (answersBefore(clean(top.text)) || leansBack(clean(top.text))) ? antecedentOf(facts)(top) : undefined;
  const answered = previous && facts.results.includes(previous) ? previous : undefined;
  const others = chosen.filter((finding) => finding !== top && finding !== answered && !(top && side(finding) === 'background'));
  // The study's other main results, best ranked first, come before lesser results in the
  // article's order (caps and the column budget keep the first few: a subgroup's average
  // must not take the place of a main comparison).
  const mainOrder = (finding: Finding) => {
    const index = mainFindings.indexOf(finding);
    return index < 0 ? mainFindings.length : index;
  };
  const ownFirst = [...others.filter((finding) => side(finding) === null)].sort((a, b) => mainOrder(a) - mainOrder(b));
  const rest = [...ownFirst, ...others.filter((finding) => side(finding) !== null)];
  const leading = answered ? [plainForms([answered], names, itemOf)[0] ?? itemOf(answered)] : [];
  const ordered = topItem ? [...leading, topItem, ...itemsOf(rest)] : itemsOf(chosen);
  const isTop = (item: FindingItem) => top !== undefined && plain.get(item) === top;
  /** One of the study's main results (main-result.ts): kept before side results though it gives only a relative change. */
  const isMain = (item: FindingItem) => mainFindings.includes(plain.get(item)!);
  /** The main result and the sentence it answers: neither is left out for space or reading level. */
  const isLead = (item: FindingItem) => isTop(item) || (answered !== undefined && plain.get(item) === answered);
  let allResults = readableInSequence(ordered, MAX_RESULTS, names, sequence, isLead, (item) => lenientItems.has(item), isMain);
  // None but the main result reads plainly whole: the main results first, each shortened to the
  // clause that holds its claim and figures, rather than no other result (findings.ts plainForms).
  if (!answered && !allResults.some((item) => !isTop(item) && readableItem(item, names))) {
    const shortened = plainForms([...(top ? [top] : []), ...mainFindings, ...chosen, ...facts.results], names, itemOf);
    if (shortened.length > 0) allResults = readableInSequence(shortened, MAX_RESULTS, names, sequence, isTop, undefined, isMain);
  }
  // Still none: the main result in the form with the fewest long words, rather than "too detailed"
  // (`lenientItems`: dropped again if the brief as a whole would then read above the limit).
  // Not for a story with no study of its own, nor an approval that is its only "result": those say so instead.
  const ownResults = [...(top ? [top] : []), ...mainFindings, ...chosen].filter((finding) => finding.rule !== 'result-approval');
  /**
   * A main result left out only for its long words ("Both types of estrogen reduced hot
   * flashes and improved bone density …") is still the study's result: while there is room
   * (MAX_RESULTS, the column budget), it goes in after the others in its least-hard form
   * within the sentence limit, as a lenient item that prune.ts drops again if the brief as a
   * whole would read above the limit. The main results are the ranked ones; when none ranks
   * (no result names the treatment or gives a figure), the study's own results. Not a side
   * sentence, an approval, someone's quoted words, nor one that leans on the sentence before.
   */
  const withHardMainResults = (shown: FindingItem[]): FindingItem[] => {
    if (story.kind === 'none' || shown.length >= MAX_RESULTS) return shown;
    const printed = new Set(shown.map((item) => plain.get(item)));
    // Only a result that gives a figure or states a change or a comparison (not "The women had
    // normal mammograms", "A scan is commonly used to …"); without ranked main results, the latter.
    // A ranked one must give a figure or state a change too (a description of who took part can rank).
    const states = (finding: Finding) => STATES_CHANGE.test(finding.text);
    const main = ranked.filter((r) => r.hasFigure || states(r.finding)).map((r) => r.finding);
    const pool = (mainFindings.length > 0 ? main : chosen.filter(states)).filter(
      (finding, index, all) =>
        all.indexOf(finding) === index &&
        !printed.has(finding) &&
        finding.rule !== 'result-approval' &&
        side(finding) === null &&
        !/^["“]/.test(finding.text) &&
        !leansBack(clean(finding.text)) &&
        !answersBefore(clean(finding.text)),
    );
    const extra = pool.flatMap((finding) => leastHardOne([finding])).slice(0, MAX_RESULTS - shown.length);
    if (extra.length === 0) return shown;
    // The main results go above the lesser ones shown, unless the lead answers the sentence shown above it.
    const mainFirst = answered ? [...shown, ...extra] : mainResultsFirst(shown, extra, isMain);
    const merged = readableInSequence(
      mainFirst,
      MAX_RESULTS,
      names,
      sequence,
      isLead,
      (item) => lenientItems.has(item) || shown.includes(item),
      isMain,
    );
    // Only into room that is left: what was shown stays (a lesser result is not displaced by a hard one).
    return shown.every((item) => merged.includes(item)) ? merged : shown;
  };
  if (allResults.length === 0 && story.kind !== 'none') {
    const lenient = leastHardOne(ownResults);
    if (lenient.length > 0) allResults = readableInSequence(lenient, MAX_RESULTS, names, sequence, isTop, undefined, isMain);
  }
  allResults = withHardMainResults(allResults);
  // Harms most serious first; a serious one too long to put plainly still gets a line (findings.ts).
  const harmOf = new Map(facts.harms.map((harm) => [harm as Finding, harm]));
  // A harm in a harm's own forms (patient-brief/harm-forms.ts), remembered as the source's harm:
  // the reason that alone names the harm comes first; a warning without its reason comes when
  // no form of the whole reads plainly.
  // Serious warnings named in a shorter form of their own (a warning without its reason).
  const namedShort = new Set<Finding>();
  const shortWarning = (harm: Finding, item: FindingItem | undefined) => {
    if (item && severity(harmOf.get(harm)!) <= 1) namedShort.add(harm);
    return item;
  };
  const harmItemsOf = (harms: Finding[]) =>
    harms.map((harm) => {
      if (/^["“]/.test(harm.text)) return itemOf(harm);
      const formOf = (text: string | null) =>
        text === null ? undefined : plainForms([{ ...harm, text }], names, (form) => itemOf(form, harm))[0];
      return (
        // Examples of harms that did not happen are never set out one a line, as harms are.
        formOf(deniedExamples(harm.text)) ??
        formOf(deniedExamples(harm.text, false)) ??
        formOf(harmInReason(harm.text)) ??
        plainForms([harm], names, itemOf)[0] ??
        // A warning without its reason, or the harm after a reason put first ("because CGRP
        // constricts blood vessels, there may be …"). A serious warning is named so too, now that
        // the side effects beside it are fewer (MAX_BULLETS_BESIDE_WARNINGS); without them it
        // was only summed up in the one line for them all (seriousInBrief).
        shortWarning(harm, formOf(harmWithoutReason(harm.text))) ??
        shortWarning(harm, formOf(harmAfterReason(harm.text))) ??
        formOf(harmOfSomeone(harm.text)) ??
        itemOf(harm)
      );
    });
  let sortedHarms = harmItemsOf(bySeverity(facts.harms));
  const unplainOf = (items: FindingItem[]) =>
    items.filter((item) => !readableItem(item, names)).map((item) => harmOf.get(plain.get(item)!)!);
  let fallback = seriousInBrief(unplainOf(sortedHarms), interventionLater(facts), facts.harms);
  // A serious warning outranks a common mild side effect: when a warning too long whole is
  // named in a shorter form of its own (once only summed up in the one line for them all, as
  // the page had no room), a list of side effects shows fewer of its items ("Others are listed
  // in the source."), leaving the page room for it.
  if (namedShort.size > 0) {
    sideEffectBullets = MAX_BULLETS_BESIDE_WARNINGS;
    sortedHarms = harmItemsOf(bySeverity(facts.harms));
    fallback = seriousInBrief(unplainOf(sortedHarms), interventionLater(facts), facts.harms);
  }
  const unplain = unplainOf(sortedHarms);
  const harmItems = fallback ? [fallback, ...sortedHarms] : sortedHarms;
  // The line stands for the most serious harm it covers.
  if (fallback) plain.set(fallback, bySeverity(unplain)[0]!);
  const isSerious = (item: FindingItem) => severity(harmOf.get(plain.get(item)!)!) <= 1;
  // The commonest side effects (the first harm of that kind that reads plainly, often "The most
  // common side effects … include"): what most people taking it will feel. They are never
  // crowded out by lesser risks listed above them (the cap of MAX_HARMS, the column budget) nor
  // by serious warnings beyond their own cap, so the brief keeps both kinds of harm.
  const commonest = harmItems.find((item) => harmOf.get(plain.get(item)!)?.kind === 'side-effect' && readableItem(item, names));
  let allHarms = readableInSequence(harmItems, MAX_HARMS, names, sequence, (item) => isSerious(item) || item === commonest);
  if (commonest && !allHarms.includes(commonest)) {
    const withCommonest = sequence(harmItems.filter((item) => allHarms.includes(item) || item === commonest));
    if (withCommonest.includes(commonest)) allHarms = withCommonest;
  }
  if (!allHarms.some((item) => readableItem(item, names))) {
    const shortened = plainForms(bySeverity(facts.harms), names, itemOf);
    if (shortened.length > 0) allHarms = readableInSequence(shortened, MAX_HARMS, names, sequence, isSerious);
  }
  if (allHarms.length === 0) {
    const lenient = leastHardOne(bySeverity(facts.harms));
    if (lenient.length > 0) allHarms = readableInSequence(lenient, MAX_HARMS, names, sequence, isSerious);
  }
  // Still none: what the harms are, named by their cue in our words, rather than "too detailed" (findings.ts risksNamed).
  const namedRisks = allHarms.length === 0 ? risksNamed(facts.harms, interventionLater(facts)) : null;
  if (namedRisks) {
    plain.set(namedRisks, bySeverity(facts.harms)[0]!);
    allHarms = [namedRisks];
  }
  const allRows = studyRows(facts, story.kind, names, wording);
  // The title names the treatment by its short form; the main message below spells it out.
  const titleText = titleOf(facts, story);
  const rankOf = new Map(ranked.map((r) => [r.finding, r]));
  const mainRank = (item: FindingItem) => rankOf.get(plain.get(item)!) ?? null;
  // The article's own caveats are specific to it; derived limitations fill the rest.
  const derived = derivedLimitations(facts, story);
  const stage = stageRows(facts, story, names, wording);
  const next = plainGroups(facts.nextSteps, names, { next: true }).slice(0, MAX_NEXT);
  // Funding, ties, costs and method are not "not known yet" (knowledge.ts).
  const caveatGroups = plainGroups(notKnownYet(facts.caveats), names);
  const learnMore = { ...citation(facts, { heading: wording.headings.learnMore, omitMissing: true }), qr: sourceQrCode(facts) };
  const meta = documentMeta('patient-brief', facts, titleText, options);
  // A study that found no benefit says so first (STANDARDS: main message first): a
  // patient must not read a failed trial as a hopeful one.
  const noBenefit = noBenefitText(facts, story);

  /** The brief without the optional pieces in `dropped` (study rows by id, findings, caveats). */
  const assemble: Assemble = (dropped) => {
    // A finding kept for the one above it goes when that one is dropped.
    const results = sequence(allResults.filter((item) => !dropped.has(item)));
    const harms = sequence(allHarms.filter((item) => !dropped.has(item)));
    const shownFindings = new Set([...results, ...harms].map((item) => plain.get(item)!));
    // A caveat printed elsewhere (extractors may file one sentence as a harm and a caveat) is not repeated.
    const shown = new Set(visibleText({ results, harms, stage }));
    const inContext = readsInContext(facts, shownFindings);
    // Extractors may file one sentence as a caveat and a next step: it is printed once, under
    // "What happens next" (else that part would say "Not reported" of a source that says what comes next).
    const nextTexts = new Set(next.flatMap((group) => group.pieces.map((item) => item.text)));
    const caveats = caveatGroups
      .filter((group) => inContext(group.finding) && !group.pieces.some((item) => shown.has(item.text) || nextTexts.has(item.text)))
      .slice(0, MAX_CAVEATS)
      .filter((group) => !dropped.has(group));
    const unknown = [...caveats.flatMap((group) => group.pieces), ...derived.map((l) => generated(l.patient, l.lines))].slice(
      0,
      MAX_UNKNOWN,
    );
    // A next step that points back ("So it's hard to say what the next 10 to 20 will bring.")
    // reads right only under what it points to, as a caveat does.
    const nextShown = next.filter((group) => inContext(group.finding)).flatMap((group) => group.pieces);
    const parts = {
      kicker: heading(wording.headings.kicker),
      title: generated(titleText, linesOf(facts.intervention, facts.condition)),
      mainMessage: mainMessage(facts, story, results, mainRank, ranked[0] ?? null, noBenefit),
      callToAction: callToAction(facts, story, noBenefit !== null),
      study: { heading: heading(wording.headings.study), rows: allRows.filter((row) => !dropped.has(row.id)) },
      findings: {
        heading: heading(wording.headings.findings),
        items: results,
        empty:
          results.length > 0
            ? null
            : (noBenefit ??
              // A story with no study of its own has no results to sum up: say so, not "too detailed".
              (story.kind === 'none'
                ? generated('This story does not report results from a study of its own.', story.lines.kind)
                : // The only "results" are the approval itself: say so, not "too detailed".
                  facts.results.length > 0 && facts.results.every((finding) => finding.rule === 'result-approval')
                  ? generated('The source reports the approval. It gives no results from the studies behind it.', linesOf(...facts.results))
                  : facts.results.length > 0
                    ? tooDetailed('results', facts.results)
                    : notReported())),
      },
      harms: {
        heading: heading(wording.headings.harms),
        items: harms,
        empty: harms.length > 0 ? null : facts.harms.length > 0 ? tooDetailed('harms', facts.harms) : notReported(),
      },
      knowledge: {
        heading: heading(wording.headings.knowledge),
        unknownHeading: heading(wording.headings.unknown),
        unknown,
        nextHeading: heading(wording.headings.next),
        next: nextShown.length > 0 ? nextShown : [notReported()],
      },
      stage: { heading: heading(wording.headings.stage), rows: stage },
      questions: { heading: heading(wording.headings.questions), items: questions(story) },
      learnMore,
    };
    // What is printed, part by part, in a given order ("Words to know" is made from the rest).
    const printedIn = (order: readonly PatientBriefPart[]) =>
      visibleText(order.filter((part) => part !== 'glossary').map((part) => parts[part as Exclude<PatientBriefPart, 'glossary'>]));
    const glossarySection = wordsToKnow(
      facts,
      glossary,
      {
        byWeight: printedIn([...WEIGHED_FIRST, ...READING_ORDER.filter((part) => !WEIGHED_FIRST.includes(part))]),
        body: printedIn(READING_ORDER.filter((part) => part !== 'learnMore')),
      },
      wording.headings.glossary,
      story.kind,
    );
    return { model: { meta, readingOrder: READING_ORDER, ...parts, glossary: glossarySection }, caveats };
  };

  // What the reader must not lose to a reading-level cut: the main result, the most serious
  // harm and the first of the others (the common side effects).
  const firstSerious = allHarms.find(isSerious);
  const firstOther = allHarms.find((item) => item === commonest) ?? allHarms.find((item) => !isSerious(item));
  const mustStay = (item: FindingItem) => isLead(item) || item === firstSerious || item === firstOther;
  return pruneToReadingLevel(
    assemble,
    sequence,
    (item) => mustStay(item) && !lenientItems.has(item),
    (item) => lenientItems.has(item),
  );
}
