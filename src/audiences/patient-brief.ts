// The patient brief: a plain-language handout (CDC Clear Communication Index, MedlinePlus
// easy-to-read, Harding Center fact boxes). Main message and call to action first; results
// and harms side by side as natural frequencies; what is not known; stage and availability;
// questions to ask; the words it uses; the source.
import type { Facts, Finding, TextFact } from '../article/schema.js';
import { citation } from './citation.js';
import { type Glossary, type GlossaryEntry, termsUsed } from './glossary.js';
import { columnsFor } from './icon-array.js';
import { limitations } from './limitations.js';
import { type ComposeOptions, documentMeta } from './meta.js';
import { plainFinding } from './plain-finding.js';
import { participantsPhrase, wordsToDigits } from './plain-numbers.js';
import { plainWords } from './plain-words.js';
import { toPieces, MAX_WORDS } from './clauses.js';
import { conditionName, interventionFirst, interventionShort, isSmallStudy, studyFrame } from './study.js';
import { NOT_REPORTED, generated, heading, linesOf, notReported, text, visibleText } from './text.js';
import type { FindingItem, LabeledText, PatientBriefModel, Text } from './view-models.js';
import { asSentence, capitalize, clean, joinList, wordCount } from './wording.js';

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
const MAX_TERMS = 6;

function labeled(label: string, value: Text): LabeledText {
  return { label: heading(label), value };
}

/** A source value (population, description …) as plain sentences in one Text. */
function plainValue(value: string, lines: number[]): Text {
  return text('simplified', toPieces(plainWords(clean(value))).sentences.join(' '), lines);
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

/** "12 participants, all of whom had been …" → "All had been …": the count has its own row. */
function aboutPeople(population: string): string {
  const people = '(?:participants|patients|people|subjects|volunteers|individuals|adults|children|women|men)';
  const match = new RegExp(`^(?:the\\s+)?[\\d,]+\\s+${people}\\s*,?\\s*(all of whom|all of them|who|all)?\\s*`, 'i').exec(population);
  if (!match) return population;
  const rest = population.slice(match[0].length);
  if (!rest) return population;
  return match[1] && /^all/i.test(match[1]) ? `All ${rest}` : match[1] ? `They ${rest}` : population;
}

/** "…, an innovative therapy known as X, which involves Y" → "It involves Y". */
function howGiven(description: string): string {
  const which = /\b(?:which|that)\s+((?:involves?|uses?|works?|consists?|is given|are given|is injected|is taken|is implanted)\b.*)$/i.exec(description);
  return which ? `It ${which[1]}` : description;
}

function mainMessage(facts: Facts, results: FindingItem[]): Text[] {
  const name = interventionFirst(facts);
  const condition = conditionName(facts);
  const size = facts.participants ? `${isSmallStudy(facts) ? 'A small study' : 'A study'} of ${participantsPhrase(facts.participants)} people` : 'A study';
  const what = name ? `tested ${name}` : 'tested a treatment';
  const first = `${size} ${what}${condition ? ` for ${condition}` : ''}.`;
  const lines = linesOf(facts.participants, facts.intervention, facts.condition);
  const message = [generated(wordCount(first) <= MAX_WORDS ? first : `${size} ${what}.`, lines)];
  // The key result: the shortest that leads with a natural frequency, else the first short one.
  const opening = (item: FindingItem) => (item.sentences[0]?.kind === 'simplified' ? item.sentences[0] : undefined);
  const short = results.filter((item) => {
    const sentence = opening(item);
    return sentence !== undefined && wordCount(sentence.text) <= MAX_WORDS;
  });
  const byLength = (a: FindingItem, b: FindingItem) => wordCount(opening(a)!.text) - wordCount(opening(b)!.text);
  const key = short.filter((item) => item.lead).sort(byLength)[0] ?? short[0];
  if (key) message.push(opening(key)!);
  return message;
}

function callToAction(facts: Facts): Text[] {
  const name = interventionShort(facts);
  return [
    generated('Keep following your current treatment plan.'),
    generated(
      name ? `Ask your care team about ${name} and whether it could be right for you.` : 'Ask your care team what this news means for you.',
      linesOf(facts.intervention),
    ),
  ];
}

function studyRows(facts: Facts): LabeledText[] {
  const rows: LabeledText[] = [];
  const { participants, population, condition, intervention, interventionDescription, followUp, design, comparator, setting } = facts;
  rows.push(
    labeled(
      'Who took part',
      participants ? generated(`${capitalize(participantsPhrase(participants))} people.`, linesOf(participants)) : notReported(),
    ),
  );
  if (population) rows.push(labeled('About them', plainValue(aboutPeople(clean(population.value)), linesOf(population))));
  rows.push(labeled('Condition', condition ? text('simplified', asSentence(clean(condition.value)), linesOf(condition)) : notReported()));
  rows.push(
    labeled('Treatment', intervention ? text('simplified', asSentence(clean(intervention.value)), linesOf(intervention)) : notReported()),
  );
  if (interventionDescription) {
    rows.push(labeled('What it is', plainValue(howGiven(clean(interventionDescription.value)), linesOf(interventionDescription))));
  }
  rows.push(labeled('Compared with', comparator ? plainValue(comparator.value, linesOf(comparator)) : notReported()));
  rows.push(labeled('How long', followUp ? plainValue(followUp.value, linesOf(followUp)) : notReported()));
  rows.push(labeled('Type of study', design ? plainValue(design.value, linesOf(design)) : notReported()));
  if (setting) rows.push(labeled('Where', plainValue(setting.value, linesOf(setting))));
  return gatherMissing(rows);
}

/** How each study row is named when the source leaves it out. */
const MISSING_AS: Record<string, string> = {
  'Who took part': 'number of people',
  Condition: 'condition',
  Treatment: 'treatment',
  'Compared with': 'comparison group',
  'How long': 'length of follow-up',
  'Type of study': 'type of study',
};

/** Rows the source leaves empty become one line: "Not given in the source: a and b." */
function gatherMissing(rows: LabeledText[]): LabeledText[] {
  const missing = rows.filter((row) => row.value.text === NOT_REPORTED && MISSING_AS[row.label.text]);
  if (missing.length < 2) return rows;
  const names = missing.map((row) => MISSING_AS[row.label.text]!);
  return [
    ...rows.filter((row) => !missing.includes(row)),
    labeled('Not reported', generated(`Not given in the source: ${joinList(names)}.`)),
  ];
}

function plainList(findings: Facts['caveats'], max: number): Text[] {
  return findings.slice(0, max).flatMap((finding) => {
    const plain = plainWords(wordsToDigits(clean(finding.text), finding.numbers));
    return toPieces(plain).sentences.map((sentence) => text('simplified', sentence, linesOf(finding)));
  });
}

function stageRows(facts: Facts): LabeledText[] {
  const phase = facts.phase
    ? text('simplified', /phase/i.test(facts.phase.value) ? asSentence(clean(facts.phase.value)) : `Phase ${clean(facts.phase.value)} study.`, linesOf(facts.phase))
    : notReported();
  const availability = facts.availability ? plainValue(sentenceOf(facts.availability), linesOf(facts.availability)) : notReported();
  return [labeled('Stage of research', phase), labeled('Can people get it now?', availability)];
}

function questions(facts: Facts): Text[] {
  const name = interventionShort(facts);
  const lines = linesOf(facts.intervention);
  return [
    generated(name ? `Could ${name} be right for someone like me?` : 'Could this treatment be right for someone like me?', lines),
    generated('What are the possible side effects and harms?'),
    generated('How does it compare with the treatment I have now?'),
    generated('Could I join a clinical trial?'),
    generated('When might it be available, and what might it cost?'),
  ];
}

/** Roughly how much column a finding takes, in words of text (an icon row is about five). */
function cost(item: FindingItem): number {
  const words = [...item.sentences, ...item.bullets].reduce((sum, t) => sum + wordCount(t.text) + 3, 0);
  const iconRows = item.icons ? Math.ceil(item.icons.total / columnsFor(item.icons.total)) : 0;
  return words + (item.icons ? 5 + iconRows * 5 : 0);
}

/**
 * The findings that fit a column: those with a natural frequency first, then the rest,
 * whole and in the article's order (always at least one).
 */
function withinBudget(items: FindingItem[]): FindingItem[] {
  const byPriority = items.map((item, index) => ({ item, index })).sort((a, b) => Number(!!b.item.lead) - Number(!!a.item.lead) || a.index - b.index);
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
  const named = (raw: string) => new RegExp(`\\b(type|phase|stage|grade|class|level)\\s+${raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  const counts = finding.numbers.some((n) => n.unit !== 'year' && !named(n.raw).test(finding.text));
  return counts || /\b(all|none)\s+(of\s+)?(the\s+)?(participants|patients|people)\b/i.test(finding.text);
}

/**
 * The glossary terms the brief uses, most specific only ("type 1 diabetes" over
 * "diabetes"); when there are too many, those met first in `texts` stay. Alphabetical.
 */
function wordsToKnow(glossary: Glossary, texts: string[]): GlossaryEntry[] {
  const used = termsUsed(glossary, texts);
  const lower = (entry: GlossaryEntry) => entry.term.toLowerCase();
  const specific = used.filter((entry) => !used.some((other) => other !== entry && lower(other).includes(lower(entry))));
  const all = texts.join('\n').toLowerCase();
  const firstSeen = (entry: GlossaryEntry) => {
    const at = [entry.term, ...entry.also].map((w) => all.indexOf(w.toLowerCase())).filter((i) => i >= 0);
    return at.length > 0 ? Math.min(...at) : Infinity;
  };
  const kept = [...specific].sort((a, b) => firstSeen(a) - firstSeen(b)).slice(0, MAX_TERMS);
  return kept.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

export function composePatientBrief(facts: Facts, glossary: Glossary, options: ComposeOptions): PatientBriefModel {
  const frame = studyFrame(facts);
  // When the article quantifies results, the numbered ones are the findings; an unnumbered
  // "result" beside them is usually framing ("a trial has shown the potential of …").
  const numbered = facts.results.filter((f) => quantified(f));
  const chosen = numbered.length >= 2 ? numbered : facts.results;
  const results = withinBudget(chosen.slice(0, MAX_RESULTS).map((f) => plainFinding(f, frame, { maxBullets: MAX_BULLETS })));
  const harms = withinBudget(facts.harms.slice(0, MAX_HARMS).map((f) => plainFinding(f, frame, { maxBullets: MAX_BULLETS })));
  // The title names the treatment by its short form; the main message below spells it out.
  const name = interventionShort(facts);
  const condition = conditionName(facts);
  const titleText = name
    ? `What a study of ${name}${condition ? ` for ${condition}` : ''} found`
    : `What a new study${condition ? ` of ${condition}` : ''} found`;
  // The article's own caveats are specific to it; derived limitations fill the rest, in
  // the order a patient most needs them.
  const order = ['small-sample', 'size-unknown', 'no-comparator', 'news-report-only', 'not-randomized', 'follow-up-unknown', 'short-follow-up', 'surrogate-outcomes', 'immunosuppression'];
  const derived = limitations(facts).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const stage = stageRows(facts);
  // A caveat printed elsewhere (extractors may file one sentence as a harm and a caveat) is not repeated.
  const shown = new Set(visibleText({ results, harms, stage }));
  const caveats = plainList(facts.caveats, MAX_CAVEATS).filter((item) => !shown.has(item.text));
  const unknown = [...caveats, ...derived.map((l) => generated(l.patient, l.lines))].slice(0, MAX_UNKNOWN);
  const next = plainList(facts.nextSteps, MAX_NEXT);

  const body = {
    kicker: heading('Patient brief'),
    title: generated(titleText, linesOf(facts.intervention, facts.condition)),
    mainMessage: mainMessage(facts, results),
    callToAction: callToAction(facts),
    study: { heading: heading('What did the study look at?'), rows: studyRows(facts) },
    findings: {
      heading: heading('What did they find?'),
      items: results,
      empty: results.length === 0 ? notReported() : null,
    },
    harms: {
      heading: heading('What were the harms?'),
      items: harms,
      empty: harms.length === 0 ? notReported() : null,
    },
    knowledge: {
      heading: heading('What we know and don’t know yet'),
      unknownHeading: heading('Not known yet'),
      unknown,
      nextHeading: heading('What happens next'),
      next: next.length > 0 ? next : [notReported()],
    },
    stage: { heading: heading('Stage of research and availability'), rows: stage },
    questions: { heading: heading('Questions to ask your care team'), items: questions(facts) },
  };
  const learnMore = citation(facts, { heading: 'Where to learn more', omitMissing: true });
  // Words to know: only glossary terms the reader will meet in this brief.
  // Findings and harms first: their jargon is what a reader must understand to weigh them.
  const { findings, harms: harmsSection, ...rest } = body;
  const used = wordsToKnow(glossary, visibleText({ findings, harmsSection, ...rest, learnMore }));
  const glossarySection =
    used.length > 0
      ? { heading: heading('Words to know'), terms: used.map((entry) => labeled(capitalize(entry.term), generated(entry.definition))) }
      : null;
  return {
    meta: documentMeta('patient-brief', facts, titleText, options.buildDate),
    ...body,
    glossary: glossarySection,
    learnMore,
  };
}
