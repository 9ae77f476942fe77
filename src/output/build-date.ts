// The date a document says it was built, without reading the clock: the clock would make
// every rebuild differ. SOURCE_DATE_EPOCH (the reproducible-builds convention; CI sets it
// from the last commit) wins; otherwise the article's own date when it is a full date.
/** Whether the build date is the article's own (no SOURCE_DATE_EPOCH set), as buildDateFor reads it. */
export const isSourceDate = (sourceDateEpoch: string | undefined): boolean => sourceDateEpoch === undefined || sourceDateEpoch === '';

export function buildDateFor(sourceDateEpoch: string | undefined, articleDate: string | null): string | null {
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    if (!/^\d+$/.test(sourceDateEpoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${sourceDateEpoch}"`);
    return new Date(Number(sourceDateEpoch) * 1000).toISOString().slice(0, 10);
  }
  if (!articleDate) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(articleDate)) return articleDate;
  // "April 28, 2017", "28 April 2017": read as a calendar date in UTC, not local time.
  const parsed = Date.parse(`${articleDate} 00:00 UTC`);
  return Number.isNaN(parsed) || !/\b\d{4}\b/.test(articleDate) ? null : new Date(parsed).toISOString().slice(0, 10);
}
