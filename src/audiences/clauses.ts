// Cutting long source sentences into short ones at clause boundaries, for the patient
// brief's 20-word limit. Only punctuation and joining words move; no claim is added, and
// framing and asides are dropped only where they carry no number or while a sentence is
// still over the limit.
import nlp from 'compromise';
import { wordCount } from '../shared/count-words.js';
import { numberWords } from '../shared/word-lists.js';
import { hasOwnVerb } from './clause-check.js';
import { pastTense, sharesOfGroup, splitRelativeSubject, splitSharedSubject } from './shared-subject.js';
import { asSentence, capitalize, standsAlone } from './wording.js';

export const MAX_WORDS = 20;

export interface Pieces {
  sentences: string[];
  bullets: string[];
}

const NUMBER = new RegExp(
  String.raw`\d|\b(${numberWords(1, 12).join('|')}|${numberWords(20, 50).join('|')}|hundred|thousand|million|half|all|none|no one|dozen)\b`,
  'i',
);

/** Splits at top-level (outside parentheses) matches of `boundary`. */
function splitTopLevel(value: string, boundary: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const match = boundary.exec(value.slice(i));
      if (match && match.index === 0 && i > start) {
        parts.push(value.slice(start, i));
        start = i + match[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(value.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

// ", yet" / ", but" start a new sentence and keep their word; "while", "whereas",
// "although", "though" only join, and a new sentence reads without them. A comma before
// "neither was", "it is", "500 of them would", "and five or more would" … is a comma splice:
// two sentences (unless the first part opened with "while …", which the comma closes).
// Not when the "but" half has no subject of its own ("…, but recently has been used to …"):
// cut there, it prints as "But recently has been used …".
const KEEP_JOIN =
  /^[,;]\s+(?=(?:yet|but)\s(?!(?:(?:\w+ly|also|still|now|then|often|even)\s+)*(?:has|have|had|is|are|was|were|can|could|may|might|will|would|should|must|did|does|do)\b))/i;
const DROP_JOIN = /^,\s+(?:while|whereas|although|though)\s+/i;
const SPLICE = new RegExp(
  String.raw`^,\s+(?:and\s+)?(?=(?:(?:neither|none|both|it|they|this|these|those)|(?:about\s+|nearly\s+|more than\s+)?(?:\d[\d,]*|${numberWords(1, 12).join('|')})(?:\s+or more)?(?:\s+of (?:them|those))?)\s+(?:was|were|is|are|had|has|have|did|will|would|could|can|may)\b)`,
  'i',
);
const SUBORDINATE = /\b(while|whereas|although|though|when|if|because|since|as|after|before|despite)\b/i;
const SEMICOLON = /^;\s+/;
const COLON = /^:\s+/;
const DISCOURSE =
  /^(notably|importantly|interestingly|remarkably|significantly|overall|additionally|moreover|furthermore|in addition|as a result|in fact|indeed|in other words|put another way|in short),\s+/i;

function splitSplices(part: string): string[] {
  const pieces = splitTopLevel(part, SPLICE);
  // Re-join a piece that ends a "while …" opening: the comma belongs to the clause.
  const out: string[] = [];
  for (const piece of pieces) {
    const previous = out[out.length - 1];
    if (previous !== undefined && SUBORDINATE.test(previous)) out[out.length - 1] = `${previous}, ${piece}`;
    else out.push(piece);
  }
  return out;
}

/**
 * "… a reduction not only in heart failure events, but a reduction in death": a "but"
 * clause with no verb of its own is the second half of the one before, not a sentence.
 */
function rejoinVerbless(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    if (previous !== undefined && /^(?:but|yet)\s/i.test(part) && isVerblessHalf(part)) out[out.length - 1] = `${previous}, ${part}`;
    else out.push(part);
  }
  return out;
}

/**
 * "When treated with THC, …", "At 12 weeks, …", "Among women over 60, …": an opening that says
 * when, under what condition or for whom the whole sentence holds. Not a discourse phrase ("In
 * addition, …"), a concession or a reason ("Although …", "Because …"), whose reach is the
 * first clause only, nor "Before treatment, …", which is set against an after.
 */
const CARRIED_OPENING =
  /^((?!(?:in (?:addition|fact|other words|short|contrast|turn|general|particular|total|summary|conclusion|the end)|by contrast|for (?:example|instance)|at (?:the same time|first|last)|after all|with that)\b)(?:when|if|once|among|in|at|after|during|within|for|with|compared (?:to|with))\s[^,]{3,60}),\s+(?=\S)/i;
/**
 * A piece with a time or condition of its own ("yet 4 months after the infusion, all …", "…
 * while 30 percent had it at 12 months"): the opening before it was set against it ("Before
 * treatment, …"), and is not carried.
 */
const OWN_TIME_OR_CONDITION =
  /\b(?:when|if|once|unless|before|after|baseline)\b|\b(?:at|by|within|over|in|for)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b[^,]*?\b(?:days?|weeks?|months?|years?)\b/i;
/** "4 months after the infusion, all …": a phrase before the piece's first comma, no clause of its own. */
function opensOnPhrase(piece: string): boolean {
  const lead = /^(?:(?:but|yet)\s+)?([^,]{2,60}),/i.exec(piece)?.[1];
  return lead !== undefined && wordCount(lead) <= 8 && !FINITE.test(lead);
}

/**
 * "When treated with THC, the older groups improved, while the young mice fared far worse" →
 * "When treated with THC, the older groups improved." and "When treated with THC, the young mice
 * fared far worse.": a sentence cut after an opening that says under what condition it holds
 * gives that opening to each piece, since the later clause is true only under it (alone, "The
 * young mice fared far worse" says they did worse untreated). After "but"/"yet" it follows the
 * joining word ("But at 12 weeks, …"). Not to a piece with its own time or condition.
 */
function withOpeningCarried(pieces: string[]): string[] {
  const opening = pieces.length > 1 ? CARRIED_OPENING.exec(pieces[0]!) : null;
  if (!opening) return pieces;
  const phrase = opening[1]!;
  return pieces.map((piece, index) => {
    if (index === 0 || opensOnPhrase(piece) || OWN_TIME_OR_CONDITION.test(piece)) return piece;
    const joiner = /^(?:but|yet)\s+/i.exec(piece)?.[0] ?? '';
    return `${joiner}${joiner ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : capitalize(phrase)}, ${piece.slice(joiner.length)}`;
  });
}

export function splitClauses(sentence: string): string[] {
  // A colon after framing without numbers ("a remarkable change was noted: within 90 days …")
  // introduces the finding: keep what follows.
  const colon = splitTopLevel(sentence, COLON);
  const framed = colon.length > 1 && !NUMBER.test(colon[0]!) && NUMBER.test(colon.slice(1).join(' ')) ? colon.slice(1) : colon;
  let parts = framed;
  for (const boundary of [SEMICOLON, KEEP_JOIN, DROP_JOIN]) {
    parts = parts.flatMap((part) => {
      const pieces = splitTopLevel(part, boundary);
      return boundary === SEMICOLON ? pieces : withOpeningCarried(pieces);
    });
  }
  return (
    rejoinVerbless(parts)
      .flatMap(splitSplices)
      .map((part) => part.replace(DISCOURSE, ''))
      // "Although further study is needed" alone has no main clause: it reads as a sentence without the joiner.
      .map((part) =>
        /^(although|though|while|whereas)\s/i.test(part) && splitTopLevel(part, /^,\s+/).length === 1 ? part.replace(/^\S+\s+/, '') : part,
      )
  );
}

const LIST_LEAD = /^(.*?\b(?:include|includes|included|including|such as))\s+(.+?)\.?$/i;
/** For an over-long sentence only: "survived without experiencing a, b or c" (not "with or without a, b or c": an aside). */
const LONG_LIST_LEAD =
  /^(.*?\b(?:include|includes|included|including|such as|without experiencing|without having|(?<!with or )without))\s+(.+?)\.?$/i;

/**
 * The last piece of a list, split at its "and"/"or": "nausea and headache" is two items,
 * but "women with high and low functional abilities and women older and younger than 80"
 * is split only where an item starts as the others do ("women …"), never inside "high and
 * low". With no such start, at its last "and".
 */
function lastItems(listed: string[]): string[] {
  const last = listed[listed.length - 1];
  if (last === undefined) return [];
  const heads = new Set(listed.map((item) => item.split(/\s+/)[0]!.toLowerCase()));
  const joins = [...last.matchAll(/\s+(?:and|or)\s+(\S+)/gi)];
  const atHead = joins.filter((join) => heads.has(join[1]!.toLowerCase()));
  const cuts = atHead.length > 0 ? atHead : joins.slice(-1);
  const out: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    out.push(last.slice(start, cut.index));
    start = cut.index! + cut[0].length - cut[1]!.length;
  }
  out.push(last.slice(start));
  return out.map((item) => item.trim()).filter(Boolean);
}

/**
 * A list item that is no item but the clause going on after the list: "reduced rates of
 * events, such as heart attack and heart failure, as well as stroke, by 33 percent" is an
 * aside of examples inside a clause whose figure ("by 33 percent") comes after it. An item
 * that opens on a preposition of the figure or the comparison ("by", "than", "compared
 * with", "versus") or on "as well as" after an item that already closed the list with its
 * own "and"/"or", or that holds a verb, is where the clause goes on: the sentence is no list.
 */
function runsOnIntoClause(item: string, index: number, items: string[]): boolean {
  if (/^(?:by|than|compared\s+(?:to|with)|versus|vs\.?|relative\s+to)\s/i.test(item) && NUMBER.test(item)) return true;
  if (/^as\s+well\s+as\s/i.test(item) && items.slice(0, index).some((before) => /\s(?:and|or)\s/i.test(before))) return true;
  return /^(?:was|were|is|are|had|has|have|did|does|do|could|can|may|might|would|will)\s/i.test(item);
}

/** "Side effects include a, b, c and d." → a lead line and a bullet per item (3 or more). */
export function explodeList(sentence: string, lead: RegExp = LIST_LEAD): Pieces | null {
  const match = lead.exec(sentence);
  if (!match) return null;
  const [, head = '', tail = ''] = match;
  const listed = splitTopLevel(tail, /^(?:,\s*(?:and|or)\s+|,\s+|;\s+)/i);
  const items = [...listed.slice(0, -1), ...lastItems(listed)];
  if (items.length < 3 || wordCount(head) < 2 || items.some(runsOnIntoClause)) return null;
  return {
    sentences: [`${asSentence(head.replace(/,$/, '')).replace(/\.$/, ':')}`],
    bullets: items.map((item) => item.replace(/\.$/, '')),
  };
}

/**
 * The comma of a number ("2,500") is not a clause's: while asides are cut at commas, it
 * stands in as a private-use character, so ", which translates to one life saved per 2,"
 * is never taken for an aside (that cut printed "10 percent 500 women").
 */
const NUMBER_COMMA = '\uE000';
const guardNumbers = (text: string): string => text.replace(/(\d),(?=\d{3}(?!\d))/g, `$1${NUMBER_COMMA}`);
const unguardNumbers = (text: string): string => text.replaceAll(NUMBER_COMMA, ',');

/** An opening phrase with no comma of its own yet ("In older people", "When taken daily"): what follows it takes a comma. */
const OPENING_PHRASE = /^(?:in|on|at|for|with|among|during|after|before|when|if|while|although|though|because|since|as)\s[^,]*$/i;

/**
 * A verb of its own in what looks like an opening phrase: "in some women it may decrease the
 * risk, suggests a study" opens on "in" but is the claim itself (the words after its comma
 * only say who reported it). An auxiliary or modal not inside a "who …" clause ("In patients
 * who were treated, …" is still a phrase about the patients).
 */
const OWN_CLAUSE =
  /(?<!\b(?:who|that|which|whom)\s+(?:\w+\s+)?)\b(?:was|were|is|are|has|have|had|did|does|could|can|may|might|would|will|should)\b/i;

/** While over the limit: drop asides, brackets, then an opening phrase without numbers. */
export function shorten(sentence: string): string {
  let out = guardNumbers(sentence);
  const over = () => wordCount(out) > MAX_WORDS;
  // ", a biomarker for insulin production," — an appositive definition (the glossary has it).
  if (over()) out = out.replace(/,\s+an?\s+[^,()]{3,60},(?=\s)/g, ',');
  // ", called high-dose … (HDIT/HCT)," — a naming aside.
  if (over()) out = out.replace(/,\s+(?:called|known as|named)\s+[^,]{3,120},(?=\s)/gi, ',');
  // ", despite taking available medications," — a concession inside the clause. (Not ", as
  // assessed by …,": its closing comma may belong to a list, "the extent, nature and severity".)
  if (over()) out = out.replace(/,\s+(?:despite|although|though)\s+[^,]{3,120},(?=\s)/gi, '');
  // ", such as colitis and inflammation of lung tissue,": examples inside the clause. Their
  // closing comma goes with them where the clause runs on to its verb ("their safety in other
  // forms, such as injections, in humans is unknown" → "… in other forms in humans is unknown",
  // never "in other forms, in humans"); it stays after an opening phrase ("In older people,
  // such as those over 80, the drug …") and before a closing phrase of its own ("…, at 54
  // percent versus 24 percent").
  if (over())
    out = out.replace(/,\s+(?:such as|including|like)\s+[^,]{3,80},(?=\s)/gi, (aside: string, offset: number, whole: string) => {
      const after = whole.slice(offset + aside.length).split(',')[0]!;
      return OPENING_PHRASE.test(whole.slice(0, offset)) || !FINITE.test(after) ? ',' : '';
    });
  // "…, keeping them fit for months, and extending their lives by 10-15%": of a series of closing
  // participle phrases, the one without a figure goes before the one with it.
  if (over())
    // ("…older mice, extending their lives by 10-15%": the "and" goes with it.)
    out = out.replace(/,\s+\w+ing\s[^,\d]{3,80},\s+and\s+(?=\w+ing\s[^,;]*\d)/gi, (phrase: string) =>
      NUMBER.test(phrase) ? phrase : ', ',
    );
  // "reduced rates of events, as well as stroke, by 33 percent": "events and stroke" (after the
  // examples above went, so that "such as a and b, as well as c" never makes c an example).
  if (over()) out = out.replace(/,\s+as well as\s+([^,]{2,40}),(?=\s)/gi, ' and $1');
  // " - approximately 80 per cent of women with breast cancer - ": an aside set off by spaced dashes.
  // After a "While …" opening the closing dash also ends the clause: a comma stands for it.
  // Written closed up with em dashes or a typewriter's double hyphen: "bleeding--such as in the
  // brain or gut--because …", "bleeding—such as …—because …".
  if (over())
    out = out.replace(
      /(?:\s+[-–—]\s+|(?<=\w)(?:--|—)(?=\w))[^-–—]{3,120}?(?:\s+[-–—]\s+|(?<=\w)(?:--|—)(?=\w))/g,
      /^(?:while|whereas|although|though|when|if|because|as|since|after|before)\b/i.test(out) ? ', ' : ' ',
    );
  if (over()) out = out.replace(/\s*\(([^()]*)\)/g, (match, inner: string) => (wordCount(inner) > 4 && !/\d/.test(inner) ? '' : match));
  // Still over: a long bracketed aside goes even if it holds a number (losing detail, never adding).
  if (over()) out = out.replace(/\s*\(([^()]*)\)/g, (match, inner: string) => (wordCount(inner) > 6 ? '' : match));
  // "In a recent advancement for diabetes treatment, a trial showed …": an opening
  // prepositional phrase frames the claim; a clause ("This is crucial, …") does not go.
  if (over()) {
    const opening =
      /^((?:in|on|at|for|with|following|according to|after|before|during|as|despite|since|through|given|among|unlike|like)\s[^,]{3,80}),\s+(?=\S)/i.exec(
        out,
      );
    if (opening && !NUMBER.test(opening[1]!) && !OWN_CLAUSE.test(opening[1]!) && wordCount(out.slice(opening[0].length)) >= 5)
      out = out.slice(opening[0].length);
  }
  // "X notes that while A, B": when too long, B is the claim; the concession goes. But when
  // both hold a figure ("while 19.5 percent on placebo met the goal, 53.3 percent on the drug
  // did"), A is the comparison: it stays, as a sentence after B (one group's figure never alone).
  if (over()) {
    const concession = /^(?:[^,]*?\bthat\s+)?(?:while|although|though|whereas)\s([^,]{3,120}),\s+(.{12,})$/i.exec(out);
    if (concession && wordCount(concession[2]!) >= 4)
      out =
        NUMBER.test(concession[1]!) && /\d/.test(concession[2]!)
          ? `${concession[2]!.replace(/\.$/, '')}. ${capitalize(concession[1]!)}`
          : concession[2]!;
  }
  // "neural stem cells, which are found in a few brain regions at birth, disappear …": a
  // "which" aside inside the clause goes alone (the cut below would take the verb after it).
  if (over())
    out = out.replace(/,\s+which\s+[^,]{3,120},\s+(?!(?:and|but|or|while|so)\b)/gi, (aside: string) => (/\d/.test(aside) ? aside : ' '));
  // ", suggesting the infections had been cured": the article's reading of a result, not
  // the result; ", contrary to …", ", which showed …" and the like are asides.
  if (over()) {
    const tail =
      /,\s+(?:suggesting|indicating|meaning|implying|contrary to|unlike|as (?:assessed|measured|judged|determined) by|which (?:showed|shows|suggests|suggested|means|meant|was|were|is|are))\b[^]*$/i.exec(
        out,
      );
    if (tail && wordCount(out.slice(0, tail.index)) >= 6) out = out.slice(0, tail.index);
  }
  // "…, suggests a preliminary study presented at …": who reported the claim, said after it
  // with the verb first. The claim stands before the comma; the report is named elsewhere.
  if (over()) {
    const reported =
      /,\s+(?:suggests?|suggested|says?|said|shows?|showed|finds?|found|reports?|reported|concludes?|concluded)\s+(?:an?|the|this|new)\s+(?:[^,\s]+\s+){0,3}?(?:study|studies|trial|research|report|analysis|review|researchers|scientists|team)\b[^]*$/i.exec(
        out,
      );
    if (reported && wordCount(out.slice(0, reported.index)) >= 6) out = out.slice(0, reported.index);
  }
  // "A 2-year trial that compared 3 drugs found that gains were greater …": the study
  // framing goes, the finding stays (its details are in the clinician summary).
  if (over()) {
    const framing =
      /^[^,]*?\b(?:study|trial|results?|researchers|data|analysis|findings|investigators|authors|scientists)\b[^,]*?\s(?:found|find|finds|showed|show|shows|shown|demonstrated|demonstrates|revealed|reveals|indicated|indicates)\s+that\s+(?=\S)/i.exec(
        out,
      );
    if (framing && wordCount(out.slice(framing[0].length)) >= 6) out = capitalize(out.slice(framing[0].length));
  }
  // Still over: any bracketed aside ("(59%)" after its count, "(aflibercept)" after a name),
  // but not one that says whose people a figure is about ("21 percent of (the Yervoy)
  // population"): a name in brackets that glosses no name before it stays.
  if (over())
    out = out.replace(/(\S*)\s*\(([^()]*)\)/g, (match, before: string, inner: string) =>
      /\b\p{Lu}\p{Ll}/u.test(inner) && !/^\p{Lu}/u.test(before) ? match : before,
    );
  return unguardNumbers(out.replace(/\s+([,.;:])(?!\d)/g, '$1'));
}

/**
 * An over-long "A …, and B …" where both halves are long and the second has no comma of
 * its own (so it is one clause, not the tail of a list or an aside): two sentences.
 */
function splitCoordinated(sentence: string, sharedSubject = true): string[] {
  if (wordCount(sentence) <= MAX_WORDS) return [sentence];
  // "… should not take Rydapt because it may cause harm …": the reason as a sentence of its own.
  const because = /\s+because\s+(?=(?:it|they|this|these)\s)/i.exec(sentence);
  if (because && wordCount(sentence.slice(0, because.index)) >= 6 && wordCount(sentence.slice(because.index)) >= 5)
    return [sentence.slice(0, because.index), capitalize(sentence.slice(because.index + because[0].length))];
  // "…, at 54 percent versus 24 percent for Yervoy alone": the figures as a sentence of their own.
  const figures = /,\s+at\s+(?=[^,]*\d[^,]*\s(?:versus|vs\.?|compared with)\s)/i.exec(sentence);
  if (figures && wordCount(sentence.slice(0, figures.index)) >= 6)
    return [sentence.slice(0, figures.index), `This was ${sentence.slice(figures.index + figures[0].length)}`];
  // "… saw the drug work within 72 hours and 84% of the patients were still alive …": a share of people with a verb of its own.
  const share =
    /\s+and\s+(?=(?:about\s+|nearly\s+|almost\s+)?(?:\d[\d.,]*\s*(?:%|percent)\s+of\s+(?:the\s+|those\s+)?(?:[\w-]+\s+)?|\d+\s+of\s+every\s+\d+\s+)(?:patients|people|participants|women|men|children|adults)\s+(?:were|was|had|did|could|remained|stayed|lived|died|survived|showed)\b)/i.exec(
      sentence,
    );
  if (share && wordCount(sentence.slice(0, share.index)) >= 6)
    return [sentence.slice(0, share.index), sentence.slice(share.index + share[0].length)];
  // "… accurate in adults and there was no reason …": a clause with a subject of its own.
  const expletive = /,?\s+and\s+(?=there\s+(?:was|were|is|are)\b)/i.exec(sentence);
  if (expletive && wordCount(sentence.slice(0, expletive.index)) >= 6 && wordCount(sentence.slice(expletive.index)) >= 6)
    return [sentence.slice(0, expletive.index), capitalize(sentence.slice(expletive.index + expletive[0].length))];
  // "… ran more than 6 miles a night, decreasing to about 2 miles late in pregnancy": a change
  // that follows, with its figure, as a sentence of its own ("This decreased to about 2 miles …").
  // (Like the splits below, only where a sentence may be cut in two: not a journalist's lede.)
  const change = sharedSubject ? CHANGE_AFTER.exec(sentence) : null;
  if (change && wordCount(sentence.slice(0, change.index)) >= 6 && wordCount(sentence.slice(change.index)) >= 4)
    return [sentence.slice(0, change.index), `This ${PAST[change[1]!.toLowerCase()]!} ${sentence.slice(change.index + change[0].length)}`];
  // "… a trial of 267 people with cirrhosis, of whom 87 received Epclusa plus ribavirin …": the
  // part of the group as a sentence of its own ("Of these, 87 received …").
  const ofWhom = sharedSubject
    ? /,\s+of\s+(?:whom|which)\s+(?=(?:about\s+|nearly\s+|almost\s+|more than\s+|only\s+)?\d)/i.exec(sentence)
    : null;
  if (ofWhom && wordCount(sentence.slice(0, ofWhom.index)) >= 6 && wordCount(sentence.slice(ofWhom.index)) >= 5)
    return [
      ...splitCoordinated(sentence.slice(0, ofWhom.index), sharedSubject),
      ...splitCoordinated(`Of these, ${sentence.slice(ofWhom.index + ofWhom[0].length)}`, sharedSubject),
    ];
  // "The 5 people who got X …, consumed 700 fewer calories …": the group, then what it did
  // (which may itself be two predicates: "They consumed … and lost …").
  // "7 of the 10 women who took the drug had … within 60 hours of the injection": when setting
  // the closing time apart is enough, the share stays with its group in one sentence, the one
  // a reader (and the main message) takes first; the time follows ("This was within 60 hours …").
  const timed = sharedSubject && sharesOfGroup(sentence) ? splitTimepoint(sentence) : [];
  if (timed.length === 2 && wordCount(timed[0]!) <= MAX_WORDS) return timed;
  const group = sharedSubject ? splitRelativeSubject(sentence) : null;
  if (group) return [group[0], ...splitCoordinated(group[1], sharedSubject)];
  // "The test excluded all 31 controls and diagnosed 93 percent …": one subject, two predicates.
  const shared = sharedSubject ? splitSharedSubject(sentence, 6) : null;
  if (shared) return shared;
  const parts = splitTopLevel(sentence, /^,\s+and\s+/);
  if (parts.length !== 2) return [sentence];
  const [first = '', second = ''] = parts;
  if (wordCount(first) < 7 || wordCount(second) < 7 || second.includes(',')) return [sentence];
  // "…, and should avoid …" shares the first half's subject, and "…, and that even women …"
  // is a second object of the first half's verb: neither is a sentence on its own.
  if (/^(?:should|must|will|would|can|could|may|might|did|does|do|had|has|have|was|were|is|are|also|then|that|whether)\b/i.test(second))
    return [sentence];
  // "…, keeping them fit for months, and extending their lives by 10-15%": a participle
  // phrase about the same subject, not a sentence.
  if (/^\w+ing\b/i.test(second)) return [sentence];
  return [first, second];
}

const TRAILING_TIME = new RegExp(
  String.raw`\s+((?:within\s+)?(?:\d+(?:\.\d+)?|${numberWords(1, 12).join('|')})\s+(?:days?|weeks?|months?|years?)\s+(?:after|later|from|since)\b[^,;]*|within\s+(?:\d+(?:\.\d+)?|${numberWords(1, 12).join('|')})\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+of\b[^,;]*|(?:by|at|after|within)\s+(?:day|week|month|year)\s+\d+)\.?$`,
  'i',
);

/**
 * An over-long sentence that ends on when it was measured ("… had no virus detected in
 * the blood 12 weeks after finishing treatment"): the time gets its own sentence ("This
 * was 12 weeks after finishing treatment.").
 */
function splitTimepoint(sentence: string): string[] {
  if (wordCount(sentence) <= MAX_WORDS) return [sentence];
  const time = TRAILING_TIME.exec(sentence);
  if (!time || wordCount(sentence.slice(0, time.index)) < 6) return [sentence];
  return [sentence.slice(0, time.index), `This was ${time[1]}`];
}

/**
 * "Compared with the placebo, there was a 27% reduced risk of X, a 28% reduced risk of Y, and a
 * 25% reduced risk of Z" → a lead line and a bullet per figure: three or more "a/an …" items,
 * each with a figure, after "there was/were". Cut at its commas instead, the middle item was
 * lost and the last printed without a verb ("A 25% reduced risk of …").
 */
function figureList(clause: string): Pieces | null {
  const match = /^(.+?\bthere\s+(?:was|were))\s+(an?\s.+?)\.?$/i.exec(clause.trim());
  if (!match) return null;
  const items = match[2]!.split(/,\s+(?:and\s+)?(?=an?\s)/i).map((item) => item.replace(/^and\s+/i, '').trim());
  if (items.length < 3 || !items.every((item) => /^an?\s/i.test(item) && /\d/.test(item))) return null;
  return { sentences: [`${capitalize(match[1]!.trim())}:`], bullets: items };
}

/**
 * "The most common side effects were: swelling …; nausea; and confusion." → a lead line and
 * a bullet per item (a colon, then items set apart by semicolons).
 */
function colonList(clause: string): Pieces | null {
  const parts = splitTopLevel(clause, COLON);
  if (parts.length !== 2) return null;
  const [head = '', tail = ''] = parts;
  const items = splitTopLevel(tail.replace(/\.$/, ''), /^;\s+(?:and\s+|or\s+)?/i);
  if (items.length < 2 || wordCount(head) < 3) return null;
  return { sentences: [`${asSentence(head).replace(/\.$/, ':')}`], bullets: items.map((item) => shorten(item)) };
}

/**
 * A source clause as short plain sentences and, for a final long list, bullets.
 * `sharedSubject: false` keeps two predicates of one subject together (a journalist's lede
 * takes the source's sentence, not its first half).
 */
export function toPieces(
  clause: string,
  { sharedSubject = true, figureLists = true }: { sharedSubject?: boolean; figureLists?: boolean } = {},
): Pieces {
  // (The press lede keeps a list of figures as its sentence: a lede has no bullets.)
  const listed = colonList(clause) ?? (figureLists ? figureList(clause) : null);
  if (listed) return listed;
  const pieces: Pieces = { sentences: [], bullets: [] };
  const parts = splitClauses(clause);
  parts.forEach((part, index) => {
    // Bullets print after the sentences, so only a final list keeps reading order.
    const last = index === parts.length - 1;
    const list = last
      ? (explodeList(part) ?? (wordCount(shorten(part)) > MAX_WORDS ? explodeList(shorten(part), LONG_LIST_LEAD) : null))
      : null;
    if (list) {
      pieces.sentences.push(...list.sentences);
      pieces.bullets.push(...list.bullets.map((item) => shorten(item)));
    } else {
      for (const piece of splitCoordinated(shorten(part), sharedSubject).flatMap(splitTimepoint)) {
        const sentence = asSentence(piece);
        if (sentence) pieces.sentences.push(sentence);
      }
    }
  });
  return pieces;
}

/**
 * "But a reduction in death from any cause": a joining word, then a noun of change and no
 * verb; the second half of a "not only …, but …", never a sentence of its own.
 */
export const isVerblessHalf = (clause: string): boolean =>
  /^["“‘(]?(?:but|yet|and)\s+(?:also\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:\w+(?:tion|sion|ment|ness|ance|ence)|increase|decrease|drop|rise|fall|gain|loss|cut)\s+(?:in|of)\b/i.test(
    clause.trim(),
  ) && !FINITE.test(clause);

/** A verb that makes what is left a statement ("was", "had", "reduced"), not a phrase ("a reduction in …"). */
const FINITE = /\b(?:was|were|is|are|had|has|have|did|does|do|could|can|may|might|would|will|\w{3,}ed)\b/i;
/** "side effects, such as X" closing a sentence: the harm words, then their examples. */
const HARM_EXAMPLES =
  /(\b(?:side[- ]effects?|adverse (?:events?|effects?|reactions?)|complications?|reactions?)),\s+such as\s+([^,;]{3,80})$/i;
/** A warning's words: who it names is what it says. */
const WARNS = /\b(?:should|must)\s+(?:also\s+)?not\b|\bnot\s+(?:be\s+)?(?:recommended|used|advised)\b|\bcontraindicated\b/i;
/** Who reports a result: the study, its authors, the researchers. */
/** (Not a word that only says whose people they are: "the study participants … reported" is the people's report, no framing.) */
const REPORTER = String.raw`(?:the\s+)?(?:study|trials?|results?|research|researchers|data|analysis|meta-analysis|review|survey|findings|experiments|tests|authors|scientists|investigators|team|they|we)(?!\s+(?:participants|patients|subjects|volunteers|group|groups|arms?|population|cohort|sample|members|people|women|men|children|adults))`;
const REPORTS = String.raw`(?:found|finds|has found|have found|showed|shows|show|has shown|have shown|revealed|reveals|has revealed|have revealed|suggests|suggested|indicated|indicates|concluded|concludes|say|says|said|reported|reports)`;

/**
 * "In the largest study yet of the effect of this type of antidepressant on stroke recovery, ":
 * an opening that names the study itself (its size or kind, what it was of), not who took part
 * ("In a study of 500 women", "among patients with …" say who).
 */
const STUDY_OPENING =
  /^in\s+(?:the|a|an|this|its|their)\s+(?:(?:largest|biggest|first|latest|new|newest|current|recent|present|same|ongoing|randomi[sz]ed|clinical|controlled|national|international|multicenter|[\w-]+-year)\s+){0,3}(?:study|trial|analysis|research|experiment)\b(?![^,]*\b(?:\d|people|patients|participants|women|men|children|adults|volunteers)\b)[^,]{0,120},\s+/i;

/** A closing quoted comment and who said it: ", "which highlights …," Duggan said". */
const QUOTED_COMMENT =
  /,\s+["“][^"“”]{3,200}["”],?\s+(?:(?:Dr\.?\s+)?\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:said|says|added|adds|noted|notes|explained|explains|wrote)$/u;

/**
 * The length of an opening phrase that says who the people were ("For adults aged 75 years
 * and older with high blood pressure, "), when what follows it is a statement of its own; 0
 * otherwise. Who took part is on the brief's own row, as for a closing "in people with …".
 */
function whoOpening(sentence: string): number {
  const opening =
    /^(?:for|in|among)\s+(?:(?:the|all|those|older|younger|[\w-]+)\s+){0,2}?(?:people|patients|adults|women|men|children|participants)\b[^,]{0,80},\s+(?=\S)/i.exec(
      sentence,
    );
  if (!opening) return 0;
  const rest = sentence.slice(opening[0].length);
  return wordCount(rest) >= 6 && FINITE.test(rest) && !/^(?:and|or|but|which|who)\b/i.test(rest) ? opening[0].length : 0;
}

/**
 * Who announced a result, however described ("Acme Therapeutics (ACME), based in Springfield,
 * Ill., Inc.", "Dr. Jane Roe of …"), then when or where ("on Tuesday", "Tuesday", "in a
 * statement") and "that". A period ends the framing only where a sentence could end: not
 * after a title or a company's "Inc." ("Mass., reported" has its comma).
 */
const ANNOUNCED = new RegExp(
  String.raw`^(?:[^.;:"“”]|\b(?:Dr|Mr|Mrs|Ms|Prof|Inc|Corp|Co|Ltd|Jr|Sr|St)\.|\.(?!\s+\p{L})){3,120}?\s(?<!\b(?:have|has|had)\s)(?:reported|reports|announced|announces|said|says|disclosed)\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+|today\s+|yesterday\s+|this\s+week\s+|in\s+a\s+(?:statement|news\s+release|press\s+release)\s+)?that,?\s+(?=\S)`,
  'iu',
);

/**
 * A named person who found it ("Taylor discovered that", "Dr. Jane Roe and her colleagues
 * found that"): who found a result frames it, as "the researchers found that" does.
 */
const NAMED_FINDER =
  /^(?:(?:Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s+and\s+(?:his|her|their)\s+(?:colleagues|team|co-?authors|co-?workers))?\s+(?:discovered|found|learned|observed|noticed|concluded|determined)\s+that,?\s+(?=\S)/u;

/** A dashed aside set off by spaced en or em dashes. */
const SPACED_DASH_ASIDE = /\s+[—–]\s+[^—–]{3,120}\s+[—–]\s+/g;
/** A dashed aside, its dashes spaced: an en or em dash, or a typewriter's double hyphen. */
const DASHED_ASIDE = /\s+(?:[—–]|--)\s+(?:(?!\s(?:[—–]|--)\s)[^—–]){3,120}?\s+(?:[—–]|--)\s+/g;
/**
 * A dashed aside that says which people ("the rest of them -- who later needed surgery -- did
 * not …"): it defines the group the claim is about, so it stays.
 */
const DEFINES_GROUP = /^\s+(?:[—–]|--)\s+(?:who|whose)\b/i;

/** "X were found to put …", "X was shown to reduce …": a subject, then the study's finding about it in the passive. */
const FOUND_TO = /^([^,]{3,120}?)\s+(was|were|is|are|has been|have been)\s+(?:found|shown|reported|observed|seen)\s+to\s+([a-z]+)\b/i;

/** "The results of the trial, published online … in <journal>, show": where the report appeared, inside its framing. */
const PUBLISHED_IN_FRAME = new RegExp(
  String.raw`^((?:[^,]{0,60}?\b)${REPORTER}\b[^,]{0,40}?),\s+(?:published|presented|reported|appearing)\s+[^,]{3,120},\s+(?=${REPORTS}\b)`,
  'i',
);

/** ", with five remitting at …", ", with most of them needing …": a closing "with" of some of the people and what they did. */
const WITH_SOME = new RegExp(
  String.raw`,\s+with\s+(?:\d[\d,.]*|${numberWords(1, 12).join('|')}|(?:most|many|some|several|few|half|all|none)(?:\s+of\s+(?:them|those))?)\s+(?:[\w-]+\s+){0,2}?\w+ing\b[^]*$`,
  'i',
);

/** "Folsom, Calif., (June 22, 2016) - ", "BOSTON (Reuters) — ": a place, maybe a state and a bracketed date or agency, then a dash. */
const DATELINE =
  /^\p{Lu}[\p{L}.' ]{1,30}(?:,\s+(?:\p{Lu}[\p{L}.]{1,15},?\s+)?(?:\([^()]{3,40}\)\s+)?|\s+\([^()]{3,40}\)\s+)[-–—]{1,2}\s+(?=\p{Lu})/u;

/** Participles of change and their past forms, for a closing ", decreasing to 2 miles" said as "This decreased to 2 miles". */
const PAST: Record<string, string> = {
  decreasing: 'decreased',
  increasing: 'increased',
  declining: 'declined',
  dropping: 'dropped',
  falling: 'fell',
  rising: 'rose',
  climbing: 'climbed',
  growing: 'grew',
  affecting: 'affected',
  reaching: 'reached',
  extending: 'extended',
  lowering: 'lowered',
  reducing: 'reduced',
  cutting: 'cut',
  improving: 'improved',
  raising: 'raised',
  boosting: 'boosted',
};
/** ", decreasing to about 2 miles …": a closing participle of change whose phrase holds a figure (no clause of its own after it). */
const CHANGE_AFTER = new RegExp(String.raw`,\s+(?:and\s+)?(${Object.keys(PAST).join('|')})\s+(?=[^,;]*\d[^,;]*\.?$)`, 'i');

/** "A … drug targeting a fused gene found in … cancer " before its verb: the subject, then what describes it. */
const SUBJECT_DESCRIBED =
  /^((?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:drug|pill|medicine|medication|treatment|therapy|vaccine|device|test|compound|procedure|implant|injection|molecule|antibody))\s+(?:targeting|that\s+targets|which\s+targets|aimed\s+at|made\s+from|based\s+on|derived\s+from|developed\s+(?:by|at)|made\s+by)\s+[^,]{3,80}?\s+(?=(?:was|were|is|are|has|have|had|can|could|may|might|will|would|did|does)\s)/i;

/** "with breast cancer dying of their disease": a condition of one to four words, then death from "their disease". */
const DISEASE_TWICE =
  /\bwith\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+(dying|who died|who die|died)\s+(of|from)\s+(?:their|the|this|that)\s+(?:disease|illness|condition)\b/gi;

/**
 * Shorter forms of a result's sentence that keep its claim and its figures, each shorter
 * than the one before, for a brief that cannot print the whole sentence (the first form
 * that reads plainly is used). Words are only taken away or set apart, never added beyond
 * "This compared with": asides that name or explain ("called GFAP", ", which pointed
 * to …,", ", regardless of …,"), who reported it ("the research found", ", according to
 * …", "researchers … announced"), the report's framing ("A study shows …"), a trailing
 * reading of the result (", because …", ", suggesting …", ", perhaps …", ", an exciting sign
 * of …"), closing examples (", such as …") and a last "without …ing …" tail. A closing comparison that holds a figure (", compared
 * with 15% on placebo") becomes a sentence of its own. `strict` (the patient brief) also
 * lets a description of the treatment between its name and its verb go.
 */
/**
 * "the risk of the chemotherapy drug missing an isolated grouping of the breast cancer cells in
 * the scalp because of the cold cap is extremely rare": a risk whose size the source gives, of
 * something (named, with its article) doing something. The size comes last and the cause
 * before it, so when the sentence is too long no cut at its end keeps both the harm and how
 * likely it is.
 */
const RISK_OF_DOING =
  /^(?:the|a|an|this|that|any)\s+(?:(?:small|slight|tiny|low|high|real|theoretical|possible|potential)\s+)?risks?\s+(?:of|that)\s+((?:the|a|an|this|that|these|those|its|their|his|her|your)\s+(?:[\w'’-]+\s+){1,5}?)([a-z]+ing)\s+(.+?)\s+(?:is|was|are|were|remains|seems|appears)\s+((?:(?:extremely|very|quite|relatively|fairly|exceedingly)\s+)?(rare|uncommon|low|small|tiny|slight|minimal|remote|high))$/i;
/** "because of the cold cap", "due to the cap": what the harm comes from, said after it. */
const RISK_CAUSE = /\s+((?:because of|due to|caused by)\s+[^,;]{3,60})$/i;

/** "missing" → "miss", "dying" → "die": the verb a gerund is of, or null when compromise cannot tell. */
function baseOfGerund(gerund: string): string | null {
  for (const text of [gerund, `they are ${gerund} it`]) {
    const base = nlp(text).verbs().toInfinitive().text().trim().toLowerCase();
    if (/^[a-z]+$/.test(base) && base.slice(0, 2) === gerund.slice(0, 2).toLowerCase()) return base;
  }
  return null;
}

/**
 * "The chemotherapy drug may miss an isolated grouping of the breast cancer cells in the scalp.
 * This can happen because of the cold cap. It is extremely rare.": the harm as what may
 * happen (a risk of it happening is that it may), then its cause, then its size in the
 * source's words, each a short sentence, so none of them is cut to fit (a harm shortened
 * without its size, or its size without the harm, says something other than the source).
 * Null when the sentence is no such risk.
 */
function riskAsSentences(sentence: string): string | null {
  const risk = RISK_OF_DOING.exec(sentence.trim().replace(/\.$/, ''));
  if (!risk) return null;
  const [, subject = '', gerund = '', object = '', size = '', word = ''] = risk;
  const verb = baseOfGerund(gerund);
  if (!verb) return null;
  const cause = RISK_CAUSE.exec(object);
  const what = cause ? object.slice(0, cause.index) : object;
  // "rare" is said of what happens; "low" or "high" of the risk of it.
  const often = /^(?:rare|uncommon)$/i.test(word);
  const sizeSentence = often ? `${cause ? 'It' : 'This'} is ${size}.` : `The risk is ${size}.`;
  return [`${capitalize(subject.trim())} may ${verb} ${what}.`, ...(cause ? [`This can happen ${cause[1]}.`] : []), sizeSentence].join(' ');
}

export function shorterForms(sentence: string, { strict = false }: { strict?: boolean } = {}): string[] {
  const forms: string[] = [];
  let current = guardNumbers(sentence.trim().replace(/\.$/, ''));
  const step = (next: string) => {
    const tidy = next
      .replace(/\s+([,.;:])(?!\d)/g, '$1')
      .replace(/,{2,}/g, ',')
      .replace(/\s{2,}/g, ' ')
      .trim();
    if (tidy !== current && wordCount(tidy) >= 5) {
      current = tidy;
      forms.push(asSentence(unguardNumbers(tidy)));
    }
  };
  // "Folsom, Calif., (June 22, 2016) - A new study …": a press release's dateline is no part of the result.
  step(current.replace(DATELINE, ''));
  // "Our research shows that …", "We found that …": the source speaking as "we"; in our
  // documents "we" would be the brief's authors. The claim stands without it.
  step(
    current
      .replace(
        /^(?:(?:our|my)\s+(?:new\s+)?(?:research|study|work|findings?|data|results?|trial)\s+(?:shows?|showed|suggests?|suggested|found|finds|indicates?|indicated|demonstrates?|demonstrated)|we\s+(?:have\s+)?(?:found|showed|shown|discovered))\s+(?:that\s+)?(?=\S)/i,
        (frame, offset: number, whole: string) => (offset === 0 && whole.length > frame.length ? '' : frame),
      )
      .replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
  );
  // "He also points out that both drugs do have side effects": the statement without who said
  // it, when it names what it is about ("He says his patients …" does not).
  const said =
    /^(?:he|she|they)\s+(?:also\s+)?(?:says?|said|points? out|pointed out|notes?|noted|adds?|added|explains?|explained|warns?|warned),?\s+(?:that\s+)?(?=\S)/i.exec(
      current,
    );
  if (said && !/^(?:he|she|his|her|him|they|their|them|it|its|this|that|these|those)\b/i.test(current.slice(said[0].length)))
    step(capitalize(current.slice(said[0].length)));
  // "…, regardless of whether they took vitamin D, "which highlights the importance of weight
  // loss," Duggan said": someone's comment on the result, quoted after it, is not the result.
  const comment = QUOTED_COMMENT.exec(current);
  if (comment && wordCount(current) > MAX_WORDS && wordCount(current.slice(0, comment.index)) >= 6) step(current.slice(0, comment.index));
  // "the risk of women with breast cancer dying of their disease" → "… of women dying of
  // breast cancer": the disease named twice, once by "their disease", said once (same people,
  // same death). Only when "their disease" can mean nothing but the one just named.
  step(current.replace(DISEASE_TWICE, (_m, condition: string, dying: string, of: string) => `${dying} ${of} ${condition}`));
  // "caused by HPV 31, 33, 45, 52 and 58": a list of three or more numbered types or strains
  // names which ones (the clinician summary keeps it); the claim stands without it.
  step(
    current.replace(/\s+(?:caused by|due to|linked to|from)\s+(?:[\w-]+\s+)?\d+(?:,\s*\d+)+,?\s+(?:and|or)\s+\d+(?=\s*(?:[,.;)]|$))/g, ''),
  );
  // "X was 97 per cent effective at preventing …, and was equally effective as the current
  // vaccine in preventing …": a second predicate with no figure, after a first that holds one.
  const second = /,\s+and\s+(?:was|were|is|are|also)\s+[^;]{10,}$/i.exec(current);
  if (second && !/\d/.test(second[0]) && /\d/.test(current.slice(0, second.index))) step(current.slice(0, second.index));
  step(current.replace(/,\s+(?:called|known as|dubbed|named)\s+[^,]{2,80},\s*/gi, ' '));
  // "the ENOX2 protein (a recently identified marker of malignancy) was found …": a bracketed
  // definition of what was just named (an indefinite noun phrase of three words or more, no
  // figure) explains a word; the claim stands without it.
  step(current.replace(/\s*\((?:an?)\s+(?:[^()\d\s]+\s+){1,10}[^()\d\s]+\)/gi, ''));
  // ", defined as tumors that shrank by at least 30 percent,": the measure's definition (the clinician summary keeps it).
  step(current.replace(/,\s+(?:defined as|measured as)\s+[^,]{3,100},\s*/gi, ' '));
  // ", which pointed to …,": an aside, unless it holds a figure (", which translates to one life saved per 2,500 women,").
  step(current.replace(/,\s+which\s+[^,]{3,100},\s*/gi, (aside) => (/\d/.test(aside) ? aside : ' ')));
  // "— at least a 20 percent reduction … —": a dashed aside; after a "While …" opening its closing dash ends the clause.
  const subordinate = /^(?:while|whereas|although|though|when|if|because|as|since|after|before)\b/i.test(current);
  // For the patient brief (`strict`), typed as a spaced double hyphen too ("sleep quality -- as
  // shown by the sleep diaries -- than …"). A "who" aside says which people, and stays.
  step(
    current.replace(strict ? DASHED_ASIDE : SPACED_DASH_ASIDE, (aside: string) =>
      DEFINES_GROUP.test(aside) ? aside : subordinate ? ', ' : ' ',
    ),
  );
  step(current.replace(/,\s+(?:regardless of|despite|although|though)\s+[^,]{3,100},/gi, ','));
  // "… were similar between the two options, whether used alone or together": a closing
  // concession says the claim holds either way; the claim stands without it. (Not ", despite
  // the small number of patients": that one says what limits the claim.)
  const concession = /,\s+(?:whether|regardless of|irrespective of)\s[^,;]{3,100}$/i.exec(current);
  if (concession && wordCount(current) > MAX_WORDS && wordCount(current.slice(0, concession.index)) >= 6)
    step(current.slice(0, concession.index));
  // "For every 1,000 people screened in the study, …": the brief is about the study; saying so again adds nothing.
  // "7 of the 10 women who took the drug in the trial had …": so too after what they took.
  if (wordCount(current) > MAX_WORDS)
    step(
      current.replace(
        /(?<=\S)\s+in\s+(?:the|this)\s+(?:study|trial)(?=\s*[,;]|$)|(?<=\b(?:took|got|received|were given|used)\s+(?:the\s+)?[\w-]+)\s+in\s+(?:the|this)\s+(?:study|trial)\b/gi,
        '',
      ),
    );
  // "… was a more accurate predictor, both of benign lesions and melanomas, than …": what the
  // claim covers, set off by commas inside it; the claim and its comparison stay.
  step(current.replace(/,\s+both\s+(?:of|for|in|among|with)\s+[^,]{3,80}\s+and\s+[^,]{2,80},\s*(?=than\b|compared\b|versus\b)/gi, ' '));
  // "After adjusting for several influencing factors, …": how the figures were analysed (the
  // clinician summary's business); ", with or without extra iron," an aside on who counted.
  step(current.replace(/^(?:after|when|once)\s+(?:adjusting|controlling|accounting)\s+for\s+[^,]{3,120},\s+/i, ''));
  step(current.replace(/,\s+with or without\s+[^,]{3,80},\s*/gi, ' '));
  step(current.replace(new RegExp(String.raw`,\s+${REPORTER}\b[^,]{0,60}?\s${REPORTS},\s*`, 'gi'), ', '));
  step(
    current.replace(
      /,\s+(?:according to\s[^,]*|they (?:said|say|reported|found)|(?:the\s+|a\s+(?:new\s+)?)?(?:researchers?|scientists?|authors?|investigators?|doctors?|experts?|study|report)\b[^,]{0,80}\s(?:has\s+|have\s+)?(?:said|says|announced|reported|added|noted|wrote|found))$/i,
      '',
    ),
  );
  // "…, the Swiss company said as it seeks an edge on its rivals": who announced it, and why, is not the result.
  step(
    current.replace(/,\s+the\s+(?:[\w-]+\s+){0,2}(?:company|drugmaker|firm|maker|agency)\s+(?:said|says|announced|reported)\b[^,]*$/i, ''),
  );
  // "A first-of-its-kind drug targeting a fused gene found in many cancers was effective in 93
  // percent …": what the treatment targets or is made of, between its name and its verb, goes
  // when the sentence is too long (the claim, its subject and its figure stay).
  // (`strict`: only for the patient brief's 20-word limit; a lede keeps the description.)
  const described = strict ? SUBJECT_DESCRIBED.exec(current) : null;
  if (described && wordCount(current) > MAX_WORDS && wordCount(current.slice(described[0].length)) >= 5)
    step(`${described[1]} ${current.slice(described[0].length)}`);
  // "… 43 percent had remitted, with five remitting at amounts below the usual dose": a closing
  // detail about some of them (patient brief only; the clinician summary keeps it).
  const withSome = strict ? WITH_SOME.exec(current) : null;
  if (withSome && wordCount(current) > MAX_WORDS && wordCount(current.slice(0, withSome.index)) >= 6)
    step(current.slice(0, withSome.index));
  // "… in cancer patients - changes that may be influential in helping to protect taste buds":
  // a closing restatement after a dash that says what the result may mean (a reading of it).
  const dashReading = /\s+[-–—]{1,2}\s+(?:[\w-]+\s+){0,3}(?:that|which)\s+(?:may|might|could|would|can)\b[^]*$/i.exec(current);
  if (dashReading && wordCount(current) > MAX_WORDS && wordCount(current.slice(0, dashReading.index)) >= 6)
    step(current.slice(0, dashReading.index));
  // "When compared to people treated with placebo, test people had …": the claim first, then the comparison.
  const comparedFirst = /^(?:when\s+)?compared\s+(?:to|with)\s+([^,]{3,80}),\s+(.{20,})$/i.exec(current);
  if (comparedFirst && wordCount(current) > MAX_WORDS) step(`${capitalize(comparedFirst[2]!)}. This compared with ${comparedFirst[1]}`);
  // "In “Oral Vitamin C … : A Randomized Trial,” Cindy T. McEvoy, MD, MCR, and her co-authors
  // report that …": the paper's title and its authors, with the commas of their names and
  // degrees, then "(and her) co-authors / colleagues / team report that": all framing.
  const authors =
    /^(?:[^"“”]|“[^“”]*”|"[^"]*"){0,300}?,?\s+and\s+(?:his|her|their)\s+(?:co-?authors|colleagues|team|co-?workers)\s+(?:report|reported|found|write|wrote|conclude|concluded|show|showed)\s+that,?\s+(?=\S)/i.exec(
      current,
    );
  if (authors) {
    const claim = current.slice(authors[0].length);
    if (wordCount(claim) >= 6 && FINITE.test(claim) && standsAlone(claim)) step(capitalize(claim));
  }
  // "The results of the trial, published online on March 27 in the Journal of Clinical Oncology,
  // show that …": where the report appeared, set off inside its framing (the citation has it).
  step(current.replace(PUBLISHED_IN_FRAME, '$1 '));
  // "In the largest study yet of the effect of … on stroke recovery, French researchers found
  // that stroke patients given Prozac improved …": an opening that only says which study it was,
  // before who found it, goes with that framing (patient brief, when too long: the brief's rows
  // say what the study was). Not one that says who was studied ("In a study of 500 women, …").
  const studyOpening = strict && wordCount(current) > MAX_WORDS ? STUDY_OPENING.exec(current) : null;
  if (
    studyOpening &&
    new RegExp(String.raw`^(?:[^,]{0,60}?\b${REPORTER}\b[^,]{0,60}?\s)${REPORTS}\s+that\s`, 'i').test(current.slice(studyOpening[0].length))
  )
    step(capitalize(current.slice(studyOpening[0].length)));
  // "In a review of all 18 studies, the authors found breastfeeding …": the opening stays, the framing goes.
  const framing = new RegExp(
    String.raw`^((?:[^,]{3,80},\s+)?)(?:[^,]{0,100}?\b${REPORTER}\b[^,]{0,100}?\s)${REPORTS}\s+(?:(?:on\s+\w+day|today|yesterday)\s+)?(?:that,?\s+)?(?=\S)`,
    'i',
  ).exec(current);
  const rest = framing ? current.slice(framing[0].length) : '';
  // "The study shows that for adults aged 75 and older, a goal of …": what follows the framing
  // is a statement once past an opening that says who the people were.
  const statement = rest.slice(whoOpening(rest));
  // What is left must be a statement: not "in the news release that …" nor "a reduction in …".
  if (
    framing &&
    wordCount(statement) >= 6 &&
    FINITE.test(statement) &&
    !/^(?:in|on|at|to|for|with|from|by|of|about)\b/i.test(statement) &&
    // "a reduction in …" after "found" is no statement; after "found that", "a goal of … reduced …" is.
    (!/^an?\b/i.test(statement) || /\bthat,?\s+$/i.test(framing[0])) &&
    // Without "that", what follows "found" may be its object, no clause: "[A study … found]
    // only small differences when the same people were scanned again" has no verb of its own
    // (its "were" is the "when" clause's).
    (/\bthat,?\s+$/i.test(framing[0]) || hasOwnVerb(statement)) &&
    standsAlone(statement)
  ) {
    // An opening that only says where it was published goes with the framing.
    const opening =
      framing[1] &&
      !/^(?:published|writing|reporting|appearing|based on|using|drawing on|analy[sz]ing|examining|reviewing)\b/i.test(framing[1])
        ? framing[1]
        : '';
    // "… said their rapid test had proved …": without who said it, "their" points at no one.
    const owned = rest.replace(/^(?:their|its|his|her|our)\s+/i, 'the ');
    step(opening ? `${opening}${owned}` : capitalize(owned));
  }
  // "Sage Therapeutics, based in Cambridge, Mass., reported on Tuesday that 7 of the 10 women …":
  // who announced it, however it is described, frames the finding (patient brief, when too long).
  // Not "Doctors have reported that …": what many have seen over time is no announcement of a result.
  // "Taylor discovered that …": so too a named person who found it (patient brief, when too long).
  const finder = strict && wordCount(current) > MAX_WORDS ? NAMED_FINDER.exec(current) : null;
  const finderRest = finder ? current.slice(finder[0].length) : '';
  if (finder && wordCount(finderRest) >= 6 && FINITE.test(finderRest) && standsAlone(finderRest)) step(capitalize(finderRest));
  const announced = strict && wordCount(current) > MAX_WORDS ? ANNOUNCED.exec(current) : null;
  const announcedRest = announced ? current.slice(announced[0].length) : '';
  if (announced && wordCount(announcedRest) >= 6 && FINITE.test(announcedRest) && standsAlone(announcedRest))
    step(capitalize(announcedRest));
  // "… were more prone to side effects, such as a mild reaction at the injection site": the
  // examples are the harm; when the sentence is too long they become a sentence of their own
  // rather than an aside that goes ("… side effects. These included a mild reaction …").
  // (Only of harms that happened: "studies are needed to assess side effects, such as …" names none.)
  const harmExamples = wordCount(current) > MAX_WORDS ? HARM_EXAMPLES.exec(current) : null;
  if (
    harmExamples &&
    !/\b(?:future|need(?:s|ed)?|should|will|would|may|might|could|can|assess\w*|monitor\w*|risks? of)\b/i.test(
      current.slice(0, harmExamples.index),
    )
  )
    step(`${current.slice(0, harmExamples.index + harmExamples[1]!.length)}. These included ${harmExamples[2]}`);
  // "The downside is that these medicines raise the risk of bleeding": a framing that only says
  // how to weigh the statement; the statement stands without it.
  const weighed =
    /^(?:the\s+)?(?:downside|upside|problem|catch|concern|worry|good news|bad news|upshot|trouble|drawback)\s+is\s+that,?\s+(?=\S)/i.exec(
      current,
    );
  // (What it points back to, "these medicines", it pointed back to with the framing too.)
  if (weighed && FINITE.test(current.slice(weighed[0].length))) step(capitalize(current.slice(weighed[0].length)));
  // "Implants of stem cells were found to put the brakes on ageing in mice": the study's finding
  // said as the finding ("… put the brakes on ageing"); "were found to be safe" is "were safe".
  // (Patient brief only, and only when too long: the brief's heading already says "What did they find?")
  const found = strict && wordCount(current) > MAX_WORDS ? FOUND_TO.exec(current) : null;
  if (found && wordCount(found[1]!) >= 2) {
    const past = found[3]!.toLowerCase() === 'be' ? found[2]! : pastTense(found[3]!);
    if (past) step(`${found[1]} ${past}${current.slice(found[0].length)}`);
  }
  // "the infants whose mothers took vitamin C in addition to their prenatal vitamin had …": what
  // both groups also took (patient brief only, when too long, and not in a sentence that draws
  // its own comparison, where "X on top of usual care … than usual care alone" needs it).
  if (strict && wordCount(current) > MAX_WORDS && !/\b(?:than|compared|versus|vs\.?)\b/i.test(current))
    step(
      current.replace(
        /\s+(?:in addition to|on top of)\s+(?:their|his|her|its)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?=\s+(?:had|has|have|was|were|showed|\w+ed)\b)/i,
        '',
      ),
    );
  // "…by 10 percent, which translates to one life saved per 2,500 women": the figure restated
  // for people, the figure a patient reads best, as a sentence of its own.
  const restated =
    /,\s+which\s+((?:translates|translated|amounts|amounted|works out|worked out|equates|equated)\s+to\s+[^,]*\d[^,]*)$/i.exec(current);
  if (restated && wordCount(current) > MAX_WORDS && wordCount(current.slice(0, restated.index)) >= 6)
    step(`${current.slice(0, restated.index)}. This ${restated[1]}`);
  // "… found 60 more cancers, for an overall detection rate of 15.5 per 1,000 women": the
  // figure summed up as a rate or total, as a sentence of its own ("This was an overall …").
  const summed = /,\s+for\s+((?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:rate|total|average|ratio|gain|loss|drop|rise)\s+of\s+[^,]*\d[^,]*)$/i.exec(
    current,
  );
  if (summed && wordCount(current) > MAX_WORDS && wordCount(current.slice(0, summed.index)) >= 4)
    step(`${current.slice(0, summed.index)}. This was ${summed[1]}`);
  const tail =
    /,\s+(?:because|enough to|suggesting|indicating|meaning|implying|making (?:it|them|this)|approaching|rivall?ing|which|perhaps|possibly|an?\s+(?:[\w-]+\s+){0,3}(?:sign|step|advance|milestone|development))\b[^]*$/i.exec(
      current,
    );
  if (tail && wordCount(current.slice(0, tail.index)) >= 6) step(current.slice(0, tail.index));
  // "… in people with type 2 diabetes": who the people were is on the brief's own row.
  // Not in a warning: "should not be used in patients with heart failure" is who must not use it.
  // ("in previously untreated patients with advanced melanoma": a word or two may describe them.)
  const who = /\s+(?:in|among)\s+(?:(?!with\b)[\w-]+\s+){0,2}?(?:people|patients|adults|women|men|children)\s+with\s+[^,]+$/i.exec(current);
  if (who && !WARNS.test(current) && wordCount(current) > MAX_WORDS && wordCount(current.slice(0, who.index)) >= 6)
    step(current.slice(0, who.index));
  // "… compared with Yervoy alone through 11 months of follow-up": how long people were followed
  // is on the brief's own row.
  const followUp =
    /\s+(?:through|over|after|during|at)\s+(?:\d+(?:\.\d+)?|[a-z]+)\s+(?:months?|years?|weeks?|days?)\s+of\s+follow[- ]?up$/i.exec(current);
  if (followUp && wordCount(current) > MAX_WORDS && wordCount(current.slice(0, followUp.index)) >= 6)
    step(current.slice(0, followUp.index));
  // A closing comparison without a figure ("… lower risk compared with children who were never
  // breastfed"): the comparison is the study's comparator, which the brief names on its own row.
  const plainComparison = /,?\s+(?:(?:when\s+)?compared\s+(?:to|with)|relative to)\s+(.+)$/i.exec(current);
  if (
    plainComparison &&
    !NUMBER.test(plainComparison[1]!) &&
    // A list may follow ("folic acid, iron, and multivitamins"), never a clause of its own
    // (", more patients … were able to …" is the sentence's claim).
    plainComparison[1]!
      .split(',')
      .slice(1)
      .every((part) => !FINITE.test(part)) &&
    wordCount(current) > MAX_WORDS &&
    wordCount(current.slice(0, plainComparison.index)) >= 6 &&
    // Not the comparison an earlier step set apart ("… methods. This compared with …"): cut, it leaves "This.".
    !/(?:^|[.!?]\s+)This$/.test(current.slice(0, plainComparison.index))
  )
    step(current.slice(0, plainComparison.index));
  // "… a 70 percent reduction, compared with a 35 percent decline in men", "… 61 percent for those on
  // the combination versus 11 percent among those on one drug": the comparison's figure as a sentence of its own.
  const compared = /,?\s+(?:compared\s+(?:to|with)|versus|vs\.?)\s+([^,]+)$/i.exec(current);
  if (
    compared &&
    (compared[0].startsWith(',')
      ? NUMBER.test(compared[1]!)
      : // "… 40 percent less likely to … compared to those who received four weekly emails": the
        // other group, named after a figure for this one, as a sentence of its own.
        (/^(?:(?:an?|the)\s+)?(?:(?:about|nearly|almost|only|just|over|under)\s+)?\d/i.test(compared[1]!) ||
          /^(?:those|people|patients|participants|women|men|children|adults|the (?:group|ones?|people|patients|participants))\b/i.test(
            compared[1]!,
          )) &&
        wordCount(current) > MAX_WORDS &&
        /\d/.test(current.slice(0, compared.index))) &&
    wordCount(current.slice(0, compared.index)) >= 6
  )
    step(`${current.slice(0, compared.index)}. This compared with ${compared[1]}`);
  // "While 19.5 percent on placebo met the goal, the response rate on the drug was 53.3 percent":
  // two figures set side by side; the treatment's first, then the comparison, as two sentences.
  const sideBySide = /^while\s+([^,]*\d[^,]*),\s+([^,]*\d[^,]*)$/i.exec(current);
  if (sideBySide && wordCount(sideBySide[1]!) >= 5 && wordCount(sideBySide[2]!) >= 5)
    step(`${capitalize(sideBySide[2]!)}. ${capitalize(sideBySide[1]!)}`);
  // ", such as a mild reaction at the injection site": closing examples of what the sentence already names.
  const examples = /,\s+(?:such as|including|like|for example)\s+[^,]+$/i.exec(current);
  if (examples && wordCount(current) > MAX_WORDS && !NUMBER.test(examples[0]) && wordCount(current.slice(0, examples.index)) >= 6)
    step(current.slice(0, examples.index));
  // "… during the four-year study": how long the study ran is on the brief's own row.
  const during = /\s+(?:during|over|in)\s+the\s+(?:[\w.]+[- ])?(?:years?|months?|weeks?|days?)[- ](?:long\s+)?(?:study|trial)$/i.exec(
    current,
  );
  if (during && wordCount(current) > MAX_WORDS && wordCount(current.slice(0, during.index)) >= 6) step(current.slice(0, during.index));
  const without = /\s+without\s+\w+ing\b[^,.]*$/i.exec(current);
  if (without && wordCount(current.slice(0, without.index)) >= 6) step(current.slice(0, without.index));
  // "the risk of the drug missing … because of the cap is extremely rare": the harm, its cause and its size as short sentences (patient brief, when too long).
  const risk = strict && wordCount(current) > MAX_WORDS ? riskAsSentences(unguardNumbers(current)) : null;
  if (risk) step(guardNumbers(risk.replace(/\.$/, '')));
  // Last, and only when nothing else brought it within the limit: "For adults aged 75 and older
  // with high blood pressure, a goal of …" without who the people were (the brief's own row
  // says who took part). Not sooner: "Among uninfected women, the vaccine was 97 per cent
  // effective" needs its group wherever the sentence fits with it.
  const whoAt = strict ? whoOpening(current) : 0;
  if (whoAt > 0 && wordCount(current) > MAX_WORDS) step(capitalize(current.slice(whoAt)));
  return forms;
}
