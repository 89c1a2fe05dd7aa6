import { describe, expect, it } from 'vitest';
import { createBusinessCalendar, MAX_COVERED_YEARS } from './business-calendar';
import { addBusinessDays, addBusinessMinutes, elapsedBusinessMinutes, isOpen, nextOpenInstant } from './business-time';
import { getBusinessCalendar } from './calendar-cache';
import { CalendarError } from './calendar-errors';
import { CONTELE, calendarOf, localTime, wallTime } from './calendar-fixtures.test-support';

const SP = 'America/Sao_Paulo';
const at = (text: string) => localTime(text, SP);

function errorOf(compute: () => unknown): CalendarError {
  try {
    compute();
  } catch (error) {
    if (error instanceof CalendarError) return error;
    throw error;
  }
  throw new Error('expected a CalendarError');
}

describe('lazily expanded calendars', () => {
  it('expands nothing until asked, then only the years a computation touches', () => {
    const contele = createBusinessCalendar(CONTELE);
    expect(contele.years.size).toBe(0);
    isOpen(contele, at('2026-06-10 10:00'));
    expect([...contele.years.keys()]).toEqual([2026]);
  });

  it('expands the next year when a due walks past the year end', () => {
    const contele = createBusinessCalendar(CONTELE);
    expect(wallTime(addBusinessMinutes(contele, at('2026-12-30 17:00'), 10 * 570), SP)).toBe('Thu 2027-01-14 17:00');
    expect([...contele.years.keys()].sort()).toEqual([2026, 2027]);
  });

  it('expands earlier years when asked about the past', () => {
    const contele = createBusinessCalendar(CONTELE);
    isOpen(contele, at('2026-06-10 10:00'));
    expect(elapsedBusinessMinutes(contele, at('2024-12-31 09:00'), at('2025-01-02 09:00'))).toBe(540 + 30); // New Year's Day is closed;
    expect(contele.firstYear).toBe(2024);
  });

  it('answers a long-range question without keeping every year in between', () => {
    const contele = createBusinessCalendar(CONTELE);
    isOpen(contele, at('2026-06-10 10:00'));
    expect(isOpen(contele, at('2300-06-13 10:00'))).toBe(true); // a Wednesday;
    expect(contele.lastYear - contele.firstYear + 1).toBeLessThanOrEqual(MAX_COVERED_YEARS);
  });

  it('expands the next year before answering about New Year\'s night west of UTC', () => {
    const allDay = [['00:00', '24:00']] as [string, string][];
    const nights = calendarOf({ timezone: SP, hours: { fri: allDay } }); // 2027-01-01 is a Friday
    isOpen(nights, at('2026-06-10 10:00'));
    expect(isOpen(nights, at('2027-01-01 02:00'))).toBe(true);
  });

  it('expands the previous year before answering about New Year\'s Eve east of UTC', () => {
    const allDay = [['00:00', '24:00']] as [string, string][];
    const tokyo = calendarOf({ timezone: 'Asia/Tokyo', hours: { thu: allDay } }); // 2026-12-31 is a Thursday
    isOpen(tokyo, localTime('2027-06-10 10:00', 'Asia/Tokyo'));
    expect(isOpen(tokyo, localTime('2026-12-31 23:00', 'Asia/Tokyo'))).toBe(true);
    expect(isOpen(tokyo, localTime('2027-01-01 01:00', 'Asia/Tokyo'))).toBe(false);
  });

  it('refuses instants outside the years it can compute', () => {
    const contele = createBusinessCalendar(CONTELE);
    expect(errorOf(() => isOpen(contele, Date.UTC(1800, 0, 1))).code).toBe('calendar_range_too_large');
    expect(errorOf(() => isOpen(contele, Number.NaN)).code).toBe('calendar_range_too_large');
  });

  it('refuses a single computation spanning more than the maximum range', () => {
    const contele = createBusinessCalendar(CONTELE);
    const error = errorOf(() => elapsedBusinessMinutes(contele, at('2026-01-01 00:00'), at('2200-01-01 00:00')));
    expect(error.code).toBe('calendar_range_too_large');
  });
});

describe('a calendar that never opens', () => {
  it('fails with calendar_never_open instead of searching forever', () => {
    const closed = calendarOf({ timezone: SP, hours: {} });
    expect(errorOf(() => addBusinessMinutes(closed, at('2026-03-09 10:00'), 1)).code).toBe('calendar_never_open');
    expect(errorOf(() => nextOpenInstant(closed, at('2026-03-09 10:00'))).code).toBe('calendar_never_open');
    expect(errorOf(() => addBusinessDays(closed, at('2026-03-09 10:00'), 1)).code).toBe('calendar_never_open');
  });

  it('fails once the only open date, an override, is in the past', () => {
    const oneDay = calendarOf({ timezone: SP, hours: {}, overrides: { '2026-12-24': [['08:00', '12:00']] } });
    expect(wallTime(nextOpenInstant(oneDay, at('2026-03-09 10:00')), SP)).toBe('Thu 2026-12-24 08:00');
    expect(errorOf(() => nextOpenInstant(oneDay, at('2026-12-24 12:00'))).message).toMatch(/no open time in the 10 years after/);
  });

  it('still answers zero targets and elapsed time, which need no open time', () => {
    const closed = calendarOf({ timezone: SP, hours: {} });
    expect(addBusinessMinutes(closed, at('2026-03-09 10:00'), 0)).toBe(at('2026-03-09 10:00'));
    expect(elapsedBusinessMinutes(closed, at('2026-03-09 10:00'), at('2026-04-09 10:00'))).toBe(0);
  });
});

describe('amounts', () => {
  it('rejects negative, non-finite and (for days) fractional amounts', () => {
    const contele = createBusinessCalendar(CONTELE);
    expect(errorOf(() => addBusinessMinutes(contele, 0, -1)).code).toBe('invalid_business_amount');
    expect(errorOf(() => addBusinessMinutes(contele, 0, Number.NaN)).code).toBe('invalid_business_amount');
    expect(errorOf(() => addBusinessDays(contele, 0, 1.5)).code).toBe('invalid_business_amount');
  });
});

describe('the calendar cache', () => {
  it('reuses one expanded calendar per id and version, and rebuilds when the version changes', () => {
    const first = getBusinessCalendar({ id: 'cal_1', version: 1, definition: CONTELE });
    expect(getBusinessCalendar({ id: 'cal_1', version: 1, definition: CONTELE })).toBe(first);
    const edited = { ...CONTELE, holidays: { country: 'BR', dates: ['2026-03-09'] } };
    const second = getBusinessCalendar({ id: 'cal_1', version: 2, definition: edited });
    expect(second).not.toBe(first);
    expect(isOpen(second, at('2026-03-09 10:00'))).toBe(false);
  });
});
