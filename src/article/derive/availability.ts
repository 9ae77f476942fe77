// Can people get it: the availability sentence the extractor chose, read once for what it
// says (approved, on sale, or not yet), with the regulator it names. A hedged or negated
// statement ("could be approved next year", "is not yet available") is "not available".
// Two readings guard a patient from asking for what is not there: a drug approved only for
// other uses, or one a lab or animal study tried for a new use, is "not available" for the
// use the story is about; and a sentence whose "available" is said of data, results or
// press material says nothing about the product at all.
import { cues, firstCue } from '../cues/cues.js';
import type { DerivedFacts, Facts } from '../schema.js';
import { derivedFact, quoteOf } from './derived.js';

/** "Overall survival data was not yet available": what is (not) available is not the product. */
const NOT_THE_PRODUCT =
  /\b(?:data|results|findings|information|details|figures|numbers|study|paper|report|abstract)(?:\s+[\w-]+){0,2}\s+(?:is|are|was|were|will be|would be)\s+(?:not\s+)?(?:yet\s+)?(?:publicly\s+)?available\b/i;

const AGENCY = /\b(FDA|EMA|MHRA|Health Canada|European Medicines Agency|Food and Drug Administration)\b/;
const VALUE = {
  'availability-not-yet': 'not available',
  'availability-other-uses': 'not available',
  'availability-approved': 'approved',
  'availability-available': 'available',
} as const;

export function deriveAvailability(
  facts: Omit<Facts, 'derived'>,
  studyType: DerivedFacts['studyType'] = null,
): DerivedFacts['availability'] {
  const fact = facts.availability;
  if (!fact) return null;
  const sentence = fact.source.text;
  if (NOT_THE_PRODUCT.test(sentence)) return null;
  const cue = firstCue(cues('availability'), sentence);
  if (!cue) return null;
  const value = VALUE[cue.id as keyof typeof VALUE];
  const words = cue.regex.exec(sentence)?.[0] ?? '';
  // A lab or animal study tries something for a use nobody has approved yet: an approval
  // or a sale the text mentions is for another use (or another product).
  if (value !== 'not available' && studyType?.value === 'lab or animal')
    return {
      ...derivedFact(
        'not available' as const,
        `a lab or animal study: ${quoteOf(words, fact.source)} is said of other uses, not the one studied`,
        [fact.source, ...studyType.sources],
        'availability-other-uses',
      ),
      agency: null,
    };
  const agency = value === 'approved' ? (AGENCY.exec(sentence)?.[1] ?? null) : null;
  return {
    ...derivedFact(value, `the availability sentence says ${quoteOf(words, fact.source)}`, [fact.source], cue.id),
    agency: agency === 'Food and Drug Administration' ? 'FDA' : agency,
  };
}
