// The date a document says it was built. SOURCE_DATE_EPOCH (the reproducible-builds
// convention; CI sets it from the last commit) wins, so the same sources give the same bytes;
// otherwise the day of the build (UTC). STANDARDS asks every document for its build date: a
// handout printed from last year's story must say when it was made. The article's own date
// is printed beside it ("dated …"), never in its place.

export function buildDateFor(sourceDateEpoch: string | undefined, now: Date = new Date()): string {
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    if (!/^\d+$/.test(sourceDateEpoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${sourceDateEpoch}"`);
    return new Date(Number(sourceDateEpoch) * 1000).toISOString().slice(0, 10);
  }
  return now.toISOString().slice(0, 10);
}
