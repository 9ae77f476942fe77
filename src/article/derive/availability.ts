// Can people get it: the availability sentence the extractor chose, read once for what it
// says (approved, on sale, in use, or not yet), with the regulator it names. A hedged or
// negated statement ("could be approved next year", "is not yet available") is "not
// available"; a drug doctors give "off-label" is available, though no regulator approved it
// for that use.
// Two readings guard a patient from asking for what is not there: a drug approved or sold
// only for other uses, or one a lab or animal study tried for a new use, is "not available"
// for the use the story is about (rule availability-other-uses, so the documents can say it
// is sold for something else rather than "waiting for approval"); and a sentence whose
// "available" is said of data, results or press material says nothing about the product.
import { cues, firstCue } from '../cues/cues.js';
import { NOT_THE_PRODUCT, OTHER_PRODUCTS } from '../facts/availability.js';
import type { DerivedFacts, Facts } from '../schema.js';
import { derivedFact, quoteOf } from './derived.js';

const AGENCY = /\b(FDA|EMA|MHRA|Health Canada|European Medicines Agency|Food and Drug Administration)\b/;
const VALUE = {
  'availability-off-label': 'available',
  'availability-not-yet': 'not available',
  'availability-other-uses': 'not available',
  'availability-approved-in-part': 'approved',
  'availability-approved-limited': 'approved',
  'availability-cleared': 'approved',
  'availability-approved': 'approved',
  'availability-available': 'available',
  'availability-not-covered': 'available',
  'availability-insured': 'available',
  'availability-in-use': 'available',
} as const;

/**
 * The use an approval or a sale is said of, right after its words: "approved to treat severe
 * heart failure", "commercially available for the treatment of psoriasis", "widely used in
 * Europe for depression, arthritis …" (the first use named).
 */
const NAMED_USE =
  /^\s+(?:[\w-]+\s+){0,4}?(?:for|to treat|in treating)\s+(?:the\s+(?:treatment|management)\s+of\s+)?(?:(?:adults?|patients|people|children|women|men)\s+with\s+)?([^,.;:()—–]{3,60})/i;
/** Words that name no disease: who is treated ("healthy mothers and newborns"), how, and how badly. */
const NOT_A_USE_WORD =
  /^(?:with|from|that|this|these|those|their|other|some|more|most|than|into|over|under|patients?|people|adults?|children|women|healthy|mothers?|newborns?|babies|infants?|parents?|families|what|treatment|treating|therapy|severe|mild|moderate|advanced|chronic|acute|symptoms?|disease|conditions?|disorders?|ailments?|such|uses?|past|last|next|since|years?|decades?|months?|weeks?|time|while|clinicians?|doctors?|physicians?|hospitals?|clinics?|public|consumers?|sale|general|routine|clinical|everyone|anyone)$/i;

/**
 * "has been available in Europe and Canada for several years": what follows "for" is how
 * long, not a use.
 */
const SPAN_OF_TIME =
  /^(?:(?:several|many|a few|few|some|the past|the last|more than|over|nearly|about|almost|at least|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|\d+)\s+)+(?:years?|decades?|months?|weeks?|days?|time|while)\b|^(?:years|decades|months|ages|a long time)\b/i;

const words = (text: string): Set<string> =>
  new Set(
    (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 4 && !NOT_A_USE_WORD.test(w)).map((w) => w.replace(/s$/, '')),
  );

/**
 * The use the sentence names, when it shares no word with the condition studied: "already commercially available for the treatment of psoriasis" in a trial for
 * psoriatic arthritis, "often used to treat arthritis" in a trial for diabetes.
 */
function otherUse(facts: Omit<Facts, 'derived'>, after: string): string | null {
  const use = NAMED_USE.exec(after)?.[1]?.trim();
  if (!use || SPAN_OF_TIME.test(use)) return null;
  const named = words(use);
  if (named.size === 0) return null;
  // The condition studied, else the headline. A condition read from this very sentence
  // ("available for the treatment of eczema") is the other use itself; a headline may name
  // the drug by its old use ("Gout drug may lower blood pressure").
  const condition = facts.condition && facts.condition.source.line !== facts.availability?.source.line ? facts.condition.value : null;
  const studied = words(condition ?? facts.title.value);
  return [...named].some((w) => studied.has(w)) ? null : use;
}

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
  const match = cue.regex.exec(sentence);
  const words = match?.[0] ?? '';
  // "Many of those drugs, including propranolol and topiramate, have been approved for
  // migraine": other products of a kind, not the one studied; the sentence says nothing of it.
  if (match && OTHER_PRODUCTS.test(sentence.slice(0, match.index))) return null;
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
  // A trial of something already sold or approved for another disease: on sale, but not for
  // this use. An approval story is about its own use, whatever words it names it with.
  const other =
    value !== 'not available' && cue.id !== 'availability-off-label' && studyType?.value !== 'regulatory approval' && match
      ? otherUse(facts, sentence.slice(match.index + words.length))
      : null;
  if (other)
    return {
      ...derivedFact(
        'not available' as const,
        `${quoteOf(words, fact.source)} is said of another use (“${other}”) than the one studied`,
        [fact.source],
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
