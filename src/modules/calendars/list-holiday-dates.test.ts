import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './civil-time';
import { listHolidayDates } from './list-holiday-dates';

const datesOf = (days: Set<number>) => [...days].sort((a, b) => a - b).map(formatIsoDate);

describe('holiday dates of a year', () => {
  it('counts only the public holidays of Brazil and São Paulo (12 in 2026)', () => {
    expect(datesOf(listHolidayDates({ country: 'BR', region: 'SP' }, 2026))).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-21', '2026-05-01', '2026-07-09', '2026-09-07',
      '2026-10-04', '2026-10-12', '2026-10-25', '2026-11-02', '2026-11-15', '2026-12-25',
    ]);
  });

  it('leaves out Carnival and Christmas Eve, which date-holidays lists as bank or optional days', () => {
    const national = datesOf(listHolidayDates({ country: 'BR' }, 2026));
    expect(national).toHaveLength(12);
    expect(national).not.toContain('2026-02-16');
    expect(national).not.toContain('2026-02-17');
    expect(national).not.toContain('2026-12-24');
  });

  it('covers every date of a multi-day public holiday (Tết 2026 runs 16–20 February)', () => {
    const tet = datesOf(listHolidayDates({ country: 'VN' }, 2026)).filter((date) => date.startsWith('2026-02'));
    expect(tet).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
  });

  it('adds the calendar\'s own dates that fall in the year', () => {
    expect(datesOf(listHolidayDates({ dates: ['2026-12-24', '2027-12-24'] }, 2026))).toEqual(['2026-12-24']);
  });

  it('has no holidays without a holidays section', () => {
    expect(listHolidayDates(undefined, 2026).size).toBe(0);
  });
});
