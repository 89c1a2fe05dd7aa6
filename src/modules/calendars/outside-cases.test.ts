// Business-hours situations of the kind other business-time libraries test (business_time and
// working_hours for Ruby, zendesk's biz, Python's businesstime, help desks' SLA calendars), asked
// through POST /api/v1/calendars/preview the way an outside client would ask them. Every expected
// answer follows API.md "Calendars and SLA"; where a library's convention differs (a due landing
// on a closing time, business days from a closed moment, "end of day" instants) the case says so.
// Expected instants are written in the calendar's local time with its offset, so the offset shows
// which side of a DST change a case lands on.
import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

type Interval = [string, string];
type Hours = '24/7' | Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', Interval[]>>;
interface Calendar {
  timezone: string;
  hours: Hours;
  holidays?: { country?: string; region?: string; dates?: string[] };
  overrides?: Record<string, Interval[]>;
}

const weekdays = (...intervals: Interval[]): Hours => ({ mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals });
const everyDay = (...intervals: Interval[]): Hours => ({ ...(weekdays(...intervals) as object), sat: intervals, sun: intervals });
const ALL_DAY: Interval = ['00:00', '24:00'];

// The classic library default: 09:00–17:00 Monday to Friday.
const NINE_TO_FIVE: Calendar = { timezone: 'UTC', hours: weekdays(['09:00', '17:00']) };
// A lunch break: 07:00–12:00 and 13:00–18:00.
const LUNCH_BREAK: Calendar = { timezone: 'UTC', hours: weekdays(['07:00', '12:00'], ['13:00', '18:00']) };
// Different hours per day, and a short Saturday.
const UNEVEN_WEEK: Calendar = {
  timezone: 'UTC',
  hours: {
    mon: [['09:00', '17:00']],
    tue: [['10:00', '16:00']],
    wed: [['09:00', '17:00']],
    thu: [['10:00', '16:00']],
    fri: [['09:00', '17:00']],
    sat: [['11:00', '14:30']],
  },
};
// A night desk: 22:00 to 06:00, starting Monday night, split at midnight as API.md asks.
const NIGHT_DESK: Calendar = {
  timezone: 'America/Sao_Paulo',
  hours: {
    mon: [['22:00', '24:00']],
    tue: [['00:00', '06:00'], ['22:00', '24:00']],
    wed: [['00:00', '06:00'], ['22:00', '24:00']],
    thu: [['00:00', '06:00'], ['22:00', '24:00']],
    fri: [['00:00', '06:00'], ['22:00', '24:00']],
    sat: [['00:00', '06:00']],
  },
};
const SAO_PAULO_OFFICE: Calendar = { timezone: 'America/Sao_Paulo', hours: weekdays(['08:30', '18:00']), holidays: { country: 'BR' } };
const SAO_PAULO_STATE: Calendar = { ...SAO_PAULO_OFFICE, holidays: { country: 'BR', region: 'SP' } };
const BERLIN_OFFICE: Calendar = { timezone: 'Europe/Berlin', hours: weekdays(['08:00', '16:00']), holidays: { country: 'DE' } };
const NEW_YORK_OFFICE: Calendar = { timezone: 'America/New_York', hours: weekdays(['09:00', '17:00']), holidays: { country: 'US' } };
const SYDNEY_OFFICE: Calendar = { timezone: 'Australia/Sydney', hours: weekdays(['09:00', '17:00']), holidays: { country: 'AU', region: 'NSW' } };
const KOLKATA_OFFICE: Calendar = { timezone: 'Asia/Kolkata', hours: weekdays(['09:30', '18:30']) };

interface Case {
  name: string;
  calendar: Calendar;
  from: string;
  addMinutes?: number;
  addBusinessDays?: number;
  to?: string;
  /** The expected due, with the calendar's local offset. */
  due?: string;
  elapsedMinutes?: number;
}

const cases: Case[] = [
  // --- 09:00–17:00, Monday to Friday (UTC) -------------------------------------------------------
  { name: 'adding 0 minutes on a Saturday returns the Saturday instant itself', calendar: NINE_TO_FIVE, from: '2026-03-07T12:00:00Z', addMinutes: 0, due: '2026-03-07T12:00:00Z' },
  { name: 'adding 0 minutes in open time returns the same instant', calendar: NINE_TO_FIVE, from: '2026-03-09T10:15:00Z', addMinutes: 0, due: '2026-03-09T10:15:00Z' },
  { name: 'an hour inside one day', calendar: NINE_TO_FIVE, from: '2026-03-09T10:00:00Z', addMinutes: 60, due: '2026-03-09T11:00:00Z' },
  { name: 'two hours from Friday 16:00 carry over the weekend', calendar: NINE_TO_FIVE, from: '2026-03-06T16:00:00Z', addMinutes: 120, due: '2026-03-09T10:00:00Z' },
  // Several libraries roll a result that lands on the closing time to the next opening; API.md
  // makes it the closing instant.
  { name: 'an hour from Friday 16:00 is Friday 17:00, the closing instant', calendar: NINE_TO_FIVE, from: '2026-03-06T16:00:00Z', addMinutes: 60, due: '2026-03-06T17:00:00Z' },
  { name: 'a whole day\'s worth from opening ends at that day\'s closing', calendar: NINE_TO_FIVE, from: '2026-03-09T09:00:00Z', addMinutes: 480, due: '2026-03-09T17:00:00Z' },
  { name: 'a whole day\'s worth from midday is midday on the next day', calendar: NINE_TO_FIVE, from: '2026-03-10T12:00:00Z', addMinutes: 480, due: '2026-03-11T12:00:00Z' },
  { name: 'starting before opening counts from the opening', calendar: NINE_TO_FIVE, from: '2026-03-09T07:00:00Z', addMinutes: 30, due: '2026-03-09T09:30:00Z' },
  { name: 'starting after closing counts from the next morning', calendar: NINE_TO_FIVE, from: '2026-03-09T18:00:00Z', addMinutes: 30, due: '2026-03-10T09:30:00Z' },
  { name: 'starting exactly at opening', calendar: NINE_TO_FIVE, from: '2026-03-09T09:00:00Z', addMinutes: 1, due: '2026-03-09T09:01:00Z' },
  { name: 'starting exactly at closing is closed time: the minute is taken next morning', calendar: NINE_TO_FIVE, from: '2026-03-09T17:00:00Z', addMinutes: 1, due: '2026-03-10T09:01:00Z' },
  { name: 'starting on a Saturday counts from Monday\'s opening', calendar: NINE_TO_FIVE, from: '2026-03-07T10:00:00Z', addMinutes: 45, due: '2026-03-09T09:45:00Z' },
  { name: 'seconds of the start are kept across a weekend', calendar: NINE_TO_FIVE, from: '2026-03-06T16:30:42Z', addMinutes: 45, due: '2026-03-09T09:15:42Z' },
  { name: 'a working week from Monday opening ends on Friday closing', calendar: NINE_TO_FIVE, from: '2026-03-09T09:00:00Z', addMinutes: 5 * 480, due: '2026-03-13T17:00:00Z' },
  { name: 'one minute more than a working week runs into the next Monday', calendar: NINE_TO_FIVE, from: '2026-03-09T09:00:00Z', addMinutes: 5 * 480 + 1, due: '2026-03-16T09:01:00Z' },
  { name: 'no open time from Friday evening to Monday early morning', calendar: NINE_TO_FIVE, from: '2026-03-06T20:00:00Z', to: '2026-03-09T05:00:00Z', elapsedMinutes: 0 },
  { name: 'a span wider than the day counts only the open day', calendar: NINE_TO_FIVE, from: '2026-03-09T07:00:00Z', to: '2026-03-09T20:00:00Z', elapsedMinutes: 480 },
  // Libraries that return negative durations for reversed arguments differ; API.md says 0.
  { name: 'elapsed time with `to` before `from` is 0', calendar: NINE_TO_FIVE, from: '2026-03-09T15:00:00Z', to: '2026-03-09T10:00:00Z', elapsedMinutes: 0 },
  { name: 'elapsed time between equal instants is 0', calendar: NINE_TO_FIVE, from: '2026-03-09T10:00:00Z', to: '2026-03-09T10:00:00Z', elapsedMinutes: 0 },
  // Some libraries drop the seconds; API.md keeps them, so the answer is fractional.
  { name: 'elapsed time from Sunday to Monday keeps the seconds', calendar: NINE_TO_FIVE, from: '2026-03-08T09:10:24Z', to: '2026-03-09T09:10:24Z', elapsedMinutes: 10.4 },
  { name: 'elapsed time over a whole week is five days', calendar: NINE_TO_FIVE, from: '2026-03-09T10:00:00Z', to: '2026-03-16T10:00:00Z', elapsedMinutes: 2400 },
  { name: 'a business day from Friday afternoon is Monday at the same time', calendar: NINE_TO_FIVE, from: '2026-03-06T14:00:42Z', addBusinessDays: 1, due: '2026-03-09T14:00:42Z' },
  { name: 'a business day from Saturday first moves to Monday opening', calendar: NINE_TO_FIVE, from: '2026-03-07T10:00:00Z', addBusinessDays: 1, due: '2026-03-10T09:00:00Z' },
  // Date-based libraries give Wednesday 17:00 here; on this calendar 17:00 is already closed
  // (intervals are half-open), so the count starts from Monday 09:00.
  { name: 'three business days from Friday 17:00 start from Monday opening', calendar: NINE_TO_FIVE, from: '2026-03-06T17:00:00Z', addBusinessDays: 3, due: '2026-03-12T09:00:00Z' },
  { name: '0 business days from Sunday is the next opening', calendar: NINE_TO_FIVE, from: '2026-03-08T12:00:00Z', addBusinessDays: 0, due: '2026-03-09T09:00:00Z' },
  { name: '0 business days from open time is the instant itself', calendar: NINE_TO_FIVE, from: '2026-03-09T11:11:11.111Z', addBusinessDays: 0, due: '2026-03-09T11:11:11.111Z' },
  { name: 'five business days from Wednesday is next Wednesday', calendar: NINE_TO_FIVE, from: '2026-03-11T10:00:00Z', addBusinessDays: 5, due: '2026-03-18T10:00:00Z' },
  // working_hours keeps Friday 06:00 Tokyo and answers Monday 06:00; API.md first moves to opening.
  { name: 'a business day from an instant given in UTC is counted in the calendar\'s zone', calendar: { timezone: 'Asia/Tokyo', hours: weekdays(['09:00', '17:00']) }, from: '2026-03-05T21:00:00Z', addBusinessDays: 1, due: '2026-03-09T09:00:00+09:00' },
  { name: 'working hours given in UTC offsets are read in the calendar\'s zone', calendar: { timezone: 'Asia/Tokyo', hours: weekdays(['09:00', '17:00']) }, from: '2026-03-06T07:00:00Z', addMinutes: 180, due: '2026-03-09T11:00:00+09:00' },

  // --- lunch break: 07:00–12:00 and 13:00–18:00 (UTC) --------------------------------------------
  { name: 'six hours from before opening skip the lunch break', calendar: LUNCH_BREAK, from: '2026-03-09T05:00:00Z', addMinutes: 360, due: '2026-03-09T14:00:00Z' },
  { name: 'a due landing on the start of lunch is 12:00, not 13:00', calendar: LUNCH_BREAK, from: '2026-03-09T11:00:00Z', addMinutes: 60, due: '2026-03-09T12:00:00Z' },
  { name: 'starting during lunch counts from 13:00', calendar: LUNCH_BREAK, from: '2026-03-09T12:30:00Z', addMinutes: 1, due: '2026-03-09T13:01:00Z' },
  { name: 'two minutes from 11:59 jump the lunch break', calendar: LUNCH_BREAK, from: '2026-03-09T11:59:00Z', addMinutes: 2, due: '2026-03-09T13:01:00Z' },
  { name: 'elapsed time around lunch counts its two edges', calendar: LUNCH_BREAK, from: '2026-03-09T11:59:00Z', to: '2026-03-09T13:01:00Z', elapsedMinutes: 2 },
  { name: 'elapsed time from Monday 11:00 to Tuesday 13:00', calendar: LUNCH_BREAK, from: '2026-03-09T11:00:00Z', to: '2026-03-10T13:00:00Z', elapsedMinutes: 60 + 300 + 300 },
  { name: 'a business day from lunch starts from the afternoon opening', calendar: LUNCH_BREAK, from: '2026-03-09T12:30:00Z', addBusinessDays: 1, due: '2026-03-10T13:00:00Z' },
  { name: 'a business day from the morning keeps the morning time', calendar: LUNCH_BREAK, from: '2026-03-09T11:30:00Z', addBusinessDays: 1, due: '2026-03-10T11:30:00Z' },
  {
    name: 'intervals given out of order mean the same hours',
    calendar: { timezone: 'UTC', hours: { fri: [['13:00', '18:00'], ['07:00', '12:00']] } },
    from: '2026-03-06T11:00:00Z',
    addMinutes: 120,
    due: '2026-03-06T14:00:00Z',
  },

  // --- a different length each day and a short Saturday (UTC) ------------------------------------
  { name: 'two hours from Tuesday 15:00 end on Wednesday 10:00', calendar: UNEVEN_WEEK, from: '2026-03-10T15:00:00Z', addMinutes: 120, due: '2026-03-11T10:00:00Z' },
  { name: 'two hours from Friday 16:00 end on Saturday 12:00', calendar: UNEVEN_WEEK, from: '2026-03-06T16:00:00Z', addMinutes: 120, due: '2026-03-07T12:00:00Z' },
  { name: 'an hour from Saturday 14:00 ends on Monday 09:30', calendar: UNEVEN_WEEK, from: '2026-03-07T14:00:00Z', addMinutes: 60, due: '2026-03-09T09:30:00Z' },
  { name: 'nineteen hours from Monday 11:00 end on Wednesday 16:00', calendar: UNEVEN_WEEK, from: '2026-03-09T11:00:00Z', addMinutes: 19 * 60, due: '2026-03-11T16:00:00Z' },
  { name: 'elapsed time from Monday 11:00 to Wednesday 16:00 is nineteen hours', calendar: UNEVEN_WEEK, from: '2026-03-09T11:00:00Z', to: '2026-03-11T16:00:00Z', elapsedMinutes: 19 * 60 },
  { name: 'a business day landing after Saturday\'s close moves to Monday opening', calendar: UNEVEN_WEEK, from: '2026-03-06T16:30:00Z', addBusinessDays: 1, due: '2026-03-09T09:00:00Z' },
  { name: 'a business day landing before Tuesday\'s later opening moves to it', calendar: UNEVEN_WEEK, from: '2026-03-09T09:30:00Z', addBusinessDays: 1, due: '2026-03-10T10:00:00Z' },

  // --- overnight shifts: 22:00–06:00 from Monday night to Saturday morning (São Paulo) -----------
  { name: 'a night shift runs through midnight without a stop', calendar: NIGHT_DESK, from: '2026-03-09T23:00:00-03:00', addMinutes: 120, due: '2026-03-10T01:00:00-03:00' },
  { name: 'the rest of a due waits for the next night', calendar: NIGHT_DESK, from: '2026-03-10T05:30:00-03:00', addMinutes: 60, due: '2026-03-10T22:30:00-03:00' },
  { name: 'the last night of the week ends on Saturday 06:00 exactly', calendar: NIGHT_DESK, from: '2026-03-13T23:00:00-03:00', addMinutes: 420, due: '2026-03-14T06:00:00-03:00' },
  { name: 'a due from Saturday morning continues on Monday night', calendar: NIGHT_DESK, from: '2026-03-14T05:00:00-03:00', addMinutes: 120, due: '2026-03-16T23:00:00-03:00' },
  { name: 'elapsed time over one night is eight hours', calendar: NIGHT_DESK, from: '2026-03-09T21:00:00-03:00', to: '2026-03-10T07:00:00-03:00', elapsedMinutes: 480 },
  { name: 'a business day from Monday night is Tuesday night', calendar: NIGHT_DESK, from: '2026-03-09T23:00:00-03:00', addBusinessDays: 1, due: '2026-03-10T23:00:00-03:00' },
  { name: 'a business day from Saturday 03:00 lands on closed Monday 03:00 and moves to 22:00', calendar: NIGHT_DESK, from: '2026-03-14T03:00:00-03:00', addBusinessDays: 1, due: '2026-03-16T22:00:00-03:00' },
  { name: '0 business days from Sunday is Monday night\'s opening', calendar: NIGHT_DESK, from: '2026-03-15T12:00:00-03:00', addBusinessDays: 0, due: '2026-03-16T22:00:00-03:00' },

  // --- 24/7 -------------------------------------------------------------------------------------
  { name: '24/7: a day\'s worth of minutes from Saturday is Sunday', calendar: { timezone: 'UTC', hours: '24/7' }, from: '2026-03-07T10:00:00Z', addMinutes: 1440, due: '2026-03-08T10:00:00Z' },
  { name: '24/7: elapsed time over a weekend is 48 hours', calendar: { timezone: 'UTC', hours: '24/7' }, from: '2026-03-07T00:00:00Z', to: '2026-03-09T00:00:00Z', elapsedMinutes: 2880 },
  { name: '24/7: a business day from Saturday is Sunday', calendar: { timezone: 'UTC', hours: '24/7' }, from: '2026-03-07T10:00:00Z', addBusinessDays: 1, due: '2026-03-08T10:00:00Z' },
  { name: '24/7 in New York: a weekend with the spring-forward holds 47 hours', calendar: { timezone: 'America/New_York', hours: '24/7' }, from: '2026-03-07T12:00:00-05:00', to: '2026-03-09T12:00:00-04:00', elapsedMinutes: 47 * 60 },
  { name: '24/7 in New York: a business day landing in the spring-forward gap moves forward by the gap', calendar: { timezone: 'America/New_York', hours: '24/7' }, from: '2026-03-07T02:30:00-05:00', addBusinessDays: 1, due: '2026-03-08T03:30:00-04:00' },
  { name: '24/7 with a holiday: a day\'s worth of minutes skips it', calendar: { timezone: 'UTC', hours: '24/7', holidays: { dates: ['2026-12-25'] } }, from: '2026-12-24T12:00:00Z', addMinutes: 1440, due: '2026-12-26T12:00:00Z' },

  // --- holidays ---------------------------------------------------------------------------------
  { name: 'Labour Day on a Friday (BR) carries a due to Monday', calendar: SAO_PAULO_OFFICE, from: '2026-04-30T17:00:00-03:00', addMinutes: 120, due: '2026-05-04T09:30:00-03:00' },
  { name: 'New Year\'s Day on a Friday (BR) carries a year-end due into January', calendar: SAO_PAULO_OFFICE, from: '2026-12-31T17:30:00-03:00', addMinutes: 60, due: '2027-01-04T09:00:00-03:00' },
  { name: 'a state holiday of São Paulo closes only calendars with that region', calendar: SAO_PAULO_STATE, from: '2026-07-08T17:00:00-03:00', addMinutes: 120, due: '2026-07-10T09:30:00-03:00' },
  { name: 'without the region the same due is on the state holiday', calendar: SAO_PAULO_OFFICE, from: '2026-07-08T17:00:00-03:00', addMinutes: 120, due: '2026-07-09T09:30:00-03:00' },
  { name: 'Good Friday and Easter Monday (DE) make a four-day weekend', calendar: BERLIN_OFFICE, from: '2026-04-02T15:00:00+02:00', addMinutes: 120, due: '2026-04-07T09:00:00+02:00' },
  { name: 'a business day over Easter (DE) is the Tuesday', calendar: BERLIN_OFFICE, from: '2026-04-02T10:00:00+02:00', addBusinessDays: 1, due: '2026-04-07T10:00:00+02:00' },
  { name: 'elapsed time over Easter (DE) is one working day', calendar: BERLIN_OFFICE, from: '2026-04-02T08:00:00+02:00', to: '2026-04-07T08:00:00+02:00', elapsedMinutes: 480 },
  { name: 'Memorial Day on a Monday (US) pushes a Friday due to Tuesday', calendar: NEW_YORK_OFFICE, from: '2026-05-22T16:00:00-04:00', addMinutes: 120, due: '2026-05-26T10:00:00-04:00' },
  { name: 'Good Friday and Easter Monday (AU NSW) across the end of daylight saving', calendar: SYDNEY_OFFICE, from: '2026-04-02T16:00:00+11:00', addMinutes: 120, due: '2026-04-07T10:00:00+10:00' },
  { name: 'a Saturday holiday observed on the Friday (US, Independence Day 2026) closes the Friday', calendar: NEW_YORK_OFFICE, from: '2026-07-02T16:00:00-04:00', addMinutes: 120, due: '2026-07-06T10:00:00-04:00' },
  { name: 'Christmas on Friday and Boxing Day observed on Monday (GB) close four days at year end', calendar: { timezone: 'Europe/London', hours: weekdays(['09:00', '17:00']), holidays: { country: 'GB' } }, from: '2026-12-24T16:00:00Z', addMinutes: 120, due: '2026-12-29T10:00:00Z' },
  { name: 'a three-day holiday (CN, Spring Festival) counts as three closed dates', calendar: { timezone: 'Asia/Shanghai', hours: weekdays(['09:00', '18:00']), holidays: { country: 'CN' } }, from: '2026-02-13T17:00:00+08:00', addBusinessDays: 1, due: '2026-02-19T17:00:00+08:00' },
  { name: 'open days ending at "24:00" run through New Year\'s midnight', calendar: { timezone: 'UTC', hours: { thu: [ALL_DAY], fri: [ALL_DAY] } }, from: '2026-12-31T23:30:00Z', addMinutes: 60, due: '2027-01-01T00:30:00Z' },
  { name: 'elapsed time across New Year\'s midnight on open days', calendar: { timezone: 'UTC', hours: { thu: [ALL_DAY], fri: [ALL_DAY] } }, from: '2026-12-31T12:00:00Z', to: '2027-01-01T12:00:00Z', elapsedMinutes: 1440 },
  { name: 'a business day from the eve of a Friday holiday (BR, Finados 2018) lands after the spring-forward', calendar: SAO_PAULO_OFFICE, from: '2018-11-01T10:00:00-03:00', addBusinessDays: 1, due: '2018-11-05T10:00:00-02:00' },

  // --- overrides --------------------------------------------------------------------------------
  { name: 'an override opens Christmas Day for a morning', calendar: { ...SAO_PAULO_OFFICE, overrides: { '2026-12-25': [['09:00', '13:00']] } }, from: '2026-12-24T17:00:00-03:00', addMinutes: 120, due: '2026-12-25T10:00:00-03:00' },
  { name: 'an override opens a Saturday', calendar: { ...SAO_PAULO_OFFICE, overrides: { '2026-03-07': [['10:00', '12:00']] } }, from: '2026-03-06T17:00:00-03:00', addMinutes: 120, due: '2026-03-07T11:00:00-03:00' },
  { name: 'an empty override closes a Monday', calendar: { ...SAO_PAULO_OFFICE, overrides: { '2026-03-09': [] } }, from: '2026-03-06T17:00:00-03:00', addMinutes: 120, due: '2026-03-10T09:30:00-03:00' },
  { name: 'an override-opened Saturday counts as a business day', calendar: { ...SAO_PAULO_OFFICE, overrides: { '2026-03-07': [['10:00', '12:00']] } }, from: '2026-03-06T10:00:00-03:00', addBusinessDays: 1, due: '2026-03-07T10:00:00-03:00' },
  { name: 'an override-opened holiday counts as a business day', calendar: { ...SAO_PAULO_OFFICE, overrides: { '2026-12-25': [['09:00', '13:00']] } }, from: '2026-12-24T10:00:00-03:00', addBusinessDays: 1, due: '2026-12-25T10:00:00-03:00' },
  { name: 'a business day landing after a shortened day\'s close moves past the holiday', calendar: { ...SAO_PAULO_OFFICE, overrides: { '2026-12-24': [['08:00', '12:00']] } }, from: '2026-12-23T15:00:00-03:00', addBusinessDays: 1, due: '2026-12-28T08:30:00-03:00' },

  // --- DST: Europe/Berlin (2026-03-29 spring forward, 2026-10-25 fall back) -----------------------
  { name: 'Berlin: a weekend of whole days with the spring-forward holds 47 hours', calendar: { timezone: 'Europe/Berlin', hours: everyDay(ALL_DAY) }, from: '2026-03-28T12:00:00+01:00', to: '2026-03-30T12:00:00+02:00', elapsedMinutes: 47 * 60 },
  { name: 'Berlin: Sunday 01:00–05:00 holds three hours on the spring-forward night', calendar: { timezone: 'Europe/Berlin', hours: { sun: [['01:00', '05:00']] } }, from: '2026-03-28T00:00:00+01:00', to: '2026-03-30T00:00:00+02:00', elapsedMinutes: 180 },
  { name: 'Berlin: an hour from 01:30 on the spring-forward night is 03:30 summer time', calendar: { timezone: 'Europe/Berlin', hours: { sun: [['01:00', '05:00']] } }, from: '2026-03-29T01:30:00+01:00', addMinutes: 60, due: '2026-03-29T03:30:00+02:00' },
  { name: 'Berlin: Sunday 01:00–05:00 holds five hours on the fall-back night', calendar: { timezone: 'Europe/Berlin', hours: { sun: [['01:00', '05:00']] } }, from: '2026-10-24T00:00:00+02:00', to: '2026-10-26T00:00:00+01:00', elapsedMinutes: 300 },
  { name: 'Berlin: an interval the spring-forward gap empties is skipped', calendar: { timezone: 'Europe/Berlin', hours: { sun: [['02:30', '03:00']], mon: [['09:00', '17:00']] } }, from: '2026-03-28T12:00:00+01:00', addMinutes: 10, due: '2026-03-30T09:10:00+02:00' },
  { name: 'Berlin: the same interval is open on an ordinary Sunday', calendar: { timezone: 'Europe/Berlin', hours: { sun: [['02:30', '03:00']], mon: [['09:00', '17:00']] } }, from: '2026-03-21T12:00:00+01:00', addMinutes: 10, due: '2026-03-22T02:40:00+01:00' },
  { name: 'Berlin: a business day landing in the gap moves forward by the gap', calendar: { timezone: 'Europe/Berlin', hours: everyDay(ALL_DAY) }, from: '2026-03-28T02:30:00+01:00', addBusinessDays: 1, due: '2026-03-29T03:30:00+02:00' },
  { name: 'Berlin: a business day landing in the repeated hour takes its first occurrence', calendar: { timezone: 'Europe/Berlin', hours: everyDay(ALL_DAY) }, from: '2026-10-24T02:30:00+02:00', addBusinessDays: 1, due: '2026-10-25T02:30:00+02:00' },

  // --- DST: America/New_York (2026-03-08 spring forward, 2026-11-01 fall back) -------------------
  { name: 'New York: two hours from Friday 16:00 over the spring-forward weekend', calendar: NEW_YORK_OFFICE, from: '2026-03-06T16:00:00-05:00', addMinutes: 120, due: '2026-03-09T10:00:00-04:00' },
  { name: 'New York: no open time between Friday close and Monday open across the change', calendar: NEW_YORK_OFFICE, from: '2026-03-06T17:00:00-05:00', to: '2026-03-09T09:00:00-04:00', elapsedMinutes: 0 },
  { name: 'New York: a business day keeps the wall time, not 24 hours', calendar: NEW_YORK_OFFICE, from: '2026-03-06T10:00:00-05:00', addBusinessDays: 1, due: '2026-03-09T10:00:00-04:00' },
  { name: 'New York: an open Sunday on the fall-back date holds 25 hours', calendar: { timezone: 'America/New_York', hours: { sun: [ALL_DAY] } }, from: '2026-10-31T12:00:00-04:00', to: '2026-11-02T00:00:00-05:00', elapsedMinutes: 25 * 60 },
  { name: 'New York: a due inside the repeated hour counts it twice', calendar: { timezone: 'America/New_York', hours: { sun: [['01:00', '03:00']] } }, from: '2026-11-01T01:00:00-04:00', addMinutes: 90, due: '2026-11-01T01:30:00-05:00' },

  // --- DST: America/Sao_Paulo (historic; Brazil kept daylight saving until 2019) ---------------
  // 2018-11-04 began at 01:00 (midnight was skipped); 2019-02-16 23:00–24:00 happened twice.
  { name: 'São Paulo: a weekend with the midnight spring-forward holds 47 hours', calendar: { timezone: 'America/Sao_Paulo', hours: { sat: [ALL_DAY], sun: [ALL_DAY] } }, from: '2018-11-03T00:00:00-03:00', to: '2018-11-05T00:00:00-02:00', elapsedMinutes: 47 * 60 },
  { name: 'São Paulo: the Saturday of the midnight fall-back holds 25 hours', calendar: { timezone: 'America/Sao_Paulo', hours: { sat: [ALL_DAY] } }, from: '2019-02-16T00:00:00-02:00', to: '2019-02-17T00:00:00-03:00', elapsedMinutes: 25 * 60 },
  { name: 'São Paulo: a night shift over the skipped midnight holds two hours before it', calendar: { timezone: 'America/Sao_Paulo', hours: { sat: [['22:00', '24:00']], sun: [['00:00', '06:00']] } }, from: '2018-11-03T22:00:00-03:00', addMinutes: 120, due: '2018-11-04T01:00:00-02:00' },
  { name: 'São Paulo: the same night shift continues after the skipped hour', calendar: { timezone: 'America/Sao_Paulo', hours: { sat: [['22:00', '24:00']], sun: [['00:00', '06:00']] } }, from: '2018-11-03T22:00:00-03:00', addMinutes: 180, due: '2018-11-04T02:00:00-02:00' },
  { name: 'São Paulo: a repeated 23:00 opens at its first occurrence', calendar: { timezone: 'America/Sao_Paulo', hours: { sat: [['23:00', '23:30']] } }, from: '2019-02-16T22:00:00-02:00', addMinutes: 30, due: '2019-02-16T23:30:00-02:00' },

  // --- DST: Australia/Sydney (2026-04-05 fall back, 2026-10-04 spring forward) -------------------
  { name: 'Sydney: a weekend of whole days with the fall-back holds 49 hours', calendar: { timezone: 'Australia/Sydney', hours: everyDay(ALL_DAY) }, from: '2026-04-04T00:00:00+11:00', to: '2026-04-06T00:00:00+10:00', elapsedMinutes: 49 * 60 },
  { name: 'Sydney: Sunday 01:00–04:00 holds two hours on the spring-forward night', calendar: { timezone: 'Australia/Sydney', hours: { sun: [['01:00', '04:00']] } }, from: '2026-10-03T12:00:00+10:00', to: '2026-10-05T00:00:00+11:00', elapsedMinutes: 120 },

  // --- Asia/Kolkata (UTC+05:30) -----------------------------------------------------------------
  { name: 'Kolkata: two hours from Friday 17:30 end on Monday 10:30', calendar: KOLKATA_OFFICE, from: '2026-03-06T12:00:00Z', addMinutes: 120, due: '2026-03-09T10:30:00+05:30' },
  { name: 'Kolkata: UTC midnight on Monday is before the half-hour opening', calendar: KOLKATA_OFFICE, from: '2026-03-09T00:00:00Z', addMinutes: 30, due: '2026-03-09T10:00:00+05:30' },
  { name: 'Kolkata: a business day keeps the half-hour wall time', calendar: KOLKATA_OFFICE, from: '2026-03-09T04:00:00Z', addBusinessDays: 1, due: '2026-03-10T09:30:00+05:30' },
  { name: 'Kolkata: a UTC day holds one Kolkata working day', calendar: KOLKATA_OFFICE, from: '2026-03-09T00:00:00Z', to: '2026-03-10T00:00:00Z', elapsedMinutes: 540 },
];

const desk = await startTestDesk();

async function preview(body: Record<string, unknown>) {
  return desk.admin.post('/api/v1/calendars/preview', body);
}

function question(entry: Case): Record<string, unknown> {
  const body: Record<string, unknown> = { from: entry.from };
  if (entry.addMinutes !== undefined) body.addMinutes = entry.addMinutes;
  if (entry.addBusinessDays !== undefined) body.addBusinessDays = entry.addBusinessDays;
  if (entry.to !== undefined) body.to = entry.to;
  return body;
}

function expectAnswer(entry: Case, res: { status: number; body: any }) {
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  if (entry.due !== undefined) expect(res.body).toEqual({ due: new Date(entry.due).toISOString() });
  else expect(res.body).toEqual({ elapsedMinutes: entry.elapsedMinutes });
}

describe('business-hours cases in the style of other libraries, through the preview (issue 3)', () => {
  it('has a wide table', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  for (const entry of cases) {
    it(entry.name, async () => {
      expectAnswer(entry, await preview({ calendar: entry.calendar, ...question(entry) }));
    });
  }
});

describe('the same answers from stored calendars', () => {
  const stored = new Map<Calendar, string>();
  async function idOf(calendar: Calendar): Promise<string> {
    let id = stored.get(calendar);
    if (!id) {
      const res = await desk.admin.post('/api/v1/calendars', { name: `Calendar ${stored.size + 1}`, ...calendar });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      id = res.body.id as string;
      stored.set(calendar, id);
    }
    return id;
  }

  // One stored calendar per named fixture is enough to show the cache and the inline path agree.
  const named = new Set<Calendar>([NINE_TO_FIVE, LUNCH_BREAK, UNEVEN_WEEK, NIGHT_DESK, SAO_PAULO_OFFICE, BERLIN_OFFICE, NEW_YORK_OFFICE, KOLKATA_OFFICE]);
  for (const entry of cases.filter((c) => named.has(c.calendar))) {
    it(entry.name, async () => {
      expectAnswer(entry, await preview({ calendarId: await idOf(entry.calendar), ...question(entry) }));
    });
  }
});

describe('instants written the way other tools write them', () => {
  // ISO 8601 allows leaving out the seconds; translated cases often do.
  it('accepts instants without seconds, in UTC or with an offset', async () => {
    const res = await preview({ calendar: NINE_TO_FIVE, from: '2026-03-06T16:00Z', addMinutes: 120 });
    expect(res.body).toEqual({ due: '2026-03-09T10:00:00.000Z' });
    const elapsed = await preview({ calendar: KOLKATA_OFFICE, from: '2026-03-09T09:30+05:30', to: '2026-03-09T18:30+05:30' });
    expect(elapsed.body).toEqual({ elapsedMinutes: 540 });
  });

  it('keeps sub-millisecond digits out of the answer without failing', async () => {
    const res = await preview({ calendar: NINE_TO_FIVE, from: '2026-03-09T10:00:00.123456Z', addMinutes: 1 });
    expect(res.body).toEqual({ due: '2026-03-09T10:01:00.123Z' });
  });
});

describe('bad preview input answers 400/404/422 in the error shape, never 500', () => {
  const from = '2026-03-09T10:00:00Z';
  const rejected: Array<{ name: string; body: Record<string, unknown>; status: number; code: string; message: RegExp }> = [
    { name: 'a time zone that is not IANA', body: { calendar: { ...NINE_TO_FIVE, timezone: 'Mars/Olympus' }, from, addMinutes: 1 }, status: 400, code: 'invalid_request', message: /calendar\.timezone: must be an IANA time zone/ },
    { name: 'an offset instead of a time zone', body: { calendar: { ...NINE_TO_FIVE, timezone: '+03:00' }, from, addMinutes: 1 }, status: 400, code: 'invalid_request', message: /IANA time zone/ },
    { name: 'a closing time of "25:00"', body: { calendar: { timezone: 'UTC', hours: { mon: [['09:00', '25:00']] } }, from, addMinutes: 1 }, status: 400, code: 'invalid_request', message: /hours\.mon\.0\.1: must be a time "HH:MM" between "00:01" and "24:00"/ },
    { name: 'an opening time of "24:00"', body: { calendar: { timezone: 'UTC', hours: { mon: [['24:00', '24:00']] } }, from, addMinutes: 1 }, status: 400, code: 'invalid_request', message: /hours\.mon\.0\.0: must be a time "HH:MM"/ },
    { name: 'a time without a leading zero', body: { calendar: { timezone: 'UTC', hours: { mon: [['9:00', '17:00']] } }, from, addMinutes: 1 }, status: 400, code: 'invalid_request', message: /HH:MM/ },
    { name: 'overlapping intervals, given out of order', body: { calendar: { timezone: 'UTC', hours: { mon: [['12:00', '17:00'], ['09:00', '13:00']] } }, from, addMinutes: 1 }, status: 400, code: 'invalid_request', message: /intervals 09:00–13:00 and 12:00–17:00 overlap/ },
    { name: 'an overnight interval not split at midnight', body: { calendar: { timezone: 'UTC', hours: { mon: [['22:00', '06:00']] } }, from, addMinutes: 1 }, status: 400, code: 'invalid_request', message: /split overnight shifts at "24:00"/ },
    { name: 'a weekday spelt out', body: { calendar: { timezone: 'UTC', hours: { monday: [['09:00', '17:00']] } }, from, addMinutes: 1 }, status: 400, code: 'invalid_request', message: /Unrecognized key: "monday"/ },
    { name: 'hours that are neither "24/7" nor weekdays', body: { calendar: { timezone: 'UTC', hours: '24/5' }, from, addMinutes: 1 }, status: 400, code: 'invalid_request', message: /must be "24\/7" or weekday intervals/ },
    { name: 'an override on a date that does not exist', body: { calendar: { ...NINE_TO_FIVE, overrides: { '2026-02-30': [] } }, from, addMinutes: 1 }, status: 400, code: 'invalid_request', message: /override date "2026-02-30"/ },
    { name: 'a holiday country without data', body: { calendar: { ...NINE_TO_FIVE, holidays: { country: 'XX' } }, from, addMinutes: 1 }, status: 400, code: 'invalid_request', message: /no holiday data for this country/ },
    { name: '`to` as a date without a time', body: { calendar: NINE_TO_FIVE, from, to: '2026-03-10' }, status: 400, code: 'invalid_request', message: /body\.to: must be an ISO 8601 instant with a UTC offset/ },
    { name: '`to` as a wall time without an offset', body: { calendar: NINE_TO_FIVE, from, to: '2026-03-10T10:00:00' }, status: 400, code: 'invalid_request', message: /body\.to: must be an ISO 8601 instant/ },
    { name: '`to` on a day that does not exist', body: { calendar: NINE_TO_FIVE, from, to: '2026-02-30T10:00:00Z' }, status: 400, code: 'invalid_request', message: /body\.to: must be an ISO 8601 instant/ },
    { name: '`to` as epoch milliseconds', body: { calendar: NINE_TO_FIVE, from, to: 1773136800000 }, status: 400, code: 'invalid_request', message: /body\.to/ },
    { name: '`from` in words', body: { calendar: NINE_TO_FIVE, from: 'yesterday', addMinutes: 1 }, status: 400, code: 'invalid_request', message: /body\.from: must be an ISO 8601 instant/ },
    { name: 'two questions at once', body: { calendar: NINE_TO_FIVE, from, addMinutes: 1, to: from }, status: 400, code: 'invalid_request', message: /exactly one of addMinutes, addBusinessDays or to/ },
    { name: 'no question', body: { calendar: NINE_TO_FIVE, from }, status: 400, code: 'invalid_request', message: /exactly one of addMinutes, addBusinessDays or to/ },
    { name: 'negative minutes', body: { calendar: NINE_TO_FIVE, from, addMinutes: -1 }, status: 400, code: 'invalid_request', message: /addMinutes/ },
    { name: 'fractional business days', body: { calendar: NINE_TO_FIVE, from, addBusinessDays: 1.5 }, status: 400, code: 'invalid_request', message: /addBusinessDays/ },
    { name: 'both a stored and an inline calendar', body: { calendarId: 'x', calendar: NINE_TO_FIVE, from, addMinutes: 1 }, status: 400, code: 'invalid_request', message: /exactly one of calendarId or calendar/ },
    { name: 'an unknown calendar id', body: { calendarId: '00000000-0000-4000-8000-000000000000', from, addMinutes: 1 }, status: 404, code: 'calendar_not_found', message: /calendar/ },
    // Ids are strings (API.md); one in another format names no calendar, as GET /calendars/:id says.
    { name: 'a calendar id in another format', body: { calendarId: 'cal_123', from, addMinutes: 1 }, status: 404, code: 'calendar_not_found', message: /calendar/ },
    { name: 'a calendar that never opens', body: { calendar: { timezone: 'UTC', hours: {} }, from, addMinutes: 10 }, status: 422, code: 'calendar_never_open', message: /no open time/ },
    { name: 'an instant before 1900', body: { calendar: NINE_TO_FIVE, from: '0001-01-01T00:00:00Z', addMinutes: 1 }, status: 422, code: 'calendar_range_too_large', message: /1900–9998/ },
    { name: 'a 24/7 due past the year 9999', body: { calendar: { timezone: 'UTC', hours: '24/7' }, from: '9999-12-31T00:00:00Z', addMinutes: 10_000_000 }, status: 422, code: 'calendar_range_too_large', message: /1900–9998/ },
    { name: 'a due more than a century of sparse hours away', body: { calendar: { timezone: 'UTC', hours: { mon: [['09:00', '10:00']] } }, from, addMinutes: 10_000_000 }, status: 422, code: 'calendar_range_too_large', message: /100 years/ },
  ];

  for (const entry of rejected) {
    it(`rejects ${entry.name}`, async () => {
      const res = await preview(entry.body);
      expect(res.status, JSON.stringify(res.body)).toBe(entry.status);
      expect(res.body.error).toMatchObject({ code: entry.code, details: expect.any(Object) });
      expect(res.body.error.message).toMatch(entry.message);
    });
  }

  it('accepts intervals given out of order when they do not overlap', async () => {
    const res = await preview({ calendar: { timezone: 'UTC', hours: { mon: [['13:00', '17:00'], ['09:00', '12:00']] } }, from: '2026-03-09T11:30:00Z', addMinutes: 60 });
    expect(res.body).toEqual({ due: '2026-03-09T13:30:00.000Z' });
  });

  it('names the instants of a refused range in ISO 8601', async () => {
    const res = await preview({ calendar: NINE_TO_FIVE, from: '1899-12-31T00:00:00Z', addMinutes: 1 });
    expect(res.body.error.details).toEqual({ from: '1899-12-31T00:00:00.000Z', to: '1899-12-31T00:00:00.000Z' });
  });
});
