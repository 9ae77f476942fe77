// "The test correctly excluded all 31 controls and diagnosed 93 percent of cases": two
// predicates that share one subject, said as two sentences ("… controls. It diagnosed …"),
// for the patient brief's 20-word limit. compromise tags the words (which are verbs, which
// nouns are plural); the split happens only where the grammar is plain: the first half has
// a main verb of its own (not only the verb of a "who …" clause) and the second half opens
// on a verb in the past or an auxiliary. No claim moves; only the subject becomes a pronoun
// (or, a one-word name before "found that …", is said again).
import nlp from 'compromise';
import { capitalize } from '../shared/capitalize.js';
import { numberWords } from '../shared/word-lists.js';

interface Term {
  text: string;
  /** The term as written, with its punctuation and the space after it. */
  raw: string;
  tags: string[];
}

/** Words that open a relative clause: its verb is not the sentence's main verb. */
const RELATIVE = /^(?:who|whom|that|which|whose)$/i;
/** Adverbs that may stand between "and" and its verb ("and also lowered", "and then stopped"). */
const BRIDGING = /^(?:also|then|later|still|even|further|significantly)$/i;
/** Where a subject's head noun ends: a relative clause or a phrase after it ("people who …", "mice with wheels"). */
const AFTER_HEAD = /^(?:who|whom|that|which|whose|with|without|in|of|from|on|at|for|among|taking|given|receiving|treated)$/i;
/** Plural heads compromise may not tag as such. */
const PLURAL_HEADS = /^(?:people|mice|children|men|women|data|media|they|we|both|all|most|many|some|those|these)$/i;
/** A single person as the subject: the pronoun would have to guess "he" or "she". */
const ONE_PERSON = /^(?:patient|participant|man|woman|boy|girl|child|baby|doctor|he|she|I|person|volunteer|mother|father)$/i;

const CACHE = new Map<string, Term[]>();

/** The sentence's words with compromise's tags (memoised: the brief tries a sentence's forms many times). */
function termsOf(sentence: string): Term[] {
  let terms = CACHE.get(sentence);
  if (!terms) {
    const json = nlp(sentence).json() as { terms: { text: string; pre: string; post: string; tags: string[] }[] }[];
    terms = json.flatMap((s) => s.terms).map((t) => ({ text: t.text, raw: `${t.pre}${t.text}${t.post}`, tags: t.tags }));
    if (CACHE.size > 5000) CACHE.clear();
    CACHE.set(sentence, terms);
  }
  return terms;
}

const isFinite = (term: Term) =>
  term.tags.includes('Verb') &&
  (term.tags.includes('PastTense') || term.tags.includes('Auxiliary') || term.tags.includes('Copula')) &&
  !term.tags.includes('Gerund') &&
  !term.tags.includes('Participle');

/** "The discovery made at IRB …": a past form followed by a preposition is a participle describing a noun, not a main verb. */
const participle = (terms: Term[], i: number): boolean =>
  !terms[i]!.tags.includes('Auxiliary') &&
  !terms[i]!.tags.includes('Copula') &&
  /^(?:at|in|by|from|on|for|with|to|into|under|after|during)$/i.test(terms[i + 1]?.text ?? '');

/** A finite verb that may be a clause's own (not an infinitive, nor a participle describing a noun). */
const countsAsVerb = (terms: Term[], i: number): boolean =>
  isFinite(terms[i]!) && !terms[i]!.tags.includes('Infinitive') && !participle(terms, i);

/** A verb right after another (adverbs and "not" between): part of the same verb group. */
function continuesVerbGroup(terms: Term[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (terms[j]!.tags.includes('Adverb') || /^not$/i.test(terms[j]!.text))) j--;
  return j >= 0 && terms[j]!.tags.includes('Verb') && !/[,;]\s*$/.test(terms[j]!.raw);
}

/**
 * "They" or "It" for the subject (the words before the main verb); the name itself when the
 * subject is one capitalised word that is no plural and the second predicate reports what was
 * found ("Collier … and found that …" → "Collier found that …": a surname the tagger does not
 * know would become "It found"); null for one person or a subject it cannot read.
 */
function pronounFor(words: Term[], reports = false): string | null {
  let subject = words;
  // "The test correctly excluded …": the adverb before the verb is no part of the subject.
  while (subject.length > 0 && subject[subject.length - 1]!.tags.includes('Adverb')) subject = subject.slice(0, -1);
  if (subject.length === 0) return null;
  const only = reports && subject.length === 1 ? subject[0]!.text.replace(/[^\p{L}\p{N}'’-]/gu, '') : '';
  if (
    /^\p{Lu}[\p{Ll}'’-]+$/u.test(only) &&
    !subject[0]!.tags.includes('Plural') &&
    !subject[0]!.tags.includes('Pronoun') &&
    !PLURAL_HEADS.test(only)
  )
    return only;
  // "73 of every 100 people who …", "Most of the patients …": a share of a group is "they".
  if (/^(?:\d[\d,.]*%?|most|many|some|all|half|few|several|both)$/i.test(subject[0]!.text) && /^of$/i.test(subject[1]?.text ?? ''))
    return 'They';
  // The head noun ends where a phrase about it starts ("people who …", "the discovery made at …").
  const found = subject.findIndex((t, i) => i > 0 && (AFTER_HEAD.test(t.text) || t.tags.includes('Verb')));
  const end = found === -1 ? subject.length : found;
  // "Headaches and hot flashes were …": two heads make "they" (an "and" after the head is not the subject's).
  if (subject.slice(0, end).some((t) => /^(?:and|or)$/i.test(t.text))) return 'They';
  const head = subject[end - 1]!;
  const word = head.text.replace(/[^\p{L}'’-]/gu, '');
  if (ONE_PERSON.test(word) || head.tags.includes('Person')) return null;
  if (PLURAL_HEADS.test(word) || head.tags.includes('Plural')) return 'They';
  return head.tags.includes('Noun') || head.tags.includes('Gerund') ? 'It' : null;
}

/**
 * The sentence as two, at an "and" that joins two predicates of one subject; null when no
 * such "and" is found (or the first half would be under `minWords`, the second under `minSecond`).
 */
export function splitSharedSubject(sentence: string, minWords = 4, minSecond = 3): [string, string] | null {
  const terms = termsOf(sentence);
  let verbs = 0;
  let relatives = 0;
  let mainVerb = -1;
  let depth = 0;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    depth += (term.raw.match(/\(/g)?.length ?? 0) - (term.raw.match(/\)/g)?.length ?? 0);
    if (RELATIVE.test(term.text)) relatives++;
    // "people who took antibiotics recovered from appendicitis": once the "who" clause has its
    // verb, the next past form is the main verb, though a preposition follows it.
    const closesRelative = relatives > 0 && verbs >= relatives && mainVerb === -1 && isFinite(term) && !term.tags.includes('Infinitive');
    if (countsAsVerb(terms, i) || closesRelative) {
      // "were instructed", "was not able": one verb group, counted once.
      if (!continuesVerbGroup(terms, i)) verbs++;
      // The first finite verb past every relative clause opened so far is the main verb.
      if (mainVerb === -1 && verbs > relatives) mainVerb = i;
    }
    if (term.text.toLowerCase() !== 'and' || mainVerb === -1 || depth > 0) continue;
    let next = i + 1;
    while (next < terms.length && BRIDGING.test(terms[next]!.text)) next++;
    const verb = terms[next];
    // "if it is not diagnosed and treated": two verbs of one clause, not two predicates.
    if (!verb || !isFinite(verb) || terms[i - 1]!.tags.includes('Verb')) continue;
    if (i < minWords || terms.length - i - 1 < minSecond) continue;
    // "… and found that …", "… and reported …": the second predicate says what someone found.
    const reports = /^(?:found|showed|reported|noted|observed|discovered|concluded|saw|said)$/i.test(verb.text);
    const pronoun = pronounFor(terms.slice(0, mainVerb), reports);
    if (!pronoun) return null;
    const before = terms
      .slice(0, i)
      .map((t) => t.raw)
      .join('')
      .trim()
      .replace(/[,;]$/, '');
    const after = terms
      .slice(i + 1)
      .map((t) => t.raw)
      .join('')
      .trim();
    return [`${before}.`, `${pronoun} ${after}`];
  }
  return null;
}

/** Where a subject of people defined by a "who" clause ends: its main verb, the first past every relative clause; -1 when none. */
function mainVerbOf(terms: Term[]): number {
  let verbs = 0;
  let relatives = 0;
  for (let i = 0; i < terms.length; i++) {
    if (RELATIVE.test(terms[i]!.text)) relatives++;
    if (!countsAsVerb(terms, i) || continuesVerbGroup(terms, i)) continue;
    verbs++;
    if (verbs > relatives) return i;
  }
  return -1;
}

/** The nouns of a group of people (or animals) that a "who" clause defines. */
const PEOPLE = String.raw`(?:people|patients|participants|subjects|volunteers|women|men|children|adults|mice|rats)`;
/**
 * "… with obesity", "… with type 2 diabetes": what the people have, between the noun and "who"
 * (a short phrase, no clause); "… in the study" (plain-words.ts says "study participants" so).
 */
const WITH_CONDITION = String.raw`(?:\s+with\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?(?:\s+in\s+(?:the|this)\s+(?:study|trial))?`;
/** "The five people who …", "Adults with obesity who …", "Those who …": a group of people defined by a "who" clause. */
const GROUP = new RegExp(String.raw`^(?:(?:the|all)\s+)?((?:\d[\d,.]*\s+)?${PEOPLE}${WITH_CONDITION})\s+who\s+(\S[^]*?),?$`, 'i');
const THOSE = /^those\s+who\s+(\S[^]*?),?$/i;
/**
 * "7 of the 10 women who took the drug", "Most of the people who …": a share of such a group.
 * Groups: the share, the group's count (if given), its noun, its "who" clause.
 */
const SHARE = new RegExp(
  String.raw`^((?:about\s+|nearly\s+|almost\s+|only\s+|just\s+)?(?:\d[\d,.]*|${numberWords(1, 12).join('|')}|most|many|some|half|all|none|few|several|both))\s+of\s+(?:the|those)\s+(?:(\d[\d,.]*|${numberWords(2, 12).join('|')})\s+)?(${PEOPLE}${WITH_CONDITION})\s+who\s+(\S[^]*?),?$`,
  'i',
);

/** "7 of the 10 women who took the drug had …": the sentence's subject is a share of a group defined by a "who" clause. */
export function sharesOfGroup(sentence: string): boolean {
  const terms = termsOf(sentence);
  const verb = mainVerbOf(terms);
  return verb >= 3 && SHARE.test(subjectBefore(terms, verb));
}

/** The words before the main verb, as written. */
const subjectBefore = (terms: Term[], verb: number): string =>
  terms
    .slice(0, verb)
    .map((t) => t.raw)
    .join('')
    .trim();

/**
 * "The five people who got X on the first visit, and Y on the second, consumed 700 fewer
 * calories …": a group of people defined by a long "who" clause, then what they did. Said
 * as two sentences, the group first ("5 people got X on the first visit, and Y on the
 * second.") and then the result about "They" — the group, its figure and its result all
 * stay, only the subject becomes a pronoun. "The people who …" and "Those who …" with no
 * count become "Some people …". Null when the sentence is not so built, or either half
 * would be too short to stand.
 */
export function splitRelativeSubject(sentence: string, minWords = 4): [string, string] | null {
  const terms = termsOf(sentence);
  const verb = mainVerbOf(terms);
  if (verb < 3) return null;
  const subject = subjectBefore(terms, verb);
  const predicate = terms
    .slice(verb)
    .map((t) => t.raw)
    .join('')
    .trim();
  // "The people who saw the largest drop were those who took vitamin D": the predicate says
  // who they were, not what happened to them; split, it would assert the wrong thing.
  if (/^(?:was|were|is|are)\s+(?:those|the\s+ones|the\s+people|people|the\s+\w+\s+who)\b/i.test(predicate)) return null;
  // A dashed or bracketed aside in the subject ("who are on warfarin -- the most common blood
  // thinner used to prevent stroke -- had …") hides where the subject ends; "used to prevent"
  // is no main verb. Neither is split.
  if (/\s[-–—]{1,2}\s|[()]/.test(subject) || /^\w+\s+to\s/i.test(predicate)) return null;
  // "7 of the 10 women who took the drug had …": the group, then the share of it ("10 women
  // took the drug. 7 of them had …"); the share, the count and what they did all stay.
  const share = SHARE.exec(subject);
  if (share) {
    const [, part = '', count, noun = '', clause = ''] = share;
    // "None of the people who took the drug reported …", "All of the women who …": the whole
    // group, whose size the sentence does not give; "Some people took the drug. None of them
    // …" would say only some took it.
    if (!count && /^(?:all|none|both)$/i.test(part.trim())) return null;
    const first = `${count ?? 'Some'} ${count ? noun : noun.toLowerCase()} ${clause}`;
    if (first.split(/\s+/).length < minWords || predicate.split(/\s+/).length < minWords) return null;
    return [`${first.replace(/[,;]$/, '')}.`, `${capitalize(part)} of them ${predicate}`];
  }
  const group = GROUP.exec(subject);
  const those = group ? null : THOSE.exec(subject);
  if (!group && !those) return null;
  // "The 5 people" → "5 people"; "the people", "those" → "Some people" (the sentence names no count).
  const who = group ? (/^\d/.test(group[1]!) ? group[1]! : `Some ${group[1]!.toLowerCase()}`) : 'Some people';
  const first = `${who} ${group ? group[2]! : those![1]!}`;
  if (first.split(/\s+/).length < minWords || predicate.split(/\s+/).length < minWords) return null;
  return [`${first.replace(/[,;]$/, '')}.`, `They ${predicate}`];
}

/** Verbs whose past form is the verb itself. */
const SAME_IN_PAST = /^(?:put|cut|set|hit|let|spread|shut|cost|hurt|split|quit)$/i;

/**
 * The past form of a verb in its base form ("reduce" → "reduced", "put" → "put", "slow" →
 * "slowed"), by compromise; null when it cannot tell (the form is then not offered).
 */
export function pastTense(verb: string): string | null {
  const alone = nlp(verb).verbs().toPastTense().text().trim();
  const inClause = (nlp(`they ${verb} it`).verbs().toPastTense().all().text().split(/\s+/)[1] ?? '').trim();
  const past = /^[a-z]+$/i.test(alone) && alone.toLowerCase() !== verb.toLowerCase() ? alone : inClause;
  if (!/^[a-z]+$/i.test(past)) return null;
  return past.toLowerCase() !== verb.toLowerCase() || SAME_IN_PAST.test(verb) ? past.toLowerCase() : null;
}
