// Can people get it: the availability sentence the extractor chose, read once for what it
// says (approved, on sale, or not yet), with the regulator it names. A hedged or negated
// statement ("could be approved next year", "is not yet available") is "not available".
import { cues, firstCue } from '../cues/cues.js';
import type { DerivedFacts, Facts } from '../schema.js';
import { derivedFact, quoteOf } from './derived.js';

const AGENCY = /\b(FDA|EMA|MHRA|Health Canada|European Medicines Agency|Food and Drug Administration)\b/;
const VALUE = {
  'availability-not-yet': 'not available',
  'availability-approved': 'approved',
  'availability-available': 'available',
} as const;

export function deriveAvailability(facts: Omit<Facts, 'derived'>): DerivedFacts['availability'] {
  const fact = facts.availability;
  if (!fact) return null;
  const sentence = fact.source.text;
  const cue = firstCue(cues('availability'), sentence);
  if (!cue) return null;
  const value = VALUE[cue.id as keyof typeof VALUE];
  const words = cue.regex.exec(sentence)?.[0] ?? '';
  const agency = value === 'approved' ? (AGENCY.exec(sentence)?.[1] ?? null) : null;
  return {
    ...derivedFact(value, `the availability sentence says ${quoteOf(words, fact.source)}`, [fact.source], cue.id),
    agency: agency === 'Food and Drug Administration' ? 'FDA' : agency,
  };
}
