// "Words to know": the glossary terms the brief uses, and the treatment's short forms it
// never spells out, each with a plain definition.
import type { Facts, TextFact } from '../../article/schema.js';
import { type Glossary, type GlossaryEntry, termsUsed } from '../glossary.js';
import type { BriefKind } from './kind.js';
import { interventionAcronym, interventionName } from '../study.js';
import { generated, heading, linesOf } from '../text.js';
import type { LabeledText, PatientBriefModel } from '../view-models.js';
import { capitalize } from '../wording.js';
import { escapeRegExp } from '../../shared/escape-regexp.js';

// Room for the terms a full brief uses (12 on the zimislecel story once "What it is" shows);
// a term the brief uses and does not define fails the undefined-term check.
const MAX_TERMS = 12;

/** What the brief prints, as "Words to know" reads it. */
export interface PrintedText {
  /** Everything, the citation too, opening with what a reader must understand to weigh the study (findings, harms): when there are too many terms, those met first stay. */
  byWeight: string[];
  /** The brief's own text, without the citation: where the treatment's short forms are looked for. */
  body: string[];
}

/**
 * The "Words to know" section, or null when the brief needs none: the glossary terms the
 * reader will meet, and the treatment's short forms the brief never spells out. Alphabetical.
 */
export function wordsToKnow(
  facts: Facts,
  glossary: Glossary,
  printed: PrintedText,
  headingText: string,
  kind: BriefKind = 'study',
): PatientBriefModel['glossary'] {
  const treatment = treatmentNames(facts, printed.body, kind, glossary);
  const explained = new Set(treatment.map((term) => term.label.text));
  const terms = [
    ...treatment,
    ...shortForms(facts, printed.body, glossary).filter((term) => !explained.has(term.label.text)),
    ...termsToExplain(glossary, printed.byWeight).map((entry) => ({
      label: heading(capitalize(entry.term)),
      value: generated(entry.definition),
    })),
  ].sort((a, b) => a.label.text.localeCompare(b.label.text, 'en', { sensitivity: 'base' }));
  return terms.length > 0 ? { heading: heading(headingText), terms } : null;
}

/**
 * The glossary terms the brief uses, most specific only ("type 1 diabetes" over
 * "diabetes"); when there are too many, those met first in `texts` stay. Alphabetical.
 */
function termsToExplain(glossary: Glossary, texts: string[]): GlossaryEntry[] {
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

const TEST_WORDS = /\b(?:tests?|testing|scans?|screening|assays?|imaging|MRI|CT|ultrasound|biomarkers?)\b/i;
const DEVICE_WORDS = /\b(?:device|system|implant|pacemaker|defibrillator|cap|pump|monitor|stimulator|stimulation|app)\b/i;

/**
 * What the studied thing is, by the study's kind (facts.derived.studyType) and its name:
 * a test or a device is not "the treatment", and a study that watched people or pooled
 * studies tested nothing.
 */
function whatItIs(name: string, kind: BriefKind): string {
  // "MAFTest" is read as "MAF Test".
  const words = name.replace(/(\p{Ll}|\p{Lu})(?=\p{Lu}\p{Ll})/gu, '$1 ');
  if (kind === 'test' || TEST_WORDS.test(words)) return 'the test this study looked at';
  if (kind === 'observational' || kind === 'model') return 'what this study looked at';
  if (kind === 'review') return 'what the studies in this review looked at';
  // (A name "of what this story is about" says nothing a reader did not know: what kind of thing, when the name tells.)
  if (kind === 'none') return DEVICE_WORDS.test(words) ? 'the device this story is about' : 'what this story is about';
  if (kind === 'lab') return 'what this study tested in the lab';
  const thing = DEVICE_WORDS.test(words) ? 'device' : 'treatment';
  return kind === 'approval' ? `the ${thing} that was approved` : `the ${thing} this study tested`;
}

/** "ASD" used in `all`, and not spelled out there ("autism spectrum disorder (ASD)"). */
function usedUnexplained(form: string, all: string): boolean {
  const used = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(form)}(?![\\p{L}\\p{N}-])`, 'u').test(all);
  return used && !new RegExp(`\\(${escapeRegExp(form)}\\)|${escapeRegExp(form)} \\(`).test(all);
}

/**
 * The short forms the brief uses without spelling them out: those the article defines
 * ("ASD: Short for autism spectrum disorder.", facts.derived.acronyms) and those it only
 * names ("MADIT-CRT: The name of a study.", acronyms.named). A reader meets them in kept
 * source sentences; the glossary's own words are explained there instead.
 */
function shortForms(facts: Facts, body: string[], glossary: Glossary): LabeledText[] {
  const all = body.join('\n');
  const defined = new Set(glossary.entries.flatMap((entry) => [entry.term, ...entry.also]).map((word) => word.toLowerCase()));
  // A Roman numeral ("Phase II", "Class III") is a number, not a short form: "II: The name of a study" says nothing.
  const wanted = (short: string) => !/^[IVXL]+$/.test(short) && !defined.has(short.toLowerCase()) && usedUnexplained(short, all);
  const { value: spelled, named } = facts.derived.acronyms;
  return [
    ...spelled
      .filter((acronym) => wanted(acronym.short))
      .map((acronym) => ({ label: heading(acronym.short), value: generated(`Short for ${acronym.long}.`, linesOf(acronym.source)) })),
    ...named
      .filter((form) => wanted(form.short) && !spelled.some((acronym) => acronym.short === form.short))
      .map((form) => {
        const spelledOut = spelledBy(form.short, facts);
        return spelledOut
          ? { label: heading(form.short), value: generated(`Short for ${spelledOut.long}.`, linesOf(spelledOut.fact)) }
          : { label: heading(form.short), value: generated(`The name of ${form.names}.`, linesOf(form.source)) };
      }),
  ];
}

/**
 * The condition or treatment a short form the article never spells out stands for, by its
 * initials: "MS" beside "multiple sclerosis", "AF" beside "atrial fibrillation". Guessed
 * from where it is used ("any MS treatment"), it would read as the name of a medicine.
 */
function spelledBy(short: string, facts: Facts): { long: string; fact: TextFact } | null {
  for (const fact of [facts.condition, facts.intervention]) {
    const long = fact?.value.replace(/\s*\([^()]*\)/g, '').trim();
    if (!long) continue;
    const initials = long
      .split(/[\s-]+/)
      .filter((word) => /^\p{L}/u.test(word))
      .map((word) => word[0])
      .join('');
    if (initials.length >= 2 && initials.toUpperCase() === short.replace(/[^\p{L}]/gu, '').toUpperCase()) return { long, fact: fact! };
  }
  return null;
}

/**
 * The treatment's short forms the brief uses but never spells out in brackets
 * ("HDIT/HCT", "DigniCap"): each gets a line in "Words to know" saying what it stands for.
 */
function treatmentNames(facts: Facts, body: string[], kind: BriefKind, glossary: Glossary): LabeledText[] {
  const name = interventionName(facts);
  if (!name || !facts.intervention) return [];
  const all = body.join('\n');
  const words = name.split(/\s+/);
  /** "SAVI SCOUT": capitals beside capitals are a brand's name, not one short form beside a noun ("MRI screening"). */
  const inCapitalsRun = (i: number) => [words[i - 1], words[i + 1]].some((word) => !!word && /^\p{Lu}{2,}[®™]?$/u.test(word));
  const forms = [
    interventionAcronym(facts),
    ...words.filter((word, i) => /^\p{L}.*\p{Lu}/u.test(word.slice(1)) && word !== name && !inCapitalsRun(i)),
  ].filter((form): form is string => !!form && form !== name && /\p{Lu}.*\p{Lu}/u.test(form));
  // A short form the glossary defines ("HbA1c") is explained there, once.
  const defined = new Set(glossary.entries.flatMap((entry) => [entry.term, ...entry.also]).map((word) => word.toLowerCase()));
  // A name that is itself a code or short form ("FY26", "WZ4002", "SAMe"), and that the article never spells out.
  const spelledOut = facts.derived.acronyms.value.some((acronym) => acronym.short === name);
  const ownName =
    /^\S+$/.test(name) &&
    /\p{Lu}.*[\p{Lu}\p{N}]/u.test(name.slice(1)) &&
    !spelledOut &&
    !defined.has(name.toLowerCase()) &&
    usedUnexplained(name, all)
      ? [{ label: heading(name), value: generated(`The name of ${whatItIs(name, kind)}.`, linesOf(facts.intervention)) }]
      : [];
  // "SAVI SCOUT" in "SAVI SCOUT Radar Localization System": a run of words in capitals is
  // the product's own name, explained once as a name (each word is no short form of the whole).
  const runs = [...name.matchAll(/(?<!\S)\p{Lu}{2,}[®™]?(?:\s+\p{Lu}{2,}[®™]?)+(?!\S)/gu)].map(([run]) => run);
  const brand = runs
    .filter((run) => run !== name && !defined.has(run.toLowerCase()))
    .map((run) => ({ label: heading(run), value: generated(`The name of ${whatItIs(name, kind)}.`, linesOf(facts.intervention)) }));
  return [...new Set(forms)]
    .filter((form) => !defined.has(form.toLowerCase()))
    .filter((form) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'u').test(all))
    .filter((form) => form.split('/').some((part) => !new RegExp(`\\(${escapeRegExp(part)}\\)|${escapeRegExp(part)} \\(`).test(all)))
    .map((form) => ({
      label: heading(form),
      value: generated(`Short for ${name}, ${whatItIs(name, kind)}.`, linesOf(facts.intervention)),
    }))
    .concat(ownName, brand);
}
