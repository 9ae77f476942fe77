// Document properties for the PDF (title, subject, keywords, language) and the footer line.
import type { Facts } from '../article/schema.js';
import { calendarDateOf } from '../shared/calendar-date.js';
import { sourceKind } from './source-kind.js';
import { conditionName, interventionName, withCondition } from './study.js';
import type { Audience, DocumentMeta } from './view-models.js';

/** What every composer needs besides the facts: nothing from the clock or the disk. */
export interface ComposeOptions {
  /**
   * The build date printed in the footer (ISO yyyy-mm-dd), passed in so the composers read
   * no clock: SOURCE_DATE_EPOCH or the day of the build; null prints no build date.
   */
  buildDate: string | null;
}

const LABELS: Record<Audience, string> = {
  'patient-brief': 'Patient brief',
  'clinician-summary': 'Clinician summary',
  'press-digest': 'Press digest',
};

export function documentMeta(audience: Audience, facts: Facts, title: string, options: ComposeOptions): DocumentMeta {
  const { buildDate } = options;
  const label = LABELS[audience];
  // Who published it; else the article's own title (a reader can look that up; the file's
  // slug, "h048", tells a reader nothing), shortened to fit the footer line.
  const source = facts.meta.publisher ?? titleForFooter(facts.title.value) ?? facts.meta.slug;
  // What the source is, only as far as its metadata shows (a release is no "news report").
  const kind = sourceKind(facts.meta).kind;
  const of = kind === 'press-release' ? 'a press release' : kind === 'news-story' ? 'a news report' : 'an article';
  const keywords = [interventionName(facts), conditionName(facts), 'clinical trial', label.toLowerCase()].filter(
    (k): k is string => k !== null,
  );
  return {
    audience,
    title: `${label}: ${title}`,
    subject: `${label} of ${of} on ${subjectOf(facts)}`,
    keywords,
    language: facts.meta.language || 'en',
    author: 'trialbrief',
    buildDate,
    footer: footerOf(source, calendarDateOf(facts.meta.date), buildDate),
  };
}

/** The article's title in quotation marks, cut at a word to at most 60 characters ("…" when cut). */
function titleForFooter(title: string | undefined): string | null {
  // Words only: a tag written into a title ("<svg onload=…>") is no part of its name.
  const words = (title ?? '')
    .replace(/<[^>]*>?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!words) return null;
  if (words.length <= 60) return `“${words}”`;
  return `“${words.slice(0, 60).replace(/\s+\S*$/, '')}…”`;
}

/** "Source: Reuters, dated 2016-06-28 · built 2026-12-01": the source, its own date when known, and when this was made. */
function footerOf(source: string, dated: string | null, built: string | null): string {
  return [`Source: ${source}${dated ? `, dated ${dated}` : ''}`, built ? `built ${built}` : null].filter(Boolean).join(' · ');
}

/** What the document is about, for the PDF's subject: "ketamine for depression", "breastfeeding and childhood leukemia". */
function subjectOf(facts: Facts): string {
  const name = interventionName(facts);
  return name ? withCondition(facts, name) : (conditionName(facts) ?? 'a clinical study');
}
