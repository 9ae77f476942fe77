// Short names for what a finding measured ("Survival", "HbA1c"), from the editor-owned
// glossary and common outcome words; shared by the clinician outcomes table and the press
// lede that cannot hold a whole result.
import { cues } from '../article/cues/cues.js';
import type { Facts, Finding } from '../article/schema.js';
import { type Glossary, termsUsed } from './glossary.js';
import { sideSentence } from './main-result.js';
import { comparatorValue } from './study.js';
import { clean } from './wording.js';

/**
 * What trial findings commonly measure, by the words a news report uses for it
 * (src/article/cues/outcome-words.yaml: a pattern and the label it prints). Used to name an
 * outcome when the glossary has no term for it; general vocabulary, not one article's.
 */
const OUTCOME_WORDS: ReadonlyArray<{ id: string; regex: RegExp; label: string }> = cues('outcome-words').map((cue) => {
  if (typeof cue.meta.label !== 'string') throw new Error(`cues/outcome-words.yaml: ${cue.id} has no label`);
  return { id: cue.id, regex: cue.regex, label: cue.meta.label };
});

/** Glossary words about how a study is run or reported, never what it measures. */
const STUDY_WORDS =
  /^(?:median|risk|dose|randomi[sz]ed|placebo|sham|clinical trial|follow-up|phase\b.*|comparison group|FDA|chronic|biomarker|antibody|chemotherapy|immune system|immunosuppression|infusion|islet cells|pancreas|stem cells|transplant|mutation|FLT3|cardiovascular)$/i;

/**
 * What a result sentence says changed, in its own words, when no outcome word names it:
 * "reduced the risk of disease progression" → "disease progression"; "Incidence of
 * hypercalcemia … was lower" → "hypercalcemia"; "The estimated event rate for nonvertebral
 * fracture was lower" → "estimated event rate for nonvertebral fracture". Null when the
 * sentence has no such phrase (a label is then generic, never the sentence's opening words).
 */
const CHANGED_IN =
  /\b(?:reduc\w*|lower\w*|cut|halved|increas\w*|rais\w*|improv\w*|decreas\w*|higher|greater|smaller)\s+(?:the\s+)?(?:overall\s+)?(?:risk|rate|odds|chance|likelihood|incidence|frequency|severity|number|levels?)\s+of\s+([\w\s'’-]{3,60}?)(?=\s+(?:by|compared|versus|vs|than|in|among|for|from|after|at|over|with)\b|[,;(]|\.(?:\s|$)|$)/i;
const MEASURE_OF =
  /^(?:the\s+)?(?:incidence|rate|risk|number|frequency|levels?|odds|proportion|share)\s+of\s+([\w\s'’-]{3,50}?)(?=\s*\(|\s+(?:was|were|fell|rose|increased|decreased|dropped|declined|improved)\b)/i;
/** "a 70 percent reduction in heart failure events", "no effect on blood pressure". */
const CHANGE_IN =
  /\b(?:reductions?|increases?|decreases?|drops?|rises?|improvements?|changes?|differences?)\s+(?:in|of)\s+(?:the\s+)?([\w\s'’-]{3,60}?)(?=\s+(?:by|compared|versus|vs|than|in|among|for|from|after|at|over|with|was|were)\b|[,;(]|\.(?:\s|$)|$)|\b(?:effects?|impact)\s+on\s+([\w\s'’-]{3,60}?)(?=\s+(?:by|compared|versus|vs|than|in|among|for|from|after|at|over|with)\b|[,;(]|\.(?:\s|$)|$)/i;
const SUBJECT_CHANGED =
  /^(?:the\s+)?([\w\s'’-]{3,60}?)(?:\s*\([^)]*\))?\s+(?:was|were)\s+(?:\w+\s+)?(?:lower|higher|greater|better|worse|similar|the same|reduced|improved|increased|decreased|unchanged)\b/i;

/** A phrase that names no measure ("gains", "results"). */
const VAGUE =
  /^(?:the\s+)?(?:gains?|results?|findings?|effects?|outcomes?|differences?|changes?|improvements?|benefits?|risks?|rates?|condition|disease|illness)$/i;

/** Words that open a clause or name people, not a measure ("Those who …", "In this study …"). */
const NOT_A_MEASURE =
  /^(?:those|these|they|it|this|that|there|he|she|we|in|at|after|before|among|when|while|although|as|of|on|given|based|because|if|since)\b|\b(?:group|arm|patients?|participants?|people|women|men|children|subjects|mice|animals)\b/i;

/** Where a measure's name ends inside a longer phrase: a dash, or a word that starts a comment on it. */
const PHRASE_ENDS = /\s*(?:--|[—–]|\s(?:believed|thought|known|said|considered|called|while|whereas|even|also|more|further)\b).*$/i;

function changedPhrase(text: string): string | null {
  for (const pattern of [CHANGED_IN, MEASURE_OF, CHANGE_IN, SUBJECT_CHANGED]) {
    // "Gains after two years" → "gains": the timepoint has its own column.
    const match = pattern.exec(text);
    const phrase = (match?.[1] ?? match?.[2])
      ?.trim()
      .replace(/\s+/g, ' ')
      .replace(/\s+(?:after|at|during|over|within|by)\b.*$/i, '')
      // What follows a dash, a participle or a linking word says more about the measure, not
      // which: "plaques believed by many to …", "risk while kale and oranges …", "dementia even more".
      .replace(PHRASE_ENDS, '')
      .replace(/^(?:the|a|an)\s+/i, '')
      // "their tumor size", "developing breast cancer": the measure is the noun.
      .replace(/^(?:their|its|his|her|our|your)\s+/i, '')
      .replace(/^(?:developing|getting|having)\s+(?=\w)/i, '');
    // No figures in a label: they belong to the result, and a cut decimal misquotes it.
    if (!phrase || /\d/.test(phrase) || NOT_A_MEASURE.test(phrase) || VAGUE.test(phrase)) continue;
    const words = phrase.split(' ');
    if (words.length <= 6) return phrase;
  }
  return null;
}

/**
 * Words just before a term that make it an example of the condition the people enrolled have
 * ("adults … with at least one weight-related condition such as high blood pressure, diabetes,
 * or high cholesterol"), not what was measured.
 */
const CONDITION_LIST =
  /\b(?:conditions?|diseases?|disorders?|illness(?:es)?|problems?)\s+(?:such as|like|including)\s+(?:[\w'’-]+,?\s+(?:or\s+|and\s+)?){0,6}$/i;
/**
 * The people studied named by a condition they have ("patients with decompensated cirrhosis",
 * "women who have depression"): said of a glossary term only, since an outcome word right after
 * such a group is often what happened to them ("women with breast cancer dying of …").
 */
const PEOPLE_WITH =
  /\b(?:people|patients|adults|children|women|men|participants|subjects|individuals|infants)\s+(?:with|who (?:have|had))\s+(?:(?!(?:whose|who|that|which|and|or|but|had|have|has|was|were|is|are)\b)[\w'’-]+\s+){0,2}$/i;

/** Whether the words at `at` in the text are an example of the enrolled people's condition. */
export const inConditionList = (text: string, at: number): boolean => CONDITION_LIST.test(text.slice(0, at));
/** Whether a glossary term at `at` names the people studied (PEOPLE_WITH) or their condition (CONDITION_LIST). */
const namesWhoTookPart = (text: string, at: number): boolean => inConditionList(text, at) || PEOPLE_WITH.test(text.slice(0, at));

/**
 * The outcome words found in a result, each with where it stands: an entry whose words an
 * earlier-listed entry already named is not counted again ("no virus detected" is "Virus
 * cleared", not also "Detection"); words that name the treatment ("the bypass surgery …") or
 * the condition of the people enrolled ("a condition such as … diabetes") are not what was measured.
 */
function outcomeWords(text: string, treatment: string): Array<{ label: string; at: number; end: number }> {
  const spans: Array<{ label: string; at: number; end: number }> = [];
  for (const { regex, label } of OUTCOME_WORDS) {
    const match = regex.exec(text);
    if (!match || treatment.includes(match[0].toLowerCase()) || inConditionList(text, match.index)) continue;
    const end = match.index + match[0].length;
    if (spans.some((span) => match.index < span.end && span.at < end)) continue;
    spans.push({ label, at: match.index, end });
  }
  return spans;
}

/**
 * Death named as one event of a composite ("heart attack, stroke, or death from a cardiovascular
 * condition", "death or hospitalization"), as a risk ("an increased risk of death"), or as what a
 * harm can lead to ("can be life-threatening …, leading to seizures, coma or death"): the sentence
 * counts events or warns, and no one is said to have died.
 */
const DEATH_NOT_COUNTED = [
  /\b(?:[\w-]+,\s+){1,}(?:[\w-]+\s+){0,3}?(?:and|or)\s+(?:death|dying|mortality)\b/gi,
  /\b(?:death|dying)\s+(?:\w+\s+){0,4}?(?:or|and\/or)\s+[\w-]+/gi,
  /\b(?:\w+\s+)?(?:or|and\/or)\s+(?:death|dying)\b/gi,
  /\brisks?\s+of\s+(?:death|dying)\b/gi,
  /\b(?:can|could|may|might)\s+(?:be\s+)?[^.;]*\b(?:death|fatal)\b/gi,
];

/**
 * Whether a sentence reports people dying ("two deaths", "died"), in the words of the
 * outcome-deaths cue; "a rare fatal lung disease … has been reported" names a grave harm, not a
 * death, and death among other events, as a risk or as a possible end (DEATH_NOT_COUNTED) is
 * not a count of deaths.
 */
export const reportsDeaths = (text: string): boolean => {
  const words = DEATH_NOT_COUNTED.reduce((rest, phrase) => rest.replace(phrase, ' '), clean(text));
  return OUTCOME_WORDS.some(({ id, regex }) => id === 'outcome-deaths' && regex.test(words));
};

/** The label of a row whose outcome neither the glossary, the outcome words nor its own words name. */
export const UNNAMED_OUTCOME = 'Other result';

/**
 * A clause that explains a result rather than measuring it ("HbA1c levels increased late in
 * pregnancy, which is consistent with the decrease in sensitivity to insulin …"): the terms in
 * it are the reason given, not what the study measured, so labels are read before it.
 */
const EXPLAINED_BY =
  /,\s+(?:which|this|that)\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:consistent|in line|in keeping)\s+with\b.*$|,\s+(?:which|this|that)\s+(?:may\s+|might\s+|could\s+|likely\s+)?(?:reflects?|explains?)\b.*$|,\s+(?:probably\s+|likely\s+|possibly\s+)?because\b.*$/i;

/**
 * The condition of the study as the event the finding counts ("a 22-percent higher risk for
 * gestational diabetes", "women who went on to develop gestational diabetes"): in a study of
 * who gets the disease (prevention, prediction, a screening test) the condition is the outcome,
 * though in a treatment trial it names the people enrolled. The index of the condition's words
 * in the text, or -1.
 */
/**
 * Words after the condition that end its name: "risk of breast cancer recurrence" counts
 * recurrences, not the condition, so a noun after it is not such a word.
 */
const CONDITION_ENDS =
  'in|among|for|by|than|compared|versus|vs|and|or|at|after|over|within|during|before|was|were|is|are|had|has|have|if|when|who|later';

function conditionCounted(text: string, condition: string | undefined): number {
  if (!condition || condition.split(/\s+/).length > 5) return -1;
  const escaped = condition.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const counted = new RegExp(
    `\\b(?:(?:risks?|odds|chances?|likelihood|incidence|rates?)\\s+(?:for|of)\\s+(?:developing\\s+|getting\\s+)?|(?:went on to|later|would|to)\\s+(?:develop|get)\\s+|developed\\s+)(${escaped})(?=\\s*(?:[,.;:)]|$)|\\s+(?:${CONDITION_ENDS})\\b)`,
    'i',
  ).exec(text);
  return counted ? counted.index + counted[0].length - counted[1]!.length : -1;
}

/**
 * A short outcome name from the glossary terms in the finding (editor-owned, so it grows
 * with the corpus), most specific first, else from common outcome words; else the opening
 * words of the finding (`named` false). Terms that name the treatment, the comparison or
 * the disease ("chemotherapy", "placebo", "type 1 diabetes") are not outcomes.
 */
export function outcomeLabel(finding: Finding, glossary: Glossary, facts: Facts): { label: string; named: boolean } {
  const context = [
    facts.intervention?.value,
    facts.interventionDescription?.value,
    facts.condition?.value,
    comparatorValue(facts),
    'clinical trial',
  ];
  const given = new Set(
    termsUsed(
      glossary,
      context.map((value) => value ?? ''),
    ).map((entry) => entry.term),
  );
  const text = clean(finding.text).replace(EXPLAINED_BY, '');
  const found = termsUsed(glossary, [text])
    .map((entry) => entry.term)
    .filter((term) => !given.has(term) && !STUDY_WORDS.test(term));
  const at = (term: string) => text.toLowerCase().indexOf(term.toLowerCase().split(' ')[0]!);
  const counted = conditionCounted(text, facts.condition?.value);
  const specific = found
    .filter((term) => !found.some((other) => other !== term && other.toLowerCase().includes(term.toLowerCase())))
    .filter((term) => at(term) < 0 || !namesWhoTookPart(text, at(term)));
  // The treatment's name, and its description when that is a name too (a sentence that
  // describes the condition, "… blurring of central vision", names no treatment).
  const description = facts.interventionDescription?.value ?? '';
  const treatment = [context[0], description.split(/\s+/).length <= 8 ? description : ''].join(' ').toLowerCase();
  const words = outcomeWords(text, treatment);
  // A term inside longer words that an outcome word names ("survival" in "progression-free
  // survival") is said by it; a term that is those very words keeps its own name.
  const within = (term: string) =>
    words.some((word) => at(term) >= word.at && at(term) + term.length <= word.end && stem(text.slice(word.at, word.end)) !== stem(term));
  // The condition stands in only where no outcome word already names its words ("death or
  // kidney damage" is "Deaths, Kidney harm"; "postpartum depression" is "Depression").
  const conditionEnd = counted + (facts.condition?.value.length ?? 0);
  const condition =
    counted < 0 || words.some((word) => word.at < conditionEnd && counted < word.end)
      ? []
      : [{ label: facts.condition!.value, at: counted }];
  const named = [...condition, ...specific.filter((term) => !within(term)).map((term) => ({ label: term, at: at(term) })), ...words]
    .sort((a, b) => a.at - b.at)
    .map((item) => item.label)
    .filter((label, index, all) => all.findIndex((other) => other.toLowerCase() === label.toLowerCase()) === index);
  // Once each: "Symptom, Symptoms" or "Psychosis symptoms, symptom" say one thing.
  const distinct: string[] = [];
  for (const label of named) {
    const own = stem(label);
    if (distinct.some((kept) => stem(kept) === own)) continue;
    // "symptom" inside "Psychosis symptoms" says nothing more.
    if (named.some((other) => stem(other) !== own && other.toLowerCase().includes(own))) continue;
    distinct.push(label);
  }
  if (distinct.length > 0) return { label: distinct.slice(0, 2).join(', '), named: true };
  // Never the sentence's opening words ("A two-year clinical trial …"): what it says changed, else a plain label.
  return { label: changedPhrase(text) ?? UNNAMED_OUTCOME, named: false };
}

/** The named outcomes of the first results, once each; empty when the glossary and outcome words name none. */
export function outcomeNames(facts: Facts, glossary: Glossary, max = 6, common = false): string[] {
  const words = new Set(OUTCOME_WORDS.map(({ label }) => label.toLowerCase()));
  return (
    facts.results
      .slice(0, max)
      .map((finding) => outcomeLabel(finding, glossary, facts))
      .filter((outcome) => outcome.named)
      .flatMap((outcome) => outcome.label.split(', '))
      // Only the common outcome words ("Survival", "Psychosis symptoms") when asked: a glossary
      // term in a result may name a treatment or a test rather than what was measured.
      .filter((label) => !common || words.has(label.toLowerCase()))
      .filter((label, index, all) => all.findIndex((other) => stem(other) === stem(label)) === index)
  );
}

const stem = (label: string) => label.toLowerCase().replace(/s$/, '');

/**
 * Sentences filed as results that report no outcome of the study: trade talk ("a boost for
 * the device business", "generating growing buzz") and the news of an approval itself.
 */
const NOT_AN_OUTCOME =
  /\b(?:business|sales|buzz|revenue|investors?|stock price|on the market since|(?:granted|received|won) (?:\w+ ){0,2}approval|FDA-approved)\b/i;

/**
 * A result whose subject is the comparison group ("The four people who got the sham
 * stimulation … did not lose weight", "In the placebo group, …"): what the treatment is
 * measured against, so it follows the treated group's result rather than leading the table.
 */
const ABOUT_COMPARISON_GROUP =
  /^(?:in\s+)?(?:the|those|people|patients|participants)\s+(?:\w+\s+){0,3}?(?:(?:who\s+(?:got|received|took|were\s+given)|taking|given|receiving|on)\s+(?:the\s+|a\s+)?(?:\w+\s+)?)?(?:placebo|sham|dummy|control|comparison)\b/i;

export const aboutComparisonGroup = (finding: Finding): boolean => ABOUT_COMPARISON_GROUP.test(clean(finding.text).trim());

/**
 * The results an outcomes table lists: what the study measured, not background (a share of
 * people now, what earlier studies found) nor trade or approval news filed among them; a
 * comparison group's own result after the others.
 */
export function tabulatedResults(facts: Facts): Finding[] {
  const listed = facts.results.filter((finding) => sideSentence(finding) !== 'background' && !NOT_AN_OUTCOME.test(clean(finding.text)));
  return [...listed.filter((finding) => !aboutComparisonGroup(finding)), ...listed.filter(aboutComparisonGroup)];
}
