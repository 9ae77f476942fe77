// Short names for what a finding measured ("Survival", "HbA1c"), from the editor-owned
// glossary and common outcome words; shared by the clinician outcomes table and the press
// lede that cannot hold a whole result.
import type { Facts, Finding } from '../article/schema.js';
import { type Glossary, termsUsed } from './glossary.js';
import { sideSentence } from './main-result.js';
import { comparatorValue } from './study.js';
import { clean } from './wording.js';

/**
 * What trial findings commonly measure, by the words a news report uses for it. Used to
 * name an outcome when the glossary has no term for it; general vocabulary, not one
 * article's.
 */
const OUTCOME_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:overall survival|survival|survived|lived longer|live longer|(?:still )?alive)\b/i, 'Survival'],
  [/\b(?:deaths?|died|die|dying|mortality)\b/i, 'Deaths'],
  [/\bwithout (?:certain )?(?:complications|events|progression)\b|\bevent-free\b|\bprogression-free\b/i, 'Event-free time'],
  [/\b(?:visual acuity|vision)\b/i, 'Vision'],
  [/\bcalories\b/i, 'Calorie intake'],
  [/\b(?:weight|pounds|kilograms|body mass)\b/i, 'Weight'],
  [/\b(?:hair loss|alopecia|lose|losing) (?:less than |more than )?(?:half )?(?:their |of their )?hair\b|\bhair loss\b/i, 'Hair loss'],
  [/\b(?:no virus|viral load|virus detected|virologic)\b/i, 'Virus cleared'],
  [/\b(?:skin (?:that was )?clear|clear or almost clear|PASI)\b/i, 'Skin clearance'],
  [/\b(?:hallucinations|delusions|psychosis)\b/i, 'Psychosis symptoms'],
  [/\b(?:relapses?|relapse-free)\b/i, 'Relapse'],
  [/\bremission\b/i, 'Remission'],
  [/\bdisability\b/i, 'Disability'],
  [/\blesions?\b/i, 'Lesions'],
  [/\bquality of life\b/i, 'Quality of life'],
  [/\b(?:hospitali[sz]ation|hospitali[sz]ed|readmission)\b/i, 'Hospital stays'],
  [/\b(?:laser treatment|rescue therapy|additional treatment|further treatment)\b/i, 'Further treatment'],
  [/\b(?:pain)\b/i, 'Pain'],
  [/\bfractures?\b/i, 'Fractures'],
  [/\bbone (?:mineral )?density\b|\bBMD\b/, 'Bone density'],
  [/\bsuicid\w*/i, 'Suicide attempts'],
  [/\b(?:tumou?rs? (?:that )?shr\w+|tumou?r shrinkage|complete response|partial response)\b/i, 'Tumour response'],
  [/\b(?:response rate|responded|responders?)\b/i, 'Response'],
  [/\b(?:disease progression|cancer (?:to )?worsen\w*|disease (?:to )?worsen\w*|progressed|progression)\b/i, 'Disease progression'],
  [/\b(?:recover\w*|felt better|feel better)\b/i, 'Recovery'],
  [/\b(?:memory|cognitive|cognition)\b/i, 'Memory and cognition'],
  [/\b(?:depression|depressive|antidepressant response)\b/i, 'Depression'],
  [/\bcravings?\b/i, 'Cravings'],
  [/\b(?:quit|quitting|abstinen\w+|stopped smoking)\b/i, 'Quitting smoking'],
  [
    /\b(?:accura\w+|sensitivity(?! to)|specificity|correctly (?:diagnos|identif|detect|predict)\w*|false positives?|false negatives?)\b/i,
    'Test accuracy',
  ],
  [/\b(?:detected|detects?|detection|identified|diagnosed)\b/i, 'Detection'],
  [/\b(?:hair (?:growth|regrowth)|grew (?:more )?hair)\b/i, 'Hair growth'],
  [/\b(?:testosterone|sperm|hormone levels)\b/i, 'Hormone levels'],
  [/\b(?:mood|sexual function)\b/i, 'Mood and sexual function'],
  [/\bhypercalc\w+/i, 'Hypercalcaemia'],
  [/\b(?:kidney damage|kidney problems?|kidney injury|renal)\b/i, 'Kidney harm'],
  [/\b(?:myelin\w*|paraly\w+|hind limbs)\b/i, 'Myelin repair'],
  [/\b(?:safety tests?|appeared safe|was safe|were safe|well tolerated)\b/i, 'Safety'],
  [/\bsymptoms?\b/i, 'Symptoms'],
];

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
const VAGUE = /^(?:the\s+)?(?:gains?|results?|findings?|effects?|outcomes?|differences?|changes?|improvements?|benefits?|risks?|rates?)$/i;

/** Words that open a clause or name people, not a measure ("Those who …", "In this study …"). */
const NOT_A_MEASURE =
  /^(?:those|these|they|it|this|that|there|he|she|we|in|at|after|before|among|when|while|although|as|of|on|given|based|because|if|since)\b|\b(?:group|arm|patients?|participants?|people|women|men|children|subjects|mice|animals)\b/i;

function changedPhrase(text: string): string | null {
  for (const pattern of [CHANGED_IN, MEASURE_OF, CHANGE_IN, SUBJECT_CHANGED]) {
    // "Gains after two years" → "gains": the timepoint has its own column.
    const match = pattern.exec(text);
    const phrase = (match?.[1] ?? match?.[2])
      ?.trim()
      .replace(/\s+/g, ' ')
      .replace(/\s+(?:after|at|during|over|within|by)\b.*$/i, '')
      .replace(/^(?:the|a|an)\s+/i, '');
    // No figures in a label: they belong to the result, and a cut decimal misquotes it.
    if (!phrase || /\d/.test(phrase) || NOT_A_MEASURE.test(phrase) || VAGUE.test(phrase)) continue;
    const words = phrase.split(' ');
    if (words.length <= 6) return phrase;
  }
  return null;
}

/** The label of a row whose outcome neither the glossary, the outcome words nor its own words name. */
export const UNNAMED_OUTCOME = 'Other result';

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
  const found = termsUsed(glossary, [finding.text])
    .map((entry) => entry.term)
    .filter((term) => !given.has(term) && !STUDY_WORDS.test(term));
  const specific = found.filter((term) => !found.some((other) => other !== term && other.toLowerCase().includes(term.toLowerCase())));
  const text = clean(finding.text);
  const at = (term: string) => text.toLowerCase().indexOf(term.toLowerCase().split(' ')[0]!);
  // The treatment's name, and its description when that is a name too (a sentence that
  // describes the condition, "… blurring of central vision", names no treatment).
  const description = facts.interventionDescription?.value ?? '';
  const treatment = [context[0], description.split(/\s+/).length <= 8 ? description : ''].join(' ').toLowerCase();
  const words = OUTCOME_WORDS.flatMap(([pattern, label]) => {
    const match = pattern.exec(text);
    // "the bypass surgery …" names the treatment, not what was measured.
    return match && !treatment.includes(match[0].toLowerCase()) ? [{ label, at: match.index }] : [];
  });
  const named = [...specific.map((term) => ({ label: term, at: at(term) })), ...words]
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
  const words = new Set(OUTCOME_WORDS.map(([, label]) => label.toLowerCase()));
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
