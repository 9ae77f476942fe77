// "What we know and don’t know yet": the article's own caveats and next steps as plain
// sentences, and the limitations derived from the facts, in the order a patient most
// needs them.
import type { Facts, Finding } from '../../article/schema.js';
import { findHype } from '../checks/hype.js';
import { splitIntoSentences } from '../checks/readability.js';
import { cueById, cues } from '../../article/cues/cues.js';
import { shorterForms, toPieces } from '../clauses.js';
import { limitations, type Limitation } from '../limitations.js';
import { fitsPatient, isFragment, opensOnSomeoneUnnamed } from '../patient-text.js';
import { wordsToDigits } from '../plain-numbers.js';
import { plainWords } from '../plain-words.js';
import { generated, linesOf, text } from '../text.js';
import type { Text } from '../view-models.js';
import { capitalize, clean } from '../wording.js';
import { wordCount } from '../../shared/count-words.js';
import type { BriefKind, StoryKind } from './kind.js';
import { nextStepForms, speaksAsWe, withoutInsertedAttribution } from './next-forms.js';

export const MAX_CAVEATS = 2;
/** "Not known yet" items in all: the article's own caveats first, then derived limitations. */
export const MAX_UNKNOWN = 5;
export const MAX_NEXT = 2;

/** A caveat or next step as plain sentences, with the finding it came from. */
export interface PlainGroup {
  finding: Finding;
  pieces: Text[];
}

/**
 * "more are in earlier phases of development.": the source's sentence went on after a
 * semicolon, and its second half opens on a word that counts what the first half named.
 * Alone it says nothing a reader can place.
 */
const countsBack = (text: string): boolean => /^(?:more|others?|some|many|most|both|few)\s+(?:are|is|were|was|have|has|will)\b/.test(text);

/**
 * Caveats or next steps as plain sentences. A statement whose pieces are not all plain
 * enough is left out whole (half a statement can mislead); the clinician summary has it.
 * Next steps (`next`) may also be shortened to what is planned (next-forms.ts), and are
 * never printed in the speaker's "we".
 */
export function plainGroups(findings: Finding[], names: ReadonlySet<string>, { next = false }: { next?: boolean } = {}): PlainGroup[] {
  const fits = (pieces: Text[]) =>
    pieces.length > 0 &&
    (!next || pieces.every((piece) => !speaksAsWe(piece.text))) &&
    // "They cannot yet recommend it": who "they" are was in the sentence before.
    !opensOnSomeoneUnnamed(pieces[0]!.text) &&
    // "But say they raise questions …", "Which is why he says …": not a sentence alone, first or later.
    pieces.every((piece) => !isFragment(piece.text)) &&
    // A hype word ("no silver bullet") is never printed in our words.
    pieces.every((piece) => fitsPatient(piece.text, names) && findHype(piece.text).length === 0);
  let saidNeeded = false;
  let saidPlanned = false;
  return findings.flatMap((finding) => {
    // "raise questions that warrant investigation": words quoted inside someone's sentence
    // ("they say these findings “raise questions …”"), not a statement of their own.
    if (/^\p{Ll}/u.test(finding.text) && clean(finding.source.text).includes(`“${clean(finding.text)}`)) return [];
    if (countsBack(clean(finding.text))) return [];
    // "But we don't know all the answers yet." printed alone: the "But" answers nothing shown.
    // "… how it could work in practice. So": a word the quote's end cut from the next sentence goes.
    const plain = capitalize(
      plainWords(
        wordsToDigits(withoutInsertedAttribution(clean(finding.text).replace(/([.!?])\s+(?:so|and|but|or|yet)$/i, '$1')), finding.numbers),
      ).replace(/^(?:but|and|yet)\s+(?=(?:we|they|it|this|there|the|researchers|scientists|doctors|experts)\b)/i, ''),
    );
    // Whole when it reads plainly, else a shorter form that keeps its claim (clauses.ts).
    for (const form of [plain, ...shorterForms(plain), ...claimClause(plain), ...(next ? nextStepForms(plain) : caveatForms(plain))]) {
      const pieces = toPieces(form).sentences.map((sentence) => text('simplified', sentence, linesOf(finding)));
      if (fits(pieces)) return [{ finding, pieces }];
    }
    // Else only that more research is needed, said once ("Further studies are needed." and
    // "Research is needed." side by side say one thing twice).
    const needed = neededClause(plain).map((sentence) => text('simplified', sentence, linesOf(finding)));
    if (!saidNeeded && fits(needed)) {
      saidNeeded = true;
      return [{ finding, pieces: needed }];
    }
    // Else, for a statement that more studies are planned or running ("He's about to start a
    // new study that involves …", "we are currently pursuing larger-scale clinical trials to
    // …"), that much in our words, once: "What happens next" must not say "Not reported".
    if (saidPlanned || !finding.rule || !MORE_STUDIES.has(finding.rule)) return [];
    // Else, for a next step that says future studies should look at something ("Continued
    // assessment of these events … is important in future studies"): that the source calls
    // for more studies, in our words (what they should look at is in the clinician summary).
    const said = PLANNED_STUDY.test(finding.text)
      ? 'The source says more studies are planned or under way.'
      : next && CALLS_FOR_STUDIES.test(finding.text)
        ? 'The source calls for more studies.'
        : null;
    if (!said) return [];
    saidPlanned = true;
    return [{ finding, pieces: [generated(said, linesOf(finding))] }];
  });
}

/**
 * The statement names a study or trial and that it is planned or running ("currently
 * designing new studies", "a second trial, currently underway", "plans to start Phase II
 * trials"), not a hope ("hopeful about future research") or a licence being sought.
 */
const PLANNED_STUDY =
  /\b(?:stud(?:y|ies)|trials?)\b[^.]*?\b(?:under ?way|planned)\b|\b(?:plans?|planning|start(?:s|ing)?|begin(?:s|ning)?|conduct(?:s|ing)?|pursu(?:e|es|ing)|design(?:s|ing)?|initiated|launch(?:es|ed|ing)?|next steps? (?:is|are|in the research is)|about to start)\b[^.]*?\b(?:stud(?:y|ies)|trials?)\b/i;

/** A call for studies to come: "important in future studies", "should be tested in larger trials". */
const CALLS_FOR_STUDIES =
  /\b(?:important|needed|necessary|essential|warranted|should be (?:\w+ed|done|tested)) in (?:future|further|more|larger|additional|new) (?:research|stud(?:y|ies)|trials?)\b/i;

/** Next-step cues (cues/next-steps.yaml) that say further studies are planned or running. */
const MORE_STUDIES: ReadonlySet<string> = new Set([
  'next-under-way',
  'next-trial-under-way',
  'next-larger-trial',
  'next-hope-trials',
  'next-step-of-research',
  'next-steps-named',
  'next-will-act',
  'next-wants-to',
]);

/**
 * "Due to the small size of the study, researchers say it's too soon to recommend use of
 * salsalate": the closing clause that holds the claim, without who said it, when the
 * statement is too long to print whole.
 */
function claimClause(sentence: string): string[] {
  const parts = sentence.replace(/\.$/, '').split(/,\s+/);
  if (parts.length < 2) return [];
  // Only a reported claim: what follows "researchers say" is a whole clause.
  const reported =
    /^(?:the\s+)?(?:researchers?|scientists?|authors?|experts?|doctors?|investigators?)\s+(?:say|said|says|warn|warned|note|noted|caution|cautioned)\s+(?:that\s+)?(?=\S)/i.exec(
      parts[parts.length - 1]!,
    );
  const claim = reported ? parts[parts.length - 1]!.slice(reported[0].length) : '';
  return wordCount(claim) >= 5 && /\b(?:is|are|was|were|it's|it’s|has|have|will|can|cannot|may|should|need|needs)\b/i.test(claim)
    ? [`${capitalize(claim)}.`]
    : [];
}

/** Says who speaks and how, before the words of a claim: "She stressed (the fact)", "Dr. Lee, who was not involved, said (that)". */
const REPORTED =
  /^(?:(?:however|but|still|and),?\s+)?(?:[Hh]e|[Ss]he|[Tt]hey|(?:[Tt]he\s+)?(?:researchers?|authors?|experts?|doctors?)|(?:Dr\.?\s+|Prof\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?:,\s+(?:who|a|an|the)\s+[^,]+,)?\s+(?:said|says|stressed|stresses|noted|notes|warned|warns|added|adds|cautioned|cautions|say|believes?|thinks?)\s+(?:the fact\s+|that\s+)?/u;

/**
 * Shorter forms of a caveat that keep its caution, for a statement too long or too hard to
 * print whole; a caution must not be lost for its wording alone:
 * - the claim without who said it ("She stressed the fact this new test has not undergone
 *   clinical trials" → "This new test has not undergone clinical trials"), up to a second
 *   claim (", and that more information is needed …");
 * - a concessive clause cut from its sentence, without its "While" ("While the company did
 *   not provide survival data" → "The company did not provide survival data");
 * - "they cannot yet recommend it for routine care" (who "they" are was in the sentence
 *   before) → "It is not yet recommended for routine care";
 * - of two sentences, the first when it states the caveat itself (a caveat cue matches it).
 */
export function caveatForms(sentence: string): string[] {
  const forms: string[] = [];
  // "…, Dr. Jacoby says.": who said it, at the end.
  const bare = sentence
    .replace(/\.$/, '')
    .replace(/,\s+(?:(?:Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:says|said)$/u, '');
  if (bare !== sentence.replace(/\.$/, '')) forms.push(`${bare}.`);
  const reported = REPORTED.exec(bare);
  if (reported) {
    const claim = bare.slice(reported[0].length).replace(/,\s+(?:and|but)\s+(?:that\s+)?(?:more|further|also)\b.*$/i, '');
    if (
      wordCount(claim) >= 4 &&
      /\b(?:is|are|was|were|has|have|had|will|can|cannot|may|might|should|need|needs|did|does|do|remains?)\b/i.test(claim)
    )
      forms.push(`${capitalize(claim)}.`);
  }
  const conceded = /^(?:while|although|though|even though|whereas)\s+([^,]+)$/i.exec(bare);
  if (conceded && wordCount(conceded[1]!) >= 4) forms.push(`${capitalize(conceded[1]!)}.`);
  const notRecommended = /^(?:but\s+)?(?:they|we|he|she)\s+(?:cannot|can[’']t|can not)\s+(yet\s+)?recommend\s+(?:it|this)\b\s*(.*)$/i.exec(
    bare,
  );
  if (notRecommended)
    forms.push(`It is not ${notRecommended[1] ? 'yet ' : ''}recommended${notRecommended[2] ? ` ${notRecommended[2]}` : ''}.`);
  const sentences = splitIntoSentences(`${bare}.`);
  if (
    sentences.length > 1 &&
    !/\b(?:Dr|Prof|Mr|Mrs|Ms|St)\.$/.test(sentences[0]!) &&
    cues('caveats').some((cue) => cue.meta['set-aside'] !== true && cue.regex.test(sentences[0]!))
  )
    forms.push(sentences[0]!);
  return forms;
}

/**
 * "The authors noted that further studies are needed to confirm whether measuring … could
 * determine …": what is needed, without who noted it and what for, when the statement is
 * too long or too hard to print whole ("Further studies are needed."), so "What happens
 * next" does not say "Not reported" of a source that says what comes next.
 */
function neededClause(sentence: string): string[] {
  const needed =
    /^(?:(?:in addition|also|however|still),\s+)?(?:(?:the\s+)?(?:authors?|researchers?|scientists?|investigators?|experts?)\s+(?:noted|note|notes|said|say|says|added|wrote|concluded)\s+(?:that\s+)?)?((?:[\w-]+\s+){0,4}?(?:research|stud(?:y|ies)|trials?|testing|evaluation|investigation)\s+(?:is|are)\s+(?:still\s+)?(?:needed|required|warranted))\s+to\b/i.exec(
      sentence,
    );
  return needed ? [`${capitalize(needed[1]!)}.`] : [];
}

/**
 * What a reader must know before acting on the news: it is not yet recommended, approved
 * or ready for use (cue caveat-not-ready in cues/caveats.yaml, read on the caveat's text).
 * These come first in "Not known yet" and are never cut for reading level.
 */
export function notYetForUse(finding: Finding): boolean {
  return cueById('caveats', 'caveat-not-ready').regex.test(clean(finding.text));
}

/**
 * A caution said by someone outside the study: its source sentence marks the speaker as
 * independent ("who was not involved in the study", cues/independent.yaml). An outside
 * expert's doubt is what keeps a brief from reading more hopeful than its source.
 */
export function fromIndependentExpert(caveat: Finding): boolean {
  return cues('independent').some((cue) => cue.regex.test(caveat.source.text));
}

/**
 * A caveat a patient must not lose: it is not yet ready for use (notYetForUse), comes from
 * an independent expert, or says what is not yet known or proven, that the study was small,
 * preliminary or its effect modest (cues marked `essential: true` in cues/caveats.yaml).
 * These go before the others in "Not known yet" and before the detail rows when the brief
 * is cut for reading level (prune.ts).
 */
export function essentialCaveat(caveat: Finding): boolean {
  if (notYetForUse(caveat) || fromIndependentExpert(caveat)) return true;
  return caveat.rule !== undefined && cues('caveats').some((cue) => cue.id === caveat.rule && cue.meta['essential'] === true);
}

/**
 * "Dr. X says the changes don't raise the risk of cancer, which some have raised as a
 * concern": the concern named only to be answered. A reassurance is not something unknown,
 * and printed under "Not known yet" it reads as the caution the source does not give.
 */
const REASSURES =
  /\b(?:do(?:es)?n[’']t|do(?:es)? not|did not|didn[’']t|won[’']t|will not)\s+(?:raise|increase|add to|pose|carry)\b[^.;]{0,40}?\b(?:risks?|dangers?)\b/i;

/**
 * "The treatment carries some risks": a risk the source states as known (a caution with no
 * question in it), which the harms report; under "Not known yet" it reads as if its risks
 * were still to be found out. "Its long-term risks are unknown" says something else.
 */
const KNOWN_RISK =
  /^(?:(?:the|this|that|its|each|such an?)\s+)?(?:[\w-]+\s+){0,3}?(?:carries|carry|carried|poses?|posed|has|have|had)\s+(?:some\s+|its\s+own\s+|real\s+|serious\s+)?risks?\.?$/i;

/** "The (ultimate) cause of the disease remains unknown", "Although what causes it is unclear". */
const CAUSE_OF_DISEASE_UNKNOWN =
  /^(?:(?:although|though|while)\s+)?(?:the\s+(?:\w+\s+)?causes?\s+of\s+[^,]*?|what causes\s+[^,]*?)\s+(?:remains?|is|are)\s+(?:still\s+|largely\s+)?(?:unknown|unclear|not known)\b/i;

/**
 * Caveats that say what is not known yet: not who paid for the study or an author's ties
 * (industry-*, caveat-industry-*), not what it costs (caveat-cost), not a fragment of
 * method filed as unknown ("did not know which knee received the stem cells"), not a
 * reassurance (REASSURES), and not that the cause of the disease is unknown. The clinician summary and the checklist report those. In the
 * order a patient most needs them: not ready for use first, then an independent expert's
 * caution, then the other essential ones (essentialCaveat), then the rest.
 */
export function notKnownYet(caveats: readonly Finding[]): Finding[] {
  const kept = caveats.filter((caveat) => {
    const rule = caveat.rule ?? '';
    if (/^(?:industry-|caveat-industry|caveat-cost)/.test(rule)) return false;
    // A phrase that leads into another ("Despite the uncertainties"), or blinding ("did not know which knee").
    if (rule === 'caveat-unknown' && /^despite\b|\b(?:did not|didn[’']t) know which\b/i.test(clean(caveat.text))) return false;
    if (REASSURES.test(clean(caveat.text))) return false;
    if (KNOWN_RISK.test(clean(caveat.text))) return false;
    // "The cause of fibroids remains unknown": what no one knows about the disease, not what this news leaves open.
    if (CAUSE_OF_DISEASE_UNKNOWN.test(clean(caveat.text))) return false;
    return true;
  });
  const rank = (caveat: Finding) => (notYetForUse(caveat) ? 0 : fromIndependentExpert(caveat) ? 1 : essentialCaveat(caveat) ? 2 : 3);
  // A stable sort: within a rank, the source's order.
  return [...kept].sort((a, b) => rank(a) - rank(b));
}

/** Derived limitations fill "Not known yet" after the article's own caveats, which are specific to it. */
const LIMITATION_ORDER = [
  'animals-not-people',
  'link-not-cause',
  'test-errors',
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

/**
 * Limitations that speak of people, groups and treatment effects: wrong for a study of
 * mice, a model or a story with no study; for a test or a link, "how much the treatment
 * itself helped" is not the question (their own limitation takes the place).
 */
const NOT_FOR: Partial<Record<BriefKind, readonly string[]>> = {
  lab: ['size-unknown', 'small-sample', 'no-comparator', 'not-randomized', 'follow-up-unknown', 'short-follow-up'],
  model: ['size-unknown', 'small-sample', 'no-comparator', 'not-randomized', 'follow-up-unknown', 'short-follow-up'],
  none: ['size-unknown', 'small-sample', 'no-comparator', 'not-randomized', 'follow-up-unknown', 'short-follow-up', 'surrogate-outcomes'],
  review: ['size-unknown', 'small-sample', 'no-comparator', 'not-randomized', 'follow-up-unknown', 'short-follow-up'],
  test: ['no-comparator', 'not-randomized', 'follow-up-unknown', 'short-follow-up'],
  observational: ['no-comparator', 'not-randomized'],
};

/** Words that say how often a test is right or wrong. */
const ACCURACY =
  /\b(?:sensitivity|specificity|false(?:ly)?[ -](?:positive|negative|alarm)s?|accura\w*|correctly|missed|misclassif\w*|wrong)\b/i;

/** A limitation as the patient brief prints it. */
export type PatientLimitation = Pick<Limitation, 'id' | 'patient' | 'lines'>;

/** What a reader of this kind of study most needs to keep in mind, from the facts and the kind alone. */
function kindLimitations(facts: Facts, story: StoryKind): PatientLimitation[] {
  const lines = story.lines.kind;
  switch (story.kind) {
    case 'lab':
      return [{ id: 'animals-not-people', patient: 'Results in the lab or in animals often do not hold in people.', lines }];
    case 'observational':
      return [
        {
          id: 'link-not-cause',
          // Not "they were not put into groups by chance": the randomisation judgement may disagree with the kind.
          patient: 'Other differences between the people compared may explain the link.',
          lines,
        },
      ];
    case 'test': {
      const findings = [...facts.results, ...facts.harms, ...facts.caveats];
      if (findings.some((finding) => ACCURACY.test(finding.text))) return [];
      return [{ id: 'test-errors', patient: 'The source does not say how often the test gives a wrong answer.', lines: [] }];
    }
    default:
      return [];
  }
}

/** The limitations derived from the facts that fit the kind of study, in the order a patient most needs them. */
export function derivedLimitations(facts: Facts, story: StoryKind): PatientLimitation[] {
  const skip = new Set(NOT_FOR[story.kind] ?? []);
  return [...kindLimitations(facts, story), ...limitations(facts).filter((l) => !skip.has(l.id))].sort(
    (a, b) => LIMITATION_ORDER.indexOf(a.id) - LIMITATION_ORDER.indexOf(b.id),
  );
}
