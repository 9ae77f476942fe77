// What kind of story the brief tells, read from the derived facts (facts.derived: study
// type, verdict, stage, availability), never from the article's sentences. The main
// message, the call to action, the questions and "Not known yet" follow it: a mouse study
// is not a treatment a reader can ask for, a screening test is not a treatment, a link
// found by watching people is not proof of cause, an approval says who can get it now.
import type { Facts } from '../../article/schema.js';
import { nonHumanSubjects } from '../study-subjects.js';
import { linesOf } from '../text.js';

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
 * studies (not available, or at a research stage short of approval), or not said.
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

/** Stages short of approval: whatever it is, it is still being studied. */
const RESEARCH_STAGES = new Set(['laboratory', 'early clinical', 'mid clinical', 'late clinical', 'regulatory review']);

function accessOf(facts: Facts, kind: BriefKind): { access: Access; lines: number[] } {
  const { availability, stage } = facts.derived;
  if (availability?.value === 'approved' || availability?.value === 'available')
    return { access: availability.value, lines: linesOf(...availability.sources) };
  if (kind === 'approval' || stage?.value === 'approved')
    return { access: 'approved', lines: linesOf(...(stage?.sources ?? facts.derived.studyType?.sources ?? [])) };
  if (availability?.value === 'not available') return { access: 'in studies', lines: linesOf(...availability.sources) };
  if (stage && RESEARCH_STAGES.has(stage.value)) return { access: 'in studies', lines: linesOf(...stage.sources) };
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
