// Removes page junk that comes with pasted articles (ad markers, captions, share bars,
// "About X" boilerplate, everything after a release's "###"), keeping what carries
// metadata (release dates, embargoes, media contacts). Rules describe kinds of junk
// seen on news and press-release pages, never particular articles.
import type { Block } from './blocks.js';

export interface RemovedBlock {
  block: Block;
  reason: string;
}

export interface ReleaseMeta {
  date: string | null;
  embargo: string | null;
  contact: string | null;
}

export interface CleanedArticle {
  blocks: Block[];
  removed: RemovedBlock[];
  release: ReleaseMeta;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Whole-block junk: each rule names why, for the info diagnostic. */
const JUNK_RULES: { reason: string; test: (text: string) => boolean }[] = [
  {
    reason: 'ad or page-furniture marker',
    test: (t) =>
      /^(advertisements?|sponsored( content)?|ad|tags?|topics|share( this( article| story)?)?|print|email|comments?|follow us|listen|save|menu|skip to (main )?content|back to top|\w+ min(ute)? read)\s*:?$/i.test(t),
  },
  { reason: 'tag list', test: (t) => /^(tags?|topics|keywords)\s*:/i.test(t) && wordCount(t) < 30 },
  {
    reason: 'photo caption or credit',
    test: (t) =>
      (/^(photo|image|picture|credit|caption|illustration|pictured|source: (getty|shutterstock|istock))\b[^.]{0,120}(:|$)/i.test(t) && wordCount(t) < 25) ||
      (/^[\w.-]+\/(istock|getty ?images|shutterstock|thinkstock)(\/[\w.-]+)*$/i.test(t)) ||
      (/\b(getty images|shutterstock|istock|thinkstock|ap photo|reuters\/)/i.test(t) && wordCount(t) < 20),
  },
  {
    reason: 'language switcher',
    test: (t) =>
      /^(español|english|français|deutsch|português|中文|繁體中文|한국어|tiếng việt|русский|العربية|italiano)(\s*[|·,/]?\s*(español|english|français|deutsch|português|中文|繁體中文|한국어|tiếng việt|русский|العربية|italiano))*$/i.test(t),
  },
  {
    reason: 'newsletter sign-up',
    test: (t) => /\b(sign up|subscribe)\b.*\b(newsletter|updates|alerts|inbox)\b|\bnewsletter\b.*\bsign up\b/i.test(t) && wordCount(t) < 40,
  },
  { reason: 'read-more link', test: (t) => /^(read more|read next|see also|also read|recommended|more stories|related( stories| articles| posts)?)\b\s*:?/i.test(t) && wordCount(t) < 25 },
  { reason: 'tagline', test: (t) => /[®™]\s*$/.test(t) && wordCount(t) < 10 },
  {
    reason: '"About" boilerplate',
    test: (t) => /^about (the )?[A-Z][^:]{2,100}:/i.test(t) || /\bfor more information about\b.*\b(visit|see)\b/i.test(t),
  },
  { reason: 'organisation boilerplate', test: (t) => /^(the )?[A-Z][\w.&]*(, an? [^,]+,)? (protects|conducts and supports|is the (primary|nation)|is a component of)\b/.test(t) },
  { reason: 'web link', test: (t) => /^(https?:\/\/|www\.)\S+$/i.test(t) },
];

/** Blocks that start a tail of junk: everything from here to the end goes. */
const TAIL_RULES: { reason: string; test: (block: Block) => boolean }[] = [
  { reason: 'end of release ("###")', test: (b) => b.kind === 'end-marker' || /^(###|-30-|- ?30 ?-|ENDS)$/.test(b.text.trim()) },
  { reason: 'forward-looking statements', test: (b) => /^(forward[- ]looking statements?|safe harbou?r statement)\b/i.test(b.text.trim()) || /\bforward-looking statements\b.*\b(risks|uncertainties)\b/i.test(b.text) },
  { reason: 'related-information block', test: (b) => /^(related information|related links|more information|more info|further reading)\s*:?$/i.test(b.text.trim()) },
];

const RELEASE = /^(?<kind>for immediate release|for release|embargoed(?: until| for release(?: until)?)?|under embargo until)\s*[:\-–]?\s*(?<date>.*)$/i;
const CONTACT = /^(media (contact|inquiries|enquiries)|press (contact|office)|contacts?|inquiries media|media|press)\s*:?\s*(.+)$/i;

export function cleanBlocks(blocks: Block[]): CleanedArticle {
  const kept: Block[] = [];
  const removed: RemovedBlock[] = [];
  const release: ReleaseMeta = { date: null, embargo: null, contact: null };
  let tailReason: string | null = null;

  blocks.forEach((block, index) => {
    const text = block.text.trim();
    const contact = CONTACT.exec(text);
    if (contact && wordCount(text) < 30 && /\d|@/.test(text)) {
      release.contact ??= text.replace(/^inquiries\s+/i, '');
      removed.push({ block, reason: 'media contact (kept as metadata)' });
      return;
    }
    if (tailReason === null) tailReason = TAIL_RULES.find((rule) => rule.test(block))?.reason ?? null;
    if (tailReason !== null) {
      removed.push({ block, reason: tailReason });
      return;
    }
    const releaseLine = RELEASE.exec(text);
    if (releaseLine && wordCount(text) < 15 && index < 6) {
      const value = releaseLine.groups!.date!.trim() || null;
      if (/embargo/i.test(releaseLine.groups!.kind!)) release.embargo = value;
      else release.date = value;
      removed.push({ block, reason: 'release header line (kept as metadata)' });
      return;
    }
    const rule = block.kind === 'heading' && index === 0 ? undefined : JUNK_RULES.find((r) => r.test(text));
    if (rule) removed.push({ block, reason: rule.reason });
    else kept.push(block);
  });
  return { blocks: kept, removed, release };
}
