// The patient brief: a plain-language handout (CDC Clear Communication Index, MedlinePlus
// easy-to-read, Harding Center fact boxes). Main message and call to action first; results
// and harms side by side as natural frequencies; what is not known; stage and availability;
// questions to ask; the words it uses; the source.
//
// Reading level (STANDARDS.md: FK and SMOG at most 8, no sentence over 20 words): source
// clauses are split and reworded (clauses.ts, plain-words.ts); a statement still too long
// or too technical is left out whole (the clinician summary keeps it); and when the brief
// as a whole still reads too hard, its least needed pieces go, hardest first (`prune`).
import { qrCodeFor } from './qr-code.js';
import type { Facts, Finding, TextFact } from '../article/schema.js';
import { wordCount } from '../shared/count-words.js';
import { escapeRegExp } from '../shared/escape-regexp.js';
import { numberWords } from '../shared/word-lists.js';
import { citation } from './citation.js';
import { type Glossary, type GlossaryEntry, termsUsed } from './glossary.js';
import { columnsFor } from './icon-array.js';
import { limitations } from './limitations.js';
import { type ComposeOptions, documentMeta } from './meta.js';
import { givesOnlyRelativeChange, plainFinding } from './plain-finding.js';
import { participantsPhrase, wordsToDigits } from './plain-numbers.js';
import { plainWords } from './plain-words.js';
import { toPieces } from './clauses.js';
import { fitsPatient, hardWords, longWordStats, nameWords, smogOf, withinWordLimit } from './patient-text.js';
import {
  comparatorValue,
  conditionName,
  interventionAcronym,
  interventionFirst,
  interventionLater,
  interventionName,
  interventionShort,
  isSmallStudy,
  noBenefitFinding,
  noBenefitSentence,
  studyFrame,
} from './study.js';
import { NOT_REPORTED, generated, heading, linesOf, notReported, text, visibleText } from './text.js';
import type { CitationModel, FindingItem, LabeledText, PatientBriefModel, Text } from './view-models.js';
import { asSentence, capitalize, clean, joinList, leansBack } from './wording.js';

// Caps that keep the brief on one sheet (two A4 pages at 12pt) for wordy articles.
const MAX_RESULTS = 4;
const MAX_HARMS = 4;
const MAX_BULLETS = 6;
/** Words per benefits/harms column (each sentence also costs a little for its spacing). */
const MAX_WORDS_PER_COLUMN = 100;
const MAX_CAVEATS = 2;
/** "Not known yet" items in all: the article's own caveats first, then derived limitations. */
const MAX_UNKNOWN = 5;
const MAX_NEXT = 2;
const MAX_TERMS = 10;

function labeled(label: string, value: Text): LabeledText {
  return { label: heading(label), value };
}

/** A source value (population, description …) as plain sentences in one Text. */
function plainValue(value: string, lines: number[]): Text {
  return text('simplified', toPieces(plainWords(clean(value))).sentences.join(' '), lines);
}

/**
 * Words the brief cannot make plainer, so they do not count against a sentence when
 * judging whether it is plain enough: the treatment's and the condition's own words, and
 * the glossary's terms ("Words to know" explains them). Its abbreviations ("FDA",
 * "HbA1c") may be used too.
 */
function namesOf(facts: Facts, glossary: Glossary): Set<string> {
  return nameWords(
    facts.intervention?.value,
    facts.condition?.value,
    interventionName(facts),
    conditionName(facts),
    interventionAcronym(facts),
    ...glossary.entries.flatMap((entry) => [entry.term, ...entry.also]),
  );
}

/**
 * A fact meant to be read as a sentence: its value when the extractor kept a whole
 * sentence, else the source sentence it came from (a fragment such as "remain largely
 * unattainable" means nothing alone).
 */
function sentenceOf(fact: TextFact): string {
  const value = clean(fact.value);
  return /^\p{Lu}/u.test(value) && wordCount(value) >= 4 ? value : clean(fact.source.text);
}

/**
 * "12 participants, all of whom had been …" → "All had been …"; "660 patients with DME at
 * 89 sites" → "People with DME at 89 sites": the count has its own row. "" when nothing is
 * left but the count.
 */
function aboutPeople(population: string): string {
  const people = '(?:participants|patients|people|subjects|volunteers|individuals|adults|children|women|men)';
  const count = `(?:(?:more than|over|about|nearly|almost|approximately|a total of)\\s+)?(?:[\\d,]+|${numberWords(1, 12).join('|')})`;
  const match = new RegExp(
    `^(?:the\\s+)?${count}\\s+${people}(?:\\s+and\\s+${people})?\\s*,?\\s*(all of whom|all of them|who|all)?\\s*`,
    'i',
  ).exec(population);
  if (!match) return population;
  const rest = population.slice(match[0].length);
  // "… were included in the clinical trial" says no more than the count does.
  if (
    !rest ||
    /^(?:were|was)\s+(?:included|enrolled|recruited|studied|randomi[sz]ed)(?:\s+in(?:to)?\s+the\s+(?:clinical\s+)?(?:trial|study))?\.?$/i.test(
      rest,
    )
  )
    return '';
  if (match[1]) return /^all/i.test(match[1]) ? `All ${rest}` : `They ${rest}`;
  // "nine men and women with obesity" → "Men and women with obesity".
  const noun = match[0].replace(new RegExp(`^(?:the\\s+)?${count}\\s+`, 'i'), '').replace(/[\s,]+$/, '');
  return /^(with|without|aged|from|at|in|who|whose|living|taking|having|diagnosed)\b/i.test(rest)
    ? `${capitalize(noun)} ${rest}`
    : population;
}

/** "…, an innovative therapy known as X, which involves Y" → "It involves Y". */
function howGiven(description: string): string {
  const which = /\b(?:which|that)\s+((?:involves?|uses?|works?|consists?|is given|are given|is injected|is taken|is implanted)\b.*)$/i.exec(
    description,
  );
  return which ? `It ${which[1]}` : description;
}

function mainMessage(facts: Facts, results: FindingItem[], noBenefit: Text | null): Text[] {
  const full = interventionFirst(facts);
  const short = interventionShort(facts);
  const condition = conditionName(facts);
  const size = facts.participants
    ? `${isSmallStudy(facts) ? 'A small study' : 'A study'} of ${participantsPhrase(facts.participants)} people`
    : 'A study';
  const forCondition = condition ? ` for ${condition}` : '';
  const lines = linesOf(facts.participants, facts.intervention, facts.condition);
  // The full name with its short form first; when that runs long, the short form (the
  // study rows below spell it out), then without the condition.
  const candidates = [
    `${size} tested ${full ?? 'a treatment'}${forCondition}.`,
    short && short !== full ? `${size} tested ${short}${forCondition}.` : null,
    `${size} tested ${full ?? 'a treatment'}.`,
    `${size} tested ${short ?? 'a treatment'}.`,
  ].filter((c): c is string => c !== null);
  const first = candidates.find((c) => withinWordLimit(c)) ?? candidates[candidates.length - 1]!;
  const message = [generated(first, lines)];
  // A trial that found no benefit says so (see composePatientBrief), with no result after it.
  if (noBenefit) {
    message.push(noBenefit);
    return message;
  }
  // The key result: the shortest that leads with a natural frequency, else the first short
  // one; never a sentence that leads into a list it would leave behind, points back to a
  // sentence not shown here ("That translated into …"), or gives a relative change whose
  // note (how many people it means is not known) would stay behind in the findings.
  const opening = (item: FindingItem) =>
    item.sentences[0]?.kind === 'simplified' && item.bullets.length === 0 ? item.sentences[0] : undefined;
  const keyCandidates = results.filter((item) => {
    const sentence = opening(item);
    return (
      sentence !== undefined &&
      withinWordLimit(sentence.text) &&
      !/:$/.test(sentence.text) &&
      !leansBack(sentence.text) &&
      !givesOnlyRelativeChange(item)
    );
  });
  const byLength = (a: FindingItem, b: FindingItem) => wordCount(opening(a)!.text) - wordCount(opening(b)!.text);
  const key = keyCandidates.filter((item) => item.lead).sort(byLength)[0] ?? keyCandidates[0];
  if (key) message.push(opening(key)!);
  return message;
}

function callToAction(facts: Facts, noBenefit: boolean): Text[] {
  // The main message just above spelled the name out: the short form is enough here.
  const name = interventionLater(facts);
  // No benefit found: asking whether it "could be right for you" would be a false hope.
  const hopeful = name && !noBenefit;
  return [
    generated('Stay on your current treatment plan.'),
    generated(
      hopeful ? `Ask your care team if ${name} could be right for you.` : 'Ask your care team what this news means for you.',
      linesOf(facts.intervention),
    ),
  ];
}

function studyRows(facts: Facts, names: ReadonlySet<string>): LabeledText[] {
  const rows: LabeledText[] = [];
  const { participants, population, condition, intervention, interventionDescription, followUp, design, comparator, setting } = facts;
  // A value too long or too technical for this handout is left to the clinician summary.
  const plainRow = (label: string, value: Text) => {
    if (fitsPatient(value.text, names)) rows.push(labeled(label, value));
  };
  rows.push(
    labeled(
      'Who took part',
      participants ? generated(`${capitalize(participantsPhrase(participants))} people.`, linesOf(participants)) : notReported(),
    ),
  );
  const about = population ? aboutPeople(plainWords(clean(population.value))) : '';
  if (population && about) plainRow('About them', plainValue(about, linesOf(population)));
  rows.push(
    labeled('Health problem', condition ? text('simplified', asSentence(clean(condition.value)), linesOf(condition)) : notReported()),
  );
  rows.push(
    labeled('Treatment', intervention ? text('simplified', asSentence(clean(intervention.value)), linesOf(intervention)) : notReported()),
  );
  if (interventionDescription)
    plainRow('What it is', plainValue(howGiven(clean(interventionDescription.value)), linesOf(interventionDescription)));
  const compared = comparatorValue(facts);
  if (comparator && compared) plainRow('Compared with', plainValue(compared, linesOf(comparator)));
  else rows.push(labeled('Compared with', notReported()));
  if (followUp) plainRow('How long', plainValue(followUp.value, linesOf(followUp)));
  else rows.push(labeled('How long', notReported()));
  if (design) plainRow('Type of study', plainValue(design.value, linesOf(design)));
  else rows.push(labeled('Type of study', notReported()));
  if (setting) plainRow('Where', plainValue(setting.value, linesOf(setting)));
  return gatherMissing(rows);
}

/** How each study row is named when the source leaves it out. */
const MISSING_AS: Record<string, string> = {
  'Who took part': 'how many people took part',
  'Health problem': 'the health problem',
  Treatment: 'the treatment',
  'Compared with': 'a group to compare with',
  'How long': 'how long people were followed',
  'Type of study': 'the type of study',
};

/** Rows the source leaves empty become one line: "Not given in the source: a and b." */
function gatherMissing(rows: LabeledText[]): LabeledText[] {
  const missing = rows.filter((row) => row.value.text === NOT_REPORTED && MISSING_AS[row.label.text]);
  if (missing.length < 2) return rows;
  const names = missing.map((row) => MISSING_AS[row.label.text]!);
  return [...rows.filter((row) => !missing.includes(row)), labeled('Not in the source', generated(`${capitalize(joinList(names))}.`))];
}

/** A caveat or next step as plain sentences, with the finding it came from. */
interface PlainGroup {
  finding: Finding;
  pieces: Text[];
}

/**
 * Caveats or next steps as plain sentences. A statement whose pieces are not all plain
 * enough is left out whole (half a statement can mislead); the clinician summary has it.
 */
function plainGroups(findings: Finding[], names: ReadonlySet<string>): PlainGroup[] {
  return findings
    .map((finding) => {
      const plain = plainWords(wordsToDigits(clean(finding.text), finding.numbers));
      return { finding, pieces: toPieces(plain).sentences.map((sentence) => text('simplified', sentence, linesOf(finding))) };
    })
    .filter(({ pieces }) => pieces.length > 0 && pieces.every((piece) => fitsPatient(piece.text, names)));
}

function plainList(findings: Finding[], max: number, names: ReadonlySet<string>): Text[] {
  return plainGroups(findings, names)
    .slice(0, max)
    .flatMap((group) => group.pieces);
}

const AGENCY = /\b(FDA|EMA|MHRA|Health Canada|European Medicines Agency)\b/;
/** Not a plain "has been approved": negated, hedged or still to come. */
const NOT_YET =
  /\b(not|yet to|could|may|might|will|would|should|seek\w*|pending|await\w*|appl(?:y|ied|ies|ication)|expected|hopes?|plans?)\b/i;

/**
 * When the source's availability sentence is too long for the brief, what it says in a few
 * words: "The FDA has approved it." Only a plain statement of approval or clearance is
 * restated; anything else points to the source.
 */
function availabilityInBrief(fact: TextFact, names: ReadonlySet<string>): Text {
  const lines = linesOf(fact);
  const plain = plainValue(sentenceOf(fact), lines);
  if (fitsPatient(plain.text, names)) return plain;
  const sentence = plainWords(clean(fact.source.text));
  const verb = /\b(approved|approves|cleared|clears|authori[sz]ed)\b/i.exec(sentence);
  if (verb && !NOT_YET.test(sentence.slice(0, verb.index))) {
    const agency = AGENCY.exec(sentence)?.[1];
    const done = /^clear/i.test(verb[1]!) ? 'cleared' : /^author/i.test(verb[1]!) ? 'authorized' : 'approved';
    return generated(`${agency ? `The ${agency}` : 'The regulator'} has ${done} it for the uses named in the source.`, lines);
  }
  return generated('The source says more about this. Ask your care team.', lines);
}

function stageRows(facts: Facts, names: ReadonlySet<string>): LabeledText[] {
  const phase = facts.phase
    ? text(
        'simplified',
        /phase/i.test(facts.phase.value) ? asSentence(clean(facts.phase.value)) : `Phase ${clean(facts.phase.value)} study.`,
        linesOf(facts.phase),
      )
    : notReported();
  const availability = facts.availability ? availabilityInBrief(facts.availability, names) : notReported();
  return [labeled('Stage of research', phase), labeled('Can people get it now?', availability)];
}

function questions(): Text[] {
  return [
    generated('Could this treatment help someone like me?'),
    generated('What harms could it cause, and how often?'),
    generated('How does it compare with the treatment I have now?'),
    generated('Could I take part in a study like this?'),
    generated('When could I get it, and what would it cost?'),
  ];
}

/** Roughly how much column a finding takes, in words of text (an icon row is about five). */
function cost(item: FindingItem): number {
  const words = [...item.sentences, ...item.bullets].reduce((sum, t) => sum + wordCount(t.text, { by: 'spaces' }) + 3, 0);
  const iconRows = item.icons ? Math.ceil(item.icons.total / columnsFor(item.icons.total)) : 0;
  return words + (item.icons ? 5 + iconRows * 5 : 0);
}

/**
 * The findings that fit a column: those with a natural frequency first, then the rest, and
 * those that give only a relative change last (absolute figures tell a patient more);
 * whole and in the article's order (always at least one).
 */
function withinBudget(items: FindingItem[]): FindingItem[] {
  const rank = (item: FindingItem) => (item.lead ? 0 : givesOnlyRelativeChange(item) ? 2 : 1);
  const byPriority = items.map((item, index) => ({ item, index })).sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index);
  let used = 0;
  const kept = new Set<number>();
  for (const { item, index } of byPriority) {
    if (kept.size > 0 && used + cost(item) > MAX_WORDS_PER_COLUMN) continue;
    used += cost(item);
    kept.add(index);
  }
  return items.filter((_, index) => kept.has(index));
}

/** A finding that counts or measures something (not just "type 1" or a year in a name). */
function quantified(finding: Finding): boolean {
  const named = (raw: string) => new RegExp(`\\b(type|phase|stage|grade|class|level)\\s+${escapeRegExp(raw)}\\b`, 'i');
  const counts = finding.numbers.some((n) => n.unit !== 'year' && !named(n.raw).test(finding.text));
  return counts || /\b(all|none)\s+(of\s+)?(the\s+)?(participants|patients|people)\b/i.test(finding.text);
}

/**
 * The glossary terms the brief uses, most specific only ("type 1 diabetes" over
 * "diabetes"); when there are too many, those met first in `texts` stay. Alphabetical.
 */
function wordsToKnow(glossary: Glossary, texts: string[]): GlossaryEntry[] {
  const pick = (from: string[], max: number): GlossaryEntry[] => {
    const used = termsUsed(glossary, from);
    const lower = (entry: GlossaryEntry) => entry.term.toLowerCase();
    const specific = used.filter((entry) => !used.some((other) => other !== entry && lower(other).includes(lower(entry))));
    const all = from.join('\n').toLowerCase();
    const firstSeen = (entry: GlossaryEntry) => {
      const at = [entry.term, ...entry.also].map((w) => all.indexOf(w.toLowerCase())).filter((i) => i >= 0);
      return at.length > 0 ? Math.min(...at) : Infinity;
    };
    return [...specific].sort((a, b) => firstSeen(a) - firstSeen(b)).slice(0, max);
  };
  let kept = pick(texts, MAX_TERMS);
  // A definition may use another glossary word ("… linked to diabetes"): it is explained too.
  for (let round = 0; round < 2 && kept.length < MAX_TERMS; round++) {
    const more = pick([...texts, ...kept.map((entry) => entry.definition)], MAX_TERMS);
    if (more.every((entry) => kept.includes(entry))) break;
    kept = [...kept, ...more.filter((entry) => !kept.includes(entry))].slice(0, MAX_TERMS);
  }
  return kept.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/**
 * The treatment's short forms the brief uses but never spells out in brackets
 * ("HDIT/HCT", "DigniCap"): each gets a line in "Words to know" saying what it stands for.
 */
function treatmentNames(facts: Facts, body: string[]): LabeledText[] {
  const name = interventionName(facts);
  if (!name || !facts.intervention) return [];
  const all = body.join('\n');
  const shortForms = [
    interventionAcronym(facts),
    ...name.split(/\s+/).filter((word) => /^\p{L}.*\p{Lu}/u.test(word.slice(1)) && word !== name),
  ].filter((form): form is string => !!form && form !== name && /\p{Lu}.*\p{Lu}/u.test(form));
  return [...new Set(shortForms)]
    .filter((form) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'u').test(all))
    .filter((form) => form.split('/').some((part) => !new RegExp(`\\(${escapeRegExp(part)}\\)|${escapeRegExp(part)} \\(`).test(all)))
    .map((form) => labeled(form, generated(`Short for ${name}, the treatment this study tested.`, linesOf(facts.intervention))));
}

/** Every sentence and bullet of a finding is plain enough (a finding is shown whole or not at all). */
function readableItem(item: FindingItem, names: ReadonlySet<string>): boolean {
  const pieces = [...item.sentences, ...item.bullets];
  return pieces.length > 0 && pieces.every((piece) => fitsPatient(piece.text, names));
}

/** Long words in a finding that is short enough but not plain: the fewest is the best fallback. */
function hardness(item: FindingItem, names: ReadonlySet<string>): number {
  return [...item.sentences, ...item.bullets].reduce((sum, piece) => sum + hardWords(piece.text, names).length, 0);
}

const shortEnough = (item: FindingItem) => [...item.sentences, ...item.bullets].every((piece) => withinWordLimit(piece.text));

/**
 * The findings the brief can show: the plain ones (at most `max`, within the column
 * budget). When none is plain, the one with the fewest long words among those within the
 * sentence limit, so benefits and harms both keep a voice; else none.
 */
function readableFindings(items: FindingItem[], max: number, names: ReadonlySet<string>): FindingItem[] {
  const plain = items.filter((item) => readableItem(item, names));
  if (plain.length > 0) return withinBudget(plain.slice(0, max));
  const fallback = items.filter(shortEnough).sort((a, b) => hardness(a, names) - hardness(b, names))[0];
  return fallback ? [fallback] : [];
}

const before = (a: Finding, b: Finding) =>
  a.source.line < b.source.line || (a.source.line === b.source.line && a.source.column < b.source.column);
const samePlace = (a: Finding, b: Finding) => a.source.line === b.source.line && a.source.column === b.source.column;

/** The statement a finding follows in the source (any kind of fact), or undefined. */
function antecedentOf(facts: Facts): (finding: Finding) => Finding | undefined {
  const all = [...facts.results, ...facts.harms, ...facts.caveats, ...facts.context, ...facts.nextSteps];
  return (finding) => all.filter((other) => before(other, finding)).sort((a, b) => (before(a, b) ? 1 : -1))[0];
}

/**
 * A caveat that opens by pointing back ("This difference in cardiovascular rates …") reads
 * right only when the statement it points to is in the brief: the source sentence just
 * before it must be one the brief shows.
 */
function readsInContext(facts: Facts, shown: ReadonlySet<Finding>): (finding: Finding) => boolean {
  const previousOf = antecedentOf(facts);
  return (finding) => {
    if (!leansBack(clean(finding.text))) return true;
    const previous = previousOf(finding);
    return previous !== undefined && [...shown].some((other) => samePlace(other, previous));
  };
}

/**
 * A finding shown in a list that opens by pointing back ("That translated into a 29% lower
 * risk of death") reads right only just under the statement it points to: the finding
 * shown before it must be the source sentence before it. Others go (and a finding leaning
 * on one that went goes too).
 */
function inSequence(facts: Facts, findingOf: (item: FindingItem) => Finding): (items: FindingItem[]) => FindingItem[] {
  const previousOf = antecedentOf(facts);
  return (items) => {
    const kept: FindingItem[] = [];
    for (const item of items) {
      const finding = findingOf(item);
      const points = leansBack(clean(finding.text)) || leansBack(item.sentences[0]?.text ?? '');
      const previous = points ? previousOf(finding) : undefined;
      const above = kept[kept.length - 1];
      if (!points || (previous && above && samePlace(findingOf(above), previous))) kept.push(item);
    }
    return kept;
  };
}

/** The readable findings (see readableFindings) that also read right where they stand. */
function readableInSequence(
  items: FindingItem[],
  max: number,
  names: ReadonlySet<string>,
  sequence: (items: FindingItem[]) => FindingItem[],
): FindingItem[] {
  let candidates = items;
  for (;;) {
    const chosen = readableFindings(candidates, max, names);
    const kept = sequence(chosen);
    if (kept.length === chosen.length) return kept;
    // What could not stand where it would be shown frees its place for another finding.
    candidates = candidates.filter((item) => !chosen.includes(item) || kept.includes(item));
  }
}

/** What the brief says when the source reports findings but none can be put plainly here. */
const tooDetailed = (what: string, findings: Facts['results']): Text =>
  generated(
    `The ${what} in the source are too detailed to sum up here. Ask your care team to go over them with you.`,
    linesOf(...findings),
  );

/**
 * The reading level the brief aims for (the check allows SMOG 8): when the plain sentences
 * still add up to more, the hardest optional pieces go first (see `prune`).
 */
const TARGET_SMOG = 7.5;
/** Findings are dropped only to keep the brief under this (just below the limit of 8). */
const LAST_RESORT_SMOG = 7.9;

export function composePatientBrief(facts: Facts, glossary: Glossary, options: ComposeOptions): PatientBriefModel {
  const frame = studyFrame(facts);
  const names = namesOf(facts, glossary);
  // When the article quantifies results, the numbered ones are the findings; an unnumbered
  // "result" beside them is usually framing ("a trial has shown the potential of …").
  const numbered = facts.results.filter((f) => quantified(f));
  const chosen = numbered.length >= 2 ? numbered : facts.results;
  const plain = new Map<FindingItem, Finding>();
  const itemsOf = (findings: Finding[]) =>
    findings.map((finding) => {
      const item = plainFinding(finding, frame, { maxBullets: MAX_BULLETS });
      plain.set(item, finding);
      return item;
    });
  const sequence = inSequence(facts, (item) => plain.get(item)!);
  const allResults = readableInSequence(itemsOf(chosen), MAX_RESULTS, names, sequence);
  const allHarms = readableInSequence(itemsOf(facts.harms), MAX_HARMS, names, sequence);
  const allRows = studyRows(facts, names);
  // The title names the treatment by its short form; the main message below spells it out.
  const name = interventionShort(facts);
  const condition = conditionName(facts);
  const titleText = name
    ? `What a study of ${name}${condition ? ` for ${condition}` : ''} found`
    : `What a new study${condition ? ` of ${condition}` : ''} found`;
  // The article's own caveats are specific to it; derived limitations fill the rest, in
  // the order a patient most needs them.
  const order = [
    'small-sample',
    'size-unknown',
    'no-comparator',
    'news-report-only',
    'not-randomized',
    'follow-up-unknown',
    'short-follow-up',
    'surrogate-outcomes',
    'immunosuppression',
  ];
  const derived = limitations(facts).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const stage = stageRows(facts, names);
  const next = plainList(facts.nextSteps, MAX_NEXT, names);
  const caveatGroups = plainGroups(facts.caveats, names);
  const learnMore = { ...citation(facts, { heading: 'Where to learn more', omitMissing: true }), qr: sourceQrCode(facts) };
  const meta = documentMeta('patient-brief', facts, titleText, options.buildDate);
  // A trial that found no benefit says so first (STANDARDS: main message first): a
  // patient must not read a failed trial as a hopeful one.
  const noBenefitFound = noBenefitFinding(facts);
  const noBenefit = noBenefitFound ? generated(noBenefitSentence(facts, interventionLater(facts)), linesOf(noBenefitFound)) : null;

  /** The brief without the optional pieces in `dropped` (findings, study rows, caveats). */
  const assemble = (dropped: ReadonlySet<object>): { model: PatientBriefModel; caveats: PlainGroup[] } => {
    // A finding kept for the one above it goes when that one is dropped.
    const results = sequence(allResults.filter((item) => !dropped.has(item)));
    const harms = sequence(allHarms.filter((item) => !dropped.has(item)));
    const shownFindings = new Set([...results, ...harms].map((item) => plain.get(item)!));
    // A caveat printed elsewhere (extractors may file one sentence as a harm and a caveat) is not repeated.
    const shown = new Set(visibleText({ results, harms, stage }));
    const inContext = readsInContext(facts, shownFindings);
    const caveats = caveatGroups
      .filter((group) => inContext(group.finding) && !group.pieces.some((item) => shown.has(item.text)))
      .slice(0, MAX_CAVEATS)
      .filter((group) => !dropped.has(group));
    const unknown = [...caveats.flatMap((group) => group.pieces), ...derived.map((l) => generated(l.patient, l.lines))].slice(
      0,
      MAX_UNKNOWN,
    );
    const body = {
      kicker: heading('Patient brief'),
      title: generated(titleText, linesOf(facts.intervention, facts.condition)),
      mainMessage: mainMessage(facts, results, noBenefit),
      callToAction: callToAction(facts, noBenefit !== null),
      study: { heading: heading('What did the study look at?'), rows: allRows.filter((row) => !dropped.has(row)) },
      findings: {
        heading: heading('What did they find?'),
        items: results,
        empty:
          results.length > 0 ? null : (noBenefit ?? (facts.results.length > 0 ? tooDetailed('results', facts.results) : notReported())),
      },
      harms: {
        heading: heading('What were the harms?'),
        items: harms,
        empty: harms.length > 0 ? null : facts.harms.length > 0 ? tooDetailed('harms', facts.harms) : notReported(),
      },
      knowledge: {
        heading: heading('What we know and don’t know yet'),
        unknownHeading: heading('Not known yet'),
        unknown,
        nextHeading: heading('What happens next'),
        next: next.length > 0 ? next : [notReported()],
      },
      stage: { heading: heading('Stage of research and access'), rows: stage },
      questions: { heading: heading('Questions to ask your care team'), items: questions() },
    };
    // Words to know: only glossary terms the reader will meet in this brief.
    // Findings and harms first: their jargon is what a reader must understand to weigh them.
    const { findings, harms: harmsSection, ...rest } = body;
    const used = wordsToKnow(glossary, visibleText({ findings, harmsSection, ...rest, learnMore }));
    const terms = [
      ...treatmentNames(facts, visibleText(body)),
      ...used.map((entry) => labeled(capitalize(entry.term), generated(entry.definition))),
    ].sort((a, b) => a.label.text.localeCompare(b.label.text, 'en', { sensitivity: 'base' }));
    const glossarySection = terms.length > 0 ? { heading: heading('Words to know'), terms } : null;
    return { model: { meta, ...body, glossary: glossarySection, learnMore }, caveats };
  };

  // A finding may go when another stays (one that points back to it goes with it).
  const droppable = (items: FindingItem[]) => items.filter((item) => sequence(items.filter((other) => other !== item)).length > 0);
  // First the article's own caveats and detail rows; who took part and findings only when the brief would
  // otherwise come near the limit, and at least one result and one harm always stay, so
  // benefits and harms keep equal weight.
  return prune(assemble, [
    {
      target: TARGET_SMOG,
      optional: (model, caveats) => [...model.study.rows.filter((row) => DETAIL_ROWS.has(row.label.text)), ...caveats],
    },
    {
      target: LAST_RESORT_SMOG,
      optional: (model) => [
        ...model.study.rows.filter((row) => row.label.text === 'About them'),
        ...droppable(model.findings.items),
        ...droppable(model.harms.items),
      ],
    },
  ]);
}

/** Study rows that add detail but are not needed to follow the brief ("About them" is kept longer). */
const DETAIL_ROWS = new Set(['What it is', 'Where']);

interface PruneStep {
  target: number;
  optional: (model: PatientBriefModel, caveats: PlainGroup[]) => object[];
}

/**
 * Drops optional pieces, step by step: within a step the hardest first (most long words
 * per sentence, and only those harder than the brief as a whole), until the brief reads
 * at the step's target or the step has nothing left to drop. Every piece goes whole.
 */
function prune(
  assemble: (dropped: ReadonlySet<object>) => { model: PatientBriefModel; caveats: PlainGroup[] },
  steps: PruneStep[],
): PatientBriefModel {
  const dropped = new Set<object>();
  let current = assemble(dropped);
  for (const step of steps) {
    for (;;) {
      const { model, caveats } = current;
      const whole = longWordStats(visibleText(model));
      if (smogOf(whole) <= step.target) break;
      // A caveat group holds its finding too: only its printed pieces count.
      const textsOf = (piece: object) => visibleText('pieces' in piece ? (piece as PlainGroup).pieces : piece);
      const ratio = (stats: { long: number; sentences: number }) => stats.long / Math.max(stats.sentences, 1);
      const ranked = step
        .optional(model, caveats)
        .map((piece) => ({ piece, stats: longWordStats(textsOf(piece)) }))
        .filter(({ stats }) => stats.sentences > 0 && ratio(stats) > ratio(whole))
        .sort((a, b) => ratio(b.stats) - ratio(a.stats));
      if (ranked.length === 0) break;
      dropped.add(ranked[0]!.piece);
      current = assemble(dropped);
    }
  }
  return current.model;
}

/** A printed handout cannot be clicked: a QR code takes the reader to the source. */
function sourceQrCode(facts: Facts): CitationModel['qr'] {
  const code = facts.meta.url ? qrCodeFor(facts.meta.url) : null;
  return code ? { svg: code.svg, caption: generated('Scan to read the source article.') } : null;
}
