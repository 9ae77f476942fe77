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

/**
 * "none of the patients … reported", "no serious side effects, such as …", "did not have",
 * "without any side effects": the people or the harms are denied, so what is listed did not
 * happen. (Not "did no better and were more likely to have side effects, such as …": the
 * denial there is of the benefit.)
 */
const HARM_NOUN = String.raw`(?:side[- ]effects?|adverse|reactions?|complications?|problems?|symptoms?|harms?|events?|cases?)`;
const DENIED = new RegExp(
  [
    String.raw`\bnone\b`,
    String.raw`\bno\s+(?:one|patients?|participants?|people|subjects?|women|men|children|users|(?:[\w-]+\s+){0,2}?${HARM_NOUN})\b`,
    String.raw`\b(?:did|do|does|had|has|have)(?:\s+not|n[’']t)\s+(?:have|report|experience|develop|suffer|show|get)\b`,
    String.raw`\bwithout\s+(?:any\s+)?(?:[\w-]+\s+){0,2}?${HARM_NOUN}`,
    String.raw`\bneither\b`,
  ].join('|'),
  'i',
);
/** "should not be used in people at risk, such as …": a warning about whom, which lists who is at risk, not what was spared. */
const PROHIBITION = /\b(?:should|must|cannot|can't|may)\s+not\b|\bnot (?:be used|recommended|to be)\b/i;

/**
 * "None of the patients who took the drug reported psychiatric side effects, such as
 * abnormal dreams, insomnia, and anxiety — but 5 of the 11 women on the placebo reported
 * such symptoms." → "None of the patients … reported psychiatric side effects like abnormal
 * dreams, insomnia or anxiety. But 5 of the 11 women on the placebo reported such symptoms.":
 * examples of a harm that did NOT happen stay inside their sentence, since set out one a line
 * under "What were the harms?" they read as harms the treatment caused; and what the other arm
 * had, joined by a dash, is a sentence of its own. Only the harm's own sentence is rewritten
 * (a result's "without experiencing a, b or c" is a list of the study's outcomes, and a
 * warning's "should not be used in people at risk, such as …" lists whom). `withExamples: false`
 * leaves the examples out ("… reported psychiatric side effects. But 5 of the 11 …"), for
 * when they make the sentence too hard. Null when the examples follow no denial in their clause.
 */
export function deniedExamples(sentence: string, withExamples = true): string | null {
  const text = sentence.trim().replace(/\.$/, '');
  const lead = /,?\s+(?:such as|including)\s+/i.exec(text);
  if (!lead) return null;
  // The clause the examples close: from the last clause break before them.
  const before = text.slice(0, lead.index);
  const clause = before.split(/[;:]\s+|\s+[-–—]\s+|,\s+(?:but|while|whereas|although)\s+/i).pop() ?? before;
  if (!DENIED.test(clause) || PROHIBITION.test(clause)) return null;
  // The examples run to the end of the sentence, or to a dash or "but" that goes on to another arm.
  const rest = text.slice(lead.index + lead[0].length);
  const end = /\s+[-–—]+\s+(?=but\b)|(?<=\w)(?:--|—)(?=but\b)|;\s+|,\s+but\s+/i.exec(rest);
  const examples = end ? rest.slice(0, end.index) : rest;
  const after = end ? rest.slice(end.index + end[0].length).replace(/^but\s+/i, '') : '';
  // "a, b, and c" of things that did not happen: "a, b or c".
  const listed = examples.replace(/,?\s+and\s+(?=[^,]*$)/i, ' or ');
  if (listed.split(/,\s+|\s+or\s+/).length < 2) return null;
  const first = withExamples ? `${before} like ${listed}.` : `${before}.`;
  return after ? `${first} But ${after}.` : first;
}

/** The harm a clause names after its reason: harm words, or effects on some part of the body ("effects on blood pressure"). */
const HARM_AFTER_REASON = new RegExp(`${HARM_WORDS.source}|\\beffects?\\s+on\\b|\\b(?:allergic|autoimmune)\\b`, 'i');

/**
 * "Dr X points out that because the drug narrows blood vessels, there may be long-term
 * effects on blood pressure" → "There may be long-term effects on blood pressure.";
 * "… and that because X affects the immune system, patients may have a greater risk of
 * getting an infection" → "Patients may have a greater risk of getting an infection.": the
 * reason put first, and the harm after its comma, which alone names the harm when the whole
 * is too long or too hard (a label's second warning, an expert's concern, otherwise summed
 * up as "other serious warnings" or left out). Null when no reason comes first or the
 * reason itself names the harm.
 */
export function harmAfterReason(sentence: string): string | null {
  const reason = /\bbecause\s+(?!of\b)([^,;]{5,160}),\s+(.+?)\.?$/i.exec(sentence.trim());
  if (!reason) return null;
  const [, why = '', harm = ''] = reason;
  if (HARM_WORDS.test(why) || !HARM_AFTER_REASON.test(harm) || wordCount(harm) < 5) return null;
  return `${capitalize(harm)}.`;
}
