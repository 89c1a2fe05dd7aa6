import { describe, expect, it } from 'vitest';
import { addBusinessDays, addBusinessMinutes, elapsedBusinessMinutes, isOpen } from './business-time';
import { calendarOf, isoIn, localTime, wallTime } from './calendar-fixtures.test-support';

const allDay = [['00:00', '24:00']] as [string, string][];
const everyDay = { sun: allDay, mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay };
// Weekly hours (not "24/7") so the general interval path is the one under test.
const aroundTheClock = (timezone: string) => calendarOf({ timezone, hours: everyDay });
const oneDay = (timezone: string, hours: [string, string][]) =>
  calendarOf({ timezone, hours: { sun: hours, mon: hours, tue: hours, wed: hours, thu: hours, fri: hours, sat: hours } });

describe('business time is real elapsed time on DST days', () => {
  const dayLength = (timezone: string, date: string, next: string) =>
    elapsedBusinessMinutes(aroundTheClock(timezone), localTime(`${date} 00:00`, timezone), localTime(`${next} 00:00`, timezone)) / 60;

  it('gives a 00:00–24:00 day 23 hours on spring-forward days', () => {
    expect(dayLength('America/New_York', '2026-03-08', '2026-03-09')).toBe(23);
    expect(dayLength('Europe/Berlin', '2026-03-29', '2026-03-30')).toBe(23);
    expect(dayLength('America/Sao_Paulo', '2018-11-04', '2018-11-05')).toBe(23);
  });

  it('gives a 00:00–24:00 day 25 hours on fall-back days', () => {
    expect(dayLength('America/New_York', '2026-11-01', '2026-11-02')).toBe(25);
    expect(dayLength('Europe/Berlin', '2026-10-25', '2026-10-26')).toBe(25);
  });

  it('gives an ordinary day 24 hours', () => {
    expect(dayLength('Europe/Berlin', '2026-06-10', '2026-06-11')).toBe(24);
  });
});

describe('intervals that touch a DST transition', () => {
  it('ignores an interval that the spring-forward gap turns empty (02:30–03:00 becomes 03:30–03:00)', () => {
    const nightCheck = oneDay('America/New_York', [['02:30', '03:00'], ['09:00', '10:00']]);
    const saturdayEvening = localTime('2026-03-07 20:00', 'America/New_York');
    expect(wallTime(addBusinessMinutes(nightCheck, saturdayEvening, 30), 'America/New_York')).toBe('Sun 2026-03-08 09:30');
  });

  it('shifts an interval lying wholly inside the gap forward by the gap (02:00–02:30 becomes 03:00–03:30)', () => {
    const nightCheck = oneDay('America/New_York', [['02:00', '02:30']]);
    const saturdayEvening = localTime('2026-03-07 20:00', 'America/New_York');
    expect(isoIn(addBusinessMinutes(nightCheck, saturdayEvening, 10), 'America/New_York')).toBe('2026-03-08T03:10:00.000-04:00');
    expect(isoIn(addBusinessMinutes(nightCheck, saturdayEvening, 30), 'America/New_York')).toBe('2026-03-08T03:30:00.000-04:00');
  });

  it('shortens an interval that starts inside the gap to its part after the gap', () => {
    const early = oneDay('America/New_York', [['02:30', '04:00']]);
    const day = (d: string) => localTime(d, 'America/New_York');
    expect(elapsedBusinessMinutes(early, day('2026-03-08 00:00'), day('2026-03-09 00:00'))).toBe(30);
    expect(isoIn(addBusinessMinutes(early, day('2026-03-07 12:00'), 1), 'America/New_York')).toBe('2026-03-08T03:31:00.000-04:00');
  });

  it('lengthens an interval across the fall-back by the repeated hour', () => {
    const early = oneDay('America/New_York', [['01:30', '03:00']]);
    const from = Date.parse('2026-10-31T12:00:00-04:00');
    expect(isoIn(addBusinessMinutes(early, from, 1), 'America/New_York')).toBe('2026-11-01T01:31:00.000-04:00');
    expect(elapsedBusinessMinutes(early, from, Date.parse('2026-11-02T00:00:00-05:00'))).toBe(150);
  });

  it('is open during both occurrences of a repeated hour inside an interval', () => {
    const berlinNight = oneDay('Europe/Berlin', [['02:00', '04:00']]);
    expect(isOpen(berlinNight, Date.parse('2026-10-25T02:15:00+02:00'))).toBe(true);
    expect(isOpen(berlinNight, Date.parse('2026-10-25T02:15:00+01:00'))).toBe(true);
  });

  it('merges an overnight shift across a midnight that DST skipped (São Paulo 2018-11-04)', () => {
    const evening = [['22:00', '24:00']] as [string, string][];
    const morning = [['00:00', '06:00']] as [string, string][];
    const nights = calendarOf({ timezone: 'America/Sao_Paulo', hours: { sat: evening, sun: morning } });
    const saturday22 = Date.parse('2018-11-03T22:00:00-03:00');
    // 22:00 -03:00 to 06:00 -02:00 is 7 real hours with no break at the missing midnight.
    expect(elapsedBusinessMinutes(nights, saturday22, Date.parse('2018-11-04T12:00:00-02:00'))).toBe(7 * 60);
    expect(isoIn(addBusinessMinutes(nights, saturday22, 150), 'America/Sao_Paulo')).toBe('2018-11-04T01:30:00.000-02:00');
  });
});

describe('business days keep the local wall time across DST', () => {
  const ny = 'America/New_York';

  it('lands 23 real hours later across spring-forward', () => {
    const nineToFive = oneDay(ny, [['09:00', '17:00']]);
    const saturday = localTime('2026-03-07 16:00', ny);
    expect(wallTime(addBusinessDays(nineToFive, saturday, 1), ny)).toBe('Sun 2026-03-08 16:00');
    expect(addBusinessDays(nineToFive, saturday, 1) - saturday).toBe(23 * 3_600_000);
  });

  it('moves a due wall time that falls in the gap forward by the gap', () => {
    const saturday = Date.parse('2026-03-07T02:30:00-05:00');
    expect(isoIn(addBusinessDays(aroundTheClock(ny), saturday, 1), ny)).toBe('2026-03-08T03:30:00.000-04:00');
  });

  it('takes the earlier occurrence of a due wall time that falls in the repeated hour', () => {
    const saturday = Date.parse('2026-10-31T01:30:00-04:00');
    expect(isoIn(addBusinessDays(aroundTheClock(ny), saturday, 1), ny)).toBe('2026-11-01T01:30:00.000-04:00');
  });

  it('does not count a date whose only interval the gap turned empty as an open day', () => {
    const gapOnly = calendarOf({ timezone: ny, hours: { sun: [['02:30', '03:00']], mon: [['09:00', '17:00']], sat: [['09:00', '17:00']] } });
    const saturday = localTime('2026-03-07 10:00', ny);
    expect(wallTime(addBusinessDays(gapOnly, saturday, 1), ny)).toBe('Mon 2026-03-09 10:00');
  });
});
