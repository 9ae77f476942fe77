// Randomised, controlled but not randomised, or one group only, as far as the facts show.
// The same reading the composers made for themselves (audiences/study.ts isRandomized and
// isSingleGroup), made once: the design, enrolment, comparator and population sentences
// may say "randomized"; a result may say people were assigned at random. Next steps and
// quotes are not read: "a large, randomized trial" is often the study still to come.
import type { DerivedFacts, Facts, SourceRef } from '../schema.js';
import { derivedFact } from './derived.js';

const RANDOMIZED = /\brandomi[sz]ed\b|\brandomly\b|\brandomi[sz]ation\b/i;
const ASSIGNED_AT_RANDOM =
  /\b(assigned|allocated)\s+(at\s+)?random(ly)?\b|\brandomly\s+(assigned|allocated)\b|\brandomi[sz]ed\s+(to|into|between)\b/i;
/** "wasn't randomized", "non-randomised", "without randomization": a sentence that says the opposite. */
const NOT_RANDOMIZED = /(?:\bnon-?|\bnot |n['’]t (?:been )?|\bwithout )randomi[sz]/i;
const saysRandomized = (text: string) => RANDOMIZED.test(text) && !NOT_RANDOMIZED.test(text);
const CONTROLLED = /\b(placebo|sham|control group|controlled|compared (with|to)|versus|vs\.?)\b/i;

type Extracted = Omit<Facts, 'derived'>;

export function deriveRandomised(facts: Extracted): NonNullable<DerivedFacts['randomised']> {
  for (const [name, fact] of [
    ['design', facts.design],
    ['enrolment', facts.participants],
    ['comparator', facts.comparator],
    ['population', facts.population],
  ] as const) {
    if (fact && (saysRandomized(String(fact.value)) || saysRandomized(fact.source.text)))
      return derivedFact('randomised', `the ${name} sentence says the groups were randomised`, [fact.source]);
  }
  const findings = [...facts.results, ...facts.harms, ...facts.context, ...facts.caveats];
  const assigned = findings.find((finding) => ASSIGNED_AT_RANDOM.test(finding.source.text));
  if (assigned) return derivedFact('randomised', 'a finding says people were assigned at random', [assigned.source]);
  const controls: SourceRef[] = [];
  if (facts.comparator) controls.push(facts.comparator.source);
  if (facts.design && CONTROLLED.test(facts.design.value)) controls.push(facts.design.source);
  if (controls.length > 0)
    return derivedFact('controlled, not randomised', 'a comparison group is reported, but no random allocation', controls);
  return derivedFact('single group', 'no comparison group and no random allocation reported', []);
}
