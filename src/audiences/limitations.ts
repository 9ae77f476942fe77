// Limitations and certainty derived from the facts alone (GRADE's reasons to rate down:
// imprecision, risk of bias from no control, indirectness of surrogate outcomes), each in
// clinician and patient wording, with the source lines that show it.
import { escapeRegExp } from '../shared/escape-regexp.js';
import { cueById } from '../article/cues/cues.js';
import type { Facts, Finding } from '../article/schema.js';
import { numberWordValue } from '../shared/word-lists.js';
import { inConditionList } from './outcome-label.js';
import { participantsPhrase } from './plain-numbers.js';
import { type DesignKind, isSingleGroup, isSmallStudy, mentions, studyDesign } from './study.js';
import { linesOf } from './text.js';
import { capitalize, clean } from './wording.js';

export interface Limitation {
  id: string;
  clinician: string;
  patient: string;
  lines: number[];
}

const SURROGATE =
  /\b(C-peptide|HbA1c|A1c|biomarkers?|blood (?:sugar|glucose|pressure)|cholesterol|LDL|viral load|virus detected|tumou?r (?:size|shrinkage|response)|response rate|bone (?:mineral )?density|lesions?|laboratory|lab tests?)\b/gi;
/**
 * Surrogates read on a scan, not in a lab: a tumour's size or shrinkage, lesions. A patient
 * told "some results are lab tests" of a tumour that shrank on a scan is told something false.
 */
const SCAN_MEASURE = /^(?:tumou?r (?:size|shrinkage|response)|response rate|lesions?)$/i;
/**
 * "Response rate" is a surrogate when the response is a tumour's ("overall response rate,
 * defined as tumors that shrank"); a response counted in symptoms, joints or skin ("at least
 * a 20 percent reduction in tender and swollen joints") is the clinical outcome itself.
 */
const TUMOUR_WORDS =
  /\b(?:tumou?rs?|cancers?|shr[ai]nk\w*|shrunk(?:en)?|scans?|carcinoma|melanoma|lymphoma|leuk(?:a)?emia|myeloma|sarcoma|metasta\w*)\b/i;
const IMMUNOSUPPRESSION = /\bimmunosuppress\w*/i;
/**
 * A lab measure that is not what a result measured: the treatment's own target ("a systolic
 * blood pressure goal of less than 120 mm Hg reduced … death") or a condition of the people
 * enrolled ("adults with … high blood pressure, diabetes, or high cholesterol").
 */
const SURROGATE_AS_TARGET = /^\s+(?:goals?|targets?)\b/i;
const SURROGATE_AS_CONDITION = /\b(?:high|elevated|low|controlled|uncontrolled)\s+$/i;

/** The lab measures a result reports as its outcome (SURROGATE), not as its target or who took part. */
function surrogatesIn(text: string): string[] {
  return [...text.matchAll(SURROGATE)].flatMap((match) => {
    const at = match.index ?? 0;
    const after = text.slice(at + match[0].length);
    const before = text.slice(0, at);
    if (/^response rate$/i.test(match[0]) && !TUMOUR_WORDS.test(text)) return [];
    return SURROGATE_AS_TARGET.test(after) || SURROGATE_AS_CONDITION.test(before) || inConditionList(text, at) ? [] : [match[0]];
  });
}

const DAYS_PER: Record<string, number> = { day: 1, week: 7, month: 30.44, year: 365.25, decade: 3652.5 };

/** "two years", "day 365", "18 months" → days; null when it cannot tell. */
export function durationInDays(value: string): number | null {
  const lower = value.toLowerCase().replace(/,/g, '');
  const dayN = /\b(day|week|month|year)\s+(\d+(?:\.\d+)?)\b/.exec(lower);
  if (dayN) return Number(dayN[2]) * DAYS_PER[dayN[1]!]!;
  const nUnit = /\b(\d+(?:\.\d+)?|[a-z]+)[\s-]+(day|week|month|year|decade)s?\b/.exec(lower);
  if (!nUnit) return null;
  const word = nUnit[1]!;
  const count = /^\d/.test(word) ? Number(word) : /^an?$/.test(word) ? 1 : numberWordValue(word);
  return count === undefined ? null : count * DAYS_PER[nUnit[2]!]!;
}

/** Under a year, durability and late harms cannot be judged ("day 365" is a year). */
const SHORT_FOLLOW_UP_DAYS = 364;

/**
 * Sentences filed as caveats that are about money, not about the evidence: what the
 * treatment costs or insurance pays (caveat-cost), who funded the study or what ties its
 * authors have (industry-*, caveat-industry-*), acknowledgements of grants. The evidence
 * checklist and the Funding row report them; as limitations they read as if the cost or the
 * sponsor were a weakness of the design.
 */
const MONEY_RULE = /^(?:caveat-cost|(?:caveat-)?industry-)/;
const MONEY_WORDS =
  /\b(?:funded|funding|sponsored|sponsors?|grants?|we thank|researchers thank|acknowledg\w+|conflicts? of interest|disclos\w+|consultant|speakers? bureau|insurance|insurers?|reimburs\w+)\b|[$£€]\s?\d/i;

/** The source's own caveats about the evidence: not its cost, funding or conflict sentences. */
export function studyCaveats(facts: Facts): Finding[] {
  return facts.caveats.filter((caveat) => !MONEY_RULE.test(caveat.rule ?? '') && !MONEY_WORDS.test(caveat.text));
}

/**
 * A caveat cut from its sentence so that no statement is left: a condition or reason without
 * its main clause ("if the parents don't have the abnormality, geneticists conclude …"), a
 * clause that points back ("this should not be used as an argument …"), a participle ("making
 * them available longer to the brain, …"), a predicate without its subject ("did not know which
 * knee …"), or a phrase with no verb ("Despite the uncertainties"). Lower case only: the
 * extractor cut these out of a longer sentence.
 */
const CUT_OPENING =
  /^(?:if|when|whether|because|since|unless|this|that|these|those|such|making|leaving|meaning|giving|did|does|do|was|were|is|are|has|have|had|can|could|would|should|may|might|will)\b/;
const BARE_OPENER = /^(?:despite|in spite of)\b[^,]*$/i;
/** "Although these trials showed a small reduction …" with its main clause gone: the clause is the caveat. */
const LONE_CONCESSION = /^(?:although|though|even though|while)\s+(?=\S)(?![^,]*,\s)/i;

/**
 * Caveats that are not about the evidence: advice or a warning on use ("Taking X with other
 * drugs for weight loss is not recommended", "talk to their doctor", "Caution is advised while
 * driving") belongs with harms and use; what patients prefer or worry about ("Patients also
 * sometimes express concerns about becoming addicted … and therefore prefer psychotherapy") is
 * a reason to choose, not a weakness of the study. Concerns of experts or critics stay.
 */
const ADVICE =
  /\b(?:(?:is|are) not recommended|(?:talk|speak|consult)\s+(?:to\s+|with\s+)?(?:their|your|a)\s+(?:doctors?|physicians?|health ?care (?:providers?|professionals?))|caution is advised (?:while|when)|(?:should|must) not (?:take|use|be taken|be used))\b/i;
const PREFERENCE =
  /^(?:\w+\s+){0,2}?(?:patients|people|parents|consumers|women|men)\b[^.;]*\b(?:prefer\w*|express(?:es|ed)?\s+(?:\w+\s+)?concerns?|worr(?:y|ied))\b/i;

/**
 * "No drug in this class is approved to treat patients with dementia-related psychosis": what
 * the label or the market says of a class of drugs, beside a warning or as the need a new one
 * meets. The patient is told it (a caveat), but it is no weakness of the evidence.
 */
const LABEL_FACT = 'caveat-not-approved';

/** A sentence end inside a caveat: after a word of three or more letters (not "Dr." or "U.S."). */
const SENTENCE_END = /(?<=[a-z]{3}[.!?]["”’]?)\s+(?=["“]?[A-Z])/;

/**
 * A caveat filed with more than one sentence, cut to those its cue matched: in "These results
 * add to the large body of evidence … Additional research is needed …" the praise is no caveat.
 */
function cueSentences(caveat: Finding): string {
  const value = caveat.text.trim();
  const sentences = value.split(SENTENCE_END);
  if (sentences.length < 2 || !caveat.rule) return value;
  let cue: RegExp;
  try {
    cue = cueById('caveats', caveat.rule).regex;
  } catch {
    return value; // a caveat found by code, not by a cue of caveats.yaml: kept whole
  }
  const kept = sentences.filter((sentence) => cue.test(sentence));
  return kept.length > 0 ? kept.join(' ') : value;
}

/**
 * The source's caveats as a clinician's limitations list shows them: each a statement that
 * stands alone, in the source's words. A concession whose main clause was cut loses its
 * "Although"; a fragment with nothing to stand on, and a result sentence filed also as a
 * caveat (it is in the outcomes table, and the certainty line says "preliminary"), are left out
 * (unless it says the results may be bent: BENT_RESULTS).
 */
/**
 * "…, which may have boosted the results": a sentence that says why the figures may be bent.
 * Filed also as a result, it is still listed: in the outcomes table it reads as one more
 * finding, and only as a limitation does it weigh on the others.
 */
const BENT_RESULTS = 'caveat-biased-results';

export function limitationCaveats(facts: Facts): Array<{ text: string; lines: number[] }> {
  const results = new Set(facts.results.map((finding) => finding.source.text));
  return studyCaveats(facts).flatMap((caveat) => {
    const value = cueSentences(caveat);
    if (ADVICE.test(value) || PREFERENCE.test(value) || caveat.rule === LABEL_FACT) return [];
    if (CUT_OPENING.test(value) || BARE_OPENER.test(value) || wordsIn(value) < 4) return [];
    if (results.has(caveat.source.text) && value === caveat.source.text.trim() && caveat.rule !== BENT_RESULTS) return [];
    const statement = LONE_CONCESSION.test(value) ? value.replace(LONE_CONCESSION, '') : value;
    return [{ text: attributed(statement, caveat, facts), lines: linesOf(caveat) }];
  });
}

/** Case, quotation marks and spacing aside: for finding a caveat's words inside a quotation. */
const bare = (value: string): string =>
  value
    .toLowerCase()
    .replace(/[“”"‘’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * "CMA is better, but it's not great." A caveat that is a speaker's words (the extractor takes
 * the quoted words without their marks) reads in the Limitations list as the evidence's own
 * verdict, and its "we" or "it" as no one's: it is printed as the quotation it is, with the
 * speaker the quotes found on its line ("“CMA is better, but it's not great,” said Dr. X."). A
 * caveat in the writer's own words is returned as it is.
 */
function attributed(statement: string, caveat: Finding, facts: Facts): string {
  const words = bare(statement.replace(/^(?:but|and|however|yet|so),?\s+/i, ''));
  if (words.split(' ').length < 3) return capitalize(statement);
  const quote = facts.quotes.find((item) => item.source.line === caveat.source.line && bare(item.text).includes(words));
  if (!quote) return capitalize(statement);
  const said = statement.replace(/^(?:but|and|however|yet|so),?\s+/i, '').replace(/[\s.,;:]+$/, '');
  // Only part of what was said ("Although X, the test …"): the quotation marks say so with an
  // ellipsis, and keep the words' own case, so the part never reads as the whole quotation.
  const opening = opensASentence(said, quote.text) ? capitalize(said) : `…${said}`;
  const closed = /[?!]$/.test(said) ? `“${opening}”` : endsASentence(said, quote.text) ? `“${opening},”` : `“${opening}…”`;
  // "said Richard Nash, M.D.": a name that ends in a full stop ends the sentence too.
  return quote.speaker ? `${closed} said ${quote.speaker.replace(/\.$/, '')}.` : `${closed} a speaker quoted in the source said.`;
}

/** Whether the words open a sentence of the quotation ("The scan is useful …", not "… further evaluation is needed" after "Although X,"). */
function opensASentence(said: string, quotation: string): boolean {
  const first = said
    .split(/\s+/)
    .slice(0, 3)
    .map(escapeRegExp)
    .join(String.raw`\s+`);
  const at = new RegExp(first, 'i').exec(quotation);
  return at !== null && /(?:^|[.!?]["”’]?\s+)["“‘]?$/.test(quotation.slice(0, at.index));
}

/** Whether the words end a sentence of the quotation, or the quotation itself. */
function endsASentence(said: string, quotation: string): boolean {
  const last = said
    .replace(/[.!?,;:]+$/, '')
    .split(/\s+/)
    .slice(-3)
    .map(escapeRegExp)
    .join(String.raw`\s+`);
  const at = new RegExp(last, 'gi');
  let match: RegExpExecArray | null;
  let end = -1;
  while ((match = at.exec(quotation)) !== null) end = match.index + match[0].length;
  return end >= 0 && /^(?:[.!?]|,?["”’]?\s*$)/.test(quotation.slice(end));
}

const wordsIn = (value: string): number => value.split(/\s+/).filter((word) => word !== '').length;

/** Designs where people enrolled and followed are the evidence: size and follow-up limit it. */
const ENROLS: ReadonlySet<DesignKind> = new Set(['randomized', 'controlled', 'single-arm', 'observational', 'test', 'approval', 'unknown']);
const FOLLOWS: ReadonlySet<DesignKind> = new Set(['randomized', 'controlled', 'single-arm', 'observational', 'approval', 'unknown']);
/**
 * Designs that measure what a treatment does to people, where a laboratory measure stands in
 * for an outcome that matters to them. In a test study the lab measure is what is tested, in
 * a cohort often the exposure, in a lab study everything: "surrogate outcome" does not fit.
 */
const TREATS: ReadonlySet<DesignKind> = new Set(['randomized', 'controlled', 'single-arm', 'approval', 'unknown']);

export function limitations(facts: Facts): Limitation[] {
  const out: Limitation[] = [];
  const participants = facts.participants;
  // One reading of the design for every line (studyDesign): "no comparator" and "random
  // allocation" are said of trials only, never of a test, a cohort, a review or a lab study;
  // enrolment and follow-up only of studies that enrol and follow people.
  const design = studyDesign(facts);
  if (!ENROLS.has(design.kind)) {
    // A lab study, a model, a review or a story with no study: not counted in people.
  } else if (!participants) {
    out.push({
      id: 'size-unknown',
      clinician: 'Number enrolled not reported in the source.',
      patient: 'The source does not say how many people took part.',
      lines: [],
    });
  } else if (isSmallStudy(facts)) {
    const n = participantsPhrase(participants);
    out.push({
      id: 'small-sample',
      clinician: `Small sample (${n} participants): estimates are imprecise and uncommon harms may be missed.`,
      patient: `This was a small study of ${n} people.`,
      lines: linesOf(participants),
    });
  }
  if (design.singleGroup || (design.kind === 'approval' && isSingleGroup(facts))) {
    out.push({
      id: 'no-comparator',
      clinician: 'No comparator reported: effects cannot be separated from natural course, placebo response or co-interventions.',
      patient: 'The source does not describe a group to compare with. So we cannot tell how much the treatment itself helped.',
      lines: [],
    });
  } else if (design.kind === 'controlled' || (design.kind === 'approval' && !design.randomized)) {
    out.push({
      id: 'not-randomized',
      clinician: 'Random allocation not reported: groups may have differed at baseline.',
      patient: 'The source does not say if people were put into groups by chance.',
      lines: linesOf(facts.comparator),
    });
  }
  const followUp = facts.followUp;
  const days = followUp ? durationInDays(followUp.value) : null;
  if (!FOLLOWS.has(design.kind)) {
    // A test read once, a lab study, a model, a review: no one was followed.
  } else if (!followUp) {
    out.push({
      id: 'follow-up-unknown',
      clinician: 'Follow-up duration not reported: durability and late harms unknown.',
      patient: 'The source does not say how long people were followed. We do not know how long any effects last.',
      lines: [],
    });
  } else if (days !== null && days < SHORT_FOLLOW_UP_DAYS) {
    const value = clean(followUp.value);
    out.push({
      id: 'short-follow-up',
      clinician: `Short follow-up (${value}): durability and late harms unknown.`,
      patient: `People were followed for a short time (${value}). We do not know about effects after that.`,
      lines: linesOf(followUp),
    });
  }
  const surrogateTerms = [...new Set(facts.results.flatMap((f) => surrogatesIn(f.text)))];
  if (surrogateTerms.length > 0 && TREATS.has(design.kind)) {
    const lines = linesOf(...facts.results.filter((f) => surrogatesIn(f.text).length > 0));
    // Lab measures and scan measures are named as what they are (SCAN_MEASURE).
    const onScans = surrogateTerms.filter((term) => SCAN_MEASURE.test(term));
    const tumours = onScans.some((term) => !/^lesions?$/i.test(term)) ? ', such as tumor size' : '';
    const kind =
      onScans.length === surrogateTerms.length
        ? { clinician: 'Surrogate outcomes measured on scans', patient: `Some results were measured on scans${tumours}.` }
        : onScans.length > 0
          ? { clinician: 'Surrogate outcomes, laboratory or imaging', patient: 'Some results are lab tests or scans.' }
          : { clinician: 'Surrogate or laboratory outcomes', patient: 'Some results are lab tests.' };
    out.push({
      id: 'surrogate-outcomes',
      clinician: `${kind.clinician} (${surrogateTerms.join(', ')}): effects on patient-important outcomes are uncertain.`,
      patient: `${kind.patient} We do not yet know how much they change how people feel or live.`,
      lines,
    });
  }
  const immuno = mentions(facts, IMMUNOSUPPRESSION);
  if (immuno.length > 0) {
    // What the source says about it, not a verdict of ours on whether it outweighs the benefit.
    const harmed = facts.harms.some((finding) => IMMUNOSUPPRESSION.test(finding.source.text));
    const caveat = studyCaveats(facts).some((finding) => IMMUNOSUPPRESSION.test(finding.source.text));
    out.push({
      id: 'immunosuppression',
      clinician: caveat
        ? 'Immunosuppression is part of the treatment; the source reports concerns about it (above).'
        : harmed
          ? 'Immunosuppression is part of the treatment; the source reports harms with it (see Harms).'
          : 'Immunosuppression is part of the treatment, as the source reports; it does not report the long-term burden or risks.',
      patient: 'The source mentions immunosuppression. This means drugs that weaken the immune system.',
      lines: linesOf(...immuno.map((item) => item.line)),
    });
  }
  const journal = facts.journal ? clean(facts.journal.value) : null;
  out.push({
    id: 'news-report-only',
    clinician: `Reported in a news article only; the primary publication${journal ? ` (${journal})` : ''} was not reviewed.`,
    patient: 'This sheet is based on a news story, not the full study report.',
    lines: linesOf(facts.journal),
  });
  return out;
}

export type CertaintyLevel = 'moderate' | 'low' | 'very low';

export interface Certainty {
  level: CertaintyLevel;
  /** GRADE wording for statements at this level: "probably" (moderate), "may" (low and below). */
  verb: 'probably' | 'may';
  reasons: string[];
}

/**
 * An indicative level, not a formal GRADE rating: randomized evidence starts high and
 * non-randomized low; a news report is indirect (down one); small size is imprecise.
 */
export function certainty(facts: Facts): Certainty {
  const reasons: string[] = [];
  const design = studyDesign(facts);
  const randomized = design.randomized;
  let score = randomized ? 3 : 1; // 3 high → after the news-report step, moderate at best
  if (!randomized)
    reasons.push(NOT_RANDOMIZED_REASON[design.kind] ?? (isSingleGroup(facts) ? 'no comparator reported' : 'randomization not reported'));
  if (!facts.participants) {
    if (ENROLS.has(design.kind)) {
      reasons.push('number enrolled not reported');
      score -= 1;
    }
  } else if (isSmallStudy(facts)) {
    reasons.push('small sample');
    score -= 1;
  }
  // The source's own word on its evidence: a study it calls small, preliminary or too short
  // is imprecise whatever its size, and the wording is never surer than the source.
  if (ENROLS.has(design.kind) && !reasons.includes('small sample') && imprecisionCaveat(facts)) {
    reasons.push(SOURCE_SAYS_IMPRECISE);
    score -= 1;
  }
  reasons.push('reported in a news article');
  score -= 1;
  const level: CertaintyLevel = score >= 2 ? 'moderate' : score >= 1 ? 'low' : 'very low';
  return { level, verb: level === 'moderate' ? 'probably' : 'may', reasons };
}

/** The certainty reason when the source itself calls its study small or preliminary. */
export const SOURCE_SAYS_IMPRECISE = "small or preliminary by the source's own account";

/** "Due to the small size of the study and short follow-up", "a preliminary study", "too soon to recommend". */
const IMPRECISE =
  /\b(?:small (?:size|study|trial|sample|number|groups?)|small(?:er)? number of (?:patients|participants|people)|preliminary|pilot|short (?:follow-up|duration)|too (?:soon|early) to (?:recommend|say|tell|know))\b/i;

/** A caveat of the source's own that says its study is small, preliminary or too short to tell. */
export function imprecisionCaveat(facts: Facts): Finding | null {
  return studyCaveats(facts).find((caveat) => caveat.rule === 'caveat-small-study' || IMPRECISE.test(caveat.text)) ?? null;
}

/** Why a design that is not a randomized trial starts low, in the design's own terms. */
const NOT_RANDOMIZED_REASON: Partial<Record<DesignKind, string>> = {
  controlled: 'randomization not reported',
  'single-arm': 'no comparator reported',
  observational: 'observational design',
  test: 'a study of a test, not of outcomes',
  lab: 'laboratory or animal study',
  model: 'modelling study',
  review: 'studies reviewed not described in the source',
  none: 'no study of its own reported',
};

const CAUSE_CAVEAT = /\bcause\b|\bcausal\b|\bconfound\w*|\bassociation\b/i;

/**
 * What the kind of study itself leaves open, for the clinician (the patient brief words
 * its own): confounding in an observational design, a test's effect on outcomes, a
 * review's unseen studies, a model's assumptions, a story with no study.
 */
export function designLimitations(facts: Facts): Omit<Limitation, 'patient'>[] {
  const design = studyDesign(facts);
  const clinician: Partial<Record<DesignKind, string>> = {
    observational: 'Observational design: the groups compared may differ in other ways (confounding), so associations may not be effects.',
    test: 'Study of a test: whether using it changes treatment or outcomes is not shown in the source.',
    review: 'Review of studies: the studies included and their quality are not described in the source.',
    model: "Modelling study: the projections rest on the model's assumptions, not on outcomes measured in people.",
    none: 'The source reports no study of its own: its claims cannot be checked against a study design.',
  };
  const text = clinician[design.kind];
  // The source's own caveat already says an association is not proof of cause: not twice.
  const said = design.kind === 'observational' && facts.caveats.some((caveat) => CAUSE_CAVEAT.test(caveat.text));
  return text && !said ? [{ id: `design-${design.kind}`, clinician: text, lines: design.lines.slice(0, 3) }] : [];
}
