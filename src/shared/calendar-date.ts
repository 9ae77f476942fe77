// A date as a calendar day (yyyy-mm-dd), read in UTC: the article's own date for the footer,
// whatever way its front matter or byline wrote it.

/** "2016-06-28", "June 28, 2016", "28 June 2016" → "2016-06-28"; null when it is no full date. */
export function calendarDateOf(text: string | null | undefined): string | null {
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  // "April 28, 2017", "28 April 2017": read as a calendar date in UTC, not local time.
  const parsed = Date.parse(`${text} 00:00 UTC`);
  return Number.isNaN(parsed) || !/\b\d{4}\b/.test(text) ? null : new Date(parsed).toISOString().slice(0, 10);
}
