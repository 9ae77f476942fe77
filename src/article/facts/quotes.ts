// Quotes with who said them: the quoted words exactly as printed, and the speaker's
// name, role and affiliation from the attribution ("said X, director of Y", "X said",
// "according to X"), resolving "Dr. Thomas" and "he" to the person named earlier.
import nlp from 'compromise';
import { cueById } from '../cues/cues.js';
import { escapeRegExp } from '../../shared/escape-regexp.js';
import type { Quote } from '../schema.js';
import type { Sentence } from '../sentences.js';
import { refOf, type ArticleText } from './context.js';
import { capitalize } from '../../shared/capitalize.js';
import { MONTH_PATTERN } from '../../shared/word-lists.js';

interface Person {
  name: string;
  surname: string;
  role: string | null;
  affiliation: string | null;
}

// The word lists are data (cues/quotes.yaml); the patterns that read an attribution are
// composed from them here.
const cue = (id: string): RegExp => cueById('quotes', id).regex;
/** Speech verbs: "said", "told", "according to" (word boundaries included). */
const SAY = cue('quote-speech-verb').source;
/** Credentials after a name (", M.D."), a leading comma included; case-sensitive. */
const CREDENTIAL = cue('quote-credential').source;
const ABBREVIATION_END = /\b(M\.D|Ph\.D|M\.P\.H|M\.S|Dr|St|Jr|Sr|Inc|Mr|Mrs|Ms|Prof|U\.S|[A-Z])$/;
const ORGANISATION_SPEAKS = cue('quote-organisation-speaks');
const SAYS = new RegExp(String.raw`\b${SAY}\b`, 'i');
const SAY_ANY = new RegExp(SAY, 'i');
const ACCORDING_TO = /according to ([^,“”"]+(?:,[^,“”"]+)?)/i;
const SAY_ALL = new RegExp(SAY, 'gi');
/** A speech verb straight after a quote: "…," he said / "…," said X. */
const SAY_NEXT = new RegExp(String.raw`^[\s,.:;—–-]*(?:(?:he|she|they|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+)?${SAY}`);
/** "prominent cardiologist Arthur J. Moss", "Dr. X": an attribution that opens on a name. */
const NAME_FIRST = /^(?:[a-z-]+\s+){0,3}(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z’'-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z’'-]+))+/;
/** A capitalised name that ends the text and stands as its own element: "…, Bilstein", "Dr. X". */
const NAME_AT_END = new RegExp(
  String.raw`(?:^|,\s+|\b(?:and|but|so|while)\s+)((?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]+|de|van|von|da|del))*)(?:${CREDENTIAL})*,?$`,
);
/** "the authors", "the study's researchers": a group that speaks as one. */
const GROUP_AT_END = /(?:^|,\s+|\b(?:and|but|so)\s+)((?:the\s+)?(?:study(?:[’']s)?\s+)?(?:authors|researchers|scientists|investigators))$/i;
const SAY_AFTER_NAME = new RegExp(String.raw`^\s+${SAY}\b`, 'i');
const SAY_BEFORE_NAME = new RegExp(String.raw`\b${SAY}\s+$`, 'i');
const CREDENTIAL_AT_START = new RegExp(`^${CREDENTIAL}`);
const CREDENTIAL_AT_END = new RegExp(`${CREDENTIAL}$`);

export function extractQuotes(article: ArticleText): Quote[] {
  const people = new Map<string, Person>();
  const quotes: Quote[] = [];
  /** The person "he" or "she" refers to: the last one quoted, or named first in a sentence since. */
  let lastSpeaker: Person | null = null;
  let lastOrganisation: string | null = null;
  /** "The researchers wrote …": the group a later "they" refers to. */
  let lastGroup: string | null = null;
  let previousInBlock = null as { blockIndex: number; speaker: Person | null } | null;
  /** "Lead researcher X said:" or "He said that …": the one whose quote comes next, in this paragraph or the next. */
  let announced = null as { blockIndex: number; person: Person } | null;

  for (const sentence of article.body) {
    const introduced = peopleIntroducedIn(sentence.text);
    for (const person of introduced) remember(people, person);
    const spans = quoteSpans(sentence);
    const narrative = sentence.text.replace(/[“"][^”"]*[”"]?/g, ' ');
    // "AstraZeneca pointed out …": an organisation speaking, for a later "it added".
    const organisation = ORGANISATION_SPEAKS.exec(narrative);
    if (organisation && !people.has(organisation[1]!.split(/\s+/).at(-1)!.toLowerCase())) lastOrganisation = organisation[1]!;
    let kept = 0;
    for (const span of spans) {
      const words = span.text.split(/\s+/).length;
      const attribution = attributionFor(sentence.text, span);
      // Scare quotes and names are not statements; a short quote is one when it opens the
      // sentence or its speech verb follows it ("It's purely inertia," he said).
      const wholeSentence = span.start === 0 && span.end >= sentence.text.length - 1;
      const continuing = wholeSentence && previousInBlock?.blockIndex === sentence.blockIndex;
      if (
        words < 5 &&
        !(words >= 3 && ((attribution !== null && (span.start === 0 || SAY_NEXT.test(sentence.text.slice(span.end)))) || continuing))
      )
        continue;
      // "a CDC study, “Disparity in Naloxone Administration …,” published in …": a title.
      if (isTitle(span.text)) continue;
      kept++;
      let speaker: Person | null = attribution ? resolve(people, attribution, lastSpeaker, lastOrganisation, lastGroup) : null;
      // "…,” he said. as the article's first words (a page cut above its lede): "he" is the
      // person the next paragraph names as speaking.
      if (!speaker && attribution && !lastSpeaker && cue('quote-pronoun').test(attribution.trim()))
        speaker = speakerAhead(article, sentence);
      // "Page has high hopes for the results, calling them “…”": the person the sentence names before the quote.
      if (!speaker) speaker = mentionedIn(sentence.text.slice(0, span.start), people)[0] ?? null;
      // "She hopes to inspire others: “…”": a sentence whose subject is "he" or "she".
      if (!speaker && PRONOUN_SUBJECT.test(narrative.trim())) speaker = lastSpeaker;
      // A quote that goes on after its attribution belongs to the same speaker.
      if (!speaker && previousInBlock?.blockIndex === sentence.blockIndex) speaker = previousInBlock.speaker;
      // A paragraph that opens with a quotation straight after a quoted paragraph goes on
      // with the same speaker (the news convention for quotes over several paragraphs).
      if (!speaker && previousInBlock?.blockIndex === sentence.blockIndex - 1 && /^[“"]/.test(sentence.block.text.trim()))
        speaker = previousInBlock.speaker;
      // A paragraph that is one quotation, one plain paragraph after the last quote that
      // names nobody: the writer's aside in between does not change who is speaking.
      if (
        !speaker &&
        previousInBlock?.blockIndex === sentence.blockIndex - 2 &&
        wholeSentence &&
        sentence.block.text.trim().length <= span.text.length + 4 &&
        !namesAnyone(article, sentence.blockIndex - 1, people)
      )
        speaker = previousInBlock.speaker;
      if (!speaker && announced && announced.blockIndex >= sentence.blockIndex - 1) speaker = announced.person;
      if (!speaker && sentence.block.kind === 'paragraph') speaker = nearbySpeaker(article, sentence, people);
      // "the authors write": the study's authors are the lead author "and colleagues" when the text names them so.
      if (speaker && isGroup(speaker)) speaker = leadAuthor(article, people) ?? speaker;
      if (speaker && !isGroup(speaker)) lastSpeaker = speaker;
      previousInBlock = { blockIndex: sentence.blockIndex, speaker };
      quotes.push({
        text: span.text,
        speaker: speaker?.name ?? null,
        role: speaker?.role ?? null,
        affiliation: speaker?.affiliation ?? null,
        source: refOf(sentence),
        origin: 'extracted',
      });
    }
    const group = GROUP_MENTION.exec(narrative);
    if (group) lastGroup = group[1]!;
    if (kept > 0) continue;
    // "Torres is picking up her toddler …": a sentence's first named person is who "she" is next.
    const subject = mentionedIn(narrative, people)[0] ?? null;
    const pronoun = PRONOUN_SUBJECT.test(narrative.trim());
    if (subject && !pronoun) lastSpeaker = subject;
    // Reported speech or a colon at the end announces the next quote's speaker.
    const speaking = subject && !pronoun ? subject : SAYS.test(narrative) ? lastSpeaker : null;
    if (speaking && (SAYS.test(narrative) || /:\s*$/.test(sentence.text)))
      announced = { blockIndex: sentence.blockIndex, person: speaking };
  }
  // Words nobody can be named for are not offered as a quote: a press digest must
  // attribute every quote exactly.
  return withFullNames(
    dropRepeats(quotes).filter((quote) => quote.speaker !== null),
    article,
  );
}

/**
 * "says Rodriguez" where the text names "Joe Rodriguez" elsewhere (a caption, a later
 * paragraph): the speaker by the full name, a given name the lexicon knows before the
 * surname, when the text names one such person only.
 */
function withFullNames(quotes: Quote[], article: ArticleText): Quote[] {
  const full = new Map<string, string | null>();
  const fullName = (surname: string): string | null => {
    if (!full.has(surname)) {
      const pattern = new RegExp(String.raw`\b([A-Z][a-z’'-]+(?:\s+[A-Z]\.)?)\s+${escapeRegExp(surname)}(?![\w-])`, 'g');
      // Two people of one surname ("Jane Smith", "Tom Smith"): no way to tell which spoke.
      const names = new Set(
        article.body
          .flatMap((sentence) => [...sentence.text.matchAll(pattern)])
          .filter((match) => isGivenName(match[1]!.split(/\s+/)[0]!))
          .map((match) => `${match[1]} ${surname}`),
      );
      full.set(surname, names.size === 1 ? [...names][0]! : null);
    }
    return full.get(surname)!;
  };
  return quotes.map((quote) =>
    quote.speaker && /^[A-Z][a-z’'-]+$/.test(quote.speaker) ? { ...quote, speaker: fullName(quote.speaker) ?? quote.speaker } : quote,
  );
}

/** A group speaking as one, named in a sentence: "The researchers wrote …". */
const GROUP_MENTION = /\b((?:the\s+)?(?:study(?:[’']s)?\s+)?(?:authors|researchers|scientists|investigators))\b/i;

const isGroup = (person: Person) => GROUP_AT_END.test(person.name) && !/[A-Z]/.test(person.name.replace(/^The\b/, ''));

/**
 * A quotation that is a title, not speech: most of its words capitalised, no full stop
 * ("Disparity in Naloxone Administration by Emergency Medical Service Providers").
 */
function isTitle(text: string): boolean {
  const words = text.replace(/[.,;:]$/, '').split(/\s+/);
  const long = words.filter((w) => w.length > 3);
  if (words.length < 4 || /[.!?]$/.test(text) || long.length < 3) return false;
  return long.filter((w) => /^[A-Z]/.test(w)).length / long.length >= 0.8 && /^[A-Z]/.test(words[0]!);
}

/** Whether a block names a known person or a new one. */
function namesAnyone(article: ArticleText, blockIndex: number, people: Map<string, Person>): boolean {
  return article.body
    .filter((s) => s.blockIndex === blockIndex)
    .some((s) => mentionedIn(s.text, people).length > 0 || peopleIntroducedIn(s.text).length > 0);
}

/** "Paul D. Miller, M.D., of X, and colleagues": the one author the text names for the study's authors. */
function leadAuthor(article: ArticleText, people: Map<string, Person>): Person | null {
  const leads = new Map<string, Person>();
  for (const sentence of article.body) {
    for (const found of sentence.text.matchAll(/\band colleagues\b/g)) {
      const before = sentence.text.slice(Math.max(0, found.index - 160), found.index);
      const person = mentionedIn(before, people).at(-1);
      if (person) leads.set(person.surname, person);
    }
  }
  if (leads.size !== 1) return null;
  const [person] = [...leads.values()];
  return { ...person!, role: 'lead author, for the study’s authors' };
}

/** The person the next paragraph or two names as speaking ("Dr. Bauman said …"). */
function speakerAhead(article: ArticleText, sentence: Sentence): Person | null {
  for (const next of article.body) {
    if (next.blockIndex <= sentence.blockIndex) continue;
    if (next.blockIndex > sentence.blockIndex + 2) break;
    const person = peopleIntroducedIn(next.text)[0];
    if (person && SAYS.test(next.text)) return person;
  }
  return null;
}

/** A sentence whose subject is "he" or "she": "But he added …", "She hopes …". */
const PRONOUN_SUBJECT = /^(?:\W*(?:but|and|so|then|still)\s+)?(?:he|she)\s/i;

/** Known people named in a text, in the order they appear (by surname, capitalised). */
function mentionedIn(text: string, people: Map<string, Person>): Person[] {
  const found: { at: number; person: Person }[] = [];
  for (const person of people.values()) {
    const at = text.search(new RegExp(String.raw`(?<![\w-])${escapeRegExp(person.surname)}(?![\w-])`));
    if (at !== -1) found.push({ at, person });
  }
  return found.sort((x, y) => x.at - y.at).map((f) => f.person);
}

interface Span {
  text: string;
  start: number;
  end: number;
}

/**
 * Text between quotation marks, without the marks or a trailing comma. Closing marks may
 * be of the other style (“…"), and a quotation the sentence does not close runs on to its
 * closing mark later in the paragraph, or to the paragraph's end (the news convention for
 * a quote over several sentences).
 */
function quoteSpans(sentence: Sentence): Span[] {
  const text = sentence.text;
  const spans: Span[] = [];
  for (const match of text.matchAll(/[“"]([^”"]+)([”"]?)/g)) {
    let inner = match[1]!;
    if (!match[2] && match.index! + match[0].length >= text.length) {
      const rest = sentence.block.text.slice(sentence.start + match.index! + 1);
      const close = rest.search(/[”"]/);
      inner = close === -1 ? rest : rest.slice(0, close);
    }
    const cleaned = inner
      .trim()
      .replace(/^(\.\.\.|…)\s*/, '')
      .replace(/,$/, '')
      .trim();
    if (cleaned) spans.push({ text: cleaned, start: match.index!, end: match.index! + match[0].length });
  }
  return spans;
}

/** The words that say who spoke, next to the quote in the same sentence. */
function attributionFor(text: string, span: Span): string | null {
  // Attributions sit next to their quote: read short windows, so long texts stay fast.
  const after = cutAtSentenceEnd(text.slice(span.end, span.end + 400).replace(/^[\s,.:;—–-]+/, ''));
  const verb = SAY_ANY.exec(after);
  if (verb) {
    const pre = after.slice(0, verb.index).trim();
    const post = after.slice(verb.index + verb[0].length).trim();
    // "…," said X / "…," X said / "…" on the estrogen patch, said X
    if (pre === '') return post || null;
    const subject = subjectAtEnd(pre);
    if (subject) return subject;
    if (NAME_FIRST.test(post)) return post;
    return pre;
  }
  // Before the quote: "X said:", "X, who led the study, said the drug works: “…”",
  // "Antioxidants help, he said: “…”". The subject of the nearest speech verb that has one.
  const window = text.slice(Math.max(0, span.start - 300), span.start);
  const before = window.slice(window.search(/[”"][^”"]*$/) + 1);
  const verbs = [...before.matchAll(SAY_ALL)];
  let fallback: string | null = null;
  for (const found of verbs.reverse()) {
    // The verb's own clause: from the last full stop, colon or ", but" before it.
    const clause = before
      .slice(0, found.index)
      .replace(/^[\s\S]*(?<!\b(?:[A-Z]|Dr|Mr|Mrs|Ms|Prof|St))[.;:]\s+(?=[A-Z])/, '')
      .replace(/^[\s\S]*,\s+(?:but|and|while|whereas)\s+(?=[a-z]+\s+of\s+the\b|[A-Z])/, '');
    const subject = subjectAtEnd(clause.trim());
    if (subject) return subject;
    const post = before
      .slice(found.index! + found[0].length)
      .replace(/(?:\s+that)?[\s:,]*$/, '')
      .trim();
    if (post && NAME_FIRST.test(post) && post.length < 160) return post;
    // "But he added that …, saying: “…”": an earlier verb may have the subject.
    // "one of the researchers, Michael J. Eck, MD, also of X, says he's optimistic …": a full name in the clause.
    if (/\b[A-Z][a-z’'-]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z’'-]+/.test(clause) && clause.length < 240) return clause.trim().replace(/,$/, '');
    if (fallback === null && /[A-Z]/.test(clause) && clause.length < 240) fallback = clause.trim().replace(/,$/, '');
  }
  if (fallback) return fallback;
  // "according to X", outside the quoted words themselves.
  const accordingTo =
    ACCORDING_TO.exec(text.slice(Math.max(0, span.start - 300), span.start)) ?? ACCORDING_TO.exec(text.slice(span.end, span.end + 300));
  return accordingTo ? accordingTo[1]! : null;
}

/** The speaker standing right before a speech verb: "…, Bilstein" / "…, he" / "the authors". */
function subjectAtEnd(text: string): string | null {
  const pronoun = /\b(?:he|she|they)$/i.exec(text);
  if (pronoun) return pronoun[0];
  const group = GROUP_AT_END.exec(text);
  if (group) return group[1]!;
  const name = NAME_AT_END.exec(text);
  if (!name) return null;
  const words = name[1]!.split(/\s+/);
  if (words.every((w) => LEADING.test(w) || TITLE_WORD.test(w)) || ORGANISATION.test(name[1]!)) return null;
  return name[1]!;
}

function cutAtSentenceEnd(text: string): string {
  const quoteStart = text.search(/[“"]/);
  let clipped = quoteStart === -1 ? text : text.slice(0, quoteStart);
  const ends = [...clipped.matchAll(/\.(\s+|$)/g)];
  for (const end of ends) {
    const upto = clipped.slice(0, end.index!);
    if (!ABBREVIATION_END.test(upto)) {
      clipped = upto;
      break;
    }
  }
  clipped = clipped.trim();
  // Keep the full stop of a closing credential ("Anthony S. Fauci, M.D.").
  return CREDENTIAL_AT_END.test(clipped) ? clipped.replace(/[,;]$/, '') : clipped.replace(/[.,;]$/, '');
}

/** Words that make a capitalised run an organisation or place, not a person. */
const ORGANISATION = cue('quote-organisation-word');
/** Job titles that stand before a name ("NIAID Director Anthony S. Fauci"). */
const TITLE_WORD = cue('quote-title-word');
/** Ordinary capitalised sentence openers that can precede a name. */
const LEADING = cue('quote-leading-word');
const PERSON_NAME = new RegExp(
  String.raw`(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+)?[A-Z][a-zA-Z'’-]+(?:\s+(?:(?:[A-Z]\.)+|[A-Z][a-zA-Z'’-]+|de|van|von|da|del|bin|al-[A-Z][a-z]+)){1,4}`,
  'g',
);
const ROLE_AFTER = cue('quote-role-after');
/** "Dianne Fraser, 56, an accountant from Boston": an age after a name. */
const AGE_AFTER = cue('quote-age-after');
/** "who underwent surgery at Rush": what happened to the speaker, at a place they do not speak for. */
const EXPERIENCE = cue('quote-role-experience');
/** "Lead researcher Mette Kalager": a job named in lower case before a name. */
const ROLE_BEFORE = cue('quote-role-before');
const personCache = new Map<string, boolean>();

/**
 * "Dr. Nihal Thomas, Professor of X at Y, ..." → a Person, from any sentence. Names are
 * capitalised runs with a cue that a person is meant: a title ("Dr."), a credential
 * ("M.D."), a job title before the name or a job described after it, or a speech verb.
 */
function peopleIntroducedIn(text: string): Person[] {
  const found: Person[] = [];
  for (const match of text.matchAll(PERSON_NAME)) {
    let words = match[0].split(/\s+/);
    let offset = match.index!;
    // Drop sentence openers and job titles in front: "According", "NIAID Director".
    let lastTitle = -1;
    words.forEach((word, i) => {
      if (TITLE_WORD.test(word) || (i < words.length - 2 && /^[A-Z]{2,}[\w’'-]*$/.test(word))) lastTitle = i;
    });
    let cut = lastTitle + 1;
    while (cut < words.length && LEADING.test(words[cut]!)) cut++;
    const titled = lastTitle >= 0;
    if (cut > 0) {
      offset += words.slice(0, cut).join(' ').length + 1;
      words = words.slice(cut);
    }
    if (withoutRunIn(words.join(' ')) !== words.join(' ')) {
      offset += words[0]!.length + 1;
      words = words.slice(1);
    }
    const named = words.filter((w) => /^[A-Z][a-z’'-]/.test(w) && !/^(Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?$/.test(w));
    if (named.length < 2 && !(named.length === 1 && words.some((w) => /^[A-Z]\.$/.test(w)))) continue;
    const name = words.join(' ').replace(/[’']s$/, '');
    if (ORGANISATION.test(name)) continue;
    const before = text.slice(Math.max(0, offset - 40), offset);
    const rest = text.slice(offset + name.length, offset + name.length + 300);
    const cue =
      /^(Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\b/.test(name) ||
      titled ||
      CREDENTIAL_AT_START.test(rest) ||
      // ", who …" alone follows places too ("University of California, San Diego, who …").
      (ROLE_AFTER.test(rest) && !(/^,\s+who\b/.test(rest) && looksLikePlace(name))) ||
      AGE_AFTER.test(rest) ||
      ROLE_BEFORE.test(before) ||
      SAY_AFTER_NAME.test(rest) ||
      SAY_BEFORE_NAME.test(before) ||
      // "conducted by Jianghong Liu, Jennifer Pinto-Martin and Alexandra Hanlon": the next name of a list of people.
      (found.length > 0 && /(?:,|\band)\s+$/.test(before) && listGoesOn(text, found.at(-1)!, offset)) ||
      (/\b(?:led by|by|with|to)\s+$/i.test(before) && looksLikePerson(name));
    if (!cue) continue;
    const appositive = appositiveOf(rest);
    // "Head of the Centre for Obesity Research at University College London, Professor X, said":
    // the description may also come before the name.
    const leading = /(?:^|[.;]\s+|,\s+)([A-Z][^,.;“"]{3,160}?\s(?:at|of)\s[^,.;“"]{3,160}),\s+$/.exec(
      text.slice(Math.max(0, match.index! - 240), match.index!),
    );
    const described = appositive
      ? describe(appositive)
      : /^\s+(?:of|at|from)\s+(?:the\s+)?[A-Z]/.test(rest)
        ? describe(rest.trim().split(/\s+(?=[a-z]{3,}\b(?<!\b(?:of|and|the|for|at)\b))/)[0]!)
        : leading && !/\b(?:said|says|according)\b/i.test(leading[1]!)
          ? describe(leading[1]!)
          : { role: null, affiliation: null };
    found.push({ name, surname: surnameOf(name), ...described });
  }
  // "Paul, 36, who lives in …": a first name and an age, the way news names a patient.
  for (const match of text.matchAll(FIRST_NAME_AGE)) {
    const name = match[1]!;
    if (LEADING.test(name) || TITLE_WORD.test(name) || found.some((p) => p.surname === name) || !looksLikePerson(name)) continue;
    found.push({ name, surname: name, role: null, affiliation: null });
  }
  // "Mr. Paduda", "Dr. Bauman": an honorific and a surname alone name a person too.
  for (const match of text.matchAll(HONORIFIC_SURNAME)) {
    if (found.some((p) => p.surname === match[2])) continue;
    found.push({ name: `${match[1]} ${match[2]}`, surname: match[2]!, role: null, affiliation: null });
  }
  return found;
}

/** Between the last person found and a name only a list's comma or "and" stands: the list goes on. */
function listGoesOn(text: string, last: Person, offset: number): boolean {
  const at = text.lastIndexOf(last.name, offset);
  return at !== -1 && /^(?:,\s+(?:and\s+)?|\s+and\s+)$/.test(text.slice(at + last.name.length, offset));
}

/** A capitalised word, not the end of a longer name, then an age set off by commas. */
const FIRST_NAME_AGE = /(?<!\b[A-Z][\w.’'-]*\s)\b([A-Z][a-z]{2,}),\s+\d{1,3},\s/g;

const HONORIFIC_SURNAME = /\b((?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?)\s+([A-Z][a-zA-Z'’-]+)\b(?![\s.]+[A-Z])/g;

const LEADING_CREDENTIALS = new RegExp(String.raw`^${CREDENTIAL}*`);
const PLACE = /^[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}$/;

/**
 * The description set off by commas after a name: "Professor of X at Y, Vellore" out of
 * ", Professor of X at Y, Vellore, the results are …". A short capitalised piece after the
 * first (a town, a state) belongs to it; a clause or a speech verb ends it.
 */
function appositiveOf(rest: string): string | null {
  const afterCredentials = rest.replace(LEADING_CREDENTIALS, '');
  if (!/^,\s+\S/.test(afterCredentials)) return null;
  const clause = upToSentenceEnd(afterCredentials.replace(/^,\s+/, ''));
  // "Dianne Fraser, 56, an accountant from Boston": an age is no description; what follows it is.
  const [first, ...others] = clause.replace(/^\d{1,3},\s+(?=\D)/, '').split(/,\s+/);
  if (/^\d+$/.test(first!.trim())) return null;
  if (new RegExp(String.raw`^${SAY}\b`, 'i').test(first!)) return null;
  // "Jianghong Liu, Jennifer Pinto-Martin and Alexandra Hanlon of …": more names, not a description.
  const nextName = /^((?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+)(?=\s+and\s|,|$)/.exec(first!.trim());
  if (nextName && looksLikePerson(nextName[1]!)) return null;
  const sayFirst = new RegExp(String.raw`^(.*?)\s+${SAY}\b`, 'i').exec(first!);
  if (sayFirst) return sayFirst[1]!.trim() || null;
  const parts = [first!.trim()];
  for (const part of others) {
    if (!PLACE.test(part.trim()) || SAY_AFTER_NAME.test(` ${part}`)) break;
    parts.push(part.trim());
  }
  return parts[0] ? parts.join(', ') : null;
}

/**
 * The text up to a quotation mark or the full stop that ends its sentence. A full stop after
 * an abbreviation ("the Dr. Theresa S. Falcon-Cullinan Professor of …") or before a word in
 * lower case ("a member of the US. expert panel") ends no sentence.
 */
function upToSentenceEnd(text: string): string {
  for (const end of text.matchAll(/[“"]|\.(?=\s|$)/g)) {
    if (end[0] !== '.') return text.slice(0, end.index);
    const before = text.slice(0, end.index);
    if (ABBREVIATION_END.test(before) || /^\.\s+[a-z]/.test(text.slice(end.index))) continue;
    return before;
  }
  return text;
}

/** Asks compromise (on the name alone, so it stays fast) whether a bare name is a person. */
function looksLikePerson(name: string): boolean {
  let known = personCache.get(name);
  if (known === undefined) {
    const doc = nlp(name);
    known = doc.people().found && !doc.organizations().found && !doc.places().found;
    personCache.set(name, known);
  }
  return known;
}

/** Asks compromise whether a capitalised run is a place ("San Diego"). */
function looksLikePlace(name: string): boolean {
  return nlp(name).places().found;
}

/** "An editorial accompanying the study", "a commentary in the journal", "a statement from the company" as a sentence's subject. */
const WRITING_SPEAKS =
  /^(?:[A-Z][\w-]*\s+)?((?:an?|the)\s+(?:accompanying\s+)?(?:editorial|commentary|statement|report)\b(?:\s+(?:accompanying|in|from|published\s+(?:with|in|alongside))\s+[^,;“”"]{3,60}?)?)(?:\s+(?:also\s+)?(?:added|says|said|noted|concluded|stated|wrote|argued))?\s*$/i;

function resolve(
  people: Map<string, Person>,
  attribution: string,
  lastSpeaker: Person | null,
  lastOrganisation: string | null,
  lastGroup: string | null = null,
): Person | null {
  const text = attribution.trim();
  // "they" is a group of people (the researchers), never the last single person quoted.
  if (/^they\b/i.test(text))
    return lastGroup ? { name: lastGroup, surname: lastGroup.split(/\s+/).at(-1)!, role: null, affiliation: null } : null;
  if (cue('quote-pronoun').test(text)) return lastSpeaker;
  if (cue('quote-organisation-pronoun').test(text))
    return lastOrganisation ? { name: lastOrganisation, surname: lastOrganisation, role: null, affiliation: lastOrganisation } : null;
  const parsed = parseAttribution(text.replace(POSSESSIVE_BEFORE_NAME, ''));
  if (!parsed) {
    // "the authors write": the group is the speaker.
    const group = GROUP_AT_END.exec(text);
    if (group) return { name: group[1]!, surname: group[1]!.split(/\s+/).at(-1)!, role: null, affiliation: null };
    // "An editorial accompanying the study added, …": a piece of writing speaks, not the
    // person quoted before it (its writers are not named).
    const writing = WRITING_SPEAKS.exec(text);
    return writing ? { name: capitalize(writing[1]!), surname: writing[1]!, role: null, affiliation: null } : null;
  }
  const known = people.get(parsed.surname.toLowerCase());
  if (known && (parsed.name.split(/\s+/).length <= 2 || known.name.includes(parsed.name))) {
    known.role ??= parsed.role;
    known.affiliation ??= parsed.affiliation;
    return withCoAuthor(withColleagues(known, text), text);
  }
  remember(people, parsed);
  return withCoAuthor(withColleagues(parsed, text), text);
}

/**
 * "write Anne Roe, M.D., of X, and Dan Poe, M.D., of Y, in an editorial": the words are both
 * writers'. The speaker names both; the role and place go, as they are the first one's only.
 */
function withCoAuthor(person: Person, attribution: string): Person {
  const other = new RegExp(
    String.raw`,\s+and\s+((?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z]\.)*\s+[A-Z][a-z’'-]+(?:${CREDENTIAL})*),\s+(?:of|at|from)\s`,
  ).exec(attribution);
  if (!other || attribution.indexOf(person.surname) > other.index || other[1]!.includes(person.surname)) return person;
  return { ...person, name: `${person.name}, and ${other[1]}`, role: null, affiliation: null };
}

/**
 * "write researchers Jane Roe, MD, of X, and colleagues": the words are the group's, and the
 * one person named speaks with them (for this quote only, so a copy).
 */
function withColleagues(person: Person, attribution: string): Person {
  if (!/,?\s+and (?:her |his |their )?(?:colleagues|co-?authors|co-?workers)\b/.test(attribution)) return person;
  return { ...person, role: person.role ? `${person.role}, with colleagues` : 'with colleagues' };
}

/** "Vanderbilt’s Dr. Matthew Semler": the possessive names the place, not the person. */
const POSSESSIVE_BEFORE_NAME = /\b[A-Z][\w-]*[’']s\s+(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms)\b|[A-Z][a-z]+\s+[A-Z])/;

/** "NIAID Director Anthony S. Fauci, M.D." / "Richard Nash, M.D., of X" → Person. */
function parseAttribution(text: string): Person | null {
  const namePattern = new RegExp(
    String.raw`((?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?(?:[A-Z][a-zA-Z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-zA-Z'’-]+|[A-Z]\.|de|van|von|da|del|bin|al-[A-Z][a-z]+))*)(${CREDENTIAL}*)`,
  );
  const candidates = [...text.matchAll(new RegExp(namePattern.source, 'g'))];
  // The speaker is the last capitalised run before any comma-led description.
  // "lead author Oliver Kennedy of the University of Southampton": the person comes before the affiliation.
  // "James Krueger, D. Martin Carter Professor …": an initial after the comma starts a new name, a credential does not.
  const head = text.split(/,\s+(?![A-Z]\.[A-Z]|M\.D|Ph\.D|M\.P\.H|M\.S)|\s+(?:of|at|from|with)\s+(?=(?:the\s+)?[A-Z])/)[0]!;
  const named = candidates.filter((m) => /\b[A-Z][a-z]/.test(m[1]!) && !LEADING.test(m[1]!.trim()));
  const inHead = named.filter((m) => m.index! < head.length);
  const match = inHead.at(-1) ?? named[0];
  if (!match) return null;
  let name = match[1]!.trim();
  let prefix = text.slice(0, match.index!).trim();
  // "NHLBI Director Dr. Gary H. Gibbons": the honorific belongs to the name.
  const honorific = /\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?$/.exec(prefix);
  if (honorific) {
    name = `${honorific[0]} ${name}`;
    prefix = prefix.slice(0, honorific.index).trim();
  }
  // "NIAID Director Anthony S. Fauci", "CDC Senior Health Scientist Mark Faul": leading
  // title words belong to the role, up to the last job title in the capitalised run.
  const titleWords = leadingTitle(name);
  let role: string | null = null;
  let affiliation: string | null = null;
  const titleOf = (words: string[]) => {
    if (words.length > 1 && /^[A-Z]{2,}/.test(words[0]!)) affiliation = words.shift()!.replace(/’s$|'s$/, '');
    role = prefixRole(words.join(' '));
  };
  if (titleWords) {
    name = titleWords.name;
    titleOf(titleWords.title.split(/\s+/));
  } else if (prefix) titleOf(prefix.split(/\s+/));
  name = withoutRunIn(name);
  const fullName = `${name}${match[2] ?? ''}`.trim();
  if (fullName.split(/\s+/).filter((w) => /^[A-Z][a-z]/.test(w)).length < 1) return null;
  const rest = text.slice(match.index! + match[0].length).replace(/^[,\s]+/, '');
  if (rest) {
    const described = describe(rest);
    role = role ?? described.role;
    affiliation = affiliation ?? described.affiliation;
  }
  return { name: fullName, surname: surnameOf(name), role, affiliation };
}

/**
 * "CDC Senior Health Scientist Mark Faul" → title "CDC Senior Health Scientist", name "Mark
 * Faul": the run splits after its last job title, when a name of two words or more is left.
 */
function leadingTitle(run: string): { title: string; name: string } | null {
  const words = run.split(/\s+/);
  let last = -1;
  words.forEach((word, i) => {
    if (TITLE_WORD.test(word)) last = i;
  });
  const rest = words.slice(last + 1);
  // "Professor Jack Cuzick": an honorific alone stays with the name.
  if (last < 0 || (last === 0 && HONORIFIC.test(words[0]!)) || rest.filter((w) => /^[A-Z][a-z’'-]/.test(w)).length < 2) return null;
  return { title: words.slice(0, last + 1).join(' '), name: rest.join(' ') };
}

/**
 * The words before a name as its role ("the study’s lead author," → "the study’s lead
 * author"), or none: a group ("write researchers Jane Roe and colleagues") is not one
 * person's job.
 */
function prefixRole(words: string): string | null {
  const role = tidyPart(words);
  if (role === null || GROUP_AT_END.test(role) || !/[a-zA-Z]{2}/.test(role)) return null;
  return role;
}

/**
 * "Reaction Carolyn Rogers" → "Carolyn Rogers": a word that is no given name before one that
 * is (a section heading or a line's first word run into the name when the page was read).
 * A name keeps two words at least; "Mary Ann Smith" keeps all three.
 */
function withoutRunIn(name: string): string {
  const words = name.split(/\s+/);
  if (words.length < 3 || !/^[A-Z][a-z]+$/.test(words[0]!) || !/^[A-Z][a-z]+$/.test(words[1]!)) return name;
  if (HONORIFIC.test(words[0]!) || !isGivenName(words[1]!) || isGivenName(words[0]!) || looksLikePerson(words[0]!)) return name;
  return words.slice(1).join(' ');
}

const HONORIFIC = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?$/;

/** Whether compromise's lexicon knows a word as a given name ("Carolyn", not "Reaction"). */
function isGivenName(word: string): boolean {
  let known = givenNameCache.get(word);
  if (known === undefined) {
    known = nlp(word).has('#FirstName');
    givenNameCache.set(word, known);
  }
  return known;
}
const givenNameCache = new Map<string, boolean>();

/**
 * A role or affiliation as printed: no stray commas ("the study’s senior author,"), and no
 * name cut at its initial where a sentence split fell ("D. Martin Carter Professor" → "D",
 * "… and with the Harold C. Simmons Center" → "… and with the Harold C"): the clause holding
 * the cut-off name goes, and a fragment with nothing else is no description at all.
 */
function tidyPart(value: string | null): string | null {
  if (value === null) return null;
  let out = value.trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  if (/(?:^|\s)[A-Z]\.?$/.test(out)) {
    const clause = /(?:,\s+|\s+and\s+)(?!.*(?:,\s+|\s+and\s+))/.exec(out);
    out = clause ? out.slice(0, clause.index) : '';
  }
  out = out.replace(/[,;:\s]+$/, '');
  // "in the U.K., says": the full stop of a short form in capitals is the form's own.
  if (/(?:^|\s)(?:[A-Z]\.)+[A-Z]$/.test(out)) out += '.';
  return out || null;
}

/**
 * ", who co-authored the report … and served on the Trial Advisory Board": a relative clause
 * that says the speaker's part in the study or a tie to its maker. A reader weighs the quote
 * by it, so it stays in the role (other relative clauses, "who lives in Denver", do not).
 */
const PART_IN_STUDY =
  /,?\s+who\s+(?=[^.;]*\b(?:co-?authored|authored|co-?led|led|headed|designed|ran|oversaw|served on|serves on|sits on|advisory board|board of|consultant|adviser|advisor|paid|funded|investigator|author)\b)([^.;]+)$/;

/** "Professor of X at Y" → role and affiliation; "of Y" → affiliation only. */
function describe(text: string): { role: string | null; affiliation: string | null } {
  const part = PART_IN_STUDY.exec(text.trim().replace(/[.,;]$/, ''));
  const { role, affiliation } = describeParts(part ? text.slice(0, part.index) : text);
  const who = part ? `who ${part[1]!.trim()}` : null;
  const described = tidyPart([tidyPart(role), who].filter((p) => p).join(', ') || null);
  // "Theodore Henderson, MD, PhD, refractory depression symptoms can be relieved …": what follows
  // the name is the sentence going on, not who the person is.
  const clause = described !== null && !/^who\s/.test(described) && CLAUSE_NOT_ROLE.test(described);
  return { role: clause ? null : described, affiliation: clause ? null : tidyPart(affiliation) };
}

/** A verb phrase no description of a person has: a modal, or "is/are … -ed" said of something else. */
const CLAUSE_NOT_ROLE =
  /\b(?:can|could|will|would|may|might|must|should)\s+(?:not\s+)?(?:be\s+)?[a-z]+|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?[a-z]+ed\b/;

function describeParts(text: string): { role: string | null; affiliation: string | null } {
  // "a neurologist at King's College London who led the study": the relative clause is not the place.
  // "who is a professor of …": the clause is the role itself.
  const clean = text
    .trim()
    .replace(/[.,;]$/, '')
    .replace(/^\d{1,3},\s+/, '')
    .replace(/^who\s+(?:is|was)\s+(?:also\s+|now\s+)?(?=(?:a|an|the)\s|[A-Z])/, '')
    // "who is based at the Black Dog Institute": only a place.
    .replace(/^who\s+(?:is|was)\s+(?:based|located|working)\s+(?=(?:at|with)\s)/, '')
    // "director of research and an emergency physician at Orlando Medical Center": a second job at a place stays.
    // "… and a member of Chrono's board of directors", "… and a consultant to Pfizer": a second
    // role with an organisation (a tie a reader must see), not a clause ("and a team found …").
    .replace(
      /\s+(?:who|which|where|whose)\s.*$|\s+and (?:the|a|an|is|was|has|who)\s(?![a-z -]+ at (?:the )?[A-Z][^,]*$)(?![a-z -]*?\b(?:member|director|consultant|adviser|advisor|chair|founder|co-founder|shareholder|investor|officer|partner|trustee)\s+(?:of|on|to|for|at)\s+(?:the\s+)?[A-Z]).*$/,
      '',
    );
  // "The American Cancer Society and other influential organizations": more speakers, no description.
  if (/^(?:and|or|but|nor)\s/i.test(clean)) return { role: null, affiliation: null };
  // "also of Dana-Farber": only a place, said again. "says Papa of using CT scans to …": "of"
  // opens what the speaker spoke about, not a place, when no capitalised name follows it.
  const placeOnly = /^(?:(?:also|both|all|now|formerly)\s+)?(?:of|at|from|with)\s+(?:the\s+)?/i.exec(clean);
  if (placeOnly) {
    const rest = clean.slice(placeOnly[0].length);
    return /^[A-Z0-9]/.test(rest) ? placeAndRole(null, rest) : { role: null, affiliation: null };
  }
  // "Assistant Professor of Pediatrics and with the Harold C. Simmons Center": a job, then the place.
  const joined = /\s+and\s+(?:with|at|in)\s+(?:the\s+)?(?=[A-Z])/.exec(clean);
  if (joined) return placeAndRole(clean.slice(0, joined.index), clean.slice(joined.index + joined[0].length));
  // "a pediatric geneticist at Children's Hospital at Montefiore Medical Center": the first
  // "at" whose rest is all one place; else the last "at" ("Professor of X at Y and chair of Z at W").
  const ats = [...clean.matchAll(/ at (?:the\s+)?(?=[A-Z0-9])/g)];
  const at = ats.find((m) => isPlace(clean.slice(m.index + m[0].length))) ?? ats.at(-1);
  if (at && EXPERIENCE.test(clean)) {
    // "who underwent surgery at Rush in July": where something happened to the speaker, not a place they speak for.
    const { affiliation } = placeAndRole(null, clean.slice(at.index + at[0].length));
    return { role: affiliation ? `${clean.slice(0, at.index)} at ${affiliation}` : clean.slice(0, at.index), affiliation: null };
  }
  if (at) return placeAndRole(clean.slice(0, at.index), clean.slice(at.index + at[0].length));
  const possessive = /\b(?:in|at|of) (?:the )?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)[’']s\b/.exec(clean);
  if (possessive) return { role: clean, affiliation: possessive[1]! };
  // "Vice President of Business Development", "resident in the Department of Radiology":
  // what follows "of" in a role is an affiliation only when it names an organisation.
  const of = /\bof (?:the )?([A-Z].+)$/.exec(clean);
  return { role: clean, affiliation: of && ORGANISATION.test(tidyPart(of[1]!) ?? '') ? of[1]! : null };
}

/** Small words an organisation's or a place's name holds in lower case ("Hospital for Special Surgery in New York"). */
const PLACE_WORD =
  /^(?:of|and|the|for|at|in|on|de|del|della|di|du|la|le|van|von|der|den|y|e|&|department|division|school|college|institute|center|centre|unit|program|programme|laboratory|lab|faculty|hospital|clinic|university)$/;

/** Whether a text is one place's or organisation's name: capitalised words and the small words between them. */
function isPlace(text: string): boolean {
  return text.split(/[\s,]+/).every((word) => word === '' || /^[A-Z0-9(]/.test(word) || PLACE_WORD.test(word));
}

/**
 * The place in an affiliation, and the jobs that follow it joined to the role: "University of
 * Washington in Seattle and senior investigator on the study" → place "University of
 * Washington in Seattle", role "… and senior investigator on the study". The place ends
 * where a clause begins ("Manchester’s School of Engineering has achieved …", "University of
 * Rochester, in an editorial …", "…, and colleagues") or another person is named ("…, and
 * Dolores M. Shoback, M.D., of …").
 */
function placeAndRole(role: string | null, text: string): { role: string | null; affiliation: string | null } {
  let place = text;
  const other = new RegExp(
    String.raw`,?\s+and\s+(?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z]\.)*\s+[A-Z][a-z’'-]+(?:${CREDENTIAL}|,\s+(?:of|at|from)\s)`,
  ).exec(place);
  if (other) place = place.slice(0, other.index);
  // "… and senior author of the study", "…, and Associate Editor, JAMA": a second job.
  let job: string | null = null;
  const second = /,?\s+and\s+(?=(?!the\s+[A-Z])[a-z]|[A-Z][a-z]+(?:[’']s)?\s)/.exec(place);
  const jobText = second ? place.slice(second.index + second[0].length) : '';
  if (
    second &&
    (/^[a-z]/.test(jobText)
      ? !/^(?:colleagues|others|co-?workers|team)\b/.test(jobText)
      : // "…, and Hernandez's doctoral committee chair": a job held for another person.
        TITLE_WORD.test(jobText.split(/\s+/)[0]!) || /^[A-Z][a-z]+[’']s\s+[a-z]/.test(jobText))
  ) {
    job = jobText;
    place = place.slice(0, second.index);
  }
  const words = place.split(/(\s+)/);
  const clause = words.findIndex(
    (word, i) => i % 2 === 0 && word !== '' && !/^[A-Z0-9(&]/.test(word) && !PLACE_WORD.test(word.replace(/[,.]$/, '')),
  );
  if (clause > 0) place = words.slice(0, clause).join('');
  // "Rush in July": a date after the place is when, not part of its name.
  place = place.replace(new RegExp(String.raw`\s+(?:in|on|since|last|this)\s+(?:${MONTH_PATTERN})\b.*$`), '');
  place = place.replace(/(?:[,\s]+(?:of|and|the|for|at|in|on|with))+[,\s]*$/i, '');
  const roleText = tidyPart(role);
  const jobPart = job === null ? null : tidyPart(job.replace(/[,\s]+in an? [\s\S]*$/, ''));
  return { role: roleText && jobPart ? `${roleText} and ${jobPart}` : (roleText ?? jobPart), affiliation: place };
}

function surnameOf(name: string): string {
  const words = name
    .replace(new RegExp(CREDENTIAL + '+$'), '')
    .replace(/,.*$/, '')
    .trim()
    .split(/\s+/);
  return (words.at(-1) ?? name).replace(/[’']s$/, '');
}

function remember(people: Map<string, Person>, person: Person): void {
  const key = person.surname.toLowerCase();
  const known = people.get(key);
  if (!known || known.name.length < person.name.length)
    people.set(key, { ...person, role: person.role ?? known?.role ?? null, affiliation: person.affiliation ?? known?.affiliation ?? null });
}

/** A quote standing alone: look for the speaker in the sentences around it. */
function nearbySpeaker(article: ArticleText, sentence: Sentence, people: Map<string, Person>): Person | null {
  const neighbours = article.body.filter((s) => s.blockIndex === sentence.blockIndex && s.index !== sentence.index);
  for (const other of neighbours) {
    for (const person of people.values()) if (other.text.includes(person.surname)) return person;
  }
  return null;
}

/** A pull quote repeats words quoted again in full later: keep the full one. */
function dropRepeats(quotes: Quote[]): Quote[] {
  return quotes.filter(
    (quote, index) =>
      !quotes.some(
        (other, j) =>
          j !== index &&
          other.text.length >= quote.text.length &&
          other.speaker !== null &&
          other.text.includes(quote.text.replace(/^\W+|[\s.,;!?]+$/g, '')),
      ),
  );
}
