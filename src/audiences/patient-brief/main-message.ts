// The main message and the call to action, first on the page (STANDARDS.md: main message
// first, in one or two short sentences; a call to action for the reader). Both follow the
// kind of story (kind.ts): what was studied and in whom, what it found, and what the
// reader can do now. A reader is never invited to ask for what they cannot get.
import { countedAs } from '../study-subjects.js';
import type { Facts } from '../../article/schema.js';
import type { RankedResult } from '../main-result.js';
import { withinWordLimit } from '../patient-text.js';
import { givesOnlyRelativeChange } from '../plain-finding.js';
import { participantsPhrase } from '../plain-numbers.js';
import {
  asTest,
  conditionLink,
  conditionName,
  conditionTail,
  headToHead,
  interventionFirst,
  interventionKind,
  interventionLater,
  interventionShort,
  isSmallStudy,
  measuringTest,
  peopleCounted,
  peopleHadCondition,
  regulatorDone,
  studiedThing,
  withCondition,
} from '../study.js';
import { generated, linesOf } from '../text.js';
import type { FindingItem, Text } from '../view-models.js';
import { aboutTreatment, usedForOtherUse, type StoryKind } from './kind.js';
import { answersBefore, capitalize, CONTROL_WORDS, leansBack } from '../wording.js';
import { wordCount } from '../../shared/count-words.js';

/** "A small study of 12 people", "A study of 100 soldiers", "A study": how big, and whom it counted (study.ts peopleCounted). */
function sizeOf(facts: Facts): string {
  return facts.participants
    ? `${isSmallStudy(facts) ? 'A small study' : 'A study'} of ${participantsPhrase(facts.participants)} ${countedAs(facts, peopleCounted(facts))}`
    : 'A study';
}

/** The treatment as the object of a sentence: "a scanner", "ketamine" (study.ts studiedThing). */
const thing = (name: string | null): string | null => (name ? studiedThing(name) : null);

/**
 * The first sentence, longest form first: each tells what was studied and how; when one
 * runs over the word limit, the next (short name, then without the condition) is used.
 */
function openingCandidates(facts: Facts, story: StoryKind): string[] {
  // "tested a wearable nicotine patch", "tested ketamine": a countable thing takes its article.
  const full = thing(interventionFirst(facts));
  const short = thing(interventionShort(facts));
  const condition = conditionName(facts);
  // " for depression", " to prevent cervical cancer": how the condition stands to it (study.ts).
  const forCondition = conditionTail(facts, null);
  const tail = (name: string) => conditionTail(facts, name);
  const size = sizeOf(facts);
  const names = [full, short !== full ? short : null].filter((n): n is string => !!n);
  const each = (make: (name: string) => string[]) => (names.length > 0 ? names.flatMap(make) : []);
  switch (story.kind) {
    case 'lab':
      return [
        ...each((n) => [`A lab study tested ${n}${tail(n)}.`, `A lab study tested ${n}.`]),
        `A lab study${condition ? ` looked at ${condition}` : ' was reported'}.`,
      ];
    case 'test':
      // Extraction often names a test by a part of it ("cells", "cancer"): the kind says what it is.
      return [`${size} looked at a test${condition ? ` for ${condition}` : ''}.`, `${size} looked at a test.`];
    case 'observational':
      return [
        // People who all had the condition, watched on the treatment: what was looked at is the
        // treatment in them, not a link between the treatment and the condition they all had.
        ...(condition && peopleHadCondition(facts) && /\b(?:people|patients|adults|children|women|men|participants)$/.test(size)
          ? each((n) => [`${size} with ${condition} looked at ${n}.`])
          : []),
        // A scan or test only measures: the link is with what it measured, not with the test.
        ...(measuringTest(facts, interventionShort(facts))
          ? [
              `${size} looked for links between what ${measuringTest(facts, interventionShort(facts))} measured and ${condition ?? 'health'}.`,
            ]
          : []),
        ...each((n) => [`${size} looked for links between ${n} and ${condition ?? 'health'}.`, `${size} looked at ${n}.`]),
        condition
          ? `${size} looked for things linked to ${condition}.`
          : facts.participants
            ? `A study followed ${participantsPhrase(facts.participants)} people to look for links with their health.`
            : 'A study looked for links with people’s health.',
      ];
    case 'review':
      return [
        ...each((n) => [`A review of earlier studies looked at ${n}${tail(n)}.`, `A review of earlier studies looked at ${n}.`]),
        `A review of earlier studies looked at ${condition ?? 'this question'}.`,
      ];
    case 'model':
      return [
        ...each((n) => [`A computer model estimated the effects of ${n}${tail(n)}.`, `A computer model estimated the effects of ${n}.`]),
        'A study used a computer model to make estimates.',
      ];
    case 'approval': {
      const who = story.agency ? `The ${story.agency}` : 'A regulator';
      // A device is "cleared", a drug "approved": the regulator's act in the source's own word.
      const done = regulatorDone(facts);
      return [...each((n) => [`${who} ${done} ${n}${tail(n)}.`, `${who} ${done} ${n}.`]), `${who} ${done} a treatment${forCondition}.`];
    }
    case 'none':
      return ['This story does not report a new study.'];
    default:
      // A test named in a trial of something else ("a test for the gene, known as
      // MAFTest"): the study looked at it; it did not test it as a treatment.
      if (interventionKind(facts) === 'test') {
        const tests = [interventionFirst(facts), interventionShort(facts)].filter((n): n is string => !!n).map(asTest);
        return [
          ...new Set(tests.flatMap((n) => [`${size} looked at ${n}${tail(n)}.`, `${size} looked at ${n}.`])),
          `${size} looked at a test.`,
        ];
      }
      // A study of a design not said that names no treatment may have tested none (a look
      // back over records, a link found): it looked at the condition.
      if (story.kind === 'study' && names.length === 0 && condition) return [`${size} looked at ${condition}.`];
      return [
        ...each((n) => [`${size} tested ${n}${tail(n)}.`, `${size} tested ${n}.`]),
        `${size} tested a treatment${forCondition}.`,
        `${size} tested a treatment.`,
      ];
  }
}

/** What the kind of study means for a reader, right after the opening (null when it says nothing more). */
function kindNote(facts: Facts, story: StoryKind): string | null {
  const condition = conditionName(facts);
  switch (story.kind) {
    case 'lab': {
      const where =
        story.subjects === null
          ? 'in the lab or in animals, not in people'
          : /^cells\b/.test(story.subjects)
            ? 'on cells in the lab'
            : `in ${story.subjects}`;
      return `This was tested ${where}. It is too early to know if it helps people.`;
    }
    case 'observational':
      return 'A study like this can find a link. It cannot prove that one thing causes the other.';
    case 'model':
      return 'It did not test anything in people.';
    case 'approval': {
      // A device that lessens hair loss in chemotherapy is not for "people with" hair loss.
      const link = conditionLink(facts);
      const done = regulatorDone(facts);
      if (link === 'for') return `It is ${done} for some people with this health problem.`;
      return link === 'prevent' || link === 'reduce' ? `It is ${done} for some people, not for everyone.` : null;
    }
    case 'none': {
      const name = thing(interventionShort(facts));
      if (name) return `It is about ${withCondition(facts, name)}.`;
      return condition ? `It is about ${condition}.` : null;
    }
    default:
      return null;
  }
}

/** What the verdict adds when it is not a plain benefit (a no-benefit statement is passed in whole). */
function verdictNote(story: StoryKind, facts: Facts): string | null {
  // A test is judged by how often it is right (its findings say), not by benefit and harm.
  if (story.kind === 'test' && story.verdict !== 'unclear') return null;
  switch (story.verdict) {
    case 'harm':
      return story.kind === 'observational' ? 'It found a link with a higher risk of harm.' : 'The study points to a possible harm.';
    case 'mixed':
      // Only when the source names a harm: a "mixed" read off a headline's or a result's words,
      // with no harm to show, would sit above "What were the harms? Not reported".
      return facts.harms.length > 0 ? 'The study found both benefits and harms.' : null;
    case 'unclear':
      return 'The source does not give a clear result.';
    default:
      return null;
  }
}

/**
 * What was studied and how; what the kind of study means; then the key result, or that no
 * benefit was found (`noBenefit`). `main` gives a finding's rank as one of the study's main
 * results (main-result.ts), null when it is not one; `topMain` is the study's main result: background ("It has been
 * used since 1975") and colour ("He's been a trumpet player") never become the key result.
 */
export function mainMessage(
  facts: Facts,
  story: StoryKind,
  results: FindingItem[],
  main: (item: FindingItem) => RankedResult | null,
  topMain: RankedResult | null,
  noBenefit: Text | null,
): Text[] {
  const candidates = openingCandidates(facts, story);
  const first = candidates.find((c) => withinWordLimit(c)) ?? candidates[candidates.length - 1]!;
  const message = [generated(first, linesOf(facts.participants, facts.intervention, facts.condition))];
  const note = kindNote(facts, story);
  if (note) message.push(generated(note, story.kind === 'approval' ? story.lines.access : story.lines.kind));
  // A study that found no benefit says so (see composePatientBrief), with no result after it.
  if (noBenefit) {
    message.push(noBenefit);
    return message;
  }
  const verdict = verdictNote(story, facts);
  if (story.verdict === 'unclear' && verdict) return [...message, generated(verdict, story.lines.verdict)];
  // A story with no study has no key result of its own.
  if (story.kind !== 'none') {
    const key = keyResult(results, main, topMain);
    if (key) {
      const goesOn = sameSubjectAfter(key, results);
      // "… greater with Eylea than with Avastin. But only among people starting with 20/50 or
      // worse vision.": the limit the source puts on the result stays with it.
      const limit = results.find((item) => item.sentences[0] === key)?.sentences[1];
      const limited = limit && /^(?:but|only|however)\b/i.test(limit.text) ? [limit] : [];
      message.push(key, ...limited, ...(goesOn.length > 0 ? goesOn : comparisonAfter(key, results, facts)));
    }
  }
  if (verdict) message.push(generated(verdict, story.lines.verdict));
  return message;
}

/** A sentence that says what was done next, not what was found ("then began testing rats with …"). */
const METHOD =
  /\b(?:began|begun|started|went on|set out)\s+(?:to\s+)?(?:test|testing|treat|treating|give|giving|study|studying|try|trying)\b/i;

/** Words of a harm ("the most common side effects", "adverse events"). */
const SIDE_EFFECTS = /\b(?:side[- ]effects?|adverse (?:events?|effects?|reactions?))\b/i;

/**
 * The key result: among the main results that can stand here, the best ranked (a side
 * sentence never outranks the main result), and, when the study's main result names the
 * treatment, one that names it too (not a comparator's figure, "Karyotype tests identified
 * …", in its place); among those within a point of the best, the shortest that leads with a
 * natural frequency, else the first. Never a sentence that leads into a list it would leave
 * behind, points back to a sentence not shown here ("That translated into …"), or gives a
 * relative change whose note (how many people it means is not known) would stay behind in
 * the findings.
 */
function keyResult(
  results: FindingItem[],
  main: (item: FindingItem) => RankedResult | null,
  topMain: RankedResult | null,
): Text | undefined {
  const opening = (item: FindingItem) =>
    item.sentences[0]?.kind === 'simplified' && item.bullets.length === 0 ? item.sentences[0] : undefined;
  // The main result that names the treatment must be one the brief shows: a top result too long
  // to print does not bar the shown one that says "the sessions" for the treatment.
  const namingShown = topMain?.namesTreatment === true && results.some((item) => main(item)?.namesTreatment);
  const keyCandidates = results.filter((item) => {
    const sentence = opening(item);
    const ranked = main(item);
    return (
      ranked !== null &&
      (ranked.namesTreatment || !namingShown) &&
      sentence !== undefined &&
      withinWordLimit(sentence.text) &&
      !/:$/.test(sentence.text) &&
      !leansBack(sentence.text) &&
      // The message opens the brief: nothing stands before it to add to ("Other markers … also improved").
      !answersBefore(sentence.text) &&
      !/\balso\b/i.test(sentence.text) &&
      // What the researchers went on to do ("Collier then began testing rats with X", the first
      // half of "… and found that …") is no result, though the sentence it was cut from was one.
      !METHOD.test(sentence.text) &&
      // A harm filed among the results ("Headaches … were the most common side effects") is not
      // what the study found the treatment does: the harms section shows it.
      !SIDE_EFFECTS.test(sentence.text) &&
      !givesOnlyRelativeChange(item)
    );
  });
  // A result for everyone studied before one for a subgroup (whose group its sentence may not name).
  const forAll = keyCandidates.filter((item) => !main(item)!.subgroup);
  const pool = forAll.length > 0 ? forAll : keyCandidates;
  const best = Math.max(...pool.map((item) => main(item)!.score));
  const top = pool.filter((item) => main(item)!.score >= best - 1);
  const byLength = (a: FindingItem, b: FindingItem) => wordCount(opening(a)!.text) - wordCount(opening(b)!.text);
  // The lede's own summary of the result, when it ranks best, leads before a natural frequency
  // of a side outcome ranked alike (02: gains in vision, not the share who needed laser).
  const summary = top.find((item) => main(item)!.ledeSummary && main(item)!.score >= best);
  const key = summary ?? top.filter((item) => item.lead).sort(byLength)[0] ?? top[0];
  return key ? opening(key) : undefined;
}

/**
 * A second sentence that goes on about the key result's own subject: "It …", "They …", a
 * share of the group just named ("7 of them …", "Most of them …", "Of these, 87 …"), or
 * when it was measured, set apart by clauses.ts ("This was within 60 hours of the injection").
 */
const GOES_ON =
  /^(?:It|They)\s|^(?:(?:about|nearly|almost|only|just|more than)\s+)?(?:\d[\d,.]*|all|most|many|some|none|half|few|both|each)\s+of\s+(?:them|these|those)\b|^Of\s+(?:them|these|those),\s|^This\s+was\s+(?:within|after|at|by|over|during)\s/i;

/**
 * The key result's own second sentence when it goes on about the same subject ("The test
 * excluded all 31 controls. It diagnosed both diseases with 93 percent accuracy.", "10 women
 * took the drug. 7 of them had …": one source sentence cut in two, clauses.ts): the half with
 * the figure, or with the time it holds for, is never left behind.
 */
function sameSubjectAfter(key: Text, results: FindingItem[]): Text[] {
  const item = results.find((candidate) => candidate.sentences[0] === key);
  const next = item?.sentences[1];
  return next && GOES_ON.test(next.text) && withinWordLimit(next.text) ? [next] : [];
}

/**
 * The comparison group's figure printed right after the key result in its finding ("74 of
 * every 100 people taking a placebo also felt better"): the message gives it too, so a
 * reader never weighs one group's figure alone (STANDARDS: the comparator as the comparison).
 */
function comparisonAfter(key: Text, results: FindingItem[], facts: Facts): Text[] {
  const item = results.find((candidate) => candidate.sentences[0] === key);
  const next = item?.sentences[1];
  if (!next || !/\d/.test(next.text) || !withinWordLimit(next.text)) return [];
  const comparator = facts.comparator?.value.toLowerCase();
  return CONTROL_WORDS.test(next.text) || (comparator && comparator.length > 2 && next.text.toLowerCase().includes(comparator))
    ? [next]
    : [];
}

/** What to do now: nothing rash on the strength of one news story. */
function nowLine(story: StoryKind): string {
  // Only a treatment people take can be stopped: a harm linked to a scan result, a habit or a
  // test is no reason to speak of medicines.
  if (story.verdict === 'harm' && aboutTreatment(story)) return 'Do not stop a medicine on your own. Talk with your care team first.';
  if (story.kind === 'approval') return 'Do not change your treatment before you talk with your care team.';
  return 'Do not change your care because of this news alone.';
}

/** What the reader can ask for, given what it is and whether it can be had (never what cannot be had). */
function askLine(facts: Facts, story: StoryKind, noBenefit: boolean): string {
  const name = thing(interventionLater(facts));
  const general = 'Ask your care team what this news means for you.';
  const obtainable = story.access === 'approved' || story.access === 'available';
  switch (story.kind) {
    case 'lab':
      return 'Ask your care team about treatments you can get now.';
    case 'test':
      if (obtainable) return 'Ask your care team if this test could be right for you.';
      // A phase belongs to a drug trial the test was studied in, not to the test: only the availability sentence says it is not offered.
      // Unknown access is said as nothing: a reader must not take it for "not offered".
      return story.access === 'in studies'
        ? 'This test is not offered outside studies yet. Ask your care team about tests you can get now.'
        : `The source does not say who can get this test now. ${general}`;
    case 'observational':
    case 'model':
    case 'none':
      return general;
    case 'review':
      return name && obtainable && !noBenefit ? `Ask your care team if ${name} could be right for you.` : general;
    default: {
      if (noBenefit || story.verdict === 'harm') return general;
      // Approved only for some uses or patients ("only as a stopgap until a transplant"): the
      // reader asks whether that use fits, not whether it could be right for anyone.
      if (facts.derived.availability?.rule === 'availability-approved-limited')
        return `${name ? capitalize(name) : 'It'} is approved only for some uses, the source says. ${general}`;
      // Two or three active treatments compared: the reader asks which, not for the first one named.
      // A study whose kind the source does not make clear (records looked back on, a meeting
      // report) is no basis for "could be right for you": say only that it can be had.
      if (story.kind === 'study' && obtainable) return `People can already get ${name ?? 'it'}, the source says. ${general}`;
      if (name && obtainable && headToHead(facts))
        return `Ask your care team which ${{ test: 'test', vaccine: 'vaccine', treatment: 'treatment' }[interventionKind(facts)]} could be right for you.`;
      if (name && obtainable) return `Ask your care team if ${name} could be right for you.`;
      const it = name ? capitalize(name) : 'It';
      // "Not yet" is what the source says; a study to join is not (the trial may be over, or closed).
      if (story.access === 'in studies')
        return `${it} is not available yet, the source says. Ask your care team about ${{ test: 'tests', vaccine: 'vaccines', treatment: 'treatments' }[interventionKind(facts)]} you can get now.`;
      // Sold for another condition: say so, as "Can people get it now?" does (stage.ts), not "does not say".
      if (usedForOtherUse(facts))
        return `${it} is already used for another condition. The source does not say it is approved for this one. ${general}`;
      // The source does not say who can get it: neither a study to join nor "not available"
      // (a trial of a medicine on sale says nothing of whether it is on sale).
      return `The source does not say who can get ${name ?? 'it'} now. ${general}`;
    }
  }
}

export function callToAction(facts: Facts, story: StoryKind, noBenefit: boolean): Text[] {
  // The main message just above spelled the name out: the short form is enough here.
  return [generated(nowLine(story)), generated(askLine(facts, story, noBenefit), linesOf(facts.intervention, ...story.lines.access))];
}
