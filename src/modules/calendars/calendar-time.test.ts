import { describe, expect, it } from 'vitest';
import { addBusinessDays, addBusinessMinutes, elapsedBusinessMinutes, isOpen, nextOpenInstant } from './business-time';
import { calendarOf, localTime, wallTime } from './calendar-fixtures.test-support';
import { CALENDAR_TIME, createCalendarTime } from './calendar-time';

describe('calendar time for SLA targets without a calendar', () => {
  const monday = Date.parse('2026-03-09T10:00:00.000Z');

  it('adds minutes as plain elapsed time', () => {
    expect(addBusinessMinutes(CALENDAR_TIME, monday, 90)).toBe(monday + 90 * 60_000);
  });

  it('measures elapsed time as plain time', () => {
    expect(elapsedBusinessMinutes(CALENDAR_TIME, monday, monday + 45_500)).toBeCloseTo(45_500 / 60_000, 12);
  });

  it('is always open', () => {
    expect(isOpen(CALENDAR_TIME, monday)).toBe(true);
    expect(nextOpenInstant(CALENDAR_TIME, monday)).toBe(monday);
  });

  it('counts days as exact 24-hour days in UTC', () => {
    expect(addBusinessDays(CALENDAR_TIME, monday, 5)).toBe(monday + 5 * 86_400_000);
  });

  it('counts days at the same wall time in a local zone, so a day across spring-forward is 23 hours', () => {
    const newYork = createCalendarTime('America/New_York');
    const saturday = localTime('2026-03-07 09:00', 'America/New_York');
    expect(wallTime(addBusinessDays(newYork, saturday, 1), 'America/New_York')).toBe('Sun 2026-03-08 09:00');
    expect(addBusinessDays(newYork, saturday, 1) - saturday).toBe(23 * 3_600_000);
  });
});

describe('a "24/7" desk (R30: standard support around the clock)', () => {
  it('is the same as 00:00–24:00 every day', () => {
    const allDay = [['00:00', '24:00']] as [string, string][];
    const everyDay = { sun: allDay, mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay };
    const around = calendarOf({ timezone: 'Europe/Berlin', hours: '24/7' });
    const spelledOut = calendarOf({ timezone: 'Europe/Berlin', hours: everyDay });
    const from = localTime('2026-03-28 20:15', 'Europe/Berlin');
    for (const minutes of [1, 60, 1440, 10_000]) {
      expect(addBusinessMinutes(around, from, minutes)).toBe(addBusinessMinutes(spelledOut, from, minutes));
    }
    expect(addBusinessDays(around, from, 3)).toBe(addBusinessDays(spelledOut, from, 3));
  });

  it('still closes on its holidays', () => {
    const withHolidays = calendarOf({ timezone: 'Europe/Berlin', hours: '24/7', holidays: { dates: ['2026-12-25'] } });
    const eve = localTime('2026-12-24 23:00', 'Europe/Berlin');
    expect(wallTime(addBusinessMinutes(withHolidays, eve, 120), 'Europe/Berlin')).toBe('Sat 2026-12-26 01:00');
  });
});
