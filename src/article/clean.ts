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
import { wordCount as countWords } from '../shared/count-words.js';
import { MONTH_PATTERN as MONTH } from '../shared/word-lists.js';
import type { Block } from './blocks.js';

export interface RemovedBlock {
  block: Block;
  reason: string;
}

export interface ReleaseMeta {
  date: string | null;
  embargo: string | null;
  contact: string | null;
  /** The dateline's place and wire, as written ("CAMBRIDGE, Mass.", "LONDON (Reuters)"). */
  dateline: string | null;
  /** The office that issued a release, from a line of its own under the headline ("National Eye Institute"). */
  issuer: string | null;
}

export interface CleanedArticle {
  blocks: Block[];
  removed: RemovedBlock[];
  release: ReleaseMeta;
}

/** Junk is judged by how long a line looks: words between spaces ("1,558" is one). */
const wordCount = (text: string) => countWords(text, { by: 'spaces' });

const LANGUAGES = String.raw`(?:español|espanol|english|français|francais|deutsch|português|portugues|italiano|nederlands|polski|中文|简体中文|繁體中文|한국어|日本語|tiếng việt|русский|العربية|हिन्दी|tagalog|kreyòl(?: ayisyen)?)`;
const LANGUAGE_LIST = new RegExp(String.raw`^(?:${LANGUAGES})(?:\s*[|·•,/]?\s*${LANGUAGES})*$`, 'i');
const READ_IN_LANGUAGE = new RegExp(String.raw`^(?:read (?:this )?(?:article |page )?in|leer en|lire en|en|in)\s+${LANGUAGES}\s*$`, 'i');
const WEEKDAY = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?`;
/** A date on its own: "Monday, February 1, 2016", "1 February 2016", "2016-02-01", with an optional time. */
const DATE_ONLY = new RegExp(
  String.raw`^(?:${WEEKDAY},?\s+)?(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$`,
  'i',
);
/** Words that make a capitalised name an organisation. */
const ORG_WORD =
  /\b(?:Inc|Corp|Corporation|Ltd|LLC|plc|GmbH|AG|S\.A|Company|Co|Group|Holdings|Pharmaceuticals?|Pharma|Therapeutics|Biosciences|Biotech|Biotherapeutics|Laboratories|Labs|Health|Healthcare|University|College|Institute|Institutes|School|Hospital|Clinic|Center|Centre|Foundation|Society|Association|Network|Agency|Administration|Department|Ministry|Council|Trust|Alliance|Consortium|Academy|Organi[sz]ation|Federation|Medical|Sciences)\b|^[A-Z][A-Z&.-]{1,9}$/;
/** What organisations say about themselves in boilerplate. */
const MISSION =
  /\b(?:protects the public|conducts and supports|(?:is|are) (?:dedicated|committed) to|is (?:the|a|an) (?:nation'?’?s|world'?’?s|primary|leading|global|largest|premier|independent)\s+(?:[\w-]+\s+){0,3}(?:agency|company|organi[sz]ation|provider|institution|funder|network|cent(?:er|re)|charity|foundation|developer|manufacturer|producer|supporter|sponsor|authority|body|association|society|hospital|university|institute|biopharmaceutical|biotechnology)\b|is a (?:component|part) of|leads the (?:federal|nation|world)|(?:is|was) (?:founded|established|headquartered|based) in|(?:is|are) (?:a|an) (?:\w+[- ])?(?:based |focused |stage )?(?:non-?profit|not-for-profit|biopharmaceutical|pharmaceutical|biotechnology|biotech|medical (?:device|technology)|healthcare|health care|clinical-stage|commercial-stage|research-based|specialty) (?:company|organi[sz]ation|firm|leader|network)|formed in \d{4}|(?:mission|vision) is to|employs (?:more than |over |about )?[\d,]+ (?:people|employees))\b/i;

interface Rule {
  reason: string;
  test: (text: string, at: Position) => boolean;
}

interface Position {
  index: number;
  count: number;
  block: Block;
}

/** Whole-block junk: each rule names why, for the info diagnostic. */
const JUNK_RULES: Rule[] = [
  {
    reason: 'ad or page-furniture marker',
    test: (t) =>
      /^(?:advertisements?|advert|sponsored(?: content| post)?|paid (?:content|post)|ad|ad feedback|promoted|tags?|topics|share(?: this(?: article| story| page)?)?(?: on \w+)?|print(?: this)?|email|e-mail|comments?|\d+ comments?|follow us(?: on \w+)?|listen(?: to this article)?|save(?: article)?|menu|skip to (?:main )?content|back to top|(?:story|article) continues (?:below|after)(?: (?:this )?advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?|\d+ min(?:ute)?s? read|\w+ min(?:ute)? read|loading|close|expand|view (?:comments|gallery)|show comments|(?:facebook |join the )?conversation|leave a (?:comment|reply)|comments? \(\d+\))\s*:?$/i.test(
        t,
      ),
  },
  {
    reason: 'share bar',
    test: (t) =>
      wordCount(t) <= 8 &&
      /^(?:(?:share|tweet|pin|email|print|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|copy link|flipboard)\b[\s|·•,/]*){2,}$/i.test(
        t,
      ),
  },
  { reason: 'tag list', test: (t) => /^(?:tags?|topics|keywords|filed under|categories)\s*:/i.test(t) && wordCount(t) < 30 },
  {
    reason: 'photo caption or credit',
    // "Photo:", "Credit:", and the doubled labels "Photo credit:", "Photo caption:".
    test: (t) =>
      (/^(?:photo|photograph|image|picture|credit|caption|illustration|pictured|graphic|video|file photo|source: (?:getty|shutterstock|istock|ap|reuters))(?:\s+(?:credit|caption))?\s*(?::|by\b)/i.test(
        t,
      ) &&
        wordCount(t) < 25) ||
      /^[\w.-]+\/(?:istock|getty ?images|shutterstock|thinkstock|alamy|ap|reuters|afp|dreamstime|adobe ?stock)(?:\/[\w.-]+)*$/i.test(t) ||
      (/\b(?:getty images|shutterstock|istock(?:photo)?|thinkstock|alamy|ap photo|reuters\/|afp via getty|adobe stock)\b/i.test(t) &&
        wordCount(t) < 25) ||
      (/^\((?:photo|image|credit)\b[^)]*\)$/i.test(t) && wordCount(t) < 12),
  },
  {
    reason: 'language switcher',
    test: (t) => LANGUAGE_LIST.test(t) || READ_IN_LANGUAGE.test(t) || /^(?:select|choose|change) (?:a |your )?language\b/i.test(t),
  },
  {
    reason: 'newsletter sign-up',
    test: (t) =>
      wordCount(t) < 40 &&
      (/\b(?:sign up|subscribe|register)\b.*\b(?:newsletter|updates|alerts|inbox|emails?|briefing|digest)\b|\bnewsletter\b.*\b(?:sign up|subscribe)\b/i.test(
        t,
      ) ||
        /^get (?:the|our) [\w\s]{0,40}\b(?:newsletter|in your inbox|delivered)\b/i.test(t) ||
        /^(?:enter your email|your email address|by signing up|thanks? for (?:signing up|subscribing))\b/i.test(t)),
  },
  {
    reason: 'read-more link',
    test: (t) =>
      wordCount(t) < 25 && (readMoreLabel(t) || /^(?:trending|most read|most popular|watch|listen|explore more|related|more)\s*:/i.test(t)),
  },
  {
    reason: '"More information" link',
    test: (t) =>
      wordCount(t) < 30 &&
      (/^(?:for )?more information(?: about [^,]{1,80})?(?:,| is available| can be found)?[^.]*\b(?:visit|see|go to|call|contact|available at|found at)\b/i.test(
        t,
      ) ||
        /^(?:learn more|find out more|more info)\b.*(?:\bat\b|\bvisit\b|https?:|www\.)/i.test(t)),
  },
  { reason: 'tagline', test: (t) => /[®™℠]\s*$/.test(t) && wordCount(t) < 10 },
  {
    reason: '"About" boilerplate',
    test: (t) => /^about (?:the )?[A-Z][^:]{2,100}:\s/i.test(t) && MISSION.test(t),
  },
  {
    reason: 'organisation boilerplate',
    test: (t, at) => isOrganisationBoilerplate(t, at),
  },
  {
    reason: 'press availability note',
    test: (t) =>
      wordCount(t) < 45 &&
      /\b(?:is|are) available (?:to comment|for (?:an )?interviews?|to speak|to discuss|for comment)\b|\bto (?:schedule|arrange|request) an interview\b/i.test(
        t,
      ),
  },
  {
    reason: 'section label',
    test: (t, at) =>
      at.block.kind !== 'cell' &&
      /^(?:what|who|why|when|where|how|article|contact|contacts|media contacts?|press contacts?|background|overview|highlights|key points|key findings|at a glance|in brief|summary|the bottom line|bottom line|takeaways?|reference|references|citation|source|sources|notes?|editor'?’?s notes?|notes to editors|news release|press release|media advisory|news|press|statement|fact sheet)\s*:?$/i.test(
        t,
      ),
  },
  {
    reason: 'byline or timestamp',
    test: (t, at) =>
      at.index < 8 &&
      wordCount(t) < 16 &&
      (/^[Bb]y\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|&|\|)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*(?:,\s*[\w\s]+)?$/.test(
        t,
      ) ||
        /^(?:published|updated|last updated|posted|first published|modified)\s*:?\s+.*\d/i.test(t) ||
        /^\d+\s+(?:minutes?|hours?|days?)\s+ago$/i.test(t)),
  },
  { reason: 'copyright line', test: (t) => wordCount(t) < 30 && /^(?:©|\(c\)|copyright\b)|\ball rights reserved\.?$/i.test(t) },
  {
    reason: 'comments furniture',
    test: (t) =>
      wordCount(t) < 25 &&
      (/^(?:no comments?|post a comment|leave a comment|add a comment|\d+ comments?|comments? \(\d+\)|show comments|view comments|load comments|comments are closed)\s*:?$/i.test(
        t,
      ) ||
        /\b(?:may post a comment|comments? (?:are|is) closed|log in to (?:comment|reply)|sign in to comment)\b/i.test(t)),
  },
  {
    reason: 'stock-market note',
    test: (t) =>
      wordCount(t) < 30 &&
      (/^(?:price action|stock|shares|market|trading)\s*:/i.test(t) ||
        /\bshares (?:are|were|rose|fell|closed|traded|jumped|dropped|gained|slid)\b[^.]*(?:%|\$)/i.test(t)),
  },
  {
    reason: 'cookie notice',
    test: (t) =>
      wordCount(t) < 60 &&
      /\b(?:we use cookies|this (?:web)?site uses cookies|accept (?:all )?cookies|cookie (?:policy|settings))\b/i.test(t),
  },
  {
    reason: 'wire-service credit',
    test: (t) =>
      wordCount(t) < 25 &&
      /^\(?(?:reporting|additional reporting|writing|editing) by\b[^.]*(?:;\s*(?:editing|writing|additional reporting) by\b[^.]*)*\)?\.?$/i.test(
        t,
      ),
  },
  { reason: 'web link', test: (t) => /^(?:https?:\/\/|www\.)\S+$/i.test(t) },
  {
    reason: 'issuing office line',
    // "National Eye Institute" on its own under the headline: who issued the release.
    test: (t, at) =>
      at.index < 5 &&
      wordCount(t) <= 7 &&
      !/[.!?:;,]$/.test(t) &&
      /^(?:[A-Z][\w.&’'-]*|of|and|for|the|on|&)(?:\s+(?:[A-Z][\w.&’'-]*|of|and|for|the|on|&))*$/.test(t) &&
      ORG_WORD.test(t),
  },
];

/** One part of a page's byline line: the author, a date or time, a reading time, an update stamp. */
const BYLINE_PART = [
  /^[Bb]y\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*$/,
  /^(?:\d+|\w+)\s+min(?:ute)?s?\.?(?:\s+read)?$/i,
  /^(?:published|updated|last updated|posted|first published|modified)\s*:?\s+.*\d/i,
  /^\d+\s+(?:minutes?|hours?|days?)\s+ago$/i,
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

const READ_MORE =
  /^(?:read more|read next|read also|see also|also read|also see|recommended(?: reading| for you)?|more stories|more on this(?: story| topic)?|you may also like|you might also like|related(?: stories| articles| posts| content| coverage| reading)?|what to read next)\b/i;

/** "Read more: …", "RELATED: …", "See also Our guide …": a label, then a colon, a dash or a capitalised headline. */
function readMoreLabel(text: string): boolean {
  const label = READ_MORE.exec(text);
  if (!label) return false;
  const rest = text.slice(label[0].length);
  return /^\s*(?::|$|[-–—|])/.test(rest) || /^\s+[A-Z"“‘]/.test(rest);
}

/** Blocks that start a tail of junk: everything from here to the end goes. */
const TAIL_RULES: { reason: string; test: (block: Block) => boolean }[] = [
  // "© 2024 Example Media. All rights reserved." closes the page; what follows is site furniture.
  {
    reason: 'end of page (copyright)',
    test: (b) => wordCount(b.text) < 30 && /^(?:©|\(c\)|copyright)\s*(?:\d{4}|[^.]*\ball rights reserved)/i.test(b.text.trim()),
  },
  {
    reason: 'end of release ("###")',
    test: (b) => b.kind === 'end-marker' || /^(?:###|#\s?#\s?#|-\s?30\s?-|ENDS?|- ?ends ?-)$/i.test(b.text.trim()),
  },
  {
    reason: 'forward-looking statements',
    test: (b) =>
      /^(?:(?:cautionary (?:note|statement)s?(?: regarding| concerning| about)? )?forward[- ]looking statements?|safe harbou?r statement|disclaimer)\b/i.test(
        b.text.trim(),
      ) ||
      /\b(?:this (?:press |news )?release|this announcement|this communication) (?:contains|may contain|includes) (?:certain )?["“]?forward[- ]looking/i.test(
        b.text,
      ) ||
      /\bforward-looking statements\b.*\b(?:risks|uncertainties)\b/i.test(b.text),
  },
  {
    reason: 'related-information block',
    test: (b) =>
      /^(?:related information|related links|related resources|more information|more info|further reading|additional resources|resources)\s*:?$/i.test(
        b.text.trim(),
      ),
  },
];

const RELEASE =
  /^(?<kind>for immediate release|immediate release|for release|release date|released|embargoed?(?: until| till| for release(?: until)?| for| until)?|under embargo(?: until)?|strictly embargoed(?: until)?|not for (?:release|publication) (?:until|before))\s*[:\-–—]?\s*(?<date>.*)$/i;
const CONTACT =
  /^(?:(?:news )?(?:media|press|investor) (?:contacts?|inquiries|enquiries|relations|office)|contacts?|inquiries(?: media)?|for (?:media|press) (?:inquiries|enquiries))\s*:?\s*(.+)$|^(?:media|press)\s*:\s*(.+)$/i;
const PHONE_OR_EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+|\+?\(?\d{1,4}\)?[\s.-]?\d{3}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?|\b\d{3}-[A-Z]{4}-[A-Z]{3}\b/;
const CONTACT_LABEL =
  /^(?:media contacts?|press contacts?|contacts?|media inquiries|press inquiries|media enquiries|press enquiries|for more information,? contact|investor contacts?|investor relations|media relations)\s*:?$/i;
const PLEASE_CONTACT =
  /\b(?:please contact|to schedule an interview|to arrange an interview|for interviews?,? contact|media (?:inquiries|enquiries)(?: should be directed to|:))\b/i;
/**
 * A dateline opening the first paragraph: "BETHESDA, Md. (Feb. 1, 2016) —", "LONDON, June 12
 * (Reuters) -", "CAMBRIDGE, Mass., March 3, 2025 /PRNewswire/ --", "GENEVA (AP) —".
 */
const DATELINE = new RegExp(
  String.raw`^(?<place>[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,15}\.?)?)(?:,?\s*\(?(?<date>(?:${WEEKDAY},?\s+)?${MONTH}\s+\d{1,2}(?:,\s*\d{4})?)\)?)?\s*(?:\/\s*[A-Za-z -]{2,30}\s*\/|\((?:Reuters|AP|AFP|UPI|HealthDay(?: News)?|dpa|Xinhua|PTI|IANS|CNN|Bloomberg)\))?\s*(?:--|—|–|-)\s+(?=[A-Z])`,
);
/** A label glued to the start of the first paragraph: "At a Glance A clinical trial found …". */
const LABEL_PREFIX =
  /^(?:at a glance|in brief|key points|highlights|the bottom line|bottom line|key takeaways?|why it matters)(?::\s*|\s+)(?=[A-Z])/i;

export function cleanBlocks(blocks: Block[]): CleanedArticle {
  const kept: Block[] = [];
  const removed: RemovedBlock[] = [];
  const release: ReleaseMeta = { date: null, embargo: null, contact: null, dateline: null, issuer: null };
  let tailReason: string | null = null;
  let contactLabel = false;
  let aboutSection = false;

  blocks.forEach((block, index) => {
    const text = block.text.trim();
    const at: Position = { index, count: blocks.length, block };
    const remove = (reason: string) => removed.push({ block, reason });
    if (index === 0 && block.kind === 'heading') {
      kept.push(block);
      return;
    }

    // Contacts first: they are metadata even after "###".
    const contact = contactOf(text, contactLabel);
    if (contact !== null) {
      // A contact given over several lines (name, phone, email) is kept whole.
      release.contact =
        contactLabel && release.contact !== null && !release.contact.includes(contact)
          ? `${release.contact}, ${contact}`
          : (release.contact ?? contact);
      contactLabel = contactLabel && !/[.!?]$/.test(text);
      remove('media contact (kept as metadata)');
      return;
    }
    contactLabel = false;
    if (CONTACT_LABEL.test(text)) {
      contactLabel = true;
      remove('media contact label');
      return;
    }

    if (tailReason === null) tailReason = TAIL_RULES.find((rule) => rule.test(block))?.reason ?? null;
    if (tailReason !== null) {
      remove(tailReason);
      return;
    }

    if (index < 8) {
      const releaseLine = RELEASE.exec(text);
      if (releaseLine && wordCount(text) < 20) {
        const value = releaseLine.groups!.date!.trim() || null;
        if (/embargo|not for/i.test(releaseLine.groups!.kind!)) release.embargo ??= value;
        else release.date ??= value;
        remove('release header line (kept as metadata)');
        return;
      }
      if (DATE_ONLY.test(text.replace(/[.]$/, ''))) {
        release.date ??= text;
        remove('release date line (kept as metadata)');
        return;
      }
      // "By Robert Klein | November 14, 2024 | 5 min read": the date is metadata.
      const byline = bylineOf(text);
      if (byline) {
        release.date ??= byline.date;
        remove('byline or timestamp');
        return;
      }
    }

    // "About Acme Corp" on its own line opens boilerplate that runs to the next heading.
    if (isAboutHeader(text, blocks[index + 1])) {
      aboutSection = true;
      remove('"About" boilerplate');
      return;
    }
    if (aboutSection) {
      if (
        block.kind !== 'heading' &&
        (MISSION.test(text) ||
          /\b(?:visit|see)\s+(?:https?:\/\/|www\.|our website|the website)|\bfollow (?:us|[A-Z]\w+) on\b/i.test(text) ||
          isOrganisationBoilerplate(text, at))
      ) {
        remove('"About" boilerplate');
        return;
      }
      aboutSection = false;
    }

    const rule = JUNK_RULES.find((r) => r.test(text, at));
    if (rule) {
      if (rule.reason === 'issuing office line') release.issuer ??= text;
      remove(rule.reason);
      return;
    }
    const label = block.kind === 'paragraph' && index < 8 ? LABEL_PREFIX.exec(block.text) : null;
    if (label && wordCount(block.text.slice(label[0].length)) >= 6) {
      const [labelPart, rest] = splitBlock(block, label[0].length);
      removed.push({ block: labelPart, reason: 'section label' });
      kept.push(rest);
      return;
    }
    // "CAMBRIDGE, Mass., March 3, 2025 /PRNewswire/ -- Acme today announced …": the
    // dateline is metadata; the story starts after it.
    const dateline = block.kind === 'paragraph' && kept.length < 8 ? DATELINE.exec(block.text) : null;
    if (dateline && wordCount(block.text.slice(dateline[0].length)) >= 6) {
      const [datelinePart, rest] = splitBlock(block, dateline[0].length);
      if (dateline.groups?.date) release.date ??= dateline.groups.date.trim();
      release.dateline ??= dateline.groups?.place?.replace(/[\s,]+$/, '') ?? null;
      removed.push({ block: datelinePart, reason: 'dateline (kept as metadata)' });
      kept.push(rest);
      return;
    }
    kept.push(block);
  });
  dropTrailingLinks(kept, removed);
  return { blocks: kept, removed, release };
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
  for (const block of kept.splice(last + 1)) removed.push({ block, reason: 'trailing link or headline' });
}

/** The contact a block gives ("Media: Jane Doe 301-555-0100"), or null if it is not a contact block. */
function contactOf(text: string, afterLabel: boolean): string | null {
  if (wordCount(text) >= 40 || !PHONE_OR_EMAIL.test(text)) {
    // "Jane Doe" on the line after "Media contact": a name alone still belongs to the contact.
    return afterLabel && wordCount(text) <= 6 && /^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}(?:,\s*[\w\s]+)?$/.test(text) ? text : null;
  }
  const labelled = CONTACT.exec(text);
  if (labelled) return text.replace(/^inquiries\s+/i, '');
  if (PLEASE_CONTACT.test(text)) {
    // The contact is what follows the last "contact" or "directed to".
    const cue = [...text.matchAll(/\b(?:contact|directed to)\b\s*:?\s*/gi)].at(-1);
    const after = cue
      ? text
          .slice(cue.index! + cue[0].length)
          .replace(/\.$/, '')
          .trim()
      : '';
    return after || text;
  }
  if (afterLabel && wordCount(text) < 25) return text;
  return null;
}

/** "About Acme Therapeutics" alone on a line, before a paragraph that describes an organisation. */
function isAboutHeader(text: string, next: Block | undefined): boolean {
  const about = /^about\s+(?:the\s+)?(.{2,80}?)\s*:?$/i.exec(text);
  if (!about || wordCount(text) > 9 || /[.!?]$/.test(text)) return false;
  const name = about[1]!;
  // "About the study", "About the trial", "About <disease>" carry facts: keep them.
  if (
    /\b(?:study|studies|trial|trials|research|results|findings|disease|condition|syndrome|cancer|disorder|drug|treatment|therapy|vaccine|device|data|program|programme)\b/i.test(
      name,
    ) &&
    !ORG_WORD.test(name)
  )
    return false;
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
    !MISSION.test(firstSentence) &&
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
