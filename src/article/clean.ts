// Removes page junk that comes with pasted articles and press releases: ad markers,
// photo captions and credits, share bars, "Read more", "Related" and "More information"
// links, newsletter sign-ups, language switchers, section labels, bylines, comment and
// stock-market furniture, wire credits, "About <organisation>" boilerplate,
// forward-looking statements, everything after a release's "###" or a page's copyright
// line, and short link lines after the story's last sentence. What carries metadata
// (release date, embargo, dateline, issuing office, media contact) is kept as metadata;
// a dateline or a label glued to the first paragraph is cut off it. Every rule
// describes a kind of junk that news and press-release pages carry, never a particular
// article, and whole-block rules only fire on short blocks or anchored phrasings, so a
// sentence of the story is never taken for furniture.
//
// The phrases are data (src/article/cues/junk.yaml); each removal carries the id of the
// rule that removed it (src/shared/rules.ts). What is not a phrase stays here: word
// limits, how near the top a line is, tails that run to the end, what kind of block it is.
import { wordCount as countWords } from '../shared/count-words.js';
import type { RuleId } from '../shared/rules.js';
import type { Block } from './blocks.js';
import { cueById, fragment } from './cues/cues.js';
import { MONTH_PATTERN } from '../shared/word-lists.js';

/** The rules that remove page junk: every `junk-*` id of the registry. */
export type JunkRule = Extract<RuleId, `junk-${string}`>;

export interface RemovedBlock {
  block: Block;
  /** The rule that removed it. */
  reason: JunkRule;
}

export interface ReleaseMeta {
  date: string | null;
  embargo: string | null;
  contact: string | null;
  /** The dateline's place and wire, as written ("CAMBRIDGE, Mass.", "LONDON (Reuters)"). */
  dateline: string | null;
  /** The office that issued a release, from a line of its own under the headline ("National Eye Institute"). */
  issuer: string | null;
  /** The release line's words as the source wrote them ("For Immediate Release"), without its date. */
  line: string | null;
  /** Whether the text ends with a release's end mark ("###", "-30-", "ENDS"). */
  endMark: boolean;
  /** The release wire that sent it, as named in its opening ("Newswise", "PRNewswire"). */
  wire: string | null;
}

export interface CleanedArticle {
  blocks: Block[];
  removed: RemovedBlock[];
  release: ReleaseMeta;
}

/** Junk is judged by how long a line looks: words between spaces ("1,558" is one). */
const wordCount = (text: string) => countWords(text, { by: 'spaces' });

/** A rule's cue phrase (junk.yaml), compiled once. */
const cue = (id: JunkRule): RegExp => cueById('junk', id).regex;

/** The speech verbs of a quote's attribution ("said", "says", "told"), from the quote cues. */
const QUOTE_SPEECH_VERB = cueById('quotes', 'quote-speech-verb').regex;

/** Words that make a capitalised name an organisation. */
const ORG_WORD = fragment('junk', 'organisation-word', '');
/** What organisations say about themselves in boilerplate. */
const MISSION = fragment('junk', 'mission');
/** What an "About …" heading names when it is about the story ("About the trial"), not an organisation. */
const STORY_TOPIC = fragment('junk', 'story-topic');

interface Rule {
  id: JunkRule;
  test: (text: string, at: Position) => boolean;
}

interface Position {
  index: number;
  count: number;
  block: Block;
}

/** Whole-block junk, in order: the first rule that holds names the removal. */
const JUNK_RULES: Rule[] = [
  { id: 'junk-ad-marker', test: (t) => cue('junk-ad-marker').test(t) },
  { id: 'junk-share-bar', test: (t) => wordCount(t) <= 8 && cue('junk-share-bar').test(t) },
  { id: 'junk-tag-list', test: (t) => cue('junk-tag-list').test(t) && wordCount(t) < 30 },
  { id: 'junk-photo-caption', test: (t) => cue('junk-photo-caption').test(t) && wordCount(t) < 25 },
  { id: 'junk-photo-credit', test: (t) => cue('junk-photo-credit').test(t) && wordCount(t) < 25 },
  { id: 'junk-photo-note', test: (t) => cue('junk-photo-note').test(t) && wordCount(t) < 12 },
  { id: 'junk-language-switcher', test: (t) => cue('junk-language-switcher').test(t) },
  { id: 'junk-newsletter', test: (t) => wordCount(t) < 40 && cue('junk-newsletter').test(t) },
  { id: 'junk-read-more', test: (t) => wordCount(t) < 25 && readMoreLabel(t) },
  { id: 'junk-link-label', test: (t) => wordCount(t) < 25 && cue('junk-link-label').test(t) },
  { id: 'junk-more-information', test: (t) => wordCount(t) < 30 && cue('junk-more-information').test(t) },
  { id: 'junk-tagline', test: (t) => cue('junk-tagline').test(t) && wordCount(t) < 10 },
  { id: 'junk-about-boilerplate', test: (t) => cue('junk-about-boilerplate').test(t) && MISSION.test(t) },
  { id: 'junk-organisation-boilerplate', test: (t, at) => isOrganisationBoilerplate(t, at) },
  { id: 'junk-press-availability', test: (t) => wordCount(t) < 45 && cue('junk-press-availability').test(t) },
  { id: 'junk-section-label', test: (t, at) => at.block.kind !== 'cell' && cue('junk-section-label').test(t) },
  { id: 'junk-byline', test: (t, at) => at.index < 8 && wordCount(t) < 16 && cue('junk-byline').test(t) },
  { id: 'junk-timestamp', test: (t, at) => at.index < 8 && wordCount(t) < 16 && cue('junk-timestamp').test(t) },
  { id: 'junk-copyright', test: (t) => wordCount(t) < 30 && cue('junk-copyright').test(t) },
  { id: 'junk-comments', test: (t) => wordCount(t) < 25 && cue('junk-comments').test(t) },
  { id: 'junk-stock-market', test: (t) => wordCount(t) < 30 && cue('junk-stock-market').test(t) },
  { id: 'junk-cookie-notice', test: (t) => wordCount(t) < 60 && cue('junk-cookie-notice').test(t) },
  { id: 'junk-wire-credit', test: (t) => wordCount(t) < 25 && cue('junk-wire-credit').test(t) },
  { id: 'junk-web-link', test: (t) => cue('junk-web-link').test(t) },
  { id: 'junk-social-post', test: (t) => wordCount(t) < 60 && cue('junk-social-post').test(t) },
  {
    id: 'junk-issuing-office',
    // "National Eye Institute" on its own under the headline: who issued the release.
    test: (t, at) =>
      at.index < 5 &&
      wordCount(t) <= 7 &&
      !/[.!?:;,]$/.test(t) &&
      /^(?:[A-Z][\w.&’'-]*|of|and|for|the|on|&)(?:\s+(?:[A-Z][\w.&’'-]*|of|and|for|the|on|&))*$/.test(t) &&
      cue('junk-issuing-office').test(t),
  },
];

/** A date on its own: "Monday, February 1, 2016", "1 February 2016", "2016-02-01", with an optional time. */
const DATE_ONLY = cue('junk-release-date');

/** One part of a page's byline line: the author, a date or time, a reading time, an update stamp. */
const BYLINE_PART = [
  /^[Bb]y\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*$/,
  /^(?:\d+|\w+)\s+min(?:ute)?s?\.?(?:\s+read)?$/i,
  cue('junk-timestamp'),
  /^\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i,
];

/**
 * A line of byline parts joined by "|", "·" or "•" ("By Robert Klein | November 14, 2024 |
 * 5 min read"), with at least one author or date: its date (null when it has none).
 * Null when the line is anything else.
 */
function bylineOf(text: string): { date: string | null } | null {
  const parts = text
    .split(/\s+[|·•]\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2 || wordCount(text) >= 25) return null;
  let date: string | null = null;
  let anchored = false;
  for (const part of parts) {
    const stamp = /^(?:published|updated|last updated|posted|first published|modified)\s*:?\s+(.*)$/i.exec(part)?.[1]?.trim();
    if (DATE_ONLY.test(part.replace(/[.]$/, ''))) {
      date ??= part.replace(/[.]$/, '');
      anchored = true;
    } else if (stamp && DATE_ONLY.test(stamp.replace(/[.]$/, ''))) {
      date ??= stamp.replace(/[.]$/, '');
      anchored = true;
    } else if (BYLINE_PART[0]!.test(part)) anchored = true;
    else if (!BYLINE_PART.some((pattern) => pattern.test(part))) return null;
  }
  return anchored ? { date } : null;
}

/** "Read more: …", "RELATED: …", "See also Our guide …": a label, then a colon, a dash or a capitalised headline. */
function readMoreLabel(text: string): boolean {
  const label = cue('junk-read-more').exec(text);
  if (!label) return false;
  const rest = text.slice(label[0].length);
  return /^\s*(?::|$|[-–—|])/.test(rest) || /^\s+[A-Z"“‘]/.test(rest);
}

/** Blocks that start a tail of junk: everything from here to the end goes. */
const TAIL_RULES: { id: JunkRule; test: (block: Block) => boolean }[] = [
  // "© 2024 Example Media. All rights reserved." closes the page; what follows is site furniture.
  { id: 'junk-end-copyright', test: (b) => wordCount(b.text) < 30 && cue('junk-end-copyright').test(b.text.trim()) },
  { id: 'junk-end-marker', test: (b) => b.kind === 'end-marker' || cue('junk-end-marker').test(b.text.trim()) },
  { id: 'junk-forward-looking', test: (b) => cue('junk-forward-looking').test(b.text.trim()) },
  { id: 'junk-related-information', test: (b) => cue('junk-related-information').test(b.text.trim()) },
];

/** "For immediate release: <date>", "Embargoed until <date>": named groups `kind` and `date`. */
const RELEASE = cue('junk-release-header');
/** "Media contact: …": a contact line with its label. */
const CONTACT = fragment('junk', 'labelled-contact');
const PHONE_OR_EMAIL = cue('junk-media-contact');
const CONTACT_LABEL = cue('junk-media-contact-label');
const PLEASE_CONTACT = fragment('junk', 'contact-request');
/** Where a contact block ends: a wire's source line, its related links, notes to editors, share buttons. */
const CONTACT_END = /^(?:SOURCE\s+\S|Related Links?$|Notes? to (?:the )?editors?\b|Share (?:via|on|this)\b|Follow us\b)/i;
/** "Tel: 020 7882 7943 Notes to the editor About …": what follows the contact on its line. */
const CONTACT_TAIL = /\s+Notes? to (?:the )?editors?\b.*$/i;
/** "Newswise — …", "… /PRNewswire/ -- …" at the top: the text came over a release wire (kept, not removed). */
const WIRE = fragment('junk', 'release-wire', '');
const WEEKDAY = new RegExp(`^${fragment('junk', 'weekday').source}$`, 'i');
/**
 * A dateline opening the first paragraph: "BETHESDA, Md. (Feb. 1, 2016) —", "LONDON, June 12
 * (Reuters) -", "CAMBRIDGE, Mass., March 3, 2025 /PRNewswire/ --", "GENEVA (AP) —". Named
 * groups `place` and `date`.
 */
const DATELINE = cue('junk-dateline');
/** "Dallas, Texas -February 4, 2016 - …": a place in ordinary capitals counts only before a full date and a dash. */
const DATELINE_FULL_DATE = cue('junk-dateline-full-date');
/** A label glued to the start of the first paragraph: "At a Glance A clinical trial found …". */
const LABEL_PREFIX = cue('junk-section-label-prefix');

export function cleanBlocks(blocks: Block[]): CleanedArticle {
  const kept: Block[] = [];
  const removed: RemovedBlock[] = [];
  const release: ReleaseMeta = {
    date: null,
    embargo: null,
    contact: null,
    dateline: null,
    issuer: null,
    line: null,
    endMark: false,
    wire: null,
  };
  let tail: JunkRule | null = null;
  let contactLabel = false;
  let aboutSection = false;

  blocks.forEach((block, index) => {
    const text = block.text.trim();
    const at: Position = { index, count: blocks.length, block };
    const remove = (reason: JunkRule) => removed.push({ block, reason });
    if (index === 0 && block.kind === 'heading') {
      kept.push(block);
      return;
    }

    // Contacts first: they are metadata even after "###".
    const contact = contactOf(text, contactLabel);
    if (contact !== null) {
      // A contact given over several lines (name, phone, email) is kept whole.
      // A second contact block (the authors', then the media office's) is kept beside the first.
      release.contact =
        release.contact !== null && !release.contact.includes(contact)
          ? `${release.contact}${contactLabel ? ', ' : '; '}${contact}`
          : (release.contact ?? contact);
      // A labelled contact with no number yet ("Contact: Media Relations") runs on to the next line.
      contactLabel = (contactLabel || (CONTACT.test(text) && !PHONE_OR_EMAIL.test(text))) && !/[.!?]$/.test(text);
      remove('junk-media-contact');
      return;
    }
    contactLabel = false;
    if (CONTACT_LABEL.test(text)) {
      contactLabel = true;
      remove('junk-media-contact-label');
      return;
    }

    // A "More information" list is links; a paragraph of prose after it is the story going
    // on (pages put link boxes mid-story), so the list ends there. A quoted statement is
    // never page furniture, whatever tail it stands in.
    if (tail === 'junk-related-information' && isStoryProse(block)) tail = null;
    if (tail === null) {
      tail = TAIL_RULES.find((rule) => rule.test(block))?.id ?? null;
      // "###" closes a press release: what it says about the source is kept.
      if (tail === 'junk-end-marker') release.endMark = true;
    }
    if (tail !== null && !(tail !== 'junk-end-copyright' && isQuotedStatement(block))) {
      remove(tail);
      return;
    }

    if (index < 8) {
      const releaseLine = RELEASE.exec(text);
      if (releaseLine && wordCount(text) < 20) {
        const value = releaseLine.groups!.date!.trim() || null;
        const kind = releaseLine.groups!.kind!;
        if (/embargo|not for/i.test(kind)) release.embargo ??= value;
        else release.date ??= value;
        // "For Immediate Release": a release says so of itself; a page's "Released: <date>" does not.
        if (/\bimmediate release\b|^for release\b/i.test(kind)) release.line ??= kind.trim();
        remove('junk-release-header');
        return;
      }
      if (DATE_ONLY.test(text.replace(/[.]$/, ''))) {
        release.date ??= text;
        remove('junk-release-date');
        return;
      }
      // "By Robert Klein | November 14, 2024 | 5 min read": the date is metadata.
      const byline = bylineOf(text);
      if (byline) {
        release.date ??= byline.date;
        remove('junk-byline');
        return;
      }
    }

    // "About Acme Corp" on its own line opens boilerplate that runs to the next heading.
    if (isAboutHeader(text, blocks[index + 1])) {
      aboutSection = true;
      remove('junk-about-header');
      return;
    }
    if (aboutSection) {
      if (block.kind !== 'heading' && (MISSION.test(text) || cue('junk-about-section').test(text) || isOrganisationBoilerplate(text, at))) {
        remove('junk-about-section');
        return;
      }
      aboutSection = false;
    }

    const rule = JUNK_RULES.find((r) => r.test(text, at));
    if (rule) {
      if (rule.id === 'junk-issuing-office') release.issuer ??= text;
      remove(rule.id);
      return;
    }
    const label = block.kind === 'paragraph' && index < 8 ? LABEL_PREFIX.exec(block.text) : null;
    if (label && wordCount(block.text.slice(label[0].length)) >= 6) {
      const [labelPart, rest] = splitBlock(block, label[0].length);
      removed.push({ block: labelPart, reason: 'junk-section-label-prefix' });
      kept.push(rest);
      return;
    }
    const wire = block.kind === 'paragraph' && kept.length < 8 ? WIRE.exec(block.text) : null;
    if (wire && release.wire === null) release.wire = (wire.groups?.wire ?? wire.groups?.wire2)!.trim();
    // "Newswise — SEATTLE (March 24, 2017) – The FDA …": a wire name opening the paragraph
    // goes with the dateline after it.
    const wireFirst = wire?.index === 0 && wire.groups?.wire ? wire[0].length : 0;
    // "CAMBRIDGE, Mass., March 3, 2025 /PRNewswire/ -- Acme today announced …": the
    // dateline is metadata; the story starts after it.
    const opening = block.text.slice(wireFirst);
    const dateline = block.kind === 'paragraph' && kept.length < 8 ? (DATELINE.exec(opening) ?? DATELINE_FULL_DATE.exec(opening)) : null;
    if (dateline && wordCount(block.text.slice(wireFirst + dateline[0].length)) >= 6) {
      const [datelinePart, rest] = splitBlock(block, wireFirst + dateline[0].length);
      if (dateline.groups?.date) release.date ??= dateline.groups.date.trim();
      // "DALLAS - March 29, 2018 -": the place without its dash; "MONDAY, March 15, 2010": a weekday is no place.
      const place = dateline.groups?.place?.replace(/[\s,\-–—]+$/, '') ?? null;
      if (place && !WEEKDAY.test(place)) release.dateline ??= place;
      removed.push({ block: datelinePart, reason: 'junk-dateline' });
      kept.push(rest);
      return;
    }
    kept.push(block);
  });
  dropTrailingLinks(kept, removed);
  release.date ??= embargoDate(release.embargo);
  return { blocks: kept, removed, release };
}

const EMBARGO_DATE = new RegExp(String.raw`\b(${MONTH_PATTERN})\s+(\d{1,2}),?\s+(\d{4})\b`, 'i');

/**
 * "EMBARGOED FOR RELEASE: 11 A.M. (ET) TUESDAY, AUGUST 16, 2016": a release comes out the day
 * its embargo lifts, so with no other date given that day is the release's date. Only a full
 * calendar date counts (a time or weekday alone says nothing), written in ordinary capitals.
 */
function embargoDate(embargo: string | null): string | null {
  const match = embargo ? EMBARGO_DATE.exec(embargo) : null;
  if (!match) return null;
  const month = match[1]!;
  const cased = month === month.toUpperCase() ? month[0]! + month.slice(1).toLowerCase() : month;
  return `${cased} ${match[2]}, ${match[3]}`;
}

/**
 * A paragraph of story prose: long, ending as sentences do, no bare link, and either
 * someone speaking ("…, said Dr. Lee") or more than one sentence (a link's blurb is one).
 */
function isStoryProse(block: Block): boolean {
  const text = block.text.trim();
  return (
    block.kind === 'paragraph' &&
    wordCount(text) >= 25 &&
    /[.!?”"’]$/.test(text) &&
    !/https?:\/\/|www\./.test(text) &&
    (QUOTE_SPEECH_VERB.test(text) || /[a-z0-9)][.!?][”"’]?\s+[A-Z“"]/.test(text))
  );
}

/** Someone's words in quotation marks with who said them: "…," said Dr. Lee. */
function isQuotedStatement(block: Block): boolean {
  const text = block.text;
  return block.kind === 'paragraph' && /[“"][^”"]{25,}[”"]/.test(text) && QUOTE_SPEECH_VERB.test(text);
}

/**
 * After the story's last sentence, short lines without a full stop are links to other
 * stories ("Officials weigh new rules") or page furniture, not more of the story.
 */
function dropTrailingLinks(kept: Block[], removed: RemovedBlock[]): void {
  const isSentence = (block: Block) => /[.!?:”"’)]$/.test(block.text.trim()) || wordCount(block.text) >= 20;
  let last = kept.length - 1;
  while (last > 0 && kept[last]!.kind === 'paragraph' && !isSentence(kept[last]!) && wordCount(kept[last]!.text) <= 12) last--;
  // Only a tail after real prose: an article of short lines is left alone.
  if (last === kept.length - 1 || last <= 0 || !isSentence(kept[last]!)) return;
  for (const block of kept.splice(last + 1)) removed.push({ block, reason: 'junk-trailing-link' });
}

/** The contact a block gives ("Media: Jane Doe 301-555-0100"), or null if it is not a contact block. */
function contactOf(raw: string, afterLabel: boolean): string | null {
  // A wire's "SOURCE Acme Corp" and "Related Links", an editor's "Notes to the editor": the contact ends there.
  if (afterLabel && CONTACT_END.test(raw)) return null;
  const text = raw.replace(CONTACT_TAIL, '').trim();
  if (wordCount(text) >= 40 || !PHONE_OR_EMAIL.test(text)) {
    // "Jane Doe" on the line after "Media contact": a name alone still belongs to the contact,
    // and so do the job and the office under it ("PR Manager (School of Medicine)", "Queen Mary University of London").
    if (afterLabel && wordCount(text) <= 6 && /^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}(?:,\s*[\w\s]+)?$/.test(text)) return text;
    if (afterLabel && wordCount(text) <= 8 && /^[A-Z]/.test(text) && !/^About\s/.test(text) && !/[.!?:]$/.test(text)) return text;
    // "Contact: Media Relations", its phone on the next line: a labelled contact without a number yet.
    const labelled = CONTACT.exec(text);
    return !afterLabel && labelled && /:\s*\S/.test(text) && wordCount(text) <= 6 && !/[.!?]$/.test(text) ? text : null;
  }
  const labelled = CONTACT.exec(text);
  if (labelled) return text.replace(/^inquiries\s+/i, '');
  if (PLEASE_CONTACT.test(text)) {
    // The contact is what follows the last "contact" or "directed to" of a sentence. A block
    // may name several ("To contact the author, call …. To contact the editorial's author,
    // email …"): each is kept, in the source's order, so the study's own contact, given
    // first, is never replaced by a commentator's.
    const after = (sentence: string) => {
      const cue = [...sentence.matchAll(/\b(?:contact|directed to)\b\s*:?\s*/gi)].at(-1);
      return cue
        ? sentence
            .slice(cue.index! + cue[0].length)
            .replace(/\.$/, '')
            .trim()
        : '';
    };
    const each = text
      .split(/(?<=\.)\s+(?=To\s+contact\b)/i)
      .map(after)
      .filter((contact) => contact !== '');
    return each.length > 0 ? each.join('; ') : text;
  }
  if (afterLabel && wordCount(text) < 25) return text;
  return null;
}

/** "About Acme Therapeutics" alone on a line, before a paragraph that describes an organisation. */
function isAboutHeader(text: string, next: Block | undefined): boolean {
  const about = cue('junk-about-header').exec(text);
  if (!about || wordCount(text) > 9 || /[.!?]$/.test(text)) return false;
  const name = about[1]!;
  // "About the study", "About the trial", "About <disease>" carry facts: keep them.
  if (STORY_TOPIC.test(name) && !ORG_WORD.test(name)) return false;
  return ORG_WORD.test(name) || (next !== undefined && MISSION.test(next.text));
}

/**
 * "The FDA, an agency within …, protects the public health …", "NEI leads the federal
 * government's research …": an organisation describing itself, as the subject of the
 * paragraph's first sentence.
 */
function isOrganisationBoilerplate(text: string, at: Position): boolean {
  // Abbreviations ("U.S.") make full stops unreliable here: the opening is enough.
  const firstSentence = text.slice(0, 300);
  const subject =
    /^(?:[Tt]he\s+)?((?:[A-Z][\w.&’'-]*)(?:\s+(?:of|and|for|the|on|&|[A-Z][\w.&’'-]*))*)(?:,\s+(?:an?|the|part of)\s[^,]{3,120},)?\s+(?:[a-z]+\s+)?(?:is|are|was|has|leads|conducts|supports|protects|provides|works|strives|seeks|funds|sponsors|comprises|includes|employs)\b/.exec(
      firstSentence,
    );
  if (!subject) return false;
  if (
    !cue('junk-organisation-boilerplate').test(firstSentence) &&
    !/^(?:the\s+)?[A-Z][\w.&’'-]*(?:,\s+[^,]{3,120},)?\s+(?:also\s+)?(?:leads|conducts and supports|protects|strives|seeks to)\b/.test(
      firstSentence,
    )
  )
    return false;
  // Late in the article, or plainly an organisation's profile wherever it stands.
  return at.index >= at.count / 2 || /\bfor more information\b|\bvisit\s+(?:https?:\/\/|www\.)/i.test(text);
}

/** Cuts a block in two at a text index, keeping the offset map and emphasis of each part. */
function splitBlock(block: Block, at: number): [Block, Block] {
  const head: Block = {
    ...block,
    text: block.text.slice(0, at).trim(),
    offsets: block.offsets.slice(0, at),
    emphasis: block.emphasis.filter(([, to]) => to <= at),
  };
  const tail: Block = {
    ...block,
    text: block.text.slice(at),
    offsets: block.offsets.slice(at),
    emphasis: block.emphasis.filter(([from]) => from >= at).map(([from, to]) => [from - at, to - at] as [number, number]),
  };
  return [head, tail];
}
