// Whether the source is a press release, as far as its metadata shows. A press digest built
// from someone else's news story must not carry a release line of its own making, so this
// only answers "press release" on a signal that only releases carry.
//
// Decided here from facts.meta alone: clean.ts removes the release furniture as page junk
// (the "For Immediate Release" line, the "###" end mark, an embargo line, the media contact)
// but keeps what it says as release metadata, which extract puts into facts.meta.
import type { SourceMeta } from '../article/schema.js';

export interface SourceKind {
  /** 'unknown' when the metadata shows neither: the digest then claims neither. */
  kind: 'press-release' | 'news-story' | 'unknown';
  /** What shows it, in words, for the reader of facts.json and the tests. */
  basis: string | null;
}

/** An editorial address ("Contact us at editors@time.com") is how news sites sign off, not a media contact. */
const EDITORIAL_CONTACT = /\bcontact us\b|\b(?:editors?|letters|newsroom|tips|feedback)@/i;

/** The media contact the source gives, or null for none or a news site's editorial address. */
export function mediaContact(meta: SourceMeta): string | null {
  return meta.contact && !EDITORIAL_CONTACT.test(meta.contact) ? meta.contact : null;
}

/**
 * A publisher that is a research institution, agency or journal, not a news outlet ("National
 * Eye Institute", "University of Sheffield", "Mayo Clinic", "The BMJ"): what such a publisher
 * puts out about a study is its press release.
 */
const INSTITUTION =
  /\b(?:institutes?|university|universit(?:y|ies)|college|hospitals?|clinic|medical cent(?:er|re)|cancer cent(?:er|re)|research cent(?:er|re)|agency|administration|department of|ministry|foundation|society|association|school of|laborator(?:y|ies)|council)\b|^(?:the\s+)?(?:BMJ|Lancet|JAMA(?: Network)?|New England Journal of Medicine|NEJM)\b/i;
/** Agencies by their short names, in capitals only ("WHO", not "who"). */
const AGENCY = /\b(?:NIH|FDA|CDC|WHO|NHS|NICE)\b/;

export function sourceKind(meta: SourceMeta): SourceKind {
  // Only releases are embargoed; a news story carries no embargo of its own.
  if (meta.embargo) return { kind: 'press-release', basis: 'an embargo line' };
  // "For Immediate Release" is a release's own line.
  if (meta.releaseLine) return { kind: 'press-release', basis: `a release line (“${meta.releaseLine}”)` };
  // A release wire ("Newswise —", "/PRNewswire/") carries releases, not news stories.
  if (meta.wire) return { kind: 'press-release', basis: `sent over a release wire (${meta.wire})` };
  // "###" is how a release ends; news stories do not end with it.
  if (meta.endMark) return { kind: 'press-release', basis: 'the “###” end mark' };
  // A media contact block is release furniture (clean.ts keeps it only from "Media:",
  // "Media contact", "Inquiries" and the like).
  if (mediaContact(meta)) return { kind: 'press-release', basis: 'a media contact' };
  if (meta.publisher && (INSTITUTION.test(meta.publisher) || AGENCY.test(meta.publisher)))
    return { kind: 'press-release', basis: `put out by an institution, not a news outlet (${meta.publisher})` };
  // A news site's sign-off to its readers ("Contact us at editors@…") is how news stories end.
  if (meta.contact && EDITORIAL_CONTACT.test(meta.contact)) return { kind: 'news-story', basis: 'a news site’s editorial address' };
  return { kind: 'unknown', basis: null };
}
