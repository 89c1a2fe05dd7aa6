import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from './business-calendar';
import {
  addBusinessDays,
  addBusinessMinutes,
  elapsedBusinessMinutes,
  isOpen,
  nextOpenInstant,
} from './business-time';
import { ITC, calendarOf, localTime, wallTime } from './calendar-fixtures.test-support';

describe('itc split shift (08:00–12:00 and 13:30–16:30 Ho Chi Minh City, Mon–Fri, VN holidays)', () => {
  const VN = 'Asia/Ho_Chi_Minh';
  const itc = createBusinessCalendar(ITC);
  const at = (text: string) => localTime(text, VN);
  const wall = (instant: number) => wallTime(instant, VN);

  it('skips the lunch break', () => {
    expect(wall(addBusinessMinutes(itc, at('2026-03-09 11:30'), 60))).toBe('Mon 2026-03-09 14:00');
  });

  it('makes a due that lands on the lunch closing the closing instant', () => {
    expect(wall(addBusinessMinutes(itc, at('2026-03-09 11:00'), 60))).toBe('Mon 2026-03-09 12:00');
  });

  it('carries the afternoon remainder into the next morning', () => {
    expect(wall(addBusinessMinutes(itc, at('2026-03-09 16:00'), 60))).toBe('Tue 2026-03-10 08:30');
  });

  it('holds 7 open hours in a day', () => {
    expect(wall(addBusinessMinutes(itc, at('2026-03-09 08:00'), 420))).toBe('Mon 2026-03-09 16:30');
    expect(elapsedBusinessMinutes(itc, at('2026-03-09 00:00'), at('2026-03-10 00:00'))).toBe(420);
  });

  it('does not count the lunch break as elapsed', () => {
    expect(elapsedBusinessMinutes(itc, at('2026-03-09 11:00'), at('2026-03-09 14:00'))).toBe(90);
  });

  it('is closed at lunch and reopens at 13:30', () => {
    expect(isOpen(itc, at('2026-03-09 12:45'))).toBe(false);
    expect(wall(nextOpenInstant(itc, at('2026-03-09 12:45')))).toBe('Mon 2026-03-09 13:30');
  });

  it('counts business days from the afternoon opening for a ticket raised at lunch', () => {
    expect(wall(addBusinessDays(itc, at('2026-03-09 12:45'), 1))).toBe('Tue 2026-03-10 13:30');
  });

  it('closes for the whole multi-day Tết holiday', () => {
    expect(wall(addBusinessMinutes(itc, at('2026-02-13 16:00'), 60))).toBe('Mon 2026-02-23 08:30');
    expect(wall(addBusinessDays(itc, at('2026-02-13 10:00'), 1))).toBe('Mon 2026-02-23 10:00');
  });
});

describe('night desk with an overnight shift (22:00–24:00 then 00:00–06:00)', () => {
  const SP = 'America/Sao_Paulo';
  const evening = [['22:00', '24:00']] as [string, string][];
  const morning = [['00:00', '06:00']] as [string, string][];
  const nightDesk = calendarOf({
    timezone: SP,
    hours: { mon: evening, tue: [...morning, ...evening], wed: [...morning, ...evening], thu: [...morning, ...evening], fri: [...morning, ...evening], sat: morning },
  });
  const at = (text: string) => localTime(text, SP);
  const wall = (instant: number) => wallTime(instant, SP);

  it('works straight through midnight', () => {
    expect(wall(addBusinessMinutes(nightDesk, at('2026-03-09 23:00'), 120))).toBe('Tue 2026-03-10 01:00');
    expect(elapsedBusinessMinutes(nightDesk, at('2026-03-09 21:00'), at('2026-03-10 07:00'))).toBe(480);
  });

  it('is open at the midnight between the two halves of the shift', () => {
    expect(isOpen(nightDesk, at('2026-03-10 00:00'))).toBe(true);
  });

  it('resumes on Monday night after the Saturday morning shift', () => {
    expect(wall(addBusinessMinutes(nightDesk, at('2026-03-14 05:00'), 120))).toBe('Mon 2026-03-16 23:00');
  });

  it('counts the Saturday morning as an open day, so Friday night + 1 day waits for Monday night', () => {
    // Saturday holds 00:00–06:00, so it is the first open day; Saturday 23:00 is closed.
    expect(wall(addBusinessDays(nightDesk, at('2026-03-13 23:00'), 1))).toBe('Mon 2026-03-16 22:00');
  });
});
