// The Facts contract: defined once here, validated at the end of extraction, and the
// only thing the audience composers read. Every value carries where it came from.
import { z } from 'zod';

/** The source sentence a fact was read from, with its 1-based position in the file. */
export const SourceRef = z.object({
  text: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/**
 * How a value came to be: read from the article, given by an editor in front matter
 * (`facts:`), or computed from other facts (e.g. "10 of 12" from two counts).
 */
export const Origin = z.enum(['extracted', 'editor', 'derived']);
export type Origin = z.infer<typeof Origin>;

const fact = <T extends z.ZodTypeAny>(value: T) =>
  z.object({
    value,
    source: SourceRef,
    origin: Origin,
    /** For derived values: what they were computed from, in words. */
    derivedFrom: z.string().optional(),
    /** The id of the cue rule (src/article/cues/*.yaml) that chose this value: why it is here. */
    rule: z.string().optional(),
  });

export const TextFact = fact(z.string().min(1));
export type TextFact = z.infer<typeof TextFact>;
export const CountFact = fact(z.number().int().nonnegative()).extend({ raw: z.string() });
export type CountFact = z.infer<typeof CountFact>;

/**
 * What the thing studied costs a patient, as the source says it (facts/cost.ts): the clause,
 * each price as written with its qualifier and whom it is for ("about $1850 for Eylea"), what
 * it is per ("a month", "per injection") and whether the source says it only would or could
 * cost that. `free` when the source says it is free ("a free online program").
 */
export const CostFact = TextFact.extend({
  prices: z.array(z.string()),
  per: z.string().nullable(),
  hedged: z.boolean(),
  free: z.boolean(),
});
export type CostFact = z.infer<typeof CostFact>;

/** A number as written in the source ("Ten", "69 percent", "more than 1,200"). */
export const NumberMention = z.object({
  raw: z.string(),
  value: z.number(),
  unit: z.enum(['count', 'percent', 'duration', 'time', 'measure', 'money', 'year', 'other']),
});
export type NumberMention = z.infer<typeof NumberMention>;

/** A statement from the article: a result, a harm, a next step, a caveat, a context figure. */
export const Finding = z.object({
  /** The clause that states the finding, exactly as in the source. */
  text: z.string().min(1),
  source: SourceRef,
  origin: Origin,
  numbers: z.array(NumberMention),
  /** Time expressions in the clause ("within 90 days", "four months post-infusion"). */
  timepoints: z.array(z.string()),
  /** The id of the cue rule (src/article/cues/*.yaml) that filed the sentence here. */
  rule: z.string().optional(),
});
export type Finding = z.infer<typeof Finding>;

export const Harm = Finding.extend({ kind: z.enum(['side-effect', 'death', 'risk', 'warning']) });
export type Harm = z.infer<typeof Harm>;

export const Quote = z.object({
  /** The quoted words exactly as in the source, without the quotation marks. */
  text: z.string().min(1),
  speaker: z.string().nullable(),
  role: z.string().nullable(),
  affiliation: z.string().nullable(),
  source: SourceRef,
  origin: Origin,
});
export type Quote = z.infer<typeof Quote>;

/** Lines removed as page junk before extraction, so editors can see what went. */
export const RemovedLine = z.object({ text: z.string(), line: z.number().int(), reason: z.string() });

/** What is known of the source outside the text: front matter, or release header lines. */
export const SourceMeta = z.object({
  slug: z.string(),
  file: z.string(),
  language: z.string(),
  url: z.string().nullable(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  date: z.string().nullable(),
  embargo: z.string().nullable(),
  contact: z.string().nullable(),
  dateline: z.string().nullable(),
  /** The source's own release line as written ("For Immediate Release"), kept when clean.ts removes it. */
  releaseLine: z.string().nullable().default(null),
  /** Whether the source ended with a release's end mark ("###"), which clean.ts removes. */
  endMark: z.boolean().default(false),
  /** The release wire that sent the source ("Newswise", "PRNewswire"), named in its opening. */
  wire: z.string().nullable().default(null),
});
export type SourceMeta = z.infer<typeof SourceMeta>;

/** Someone quoted or cited who, the text says, took no part in the study ("was not involved in the study"). */
export const IndependentExpert = z.object({
  speaker: z.string().nullable(),
  source: SourceRef,
  origin: Origin,
  rule: z.string().optional(),
});
export type IndependentExpert = z.infer<typeof IndependentExpert>;

// ─── Derived facts: judgements made once, from several facts, after extraction ───

export const STUDY_TYPES = [
  'randomized trial',
  'non-randomized trial',
  'single-arm trial',
  'observational',
  'diagnostic accuracy',
  'lab or animal',
  'modeling',
  'review or meta-analysis',
  'regulatory approval',
  'other',
] as const;
export const StudyType = z.enum(STUDY_TYPES);
export type StudyType = z.infer<typeof StudyType>;

/** What the main study found for its main outcome. */
export const VERDICTS = ['benefit', 'no benefit', 'harm', 'mixed', 'unclear'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

/** How the groups were formed: at random, some other way, or one group only. */
export const RANDOMISATION = ['randomised', 'controlled, not randomised', 'single group'] as const;
export const Randomisation = z.enum(RANDOMISATION);

/** Where the thing studied stands on the way from the laboratory to the clinic. */
export const STAGES = ['laboratory', 'early clinical', 'mid clinical', 'late clinical', 'regulatory review', 'approved'] as const;
export const Stage = z.enum(STAGES);

/** Whether people can get it: approved (by a named or unnamed regulator), on sale, or not yet. */
export const ACCESS = ['approved', 'available', 'not available'] as const;
export const Access = z.enum(ACCESS);

/** How a judgement came to be: the derive stage, or an editor's `facts:` in front matter. */
export const DerivedOrigin = z.enum(['derived', 'editor']);

const derived = <T extends z.ZodTypeAny>(value: T) =>
  z.object({
    value,
    /** Why, in words a reviewer can check: "the text says “in mice”", "every result states no difference". */
    basis: z.string().min(1),
    /** The sentences the judgement rests on; empty when it rests on an absence. */
    sources: z.array(SourceRef),
    origin: DerivedOrigin,
    /** The cue rule (src/article/cues/*.yaml) that decided it, when one did. */
    rule: z.string().optional(),
  });

export const Acronym = z.object({ short: z.string().min(1), long: z.string().min(1), source: SourceRef });
export type Acronym = z.infer<typeof Acronym>;
/** A short form the article uses without spelling it out, named by the word after it: "the MADIT-CRT trial" names a study. */
export const NamedShortForm = z.object({ short: z.string().min(1), names: z.string().min(1), source: SourceRef, rule: z.string() });
export type NamedShortForm = z.infer<typeof NamedShortForm>;

export const DerivedFacts = z.object({
  studyType: derived(StudyType).nullable(),
  verdict: derived(Verdict).nullable(),
  randomised: derived(Randomisation).nullable(),
  stage: derived(Stage).nullable(),
  availability: derived(Access).extend({ agency: z.string().nullable() }).nullable(),
  /**
   * Short forms the article defines ("hematopoietic cell transplant (HCT)"); `intervention` is
   * the intervention's own; `named`, those it only uses, with what kind of thing each names.
   */
  acronyms: derived(z.array(Acronym)).extend({ intervention: z.string().nullable(), named: z.array(NamedShortForm).default([]) }),
});
export type DerivedFacts = z.infer<typeof DerivedFacts>;
export type DerivedFact<K extends keyof DerivedFacts> = NonNullable<DerivedFacts[K]>;

export const Facts = z.object({
  meta: SourceMeta,
  title: TextFact,
  intervention: TextFact.nullable(),
  /** What the intervention is and how it is given, as the source describes it. */
  interventionDescription: TextFact.nullable(),
  condition: TextFact.nullable(),
  population: TextFact.nullable(),
  participants: CountFact.nullable(),
  phase: TextFact.nullable(),
  design: TextFact.nullable(),
  comparator: TextFact.nullable(),
  followUp: TextFact.nullable(),
  setting: TextFact.nullable(),
  funding: TextFact.nullable(),
  registration: TextFact.nullable(),
  journal: TextFact.nullable(),
  published: TextFact.nullable(),
  availability: TextFact.nullable(),
  /** What it costs a patient; absent in Facts written before the field existed. */
  cost: CostFact.nullable().optional(),
  results: z.array(Finding),
  harms: z.array(Harm),
  quotes: z.array(Quote),
  nextSteps: z.array(Finding),
  caveats: z.array(Finding),
  context: z.array(Finding),
  independentExperts: z.array(IndependentExpert),
  removed: z.array(RemovedLine),
  derived: DerivedFacts,
});
export type Facts = z.infer<typeof Facts>;

/** The single-valued fields an editor may set in front matter under `facts:`. */
export const EDITABLE_TEXT_FIELDS = [
  'title',
  'intervention',
  'interventionDescription',
  'condition',
  'population',
  'phase',
  'design',
  'comparator',
  'followUp',
  'setting',
  'funding',
  'registration',
  'journal',
  'published',
  'availability',
] as const;
export type EditableTextField = (typeof EDITABLE_TEXT_FIELDS)[number];

/** The derived facts an editor may set under `facts:`, by their front-matter key. */
export const EDITABLE_DERIVED_FIELDS = {
  study_type: { key: 'studyType', schema: StudyType },
  verdict: { key: 'verdict', schema: Verdict },
  randomised: { key: 'randomised', schema: Randomisation },
  stage: { key: 'stage', schema: Stage },
  availability_status: { key: 'availability', schema: Access },
} as const;
