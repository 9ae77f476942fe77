// Shorter forms of a harm for the patient brief, beyond those a result has (clauses.ts
// shorterForms): a harm's sentence often gives the harm and then why, or a reason and then
// the harm, and the brief must show the harm beside the benefits (STANDARDS: equal weight)
// rather than leave it out because the whole sentence is too long or too hard.
import { capitalize } from '../wording.js';
import { wordCount } from '../../shared/count-words.js';

/** Words that name a harm or a warning: the half of a sentence that holds them is the harm. */
const HARM_WORDS =
  /\b(?:side[- ]effects?|adverse|risks?|harm\w*|damage|injur\w*|loss|fractures?|bleeding|infections?|toxic\w*|death|deaths|died|should (?:also )?not|must not|not recommended|contraindicated|worsen\w*)\b/i;

/** The sentence split at "because" (not "because of"): the clause before and the reason after; null when it has none. */
function splitAtBecause(sentence: string): { before: string; after: string } | null {
  const text = sentence.trim().replace(/\.$/, '');
  const because = /,?\s+because\s+(?!of\b)/i.exec(text);
  return because ? { before: text.slice(0, because.index), after: text.slice(because.index + because[0].length) } : null;
}

/**
 * "The drugs are complementary, because the main side effect of X is an increase in bone
 * loss" → "The main side effect of X is an increase in bone loss.": when only the reason
 * names a harm, the reason is the harm, and the brief shows it rather than the claim it
 * explains (even when the whole sentence reads plainly). Null otherwise.
 */
export function harmInReason(sentence: string): string | null {
  const parts = splitAtBecause(sentence);
  if (!parts || HARM_WORDS.test(parts.before) || !HARM_WORDS.test(parts.after) || wordCount(parts.after) < 6) return null;
  return `${capitalize(parts.after)}.`;
}

/**
 * "X should also not be used in patients with heart failure because fluid retention can
 * worsen these conditions" → "X should also not be used in patients with heart failure.":
 * a warning without its reason, when the whole is too long or too hard. Null when the
 * clause before the reason names no harm or is short.
 */
export function harmWithoutReason(sentence: string): string | null {
  const parts = splitAtBecause(sentence);
  if (!parts || !HARM_WORDS.test(parts.before) || wordCount(parts.before) < 6) return null;
  return `${parts.before}.`;
}

/**
 * "He feels an altered sense of reality for an hour or two after getting the drug." → "One
 * person in the story feels …": what one person the story follows felt, said without the
 * pronoun that named them in the sentence before (alone, "he" names no one). Only for a verb of
 * feeling or suffering, so a doctor's claim ("He says it can cause …") is never made a patient's.
 */
export function harmOfSomeone(sentence: string): string | null {
  const felt = /^(?:he|she)\s+((?:also\s+)?(?:feels|felt|experiences|experienced|notices|noticed|suffers|suffered|gets|got)\s)/i.exec(
    sentence.trim(),
  );
  return felt ? `One person in the story ${sentence.trim().slice(felt[0].length - felt[1]!.length)}` : null;
}
