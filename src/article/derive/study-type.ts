// The kind of study a story reports, chosen on the evidence of the whole text: each cue
// of cues/study-type.yaml is evidence for one kind, a sentence counts once per kind, the
// headline weighs most and the lede more than the rest, and sentences about plans, other
// studies or mostly in quotation marks count for little. The kind with most evidence
// wins; below a threshold the stage abstains. Two kinds are not decided by weight alone:
//   - a regulatory approval is the story when the headline or lede announces one (the
//     trials behind an approval are its evidence, not its subject);
//   - a trial is randomized, non-randomized or single-arm by what the text and the
//     randomisation fact say (controlled trials that never say "randomized" count as
//     randomized, as the corpus keys do).
import { cues, type Cue } from '../cues/cues.js';
import { FUTURE, OTHER_STUDY, quotedShare, type ArticleText } from '../facts/context.js';
import type { DerivedFacts, Facts, SourceRef, StudyType } from '../schema.js';
import { sourceRef } from '../sentences.js';
import { derivedFact, quoteOf } from './derived.js';

type Evidence =
  | 'approval'
  | 'review'
  | 'lab'
  | 'test'
  /** A test read against a diagnosis made another way, or its sensitivity and specificity: a study of a test. */
  | 'reference'
  | 'model'
  | 'trial'
  | 'random'
  | 'single'
  | 'nonrandom'
  | 'observational'
  | 'cohort'
  /** A look back over medical records: people were watched, not given anything by the study. */
  | 'records'
  /** The study gave its participants the treatment ("provided a series of 10 massages"): not watched. */
  | 'given'
  /** Not evidence: marks a sentence about an earlier, dated study (cues "type-earlier-…"). */
  | 'earlier'
  /** Not evidence of a kind: marks a sentence that says a study was done (cues "type-report-…"). */
  | 'report'
  /** Not evidence of a kind: marks a sentence that names one study as known ("the study", cues "type-one-…"). */
  | 'one';

/** Kinds that compete on weight; the trial's flavours are decided afterwards. */
const COMPETING = ['review', 'lab', 'test', 'model', 'trial', 'observational'] as const;
/** On a tie, the more specific kind: a review of trials is a review, a trial of a test is a test study. */
const TIE_ORDER: readonly Evidence[] = ['review', 'lab', 'model', 'test', 'trial', 'observational'];
const KIND: Record<(typeof COMPETING)[number], StudyType> = {
  review: 'review or meta-analysis',
  lab: 'lab or animal',
  test: 'diagnostic accuracy',
  model: 'modeling',
  trial: 'randomized trial',
  observational: 'observational',
};

/** Headline, lede (first three body sentences), rest. */
const WEIGHT = { title: 3, lede: 2, body: 1 } as const;
/** A sentence about plans or another study: a hint of the field, never the design of this study. */
const FAINT = 0.25;
/** Evidence below this is too thin to name a kind. */
const THRESHOLD = 2;
/** Less evidence than this of any design: the story reports no study. */
const NO_STUDY = 1;

interface Hit {
  cue: Cue;
  words: string;
  weight: number;
  source: SourceRef | null;
}

const TRIAL_MARKS: readonly Evidence[] = ['trial', 'random', 'single', 'nonrandom', 'given'];
/** Kinds whose marks are unmistakable: said of the main study twice, they decide. */
const DECISIVE = ['review', 'lab'] as const;

/** Marks that name no design: an approval is decided apart, a report only says a study was done. */
const NOT_DESIGN: readonly Evidence[] = ['approval', 'report', 'one'];

/** Marks that say a study was done, not only what kind a study would be. */
const STUDY_DONE: readonly Evidence[] = ['report', 'random', 'nonrandom', 'single', 'cohort', 'review', 'records', 'given', 'reference'];

/** Report marks that show a study of the story's own: presented at a meeting, a result tested for significance. */
const STUDY_SHOWN: readonly string[] = ['type-report-presented-meeting', 'type-report-significance'];

const evidenceOf = (cue: Cue) => cue.id.split('-')[1] as Evidence;

/** Every cue hit with its weight. */
function studyTypeHits(article: ArticleText): Hit[] {
  const out: Hit[] = [];
  const look = (text: string, weight: number, source: SourceRef | null) => {
    const found: Hit[] = [];
    for (const cue of cues('study-type')) {
      const evidence = evidenceOf(cue);
      if (evidence === 'earlier') continue;
      if (found.some((h) => evidenceOf(h.cue) === evidence)) continue;
      const match = cue.regex.exec(text);
      if (match) found.push({ cue, words: match[0], weight, source });
    }
    // "analyzes data from randomized clinical trials": the trials are what the review reads;
    // "reviewed the records of 201 women who used epidurals": what the records say people
    // received, not a treatment the study gave.
    const looksBack = found.some((h) => ['review', 'records'].includes(evidenceOf(h.cue)));
    out.push(...found.filter((h) => !looksBack || !TRIAL_MARKS.includes(evidenceOf(h.cue))));
  };
  look(article.title, WEIGHT.title, null);
  const earlier = cues('study-type').filter((cue) => evidenceOf(cue) === 'earlier');
  let otherStudyBlock = -1;
  article.body.forEach((sentence, index) => {
    if (sentence.block.kind === 'heading' && sentence.text === article.title) return;
    let weight: number = index < 3 ? WEIGHT.lede : WEIGHT.body;
    // "A study published in 2008 … It found that …": "it" goes on about that other study.
    const continuesOther = sentence.blockIndex === otherStudyBlock && CONTINUES.test(sentence.text);
    const other = OTHER_STUDY.test(sentence.text) || earlier.some((cue) => cue.regex.test(sentence.text)) || continuesOther;
    otherStudyBlock = other ? sentence.blockIndex : -1;
    // Plans and other studies are not the story; a quotation is a speaker's framing.
    if (FUTURE.test(sentence.text) || other) weight = FAINT;
    else if (quotedShare(sentence.text) > 0.5) weight /= 2;
    look(sentence.text, weight, sourceRef(sentence));
  });
  return out;
}

/** A sentence that goes on about the study the one before named: "It found …", "That trial showed …". */
const CONTINUES = /^(?:It|That (?:study|trial|analysis|review|research)|Its (?:authors|results|findings))\b/;

/** The facts that say a story reports a study of its own: where it appeared, whom it counted. */
type StudyMarks = Partial<Pick<Facts, 'journal' | 'participants' | 'phase' | 'registration'>>;

export function deriveStudyType(
  article: ArticleText,
  randomised: DerivedFacts['randomised'],
  marks: StudyMarks = {},
): DerivedFacts['studyType'] {
  const all = studyTypeHits(article);
  const weigh = (evidence: Evidence) => all.filter((h) => evidenceOf(h.cue) === evidence).reduce((sum, h) => sum + h.weight, 0);
  const describe = (evidence: Evidence, max = 3) => {
    const list = all.filter((h) => evidenceOf(h.cue) === evidence).sort((a, b) => b.weight - a.weight);
    const words = list.slice(0, max).map((h) => (h.source ? quoteOf(h.words, h.source) : `“${h.words.trim()}” (headline)`));
    return { words: words.join(', '), sources: list.flatMap((h) => (h.source ? [h.source] : [])), rule: list[0]?.cue.id };
  };

  // Evidence from sentences about this study, not plans or other studies.
  const own = (evidence: Evidence, rule?: string) =>
    all
      .filter((h) => evidenceOf(h.cue) === evidence && h.weight > FAINT && (!rule || h.cue.id === rule))
      .reduce((sum, h) => sum + h.weight, 0);

  // The headline, or two lede sentences: one lede mention is often "no FDA-approved pill yet".
  const announced = all.filter((h) => evidenceOf(h.cue) === 'approval' && h.weight >= WEIGHT.lede);
  if (announced.reduce((sum, h) => sum + h.weight, 0) >= WEIGHT.title) {
    const { words, sources, rule } = describe('approval');
    return derivedFact('regulatory approval', `the headline or lede announces an approval: ${words}`, sources, rule);
  }

  // An invention or product story: words of tests, accuracy and detection that describe
  // the product ("could lead to more accurate tests"), and not one sentence of its own that
  // says a study was done, something found or tested, nor a journal, a count of
  // participants, a phase or a registration. Such a story reports no study. Random
  // allocation, a group followed for years, a review of studies say a study was done.
  // A study presented at a scientific meeting is reported as surely as one in a journal, and
  // so is a result tested for significance ("had no significant effect on plaques"): only a
  // study of the story's own tests one. Its kind may still go unsaid.
  const presented = all.some((h) => STUDY_SHOWN.includes(h.cue.id) && h.weight > FAINT);
  const reported = marks.journal ?? marks.participants ?? marks.phase ?? marks.registration ?? (presented || null);
  if (!reported && !STUDY_DONE.some((evidence) => own(evidence) > 0) && all.some((h) => !NOT_DESIGN.includes(evidenceOf(h.cue))))
    return derivedFact('other', 'the text never says a study was done, nor names a journal or participants', []);

  const score = (evidence: (typeof COMPETING)[number]) =>
    // Random allocation, reviews of studies, animals and cell cultures are unmistakable
    // marks of their kind; they outweigh the looser marks of the others (a review of
    // observational studies speaks of associations throughout).
    // A treatment the study gave its participants, and a look back over records, are as
    // unmistakable: a single-arm study that also reports who did better ("patients taking
    // opioids were less likely to improve") is still a study of the treatment it gave.
    evidence === 'trial'
      ? weigh('trial') + 2 * weigh('random') + weigh('single') + weigh('nonrandom') + 2 * weigh('given')
      : evidence === 'review'
        ? 3 * weigh(evidence)
        : evidence === 'lab'
          ? 2 * weigh(evidence)
          : evidence === 'observational'
            ? weigh('observational') + weigh('cohort') + 2 * weigh('records')
            : evidence === 'test'
              ? // A test checked against pathology or a biopsy is as unmistakable: "in a clinical
                // study … correlated well with pathologists' diagnoses" is not a trial of a treatment.
                weigh('test') + 2 * weigh('reference')
              : weigh(evidence);
  for (const kind of DECISIVE) {
    const said = all.filter((h) => evidenceOf(h.cue) === kind && h.weight >= WEIGHT.body);
    // Unless the story tells more of trials in people than of its mice or its review: a
    // feature that reports trials of a vaccine in people, with a word on its tests in mice, is
    // not a study of mice.
    if (said.length >= 2 && score(kind) >= score('trial')) {
      const { words, sources, rule } = describe(kind);
      return derivedFact(KIND[kind], `the text says ${words}`, sources, rule);
    }
  }

  const ranked = [...COMPETING].sort((a, b) => score(b) - score(a) || TIE_ORDER.indexOf(a) - TIE_ORDER.indexOf(b));
  let best = ranked[0]!;
  // A test is the subject of many designs: a test tried within a randomised trial makes a
  // randomized trial (the key's "intervention = the test"), a marker measured once and
  // people followed for years to see who falls ill makes a cohort study; only a test
  // checked against a diagnosis made at the time is a study of diagnostic accuracy.
  if (best === 'test' && own('random', 'type-random-assigned') > 0 && score('trial') >= THRESHOLD) best = 'trial';
  else if (best === 'test' && own('cohort') >= THRESHOLD) best = 'observational';
  // A feature or round-up: it speaks of "clinical trials", "trials show", a trial of this
  // or that drug, but never of one trial as its own ("the study", "this trial"), and names
  // no journal, count of participants, phase or registration for one. Its trials are the
  // field's, and no one of them is the story's study.
  if (best === 'trial' && !reported && own('one') === 0)
    return derivedFact('other', 'the text speaks of trials in general, and names no journal, participants or trial of its own', []);
  if (score(best) < THRESHOLD) {
    // No word of any study design at all: a feature, an opinion, a product story.
    const total = all.filter((h) => !NOT_DESIGN.includes(evidenceOf(h.cue))).reduce((sum, h) => sum + h.weight, 0);
    // A paper in a journal, a count of participants or a phase says a study was done even
    // when no word names its design ("In a new paper published in the journal …,
    // researchers investigated …"): a study of a kind not said, not "no study".
    if (total < NO_STUDY) return reported ? null : derivedFact('other', 'the text names no study design', []);
    // A word or two of design, but no journal, no count of participants, no phase and no
    // registration: the words are background ("large trials are not required"), and the
    // story (a product, a service, a feature) reports no study of its own.
    return reported ? null : derivedFact('other', 'the text names no journal, participants or trial of its own', []);
  }

  if (best === 'observational' && own('cohort') >= THRESHOLD && ranked[0] === 'test') {
    const { words, sources, rule } = describe('cohort');
    return derivedFact('observational', `a test followed by years of observation: ${words}`, sources, rule);
  }
  if (best !== 'trial') {
    // An observational study is described by its heaviest marks: records, a cohort, or associations.
    const marks =
      best === 'observational' ? (['records', 'cohort', 'observational'] as const).reduce((a, b) => (weigh(b) > weigh(a) ? b : a)) : best;
    const { words, sources, rule } = describe(marks);
    return derivedFact(KIND[best], `the text says ${words}`, sources, rule);
  }
  // The trial's flavour from sentences about this study only: "support a large, randomized
  // trial" is the next study, not this one.
  const random = describe('random');
  const nonrandom = describe('nonrandom');
  if (own('nonrandom') > 0 && own('nonrandom') >= own('random'))
    return derivedFact(
      'non-randomized trial',
      `a trial the text calls not randomized: ${nonrandom.words}`,
      nonrandom.sources,
      nonrandom.rule,
    );
  if (own('random') > 0) return derivedFact('randomized trial', `a controlled trial: ${random.words}`, random.sources, random.rule);
  if (randomised && randomised.value !== 'single group')
    return derivedFact('randomized trial', `a controlled trial: ${randomised.basis}`, randomised.sources);
  const single = describe('single');
  const given = describe('given');
  const trial = describe('trial');
  return derivedFact(
    'single-arm trial',
    `a trial with no comparison group reported: ${single.words || given.words || trial.words}`,
    [...single.sources, ...given.sources, ...trial.sources],
    single.rule ?? given.rule ?? trial.rule,
  );
}
