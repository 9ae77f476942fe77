// Whether the source is a press release, as far as its metadata shows. A press digest built
// from someone else's news story must not carry a release line of its own making, so this
// only answers "press release" on a signal that only releases carry.
//
// Decided here from facts.meta alone because Facts has no field for the kind of source
// yet: clean.ts reads the release header ("For Immediate Release", "Embargoed until"),
// the "###" end mark, the wire ("/PRNewswire/") and the issuing-office line, but keeps only
// their values. When extraction records the kind of source with its basis, this reads it.
import type { SourceMeta } from '../article/schema.js';

export interface SourceKind {
  kind: 'press-release' | 'unknown';
  /** What shows it, in words, for the reader of facts.json and the tests. */
  basis: string | null;
}

/** An editorial address ("Contact us at editors@time.com") is how news sites sign off, not a media contact. */
const EDITORIAL_CONTACT = /\bcontact us\b|\b(?:editors?|letters|newsroom|tips|feedback)@/i;

export function sourceKind(meta: SourceMeta): SourceKind {
  // Only releases are embargoed; a news story carries no embargo of its own.
  if (meta.embargo) return { kind: 'press-release', basis: 'an embargo line' };
  // A media contact block is release furniture (clean.ts keeps it only from "Media:",
  // "Media contact", "Inquiries" and the like).
  if (meta.contact && !EDITORIAL_CONTACT.test(meta.contact)) return { kind: 'press-release', basis: 'a media contact' };
  return { kind: 'unknown', basis: null };
}
