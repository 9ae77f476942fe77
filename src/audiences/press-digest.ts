// The press digest: one page for journalists in inverted-pyramid order (Science Media
// Centre guidelines; press-release anatomy). Release line, a plain headline of at most ten
// words, dateline, a lede of at most 25 words with who, what and the key number, size and
// design next, then key numbers, findings and harms as reported, quotes exactly as given,
// what comes next, what the source leaves out, citation, contact, "###".
import type { Facts } from '../article/schema.js';
import { wordCount } from '../shared/count-words.js';
import { findHype } from './checks/hype.js';
import { citation } from './citation.js';
import { evidenceChecklist } from './evidence-checklist.js';
import type { Glossary } from './glossary.js';
import { type ComposeOptions, documentMeta } from './meta.js';
import { plainFinding } from './plain-finding.js';
import { naturalFrequency, participantsPhrase, wordsToDigits, type NaturalFrequency } from './plain-numbers.js';
import { plainWords } from './plain-words.js';
import { shorten } from './clauses.js';
import { quoteItem } from './quotes.js';
import {
  comparatorValue,
  conditionName,
  designPhrase,
  interventionFirst,
  interventionShort,
  noBenefitFinding,
  studyFrame,
} from './study.js';
import { generated, heading, linesOf, notReported, text } from './text.js';
import type { DerivedNumber, LabeledText, PressDigestModel, Text } from './view-models.js';
import { asSentence, capitalize, clean, joinList, leansBack, standsAlone } from './wording.js';

const MAX_HEADLINE_WORDS = 10;
const MAX_LEDE_WORDS = 25;
const MAX_FINDINGS = 4;
const MAX_HARMS = 3;
const MAX_QUOTES = 2;
const MAX_NEXT = 2;
const MAX_KEY_NUMBERS = 4;

/** A result read for the press: its natural frequency and its first plain sentence. */
interface KeyResult {
  frequency: NaturalFrequency | null;
  sentence: string;
  lines: number[];
  /** The sentence after its leading frequency ("stopped needing insulin altogether"), if it leads. */
  predicate: string | null;
  /** Numbers the plain sentence computed ("of every 100"). */
  derived: DerivedNumber[];
  /** The finding's other plain sentences that stand alone, for a lede the first one would overrun. */
  others: string[];
}

function keyResults(facts: Facts): KeyResult[] {
  const frame = studyFrame(facts);
  return facts.results.flatMap((finding): KeyResult[] => {
    const item = plainFinding(finding, frame, { maxBullets: 0 });
    const first = item.sentences[0];
    if (!first || first.kind !== 'simplified') return [];
    // The lede and the key-numbers box show one sentence alone: not one that points back
    // to the sentence before it ("That translated into a 29% lower risk of death").
    if (leansBack(clean(finding.text)) || leansBack(first.text)) return [];
    // The frequency the plain finding draws, over the sentence that states it (none when
    // that sentence could not lead).
    const frequency = item.lead ? naturalFrequency(clean(finding.text), finding.numbers, frame).frequency : null;
    // A sentence that leads into a list ("… without experiencing:") cannot stand alone:
    // the whole clause in plain words stands instead (the lede keeps to its word limit).
    const listed = item.bullets.length > 0;
    const whole = listed
      ? asSentence(shorten(plainWords(wordsToDigits(naturalFrequency(clean(finding.text), finding.numbers, frame).text, finding.numbers))))
      : first.text;
    const sentence = whole.replace(/\.$/, '');
    const phrase = frequency?.phrase.toLowerCase();
    const predicate = phrase && sentence.toLowerCase().startsWith(phrase) ? sentence.slice(phrase.length).trim() : null;
    const others = listed
      ? []
      : item.sentences
          .slice(1)
          .filter((t) => t.kind === 'simplified' && standsAlone(t.text))
          .map((t) => t.text.replace(/\.$/, ''));
    return [{ frequency, sentence, lines: linesOf(finding), predicate, derived: first.derived, others }];
  });
}

/** Headline and lede limits count words as a journalist does: between spaces ("1,558" is one). */
const fits = (value: string, max: number) => wordCount(value, { by: 'spaces' }) <= max && findHype(value).length === 0;

/** The first candidate that fits; the last one always does, being short and fixed. */
function firstFitting(candidates: Array<string | null>, max: number): string {
  const usable = candidates.filter((c): c is string => c !== null);
  return usable.find((c) => fits(c, max)) ?? usable[usable.length - 1]!;
}

const FUNCTION_START =
  /^(the|a|an|in|within|after|before|by|at|all|none|more|most|some|many|people|participants|patients|among|during|over|about|nearly|almost|fewer|less|half|yet|but)\b/i;
/** Lower-cases a sentence's first word for use mid-sentence, unless it may be a name. */
const midSentence = (value: string) => (FUNCTION_START.test(value) ? value.charAt(0).toLowerCase() + value.slice(1) : value);

function headline(facts: Facts, key: KeyResult | undefined, noBenefit: boolean): string {
  const name = interventionShort(facts);
  const condition = conditionName(facts);
  const n = facts.participants ? participantsPhrase(facts.participants) : null;
  const shortFrequency =
    key?.frequency && key.predicate && key.frequency.derived.length === 0
      ? `${key.frequency.count === key.frequency.total ? `All ${key.frequency.total}` : `${key.frequency.count} of ${key.frequency.total}`} people ${key.predicate}`
      : null;
  // A trial that found no benefit says so in the headline too, not "tested in …".
  const compared = comparatorValue(facts);
  const failed =
    name && noBenefit ? `${capitalize(name)} no better than ${compared ?? 'comparator'}${condition ? ` for ${condition}` : ''}` : null;
  return firstFitting(
    [
      failed,
      failed && condition ? `${capitalize(name!)} no better than ${compared ?? 'comparator'}` : null,
      name && shortFrequency ? `${capitalize(name)}: ${shortFrequency}` : null,
      shortFrequency,
      name && condition && n && /^\d[\d,]*$/.test(n) ? `${capitalize(name)} tested in ${n} people with ${condition}` : null,
      name && condition ? `${capitalize(name)} tested for ${condition}` : null,
      name ? `Study reports results for ${name}` : null,
      'New clinical study results reported',
    ],
    MAX_HEADLINE_WORDS,
  );
}

/**
 * The lede with the most telling result that fits in MAX_LEDE_WORDS: results are tried in
 * the order given (a leading natural frequency first), then a lede without a result.
 */
function lede(facts: Facts, keys: KeyResult[], noBenefit: boolean): { text: string; key: KeyResult | undefined } {
  const condition = conditionName(facts);
  const journal = facts.journal ? clean(facts.journal.value) : null;
  const who = facts.participants ? ` in ${participantsPhrase(facts.participants)} people` : '';
  const withCondition = condition ? `${who || ' in people'} with ${condition}` : who;
  const published = journal ? `, published in ${journal},` : '';
  // Full name (with its short form) first; the short form alone when words run out.
  const names = [...new Set([interventionFirst(facts), interventionShort(facts)].filter((n): n is string => n !== null))];
  if (names.length === 0) names.push('a treatment');
  const n = facts.participants ? `${participantsPhrase(facts.participants)} people` : null;
  const withResult = (key: KeyResult, sentence: string): string[] => {
    const found = midSentence(sentence);
    const candidates = (name: string) => [
      journal ? `A study of ${name}${withCondition}${published} reports that ${found}.` : null,
      `A study of ${name}${withCondition} reports that ${found}.`,
      `A study of ${name}${who} reports that ${found}.`,
    ];
    // When the finding itself names the treatment, the lede may lead with the study and the number.
    const namesIt = names.some((name) =>
      name.split(/\s+/).some((word) => word.length >= 4 && found.toLowerCase().includes(word.toLowerCase())),
    );
    // "In a study of 717 people, in the trial, …": the finding's own framing goes.
    const bare = found.replace(/^(?:in|during) (?:the|this) (?:trial|study),\s*/i, '');
    const compact =
      namesIt && n ? [`In a study of ${n}${condition ? ` with ${condition}` : ''}, ${bare}.`, `In a study of ${n}, ${bare}.`] : [];
    return [...names.flatMap(candidates), ...compact].filter((c): c is string => c !== null);
  };
  // A trial that found no benefit leads with that, before any figure (inverted pyramid).
  if (noBenefit) {
    const compared = comparatorValue(facts);
    const against = compared ? ` over ${compared}` : '';
    const negative = names.flatMap((name) => [
      `A study of ${name}${withCondition}${published} found no benefit${against}.`,
      `A study of ${name}${withCondition} found no benefit${against}.`,
      `A study of ${name} found no benefit${against}.`,
    ]);
    const fitting = negative.find((candidate) => fits(candidate, MAX_LEDE_WORDS));
    if (fitting) return { text: fitting, key: undefined };
  }
  for (const key of keys) {
    // The sentence with the finding's key number first; another of its sentences when that one runs long.
    for (const sentence of [key.sentence, ...key.others]) {
      const fitting = withResult(key, sentence).find((candidate) => fits(candidate, MAX_LEDE_WORDS));
      if (fitting) return { text: fitting, key: sentence === key.sentence ? key : { ...key, frequency: null, predicate: null } };
    }
  }
  const fallbacks = names.flatMap((name) => [
    journal ? `A study of ${name}${withCondition}${published} reports its results.` : null,
    `A study of ${name}${withCondition} reports its results.`,
    `A study of ${name} reports its results.`,
  ]);
  return { text: firstFitting(fallbacks, MAX_LEDE_WORDS), key: undefined };
}

/** Paragraph two: study size and nature (phase, design, comparator), and where it appeared. */
function sizeAndDesign(facts: Facts): Text {
  const { participants, design, phase, comparator, journal, published } = facts;
  const kind = designPhrase(facts)?.toLowerCase() ?? 'study';
  // "Feb. 1", "4 Nov.": the date as given, in brackets after the journal.
  const when = published ? clean(published.value).replace(/\.$/, '') : null;
  const sentences = [
    participants
      ? `The ${kind} enrolled ${participantsPhrase(participants)} participants.`
      : `The source does not report how many people the ${kind} enrolled.`,
    phase ? `It was a phase ${clean(phase.value).replace(/^phase\s+/i, '')} trial.` : 'The source does not report a trial phase.',
    comparator ? `The comparator was ${comparatorValue(facts)}.` : 'No comparison group is reported.',
    journal ? `Results were published in ${clean(journal.value)}${when ? ` (${when})` : ''}.` : null,
  ].filter((s): s is string => s !== null);
  if (!design) sentences.splice(1, 0, 'The source does not describe the study design.');
  return generated(sentences.join(' '), linesOf(participants, design, phase, comparator, journal, published));
}

function keyNumbers(facts: Facts, results: KeyResult[]): LabeledText[] {
  const items: LabeledText[] = [];
  if (facts.participants) {
    items.push({
      label: text('source', participantsPhrase(facts.participants), linesOf(facts.participants)),
      value: generated('participants enrolled', linesOf(facts.participants)),
    });
  }
  for (const result of results) {
    if (items.length >= MAX_KEY_NUMBERS) break;
    const { frequency } = result;
    const figure = frequency
      ? frequency.derived.length === 0
        ? `${frequency.count} of ${frequency.total}`
        : capitalize(`${frequency.qualifier ? `${frequency.qualifier} ` : ''}${frequency.count} of every 100`)
      : null;
    if (!figure) continue;
    items.push({
      label: generated(figure, result.lines, frequency?.derived ?? []),
      value: text('simplified', result.predicate ?? result.sentence, result.lines, result.derived),
    });
  }
  return items;
}

export function composePressDigest(facts: Facts, _glossary: Glossary, options: ComposeOptions): PressDigestModel {
  const results = keyResults(facts);
  // The lede carries the most telling count: a natural frequency that leads its sentence.
  // The lede carries the most telling count it can fit: a natural frequency that leads its
  // sentence, then any natural frequency, then the other results in the article's order.
  const rank = (r: KeyResult) => (r.frequency && r.predicate ? 0 : r.frequency ? 1 : 2);
  const ordered = results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => r);
  const key = ordered[0];
  // A trial that found no benefit says so in the headline and the lede.
  const noBenefit = noBenefitFinding(facts);
  const title = headline(facts, key, noBenefit !== null);
  const opening = lede(facts, ordered, noBenefit !== null);
  const findings = facts.results.slice(0, MAX_FINDINGS).map((f) => text('source', clean(f.text), linesOf(f)));
  const harms = facts.harms.slice(0, MAX_HARMS).map((f) => text('source', clean(f.text), linesOf(f)));
  const quotes = facts.quotes.slice(0, MAX_QUOTES).map(quoteItem);
  const next = facts.nextSteps.slice(0, MAX_NEXT).map((f) => text('source', clean(f.text), linesOf(f)));
  const gaps = evidenceChecklist(facts).filter((item) => !item.reported);
  const { meta } = facts;
  return {
    meta: documentMeta('press-digest', facts, title, options.buildDate),
    releaseLine: meta.embargo ? text('source', `EMBARGOED UNTIL ${meta.embargo}`) : heading('FOR IMMEDIATE RELEASE'),
    headline: generated(
      title,
      [...(key?.lines ?? linesOf(facts.intervention, facts.condition)), ...linesOf(noBenefit)],
      key?.derived ?? [],
    ),
    // No dateline in the source: the lede starts without one (nothing is made up).
    dateline: (meta.dateline ?? meta.date) ? text('source', (meta.dateline ?? meta.date)!) : null,
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
    keyNumbers: { heading: heading('Key numbers'), items: keyNumbers(facts, results) },
    findings: { heading: heading('Results as reported'), items: findings, empty: findings.length === 0 ? notReported() : null },
    harms: { heading: heading('Harms as reported'), items: harms, empty: harms.length === 0 ? notReported() : null },
    quotes: { heading: heading('Quotes'), items: quotes, empty: quotes.length === 0 ? notReported() : null },
    next: { heading: heading('What happens next'), items: next, empty: next.length === 0 ? notReported() : null },
    gaps: {
      heading: heading('What the source leaves out'),
      items:
        gaps.length > 0
          ? [generated(`Not reported in the source: ${joinList(gaps.map((g) => g.criterion.toLowerCase()))}.`)]
          : [generated('The source covers every item on the evidence checklist.')],
    },
    citation: citation(facts, { heading: 'Source', omitMissing: false }),
    contact: {
      heading: heading('Media contact'),
      text: meta.contact ? text('source', meta.contact) : generated('Not given in the source.'),
    },
    end: heading('###'),
  };
}
