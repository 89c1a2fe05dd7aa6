import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from './business-calendar';
import {
  addBusinessDays,
  addBusinessMinutes,
  elapsedBusinessMinutes,
  isOpen,
  nextOpenInstant,
} from './business-time';
import { CONTELE, calendarOf, localTime, wallTime } from './calendar-fixtures.test-support';

const SP = 'America/Sao_Paulo';
const contele = createBusinessCalendar(CONTELE);
const at = (text: string) => localTime(text, SP);
const wall = (instant: number) => wallTime(instant, SP);

describe('Contele desk (08:30–18:00 São Paulo, Mon–Fri, BR national holidays)', () => {
  describe('first-response minutes', () => {
    it('counts a ticket opened on Friday 17:00 with a 2-hour target into Monday morning', () => {
      expect(wall(addBusinessMinutes(contele, at('2026-03-06 17:00'), 120))).toBe('Mon 2026-03-09 09:30');
    });

    it('makes a due that lands exactly at closing time the closing instant, not the next opening', () => {
      expect(wall(addBusinessMinutes(contele, at('2026-03-06 17:00'), 60))).toBe('Fri 2026-03-06 18:00');
    });

    it('starts the clock at Monday 08:30 for a ticket opened on Saturday', () => {
      expect(wall(addBusinessMinutes(contele, at('2026-03-07 10:00'), 60))).toBe('Mon 2026-03-09 09:30');
    });

    it('returns the opening instant itself for a zero target, even when the desk is closed', () => {
      expect(addBusinessMinutes(contele, at('2026-03-07 10:00'), 0)).toBe(at('2026-03-07 10:00'));
    });

    it('keeps the seconds and milliseconds of the opening instant', () => {
      expect(wall(addBusinessMinutes(contele, at('2026-03-09 10:15:30.250'), 30))).toBe('Mon 2026-03-09 10:45:30.250');
    });

    it('runs over Carnival Monday and Tuesday, which are not national public holidays', () => {
      expect(wall(addBusinessMinutes(contele, at('2026-02-13 17:00'), 120))).toBe('Mon 2026-02-16 09:30');
    });

    it('skips Carnival when the desk adds it as its own holiday dates', () => {
      const withCarnival = calendarOf({ ...CONTELE, holidays: { country: 'BR', dates: ['2026-02-16', '2026-02-17'] } });
      expect(wall(addBusinessMinutes(withCarnival, at('2026-02-13 17:00'), 120))).toBe('Wed 2026-02-18 09:30');
    });

    it('skips Christmas Day', () => {
      expect(wall(addBusinessMinutes(contele, at('2026-12-24 17:00'), 120))).toBe('Mon 2026-12-28 09:30');
    });

    it('carries a ticket opened on New Year\'s Eve past the holiday into 2027', () => {
      expect(wall(addBusinessMinutes(contele, at('2026-12-31 17:00'), 120))).toBe('Mon 2027-01-04 09:30');
    });

    it('counts a whole business week as 5 × 9.5 hours', () => {
      expect(wall(addBusinessMinutes(contele, at('2026-03-09 08:30'), 5 * 570))).toBe('Fri 2026-03-13 18:00');
    });
  });

  describe('business days', () => {
    it('makes Friday 17:00 + 3 business days Wednesday 17:00', () => {
      expect(wall(addBusinessDays(contele, at('2026-03-06 17:00'), 3))).toBe('Wed 2026-03-11 17:00');
    });

    it('first moves a Saturday 10:00 ticket to Monday 08:30', () => {
      expect(wall(addBusinessDays(contele, at('2026-03-07 10:00'), 0))).toBe('Mon 2026-03-09 08:30');
      expect(wall(addBusinessDays(contele, at('2026-03-07 10:00'), 1))).toBe('Tue 2026-03-10 08:30');
    });

    it('does not count Christmas Day as a business day', () => {
      expect(wall(addBusinessDays(contele, at('2026-12-24 17:00'), 3))).toBe('Wed 2026-12-30 17:00');
    });

    it('answers R16 (first answer within 3 business days) across the year end', () => {
      expect(wall(addBusinessDays(contele, at('2026-12-31 11:00'), 3))).toBe('Wed 2027-01-06 11:00');
    });

    it('moves a due whose wall time is closed on the target day to the next opening', () => {
      const shortEve = calendarOf({ ...CONTELE, overrides: { '2026-12-24': [['08:30', '12:00']] } });
      expect(wall(addBusinessDays(shortEve, at('2026-12-23 15:00'), 1))).toBe('Mon 2026-12-28 08:30');
    });
  });

  describe('elapsed business time', () => {
    it('counts only the open hours of a weekend-spanning wait', () => {
      expect(elapsedBusinessMinutes(contele, at('2026-03-06 17:00'), at('2026-03-09 09:30'))).toBe(120);
    });

    it('is fractional when not whole minutes', () => {
      expect(elapsedBusinessMinutes(contele, at('2026-03-06 17:59:45.000'), at('2026-03-09 08:30:30.000'))).toBe(0.75);
    });

    it('is zero when the end is not after the start', () => {
      expect(elapsedBusinessMinutes(contele, at('2026-03-09 10:00'), at('2026-03-09 09:00'))).toBe(0);
      expect(elapsedBusinessMinutes(contele, at('2026-03-09 10:00'), at('2026-03-09 10:00'))).toBe(0);
    });

    it('counts nothing on Christmas Day', () => {
      expect(elapsedBusinessMinutes(contele, at('2026-12-24 18:00'), at('2026-12-28 08:30'))).toBe(0);
    });

    it('counts a year of Mondays to Fridays minus the national holidays that fall on them', () => {
      // 2026 has 261 weekdays; 9 of the 12 BR public holidays fall on one (Oct 4, Oct 25, Nov 15 are Sundays).
      expect(elapsedBusinessMinutes(contele, at('2026-01-01 00:00'), at('2027-01-01 00:00'))).toBe((261 - 9) * 570);
    });
  });

  describe('opening state', () => {
    it('is open from 08:30 and closed from 18:00 (half-open intervals)', () => {
      expect(isOpen(contele, at('2026-03-09 08:29:59.999'))).toBe(false);
      expect(isOpen(contele, at('2026-03-09 08:30'))).toBe(true);
      expect(isOpen(contele, at('2026-03-09 17:59:59.999'))).toBe(true);
      expect(isOpen(contele, at('2026-03-09 18:00'))).toBe(false);
    });

    it('finds the next opening after a holiday weekend', () => {
      expect(wall(nextOpenInstant(contele, at('2026-04-02 19:00')))).toBe('Mon 2026-04-06 08:30');
    });

    it('returns the instant itself when already open', () => {
      expect(nextOpenInstant(contele, at('2026-03-09 11:11'))).toBe(at('2026-03-09 11:11'));
    });
  });
});
