// The build date every document prints (STANDARDS: source and build date in the footer).
// Review 12: with no SOURCE_DATE_EPOCH and an article without a date, no date was printed.
import { describe, expect, it } from 'vitest';
import { buildDateFor } from '../../src/output/build-date.js';
import { calendarDateOf } from '../../src/shared/calendar-date.js';

describe('buildDateFor', () => {
  it('takes SOURCE_DATE_EPOCH when set, so the same sources give the same bytes', () => {
    expect(buildDateFor('1750000000', new Date('2030-01-01T00:00:00Z'))).toBe('2025-06-15');
  });

  it('is the day of the build (UTC) without it, never null', () => {
    expect(buildDateFor(undefined, new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
    expect(buildDateFor('', new Date('2026-12-01T00:10:00Z'))).toBe('2026-12-01');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds, saying what it got', () => {
    expect(() => buildDateFor('2026-12-01')).toThrow(/SOURCE_DATE_EPOCH must be whole seconds since 1970, got "2026-12-01"/);
  });
});

describe('calendarDateOf', () => {
  it('reads the article date however it is written, in UTC', () => {
    expect(calendarDateOf('2016-06-28')).toBe('2016-06-28');
    expect(calendarDateOf('June 28, 2016')).toBe('2016-06-28');
    expect(calendarDateOf('28 June 2016')).toBe('2016-06-28');
    expect(calendarDateOf('June 2016 issue')).toBeNull();
    expect(calendarDateOf(null)).toBeNull();
  });
});
