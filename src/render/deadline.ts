// Time limits on promises that may never settle: a print on a hung page, a browser that
// no longer answers, a page that never confirms its close. One timer-and-race, shared.

/**
 * `work`'s result, or `late()`'s error once `ms` have passed. Work that is cut off still
 * runs until it settles (e.g. when its page is closed); its late rejection is swallowed,
 * never an unhandled rejection.
 */
export async function withDeadline<T>(work: Promise<T>, ms: number, late: () => Error): Promise<T> {
  work.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

const tooLate = () => new Error('too late');

/** Waits for `work` at most `ms`; true if it settled in time (a rejection counts as settled). */
export function settlesWithin(ms: number, work: Promise<unknown>): Promise<boolean> {
  return withDeadline(
    work.then(
      () => true,
      () => true,
    ),
    ms,
    tooLate,
  ).catch(() => false);
}

/** True if `work` fulfilled within `ms` (false if it rejected or ran late). */
export function fulfilsWithin(ms: number, work: Promise<unknown>): Promise<boolean> {
  return withDeadline(
    work.then(
      () => true,
      () => false,
    ),
    ms,
    tooLate,
  ).catch(() => false);
}
