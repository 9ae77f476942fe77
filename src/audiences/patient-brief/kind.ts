// What kind of story the brief tells, read from the derived facts (facts.derived: study
// type, verdict, stage, availability), never from the article's sentences. The main
// message, the call to action, the questions and "Not known yet" follow it: a mouse study
// is not a treatment a reader can ask for, a screening test is not a treatment, a link
// found by watching people is not proof of cause, an approval says who can get it now.
import type { Facts } from '../../article/schema.js';
import { nameWords } from '../patient-text.js';
import { interventionAcronym, interventionName } from '../study.js';
import { nonHumanSubjects } from '../study-subjects.js';
import { linesOf } from '../text.js';
import { WORD } from '../../shared/count-words.js';

/**
 * - trial: a trial in people (randomized, non-randomized or single-arm);
 * - study: a study whose kind the derive stage could not name (said as little as possible);
 * - lab: cells or animals; test: a screening or diagnostic test; observational: people
 *   watched, not assigned; review: a review or pooling of studies; model: a computer model;
 * - approval: a regulator approved it; none: the story reports no study.
 */
export type BriefKind = 'trial' | 'study' | 'lab' | 'test' | 'observational' | 'review' | 'model' | 'approval' | 'none';

/**
 * Whether a reader can get it now: approved or on sale (as the source says), still in
 * studies (the source says it is not available, or it has only been tested in the lab or
 * in animals), or not said. A trial phase or a filing for approval does not say it: a
 * medicine on sale for one use is often tested, or filed, for another.
 */
export type Access = 'approved' | 'available' | 'in studies' | 'unknown';

export interface StoryKind {
  kind: BriefKind;
  verdict: NonNullable<Facts['derived']['verdict']>['value'] | null;
  access: Access;
  /** The regulator that approved it ("FDA"), when the source names one. */
  agency: string | null;
  /** For a lab study: what was studied ("mice", "cells in the laboratory"), when the facts say. */
  subjects: string | null;
  /** The source lines the kind, verdict and access rest on. */
  lines: { kind: number[]; verdict: number[]; access: number[] };
}

const KINDS: Record<NonNullable<Facts['derived']['studyType']>['value'], BriefKind> = {
  'randomized trial': 'trial',
  'non-randomized trial': 'trial',
  'single-arm trial': 'trial',
  'lab or animal': 'lab',
  'diagnostic accuracy': 'test',
  observational: 'observational',
  'review or meta-analysis': 'review',
  modeling: 'model',
  'regulatory approval': 'approval',
  other: 'none',
};

/** Words of regulators and places that an approval sentence names besides the product. */
const REGULATOR_WORDS =
  /^(?:\p{Lu}|UK|EU|FDA|F\.D\.A|EMA|MHRA|NICE|NHS|Food|Drugs?|Administration|Agency|Medicines?|European|Health|Canada|United|States|Kingdom|Europe|Australia|Asia|Africa|America|Britain|England|Scotland|Wales|Ireland|Germany|France|Italy|Spain|Japan|China|India|Commission|Department|Today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/**
 * Whether the availability sentence is about the treatment studied for the use studied,
 * not about another product the story mentions ("ACell’s powder, which has been approved …"
 * in a story on Latisse) or another use: it names the treatment, or every name it gives (a
 * maker, a brand) is one the treatment’s own source sentence gives too, besides
 * regulators, places and dates.
 */
export function availabilityIsAboutTreatment(facts: Facts): boolean {
  const sentence = facts.availability?.source.text ?? facts.derived.availability?.sources[0]?.text;
  if (!sentence) return true;
  // The derive stage read the approval as one for other uses ("the FDA has approved several
  // medicines derived from THC", in a study of THC for memory in mice): not this one.
  if (facts.derived.availability?.rule === 'availability-other-uses') return false;
  const intervention = facts.intervention;
  // With no treatment named, a sentence about someone's own thing ("Chang’s method was
  // commonly used") is about that thing; places ("licensed in the USA") say where, not what.
  if (!intervention) return ![...sentence.matchAll(/\b(\p{Lu}[\p{L}-]*)[’']s\b/gu)].some(([, name]) => !REGULATOR_WORDS.test(name!));
  const words = wordsOf(sentence);
  if (namesTreatment(facts, sentence)) return true;
  const besideTreatment = nameWords(intervention.source.text);
  return words.every((word, index) => {
    const name = index > 0 && /^\p{Lu}/u.test(word);
    const bare = word.replace(/[’']s$/, '');
    return !name || REGULATOR_WORDS.test(bare) || besideTreatment.has(bare.toLowerCase());
  });
}

/** "ectoine-based", "FDA-approved": a sentence's words, each part of a joined word counting. */
const wordsOf = (sentence: string): string[] =>
  [...sentence.matchAll(WORD)].flatMap(([word]) => word.split('-')).filter((word) => word !== '');

/**
 * "with such devices", "The drug, an injectable antibody, is …": the sentence points back to
 * the thing studied with a general noun instead of its name.
 */
const POINTS_BACK =
  /\b(?:such|these|this|the) (?:devices?|drugs?|pills?|vaccines?|medicines?|medications?|treatments?|therap(?:y|ies)|implants?|inhalers?)\b/i;

/** Whether a sentence names the treatment studied (its name, short name or acronym), or points back to it. */
function namesTreatment(facts: Facts, sentence: string): boolean {
  if (!facts.intervention) return false;
  if (POINTS_BACK.test(sentence)) return true;
  const own = [...nameWords(facts.intervention.value, interventionName(facts), interventionAcronym(facts))].filter((w) => w.length >= 3);
  // A joined name ("VX-770") is matched whole as well as by its parts.
  const whole = [...sentence.matchAll(WORD)].map(([word]) => word);
  return [...wordsOf(sentence), ...whole].some((word) => own.includes(word.toLowerCase()));
}

/**
 * The treatment itself is sold or used for another condition, the derive stage read
 * ("salsalate, used to treat arthritis", in a study of it for diabetes): not access for this
 * use, and not "waiting" either.
 */
export function usedForOtherUse(facts: Facts): boolean {
  const sentence = facts.availability?.source.text ?? facts.derived.availability?.sources[0]?.text;
  return facts.derived.availability?.rule === 'availability-other-uses' && sentence !== undefined && namesTreatment(facts, sentence);
}

/**
 * The derived stage, unless it rests only on an availability sentence about another
 * product (then what it says of approval is not about this treatment).
 */
export function stageOf(facts: Facts): Facts['derived']['stage'] {
  const { stage } = facts.derived;
  if (!stage || availabilityIsAboutTreatment(facts)) return stage;
  const other = new Set(linesOf(facts.availability, ...(facts.derived.availability?.sources ?? [])));
  const lines = linesOf(...stage.sources);
  return lines.length > 0 && lines.every((line) => other.has(line)) ? null : stage;
}

function accessOf(facts: Facts, kind: BriefKind): { access: Access; lines: number[] } {
  const { availability } = facts.derived;
  const stage = stageOf(facts);
  const about = availabilityIsAboutTreatment(facts);
  if (about && (availability?.value === 'approved' || availability?.value === 'available'))
    return { access: availability.value, lines: linesOf(...availability.sources) };
  if (kind === 'approval' || stage?.value === 'approved')
    return { access: 'approved', lines: linesOf(...(stage?.sources ?? facts.derived.studyType?.sources ?? [])) };
  if (about && availability?.value === 'not available') return { access: 'in studies', lines: linesOf(...availability.sources) };
  if (kind === 'lab' || stage?.value === 'laboratory') return { access: 'in studies', lines: linesOf(...(stage?.sources ?? [])) };
  return { access: 'unknown', lines: [] };
}

export function storyKind(facts: Facts): StoryKind {
  const { studyType, verdict, availability } = facts.derived;
  const kind = studyType ? KINDS[studyType.value] : 'study';
  const { access, lines } = accessOf(facts, kind);
  return {
    kind,
    verdict: verdict?.value ?? null,
    access,
    agency: availability?.agency ?? null,
    subjects: kind === 'lab' ? nonHumanSubjects(facts) : null,
    lines: { kind: linesOf(...(studyType?.sources ?? [])), verdict: linesOf(...(verdict?.sources ?? [])), access: lines },
  };
}

/** Kinds about a treatment tested or approved for people, where "the treatment" is the right word. */
export const aboutTreatment = (story: StoryKind): boolean => story.kind === 'trial' || story.kind === 'study' || story.kind === 'approval';
