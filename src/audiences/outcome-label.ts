// Short names for what a finding measured ("Survival", "HbA1c"), from the editor-owned
// glossary and common outcome words; shared by the clinician outcomes table and the press
// lede that cannot hold a whole result.
import type { Facts, Finding } from '../article/schema.js';
import { type Glossary, termsUsed } from './glossary.js';
import { comparatorValue } from './study.js';
import { clean } from './wording.js';

/**
 * What trial findings commonly measure, by the words a news report uses for it. Used to
 * name an outcome when the glossary has no term for it; general vocabulary, not one
 * article's.
 */
const OUTCOME_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:overall survival|survival|survived|lived longer|live longer)\b/i, 'Survival'],
  [/\b(?:deaths?|died|mortality)\b/i, 'Deaths'],
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
  [/\bsymptoms?\b/i, 'Symptoms'],
];

/** Glossary words about how a study is run or reported, never what it measures. */
const STUDY_WORDS =
  /^(?:median|risk|dose|randomi[sz]ed|placebo|sham|clinical trial|follow-up|phase\b.*|comparison group|FDA|chronic|biomarker)$/i;

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
  const treatment = context.slice(0, 2).join(' ').toLowerCase();
  const words = OUTCOME_WORDS.flatMap(([pattern, label]) => {
    const match = pattern.exec(text);
    // "the bypass surgery …" names the treatment, not what was measured.
    return match && !treatment.includes(match[0].toLowerCase()) ? [{ label, at: match.index }] : [];
  });
  const named = [...specific.map((term) => ({ label: term, at: at(term) })), ...words]
    .sort((a, b) => a.at - b.at)
    .map((item) => item.label)
    .filter((label, index, all) => all.findIndex((other) => other.toLowerCase() === label.toLowerCase()) === index);
  if (named.length > 0) return { label: named.slice(0, 2).join(', '), named: true };
  const opening = text.split(/\s+/);
  return { label: opening.length > 4 ? `${opening.slice(0, 4).join(' ')} …` : opening.join(' '), named: false };
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
