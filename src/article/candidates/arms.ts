// Group counts that add up to a study's size. Many reports never give the total, only
// the arms: "placebo (n = 821); abaloparatide (n = 824); or teriparatide (n = 818)",
// "109 participants received X; 94 received placebo; and 111 alternated", "20 healthy
// adults and another 20 individuals with autism", "results from 107 women who later
// developed diabetes to results from 214 women who did not". Summed, they are the
// participants. A sentence that reports results ("61 percent for the 72 patients …
// versus 11 percent among the 27 …") compares outcomes, not arms, and is left alone:
// its groups may be subgroups of a larger study.
import { findNumbers, findProportions, type NumberMatch } from '../numbers.js';

export interface ArmSum {
  value: number;
  /** The arm counts as written, in order ("n = 821", "n = 824", "n = 818"). */
  parts: NumberMatch[];
}

/** What follows an arm's count: its people noun, or the verb that says what the arm got. */
const ARM_AFTER =
  /^\s+(?:(?:[\w-]+\s+){0,3}?(?:participants|patients|people|volunteers|adults|children|subjects|individuals|men|women|males|females|infants|smokers|cases|controls)\b|(?:received|got|took|were given|were assigned|alternated|had)\b)/i;
/** What may stand between two arms: a list or a comparison, not a new clause about something else. */
const JOINED = /(?:;|,|\band\b|\bor\b|\bversus\b|\bvs\.?|\bto\b|\bwith\b|\bcompared)/i;
/** A count the sentence gives as the whole ("enrolled 300 people: 150 … and 150 …") is no arm. */
const TOTAL_BEFORE =
  /\b(?:a total of|total of|enrol(?:l)?ed|enrolling|including|included|involving|involved|of)\s+(?:(?:more than|about|nearly|some)\s+)?$/i;

/** The arms of one sentence summed, or null when it has fewer than two or reports results. */
export function armSum(text: string): ArmSum | null {
  const numbers = findNumbers(text);
  // Outcomes are given as shares; arms are not.
  if (numbers.some((n) => n.unit === 'percent')) return null;
  const parts = new Set(
    findProportions(text)
      .filter((p) => p.part !== null)
      .map((p) => p.index),
  );
  /** Counts after an enrolment verb ("involved 27 people with X, 25 …"): the whole, or the first of a list. */
  const afterEnrolment = new Set<NumberMatch>();
  const listed = numbers.filter((n) => {
    if (n.unit !== 'count' || !Number.isInteger(n.value) || n.value < 2 || parts.has(n.index)) return false;
    if (/^n\s*=/i.test(n.raw)) return true;
    const before = text.slice(Math.max(0, n.index - 40), n.index);
    // "For every 1,000 people screened, four …": the base of a rate, not a group.
    if (RATE_BASE_BEFORE.test(before)) return false;
    // "most of the 67 patients", "each of the 25 patients": the whole a share is taken from.
    if (WHOLE_OF_SHARE_BEFORE.test(before)) return false;
    const after = text.slice(n.index + n.raw.length, n.index + n.raw.length + 80);
    // "41 of the patients had …": a part of a whole the story gives elsewhere, not an arm.
    if (PART_OF_WHOLE_AFTER.test(after)) return false;
    // "The 1,425 patients in the study were treated …": everyone the study had, not a group of them.
    if (WHOLE_OF_STUDY_AFTER.test(after)) return false;
    if (!ARM_AFTER.test(after)) return false;
    // "tested 60 samples, including 12 from people with X, 17 …, and 31 controls": after a
    // count already given, "including" opens the list of its parts, the first arm among them.
    const listsParts = /\bincluding\s+$/i.test(before) && numbers.some((m) => m.unit === 'count' && m.index < n.index - 12);
    if (TOTAL_BEFORE.test(before) && !listsParts) afterEnrolment.add(n);
    return true;
  });
  // "enrolled 300 people: 150 … and 150 …" gives the whole, then its parts; "involved 27
  // people with severe X, 25 people with milder X, and 28 healthy people" gives the first
  // group, then the others. A count after an enrolment verb is the whole only when the
  // groups after it do not outnumber it.
  const arms = listed.filter((n) => {
    if (!afterEnrolment.has(n)) return true;
    const rest = listed.filter((m) => m.index > n.index && !afterEnrolment.has(m)).reduce((sum, m) => sum + m.value, 0);
    return rest > n.value;
  });
  if (arms.length < 2) return null;
  // Arms are listed together; counts in unrelated clauses are not summed.
  for (let i = 1; i < arms.length; i++) {
    const between = text.slice(arms[i - 1]!.index + arms[i - 1]!.raw.length, arms[i]!.index);
    if (!JOINED.test(between)) return null;
  }
  return withoutTotal(arms);
}

/** "For every 1,000", "per 100", "out of every 10": what follows is a rate, its base no group. */
const RATE_BASE_BEFORE = /\b(?:(?:for|in|out of|of)\s+every|per)\s+$/i;
/** "most of the 67 patients", "each of the 25 patients": the count is the whole a share is taken from. */
const WHOLE_OF_SHARE_BEFORE = /\b(?:most|all|some|many|half|each|none|one|both|either|any|several)\s+of\s+(?:the|these|those)\s+$/i;
/** "The 1,425 patients in the study were …": the study's people, all of them. */
const WHOLE_OF_STUDY_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:in|of|enrolled in)\s+(?:the|this)\s+(?:[\w-]+\s+)?(?:study|trial|analysis|cohort)\b(?!['’]|\s+(?:who|that|whose)\b)/i;
/** "41 of the patients", "12 of those women": a share of people counted elsewhere. */
const PART_OF_WHOLE_AFTER = /^\s+of\s+(?:the|these|those|them|all)\b/i;

/**
 * "251 women were assigned to vitamin C (125 women) or a placebo (126 women)": a count that
 * is the sum of all the others is their total, told before (or after) its arms; adding it in
 * would count everyone twice. The arms alone are the sum.
 */
function withoutTotal(arms: NumberMatch[]): ArmSum | null {
  const sum = arms.reduce((total, n) => total + n.value, 0);
  // Two equal arms ("20 adults and another 20 …") are two arms, not a total and its part.
  const total = arms.length > 2 ? arms.find((n) => n.value * 2 === sum) : undefined;
  if (!total) return { value: sum, parts: arms };
  return { value: total.value, parts: arms.filter((n) => n !== total) };
}

/**
 * "7 of the 10 women who took the drug …" and, a paragraph on, "Among the 11 women who took
 * the placebo, …": a trial's two arms counted in two sentences, each as the people who took
 * one thing. The story never gives the total; the arms summed are it (10 + 11), and each
 * arm's own count is a part of the study, not its size.
 */
const ARM_WHO =
  /\bthe\s+(\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+){0,2}?(?:participants|patients|people|volunteers|adults|children|subjects|individuals|men|women|infants)\s+(?:who|that)\s+(?:took|received|got|were given|used|had)\s+(?:the\s+|a\s+)?([\w-]+)/gi;
const CONTROL_ARM = /^(?:placebo|dummy|sham|control|usual|standard|inactive|fake|saltwater|sugar)/i;

export interface ArmInSentence {
  /** The sentence's index in the article body. */
  sentence: number;
  number: NumberMatch;
  control: boolean;
}

/** The arms the article counts one per sentence; the sum when exactly one treatment and one control arm are counted. */
export function armsAcrossSentences(sentences: ReadonlyArray<{ text: string; index: number }>): {
  value: number;
  arms: ArmInSentence[];
} | null {
  const found: ArmInSentence[] = [];
  for (const sentence of sentences) {
    const numbers = findNumbers(sentence.text).filter((n) => n.unit === 'count' && Number.isInteger(n.value) && n.value >= 2);
    for (const match of sentence.text.matchAll(ARM_WHO)) {
      const number = numbers.find((n) => n.index >= match.index && n.index < match.index + match[0].length);
      if (number) found.push({ sentence: sentence.index, number, control: CONTROL_ARM.test(match[2]!) });
    }
  }
  const treated = found.filter((arm) => !arm.control);
  const controls = found.filter((arm) => arm.control);
  const values = (arms: ArmInSentence[]) => new Set(arms.map((arm) => arm.number.value));
  if (values(treated).size !== 1 || values(controls).size !== 1) return null;
  return { value: treated[0]!.number.value + controls[0]!.number.value, arms: [treated[0]!, controls[0]!] };
}
