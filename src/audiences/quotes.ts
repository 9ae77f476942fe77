// Quotations exactly as in the source, with who said them (name, role, affiliation), and
// which of them a one-page digest prints first.
import { cues, firstCue } from '../article/cues/cues.js';
import type { Facts, Finding, Quote } from '../article/schema.js';
import { escapeRegExp } from '../shared/escape-regexp.js';
import { sourceKind } from './source-kind.js';
import { sourcedTexts } from './study.js';
import { generated, linesOf, text } from './text.js';
import type { QuoteItem } from './view-models.js';

/** A part of the attribution without stray commas or spaces at its ends ("senior author,"). */
const tidy = (part: string | null): string => (part ?? '').trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');

/** A group named in place of a person ("the scientists", "researchers", "the study's authors"): no one to attribute to. */
const GROUP_SPEAKER =
  /^(?:the\s+)?(?:study(?:['’]s)?\s+|research\s+)?(?:scientists|researchers|authors|investigators|team|doctors|experts|officials|company|companies|organi[sz]ers|study authors)$/i;

export const isGroupSpeaker = (speaker: string | null): boolean => speaker !== null && GROUP_SPEAKER.test(tidy(speaker));

/**
 * A speaker's ties to a maker that the source reports (industry-* caveats): a sentence that
 * names them ("Dr. Abraham headed Medtronic's first study"), or that opens on "He"/"She"
 * within a few lines after their quote, with no other speaker quoted between ("He is a
 * consultant for …"). A reader weighs the quote by them, so they are printed beside it.
 */
export function tiesOf(quote: Quote, facts: Facts): Facts['caveats'] {
  const surname = lastName(quote.speaker ?? '');
  if (surname === '' || isGroupSpeaker(quote.speaker)) return [];
  const byName = new RegExp(`\\b${escapeRegExp(surname)}\\b`, 'i');
  return facts.caveats.filter((caveat) => {
    if (!/^(?:caveat-)?industry-/.test(caveat.rule ?? '')) return false;
    const sentence = caveat.source.text;
    if (byName.test(sentence)) return true;
    if (!/^(?:He|She)\b/.test(sentence)) return false;
    const line = caveat.source.line;
    // The quote nearest before it (by line) is this speaker's.
    const before = facts.quotes.filter((other) => other.source.line <= line && tidy(other.speaker) !== '');
    const nearest = before.reduce<Quote | null>((best, other) => (!best || other.source.line >= best.source.line ? other : best), null);
    return nearest !== null && line - nearest.source.line <= 4 && lastName(nearest.speaker ?? '') === surname;
  });
}

export function quoteItem(quote: Quote, facts?: Facts): QuoteItem {
  const ties = facts ? tiesOf(quote, facts) : [];
  const lines = linesOf(quote);
  // A trailing comma belongs to the sentence the quote sat in ("…time," Dr. X said), not
  // to the words quoted; everything else is kept exactly.
  const words = quote.text.trim().replace(/,$/, '');
  const speaker = tidy(quote.speaker);
  const role = tidy(quote.role);
  const affiliation = tidy(quote.affiliation);
  // An affiliation the role already names ("chief executive of the Institute of Cancer
  // Research") is not printed a second time.
  const named = (within: string, part: string) => part !== '' && within.toLowerCase().includes(part.toLowerCase());
  const place = named(`${speaker} ${role}`, affiliation) ? '' : affiliation;
  // "who co-authored the report …" describes the person: it follows the place, next to nothing else.
  const who = (/^who\s/.test(role) ? [place, role] : [role, place]).filter((part) => part !== '');
  // "the scientists" is not a speaker's name: it is printed as the source's words, and as no one named.
  const group = isGroupSpeaker(speaker);
  const credited = group
    ? [`Attributed to “${speaker}” (no speaker named in the source)`, ...who].join(', ')
    : speaker
      ? [speaker, ...who].join(', ')
      : ['Speaker not named in the source', ...who].join(', ');
  // Ties in the source's own words, each sentence whole.
  const attribution =
    ties.length > 0 ? `${credited} (ties the source reports: ${ties.map((tie) => `“${tie.source.text.trim()}”`).join(' ')})` : credited;
  return { text: text('quote', words, lines), attribution: generated(attribution, [...lines, ...ties.map((tie) => tie.source.line)]) };
}

/** The study's own people ("lead author", "one of the researchers", "principal investigator"). */
const STUDY_AUTHOR =
  /\b(?:(?:lead|senior|first|co-?lead|corresponding|co-?)\s*author|authors?\s+of|investigator|one of the researchers|led the (?:study|research|trial)|study leader)\b/i;
/** A company's or an investor's people: they speak for the product. */
const COMPANY_ROLE =
  /\b(?:CEO|chief executive officer|chairman|chairwoman|(?:vice\s+)?president|founder|co-founder|chief \w+ officer|general partner|managing (?:director|partner)|business development|head of (?:development|marketing|sales)|spokes(?:man|woman|person)|investors?)\b|['’]s chief\b/i;
const COMPANY_NAME =
  /\b(?:Inc|Ltd|LLC|Corp|GmbH|plc|Therapeutics|Pharmaceuticals?|Pharma|Biotech|Biosciences|Partners|Ventures|Capital)\b\.?/i;
/** Institutions whose heads ("chief executive of the Institute of Cancer Research") are no company's people. */
const INSTITUTION =
  /\b(?:universit|institut|hospital|college|school|clinic|cent(?:er|re)|foundation|society|association|agency|administration|council|NHS|NIH|FDA|CDC)/i;

/**
 * A company's or an investor's person: a company role or name, unless the role is held at an
 * institution ("vice chairman of women's health at … University Medical Center" heads a department).
 * `said` may add the words around the quote, where a company's name also shows.
 */
const isCompanyRole = (who: string, said: string): boolean =>
  COMPANY_NAME.test(said) || (COMPANY_ROLE.test(said) && !INSTITUTION.test(who));

const lastName = (speaker: string) =>
  tidy(speaker)
    .replace(/,.*$/, '')
    .split(/\s+/)
    .filter((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w))
    .pop()
    ?.toLowerCase() ?? '';

/**
 * How a quote ranks for a digest that prints only a few: the study's own people and
 * independent experts first, then others named, then a company's or an investor's people,
 * then a group ("the scientists"); ties keep the article's order.
 */
function standing(quote: Quote, independent: ReadonlySet<string>): number {
  const speaker = tidy(quote.speaker);
  if (!speaker || isGroupSpeaker(speaker)) return 4;
  const about = `${tidy(quote.role)} ${tidy(quote.affiliation)}`;
  if (isCompanyRole(about, about)) return 3;
  if (independent.has(lastName(speaker)) || STUDY_AUTHOR.test(about)) return 0;
  return 1;
}

/**
 * Up to `max` quotes: the best-standing first, one per speaker before anyone is quoted twice,
 * so a company's chief executive does not fill the page while an independent expert waits.
 */
export function chooseQuotes(facts: Facts, max: number): Quote[] {
  const independent = new Set(facts.independentExperts.map((e) => lastName(e.speaker ?? '')).filter((n) => n !== ''));
  const ranked = facts.quotes
    .map((quote, index) => ({ quote, index, rank: standing(quote, independent) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  const chosen: typeof ranked = [];
  const speakers = new Set<string>();
  for (const entry of ranked) {
    const who = tidy(entry.quote.speaker).toLowerCase();
    if (chosen.length < max && !speakers.has(who)) {
      chosen.push(entry);
      speakers.add(who);
    }
  }
  for (const entry of ranked) if (chosen.length < max && !chosen.includes(entry)) chosen.push(entry);
  return chosen.map((entry) => entry.quote);
}

/**
 * Capitalised words an institution's name shares with many others: no sign of which one it is.
 * Who a hospital serves is one of them ("Children's Hospital at Montefiore" is not "Children's
 * Hospital Boston", "Women's" is in many names): review 16 matched an outside geneticist to the
 * study team by "Children" alone.
 */
const GENERIC_INSTITUTION_WORD =
  /^(?:University|Universities|Hospital|Hospitals|Medical|Medicine|Center|Centre|School|College|Institute|Institutes|Research|Department|Division|Health|Healthcare|Care|Sciences?|National|Clinic|Clinical|Foundation|Society|Association|Council|Faculty|Unit|Program|Programme|Group|State|City|New|North|South|East|West|Central|General|Public|Royal|American|British|European|International|Children|Childrens|Women|Womens|Kids|Veterans|Memorial|Community|Regional|County|Saint|U\.?K\.?|U\.?S\.?|In|At|Of|The|And|For)$/;
/** A quote from a news release or a company's statement speaks for the study's side. */
const FROM_A_RELEASE =
  /\b(?:news|press|media) release\b|\b(?:said|says|added|wrote) in a statement\b|\bstatement (?:from|by|issued)\b|\bissued a statement\b/i;
/** The study's own voice: "we found", "our study", "our new compounds". */
const FIRST_PERSON_STUDY =
  /\b(?:we (?:\w+ )?(?:found|find|showed|show|saw|observed|tested|studied|enrolled|treated|followed|gave|developed|designed)|our (?:\w+ )?(?:study|trial|results?|findings?|data|research|team|patients|work|compounds?|drugs?|device|test|approach|method))\b/i;
/** Ties to a maker: a speaker with them is no independent voice ("a member of X's advisory board"). */
const TIES = /\b(?:advisory board|consultant|advis[eo]r (?:to|for)|paid by|funded by|shares in|stock in|on the board of)\b/i;
/** Who speaks for an institution or a company speaks for its side, wherever it is. */
const SPOKESPERSON = /\bspokes(?:man|woman|person)\b/i;
/** A role that says the speaker did the study with others ("with colleagues", "co-authored"). */
const STUDY_ROLE = /\b(?:colleagues|co-?authored|principal investigator|led (?:the|this) (?:study|research|trial|work))\b/i;

/** The place an institution stands in, after its name: "… in New York", "…, in Finland". */
const IN_A_PLACE = /,?\s+in\s+(?:the\s+)?\p{Lu}[\s\S]*$/u;

/**
 * A sentence that says where the study's team is from: "the study by scientists at University
 * College London", "a team of physicians from X, with counterparts at Y", "researchers led by".
 */
const TEAM_FROM =
  /\b(?:scientists|researchers|investigators|physicians|doctors|team|authors?|study|trial|research|work|colleagues|counterparts)\s+(?:[\w,-]+\s+){0,6}?(?:at|from|of|by|with)\s+(?:the\s+)?\p{Lu}/u;

/**
 * The initials of each run of capitalised words in a sentence ("University of California, Los
 * Angeles" gives "UCLA"), so an affiliation given as a short form is found where the team is named in full.
 */
function initialsOf(sentence: string): string[] {
  return [...sentence.matchAll(/\p{Lu}[\p{L}'’-]*(?:,?\s+(?:(?:of|the|and|for|at)\s+)*\p{Lu}[\p{L}'’-]*)*/gu)].map((run) =>
    [...run[0].matchAll(/\p{Lu}[\p{L}'’-]*/gu)].map((word) => word[0][0]).join(''),
  );
}

/** The affiliation's signature word is the name, or the initials, of an institution in the text. */
const namesInstitution = (word: string, where: string): boolean =>
  new RegExp(`\\b${escapeRegExp(word)}\\b`).test(where) ||
  (/^\p{Lu}{3,6}$/u.test(word) && where.split(/\n/).some((line) => initialsOf(line).some((initials) => initials.includes(word))));

/**
 * The signature words of an affiliation: its capitalised words that few institutions share
 * ("Vellore", "Manchester", "Brigham"), not "University" or "Hospital", and not words of the
 * condition or treatment ("Breast Cancer Care" is no sign of a breast-cancer study's team).
 */
function signatureWords(affiliation: string, facts: Facts): string[] {
  const topic = [facts.condition?.value, facts.intervention?.value].filter(Boolean).join(' ').toLowerCase();
  // "Columbia University Medical Center in New York": the city it stands in is shared by every
  // institution there ("NYU Langone … in New York" is another team).
  const name = affiliation.replace(IN_A_PLACE, '');
  return [...name.matchAll(/\p{Lu}[\p{L}'’-]*/gu)]
    .map((m) => m[0].replace(/['’]s$/, ''))
    .filter((word) => word.length >= 3 && !GENERIC_INSTITUTION_WORD.test(word) && !topic.includes(word.toLowerCase()));
}

/**
 * Quoted people the story names as outside voices without saying "not involved": a named
 * speaker with an institution of their own (an affiliation), who is none of the study's people
 * and speaks for no company. The study's people show in the facts: their name in a sentence
 * that describes the study (results, harms, design, who took part, funding…), their
 * institution's signature words there or in the publisher's name, a role that says so ("lead
 * author", "with colleagues", "study leader", also said of them in a sentence of the quote's
 * line: "She was a study leader"), a quote in the first person ("our finding", "we found") or
 * from a news release or statement. A press release quotes its own people.
 * Patients and family quoted without an institution are no outside experts.
 */
export function outsideVoices(facts: Facts): Quote[] {
  // A release speaks for its institution: the people it quotes are its own, unless it says otherwise
  // ("not involved", which extraction reads as an independent expert).
  if (sourceKind(facts.meta).kind === 'press-release') return [];
  // What the study did and found, in the sentences that say so (not the caveats, context or
  // next steps, where outside voices comment; not the quotes' own sentences, where "…," said
  // Dr. Lee names the speaker).
  const quoted = new Set(facts.quotes.map((quote) => quote.source.text));
  const described = [
    facts.intervention,
    facts.interventionDescription,
    facts.population,
    facts.design,
    facts.comparator,
    facts.followUp,
    facts.setting,
    facts.funding,
    facts.participants,
    ...facts.results,
    ...facts.harms,
  ].flatMap((fact) => (fact && !quoted.has(fact.source.text) ? [fact.source.text] : []));
  const aboutStudy = [...described, facts.meta.publisher ?? ''].join(' \n ');
  // Every other sentence the facts rest on (the journal's, the derive stage's), outside quotes:
  // those that name the team's institutions, and those that give someone a study role.
  const others = [
    ...sourcedTexts(facts).map((item) => item.sentence),
    ...Object.values(facts.derived).flatMap((fact) => (fact ? fact.sources.map((source) => source.text) : [])),
    ...facts.derived.acronyms.value.map((acronym) => acronym.source.text),
    ...facts.derived.acronyms.named.map((named) => named.source.text),
  ].filter((sentence, index, all) => !quoted.has(sentence) && all.indexOf(sentence) === index);
  const teamSentences = others.filter((sentence) => TEAM_FROM.test(sentence)).join(' \n ');
  // Not a sentence that calls someone an outsider ("authors of an editorial", "not involved").
  const roleSentences = others.filter(
    (sentence) => (STUDY_AUTHOR.test(sentence) || STUDY_ROLE.test(sentence)) && !firstCue(cues('independent'), sentence),
  );
  const sameLine = (line: number) => sourcedTexts(facts).filter((item) => item.line === line);
  const studySide = (quote: Quote, ownInstitutions: string): boolean => {
    // The attribution around the quoted words ("said Dr. Lee, … and the study's lead author").
    const said = quote.source.text.replace(quote.text, ' ');
    const about = `${tidy(quote.role)} ${tidy(quote.affiliation)} ${said}`;
    if (TIES.test(about) || SPOKESPERSON.test(about)) return true;
    if (STUDY_AUTHOR.test(about) || STUDY_ROLE.test(about) || isCompanyRole(`${tidy(quote.role)} ${tidy(quote.affiliation)}`, about))
      return true;
    if (FIRST_PERSON_STUDY.test(quote.text) || FROM_A_RELEASE.test(quote.source.text)) return true;
    const surname = lastName(quote.speaker ?? '');
    const byName = new RegExp(`\\b${escapeRegExp(surname)}\\b`, 'i');
    if (surname === '' || byName.test(aboutStudy) || tiesOf(quote, facts).length > 0) return true;
    if (sameLine(quote.source.line).some((item) => /^(?:He|She)\b/.test(item.sentence) && STUDY_AUTHOR.test(item.sentence))) return true;
    // "Dr. Nash served as principal investigator of the study": any sentence the facts keep
    // that names the speaker in a study role.
    if (roleSentences.some((sentence) => byName.test(sentence))) return true;
    const where = `${aboutStudy} \n ${teamSentences} \n ${ownInstitutions}`;
    return signatureWords(tidy(quote.affiliation), facts).some((word) => namesInstitution(word, where));
  };
  const named = facts.quotes.filter(
    (quote) => tidy(quote.speaker) !== '' && !isGroupSpeaker(quote.speaker) && tidy(quote.affiliation) !== '',
  );
  // One quote that shows a speaker is the study's ("our finding …") shows it for all their
  // quotes, and their institution is the study's: a colleague of the same laboratory is no
  // outside voice.
  const own = named.filter((quote) => studySide(quote, ''));
  const ownInstitutions = own.map((quote) => tidy(quote.affiliation)).join(' \n ');
  const ownPeople = new Set(
    [...own, ...named.filter((quote) => studySide(quote, ownInstitutions))].map((quote) => lastName(quote.speaker ?? '')),
  );
  return named.filter((quote) => !ownPeople.has(lastName(quote.speaker ?? '')));
}

/** Lower-case words, no punctuation: how a finding is found inside a quotation. */
const wordsOf = (words: string): string =>
  words
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The named person whose quotation holds a finding's words ("We would need to assess the
 * safety first," said Dr Jane Roe): the quote on the finding's line whose words contain the
 * finding's first words (or the finding, the quote's). Null when no such quote names a person.
 */
export function quotedSpeaker(finding: Finding, facts: Facts): string | null {
  const own = wordsOf(finding.text).split(' ').slice(0, 6).join(' ');
  if (own.split(' ').length < 4) return null;
  const quote = facts.quotes.find((q) => {
    if (q.source.line !== finding.source.line || tidy(q.speaker) === '' || isGroupSpeaker(q.speaker)) return false;
    const said = wordsOf(q.text);
    return said.includes(own) || wordsOf(finding.text).includes(said.split(' ').slice(0, 6).join(' '));
  });
  return quote ? tidy(quote.speaker) : null;
}

/** A sentence in someone's voice: "We are …", "Our next steps …", "I think …" (not the document's own "we"). */
const FIRST_PERSON = /^["“‘(]?(?:(?:but|and|so|now),?\s+)?(?:we|our|us|I)\b/i;
/** "…, she said.": a speech verb whose speaker is a pronoun; the name was in a sentence before. */
const PRONOUN_SAID = /,?\s+(?:he|she|they)\s+(?:said|says|added|adds|explained|explains|noted|notes|stressed|warned)([.!?]?)["”’]?$/i;

/**
 * A finding the clinician summary prints as the source's words, with who said it when the
 * words are a named person's and would read as no one's: first person ("We are working …"
 * → "We are working … (Paul Roe)") or closed by "she said" ("…, she said." → "…, Jane Roe
 * said."). Anything else, and any finding whose speaker the facts do not name, is unchanged.
 */
export function attributed(words: string, finding: Finding, facts: Facts): string {
  const firstPerson = FIRST_PERSON.test(words);
  const said = PRONOUN_SAID.exec(words);
  if (!firstPerson && !said) return words;
  // "…, she said" after a quote of hers in the same paragraph ("Page has high hopes, calling
  // them “…” Longer-term studies are next, she said."): the one person quoted there.
  const speaker = quotedSpeaker(finding, facts) ?? (said ? onlySpeakerOnLine(finding, facts) : null);
  if (!speaker) return words;
  if (said) return `${words.slice(0, said.index)}, ${speaker.replace(/,.*$/, '')} said${said[1] || '.'}`;
  return `${words.replace(/\s+$/, '')} (${speaker.replace(/,.*$/, '')})`;
}

/** The one named person quoted on a finding's line (paragraph); null when none or several. */
function onlySpeakerOnLine(finding: Finding, facts: Facts): string | null {
  const names = new Set(
    facts.quotes
      .filter((q) => q.source.line === finding.source.line && tidy(q.speaker) !== '' && !isGroupSpeaker(q.speaker))
      .map((q) => tidy(q.speaker)),
  );
  return names.size === 1 ? [...names][0]! : null;
}
