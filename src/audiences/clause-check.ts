// Whether a piece cut from a sentence is still a whole clause: it has a verb of its own and
// does not stop short (an open quotation or bracket, a last word that needs more after it).
// The press lede uses it on the shortened forms of a result.
import nlp from 'compromise';

/**
 * A piece that is no whole sentence, as a split can leave one: a quotation or bracket
 * opened and never closed ("In “Oral X Improves Y at 3 Months", cut at the colon of a
 * quoted title), or an end on a word that needs more after it ("… between three and",
 * "… the rate of"). It cannot lead or stand in the box.
 */
export function brokenPiece(piece: string): boolean {
  const count = (re: RegExp) => (piece.match(re) ?? []).length;
  const unclosed = count(/“/g) !== count(/”/g) || count(/\(/g) !== count(/\)/g) || count(/"/g) % 2 === 1;
  return unclosed || DANGLING_END.test(piece.trim());
}
/** Words a sentence cannot end on: a conjunction, a preposition, an article. */
const DANGLING_END = /\b(?:and|or|but|nor|between|of|to|from|with|than|the|a|an|in|on|at|by|for|as|whose|who|which|that)[.,;:]?$/i;

/** Words that open a clause inside a sentence: the verb after one belongs to that clause. */
const CLAUSE_OPENERS = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'that',
  'when',
  'where',
  'as',
  'than',
  'if',
  'because',
  'while',
  'whereas',
  'although',
  'though',
  'after',
  'before',
  'until',
  'since',
]);

/**
 * Whether a shortened form of a result says something on its own: it has a verb of its own
 * that no "who", "when", "as measured" … opens, and does not open on that verb. A form cut
 * at its front after a verb without "that" is the verb's object, no clause ("[The
 * researchers found] similar results among women who lost …", "[… reported] significantly
 * greater improvements … than those who received …", "[… they say] is the first blood test
 * …"); one cut at its end may keep only the subject ("Jane Smith, who wasn't involved in
 * the research[, said …]"). Dashed asides are left out first: a noun in one is often read
 * as a verb ("activity monitors"). compromise tags the words.
 */
export function hasOwnVerb(form: string): boolean {
  const bare = form.replace(/\s(?:--|[—–])\s.*?\s(?:--|[—–])\s/g, ' ');
  const terms = (nlp(bare).json() as Array<{ terms: Array<{ normal: string; tags: string[]; post: string }> }>).flatMap((s) => s.terms);
  let opened = false;
  let inVerb = false;
  for (const [i, term] of terms.entries()) {
    const tags = new Set(term.tags);
    // Any verb closes the clause a "who" opened ("whose parents read to them"); only a
    // finite one ("had", "may reduce", "were") can be the form's own.
    const verb = tags.has('Verb') && !tags.has('Gerund');
    const finite =
      verb &&
      !tags.has('Infinitive') &&
      (tags.has('PastTense') || tags.has('PresentTense') || tags.has('Modal') || tags.has('Copula') || tags.has('Auxiliary'));
    // A bare verb neither opened nor closing a clause is likely a noun ("multivitamin use was …").
    if (finite || (verb && (inVerb || opened))) {
      if (i === 0 && finite) return false;
      if (!inVerb && !opened) return true;
      if (!inVerb) opened = false;
      inVerb = true;
    } else {
      // "were scanned and rescanned": a verb joined to the one before is part of its group.
      const joined = inVerb && (term.normal === 'and' || term.normal === 'or');
      if (!tags.has('Adverb') && !tags.has('Negative') && !joined) inVerb = false;
      // "as the first treatment", "than placebo": prepositions; "as measured by" opens a clause.
      const next = terms[i + 1]?.tags ?? [];
      if (CLAUSE_OPENERS.has(term.normal) && (!/^(?:as|than)$/.test(term.normal) || next.includes('Verb'))) opened = true;
    }
  }
  return false;
}
