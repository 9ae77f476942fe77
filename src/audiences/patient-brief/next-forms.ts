// Shorter forms of a next step for the patient brief ("What happens next"), for a statement
// too long or too hard to print whole: what is planned, without why, how or what else. The
// clinician summary and the press digest print the whole statement; the brief must not say
// "Not reported" of a source that says what comes next, nor print "we" (who is "we"?).
import { capitalize } from '../wording.js';
import { wordCount } from '../../shared/count-words.js';

/** ", they add,", ", the researchers say,", ", Fader notes,": who says it, set in the middle of the statement. */
const INSERTED_ATTRIBUTION =
  /,\s+(?:he|she|they|the (?:researchers|authors|team|scientists)|[A-Z][\w’'-]+)\s+(?:adds?|added|says?|said|notes?|noted|explains?|explained)\s*,\s+/;

/**
 * "But the results of the trial, they add, were strong enough …": who says so, put in the
 * middle, has no one to point to in the brief (its "they" is the researchers of a paragraph
 * the brief does not print); the statement stands without it.
 */
export const withoutInsertedAttribution = (sentence: string): string => sentence.replace(INSERTED_ATTRIBUTION, ' ');

/** A study or a trial, the thing a next step most often plans. */
const STUDY = String.raw`(?:stud(?:y|ies)|trials?)`;

/**
 * The first person plural ("We", "our", "us"), never "US" the country ("a trial in the US"):
 * case-sensitive but for a capital opening "We" or "Our".
 */
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]urs?|us)\b/;

/**
 * "We are …", "Our next steps are …": the speaker's own words, put as the team's (the brief
 * speaks to the reader, and "we" there would be the brief's authors). Only an opening "we"
 * whose verb agrees after the change; null when the form still speaks as "we" or "our".
 */
function asTheTeam(sentence: string): string | null {
  // "We also plan" → "The team also plans": the verb agrees, with or without "also".
  const out = sentence
    .replace(/^we[’']re\b/i, 'The team is')
    .replace(/^we[’']ve\b/i, 'The team has')
    .replace(/^we[’']ll\b/i, 'The team will')
    .replace(/^we\s+((?:also\s+)?)are\b/i, 'The team $1is')
    .replace(/^we\s+((?:also\s+)?)have\b/i, 'The team $1has')
    .replace(/^we\s+((?:also\s+)?)(will|would|can|could|may|might|must|should)\b/i, 'The team $1$2')
    .replace(/^we\s+((?:also\s+)?)(plan|hope|want|intend|expect|aim|need)\b/i, 'The team $1$2s')
    .replace(/^our\b/i, "The team's");
  return FIRST_PERSON.test(out) ? null : out;
}

/** "The company said on Monday it hopes …", "Smith said that she plans …": who says it, said of themselves. */
const REPORTED_PLAN =
  /^([A-Z][^,]{2,60}?)\s+(?:said|says|announced|added|noted|stated)\s+(?:on\s+\w+\s+|\w+day\s+|in\s+a\s+statement\s+)?(?:that\s+)?(?:it|they|he|she)\s+(?=(?:hopes?|plans?|expects?|intends?|aims?|wants?|will|would|is|are)\b)/;

/** "to find out who … and who …", "whether … and how …": two questions a later study asks; the first is kept. */
const TWO_QUESTIONS =
  /^(.*?\b(?:figure out|find out|learn|understand|determine|see|know|study|test|examine|explore|look at)\s+(?:who|whether|how|what|which|when|why|if)\b.*?)\s+and\s+(?:who|whether|how|what|which|when|why|if)\b.*$/i;

/**
 * Each step takes away one part that is not what is planned; every form is kept when it
 * changed and still has five words. In order: an opening concession ("Although …, we are
 * pursuing …") or purpose ("To reduce overdose deaths, particularly in rural areas, CDC
 * recommends …"); "we" as the team; a second predicate (", and take a closer look at …");
 * what a study is for or involves ("a new study that involves …", "a Phase 1 study in
 * August to determine whether …"); a closing condition (", before the test is likely to …").
 */
export function nextStepForms(sentence: string): string[] {
  let current = sentence.trim().replace(/\.$/, '');
  // The whole statement first, when only who speaks must change ("We are working …").
  const forms: string[] = [`${current}.`];
  const step = (next: string | null) => {
    if (next === null) return;
    const tidy = capitalize(next.replace(/\s{2,}/g, ' ').trim());
    if (tidy !== current && wordCount(tidy) >= 5) {
      current = tidy;
      forms.push(`${tidy}.`);
    }
  };
  // "X is looking for funding for the next phase and would like to lead a trial …": with no
  // comma, a second predicate only when it is a second plan (an intent verb after "and").
  const intent = /\s+and\s+(?:also\s+)?(?:hopes?|plans?|wants?|aims?|intends?|expects?)\s+to\b/i.exec(current);
  // Only when the first half is itself work under way ("is looking for", "are preparing"):
  // "X and Y have a collaboration and plan to …" keeps its plan whole.
  const first = intent ? current.slice(0, intent.index) : '';
  if (intent && wordCount(first) >= 6 && /\b(?:is|are)\s+(?:\w+\s+)?\w+ing\b/i.test(first)) step(first);
  // "hopes to", "hope for" is a hype word in our text (cues/hype.yaml); "would like" says the same plan.
  step(current.replace(/\bhopes? (?=to\b)/gi, 'would like ').replace(/\bhopes? for\b/gi, 'would like'));
  // "An important next step will be …": how much it matters is the speaker's; the step is the plan (and one hard word less).
  step(current.replace(/^an?\s+(?:important|key|crucial|critical|essential|major|vital)\s+next\s+step\b/i, 'The next step'));
  step(current.replace(/^(?:although|though|while|whereas|despite)\s[^,]{3,160},\s+/i, ''));
  step(current.replace(/^to\s[^,]{3,100},\s+(?:(?:particularly|especially|mainly)\s[^,]{3,60},\s+)?/i, ''));
  // "Following these important findings, …", "Following the successful test results the researchers …",
  // "According to Dr. V, …": what led to it, or who said it.
  step(current.replace(/^(?:following|after|based on|in light of)\s[^,]{3,80},\s+/i, ''));
  step(current.replace(/^following\s+(?:the|these|this|its)\s+(?:[\w-]+\s+){0,3}?(?:results?|findings?)\s+(?=the\s)/i, ''));
  step(current.replace(/^according to\s[^,]{3,60},\s+/i, ''));
  // "The positive results show us that next we need to study …": what the results led to,
  // before the plan itself (an opening "next" says again what the heading says).
  step(
    current.replace(
      /^(?:the|these|this|our|its)\s+(?:[\w-]+\s+){0,2}?(?:results?|findings?|data)\s+(?:shows?|tells?|suggests?|means?)\s+(?:us\s+)?that\s+/i,
      '',
    ),
  );
  step(current.replace(/^next,?\s+(?=we\b)/i, ''));
  // "The company, which had earlier announced A, B and C, said on Monday it hopes for …":
  // what the speaker did before, and that the speaker said so, are not the plan ("The
  // company hopes for …"). The clause runs to the reporting verb, whatever commas it holds.
  step(current.replace(/,\s+(?:which|who)\s[^]{3,200}?,\s+(?=(?:said|says|announced|added|noted|stated)\b)/i, ' '));
  step(current.replace(REPORTED_PLAN, '$1 '));
  // "to figure out who can … and who is likely to need …": the first question is the plan.
  const questions = TWO_QUESTIONS.exec(current);
  if (questions && wordCount(questions[1]!) >= 8) step(questions[1]!);
  // Only a second predicate, never the last item of a list ("a, b, and c"): no comma before it.
  const and = /,\s+and\s+/i.exec(current);
  if (and && !current.slice(0, and.index).includes(',') && wordCount(current.slice(0, and.index)) >= 6) step(current.slice(0, and.index));
  const purpose = new RegExp(
    String.raw`\b(${STUDY}(?:\s+(?:in|on|at|of|for)\s+[\w-]+(?:\s+\d{4})?)?)\s+(?:that|which|to|involving|testing|using|comparing)\s+\w[^]*$`,
    'i',
  ).exec(current);
  if (purpose && wordCount(current.slice(0, purpose.index)) >= 3) step(`${current.slice(0, purpose.index)}${purpose[1]}`);
  step(current.replace(/,\s+(?:before|until|so that|in order to|as well as|with|including|particularly|especially)\s[^]*$/i, ''));
  // "… will be reported at the society's annual meeting in Chicago by Eng on behalf of the
  // trials network and its collaborators": who presents it, and the meeting's city, are not
  // what is planned (the meeting is).
  step(current.replace(/\s+by\s+(?:Dr\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:on behalf of|for|with|and)\s[^]*$/, ''));
  step(current.replace(/\b(meeting|conference|congress|symposium)\s+in\s+[A-Z][\w-]+(?:,\s+[A-Z][\w-]+)?/, '$1'));
  // Who speaks is put last: a form is the team's only once what follows no longer says "we".
  return forms
    .map((form, index) => (index === 0 && asSomeoneNamed(form) === form ? null : asSomeoneNamed(form)))
    .filter((form): form is string => form !== null);
}

/**
 * "He's about to start a new study.": a researcher who plans or runs a study, named in the
 * sentence before, is "the researcher" here (alone, "he" names no one). Only for a study or
 * trial someone starts, plans, designs, leads or runs; "we" is the team's (asTheTeam).
 */
function asSomeoneNamed(form: string): string | null {
  if (/^(?:we|our)\b/i.test(form)) return asTheTeam(form);
  const runs = new RegExp(
    String.raw`^(?:he|she)(?:[’']s|\s+is)\s+(?:(?:about|going|planning|set)\s+to\s+)?(?:start|begin|launch|plan|design|lead|run|conduct)\w*\b[^.]*\b${STUDY}\b`,
    'i',
  );
  return runs.test(form) ? form.replace(/^(?:he|she)(?:[’']s|\s+is)\b/i, 'The researcher is') : form;
}

/** A next step in the first person ("We are working …"): printed only as the team's (asTheTeam). */
export const speaksAsWe = (sentence: string): boolean => FIRST_PERSON.test(sentence);
