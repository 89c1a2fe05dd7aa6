// Properties over random calendars (zones with and without DST, split shifts, overnight shifts,
// holidays, overrides) and random instants, checked against the naive reference oracle.
import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from './business-calendar';
import { addBusinessDays, addBusinessMinutes, elapsedBusinessMinutes, isOpen, nextOpenInstant } from './business-time';
import { calendarDefinitionSchema, type CalendarDefinition } from './calendar.schemas';
import { ReferenceCalendar } from './reference-business-time.test-support';

// DST at 02:00 (New York, Berlin), at midnight (São Paulo until 2019, Santiago, Tehran until 2022),
// 30-minute DST (Lord Howe), half-hour offsets (St John's, Kolkata) and no DST at all.
const ZONES = [
  'America/Sao_Paulo', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'America/Santiago',
  'Asia/Tehran', 'America/St_Johns', 'Asia/Kolkata', 'UTC',
];
const WINDOW_START = Date.UTC(2017, 0, 1);
const WINDOW_END = Date.UTC(2028, 11, 1);
const DAY = 86_400_000;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

// Offset changes per zone (to within a day), so a share of the instants land near one.
const transitionsByZone = new Map(
  ZONES.map((zone) => {
    const iana = IANAZone.create(zone);
    const found: number[] = [];
    for (let t = WINDOW_START; t < WINDOW_END; t += DAY) if (iana.offset(t) !== iana.offset(t + DAY)) found.push(t);
    return [zone, found.length > 0 ? found : [WINDOW_START + 400 * DAY]];
  }),
);

const clock = (slot: number) => `${String(Math.floor(slot / 4)).padStart(2, '0')}:${String((slot % 4) * 15).padStart(2, '0')}`;

// 0–3 non-overlapping intervals on a 15-minute grid from 00:00 to 24:00.
const dayIntervals = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 6 })
  .map((slots) => {
    const sorted = [...slots].sort((a, b) => a - b);
    const pairs: [string, string][] = [];
    for (let k = 0; k + 1 < sorted.length; k += 2) pairs.push([clock(sorted[k]), clock(sorted[k + 1])]);
    return pairs;
  });

const weeklyHours = fc.record(Object.fromEntries(WEEKDAYS.map((day) => [day, fc.option(dayIntervals, { nil: undefined, freq: 4 })]))).map(
  (week) => Object.fromEntries(Object.entries(week).filter(([, hours]) => hours !== undefined)),
);

const instantNear = (zone: string) =>
  fc.oneof(
    fc.integer({ min: WINDOW_START, max: WINDOW_END }),
    fc.integer({ min: WINDOW_START / 900_000, max: WINDOW_END / 900_000 }).map((quarter) => quarter * 900_000),
    fc
      .tuple(fc.constantFrom(...(transitionsByZone.get(zone) as number[])), fc.integer({ min: -3 * 96, max: 3 * 96 }), fc.boolean())
      .map(([transition, quarters, exact]) => transition + quarters * 900_000 + (exact ? 0 : 12_345)),
    // Around New Year, where one year's expansion hands over to the next.
    fc
      .tuple(fc.integer({ min: 2017, max: 2028 }), fc.integer({ min: -2 * 96, max: 2 * 96 }))
      .map(([year, quarters]) => Date.UTC(year, 0, 1) + quarters * 900_000),
  );

interface Scenario {
  definition: CalendarDefinition;
  from: number;
}

const scenario: fc.Arbitrary<Scenario> = fc.constantFrom(...ZONES).chain((zone) =>
  fc
    .record({
      from: instantNear(zone),
      hours: fc.oneof({ weight: 1, arbitrary: fc.constant('24/7' as const) }, { weight: 9, arbitrary: weeklyHours }),
      country: fc.constantFrom(undefined, 'BR', 'US', 'DE'),
      holidayOffsets: fc.array(fc.integer({ min: -3, max: 40 }), { maxLength: 4 }),
      overrides: fc.array(fc.tuple(fc.integer({ min: -3, max: 40 }), dayIntervals), { maxLength: 3 }),
    })
    .map(({ from, hours, country, holidayOffsets, overrides }) => {
      const dateAt = (offset: number) => new Date(from + offset * DAY).toISOString().slice(0, 10);
      const definition = calendarDefinitionSchema.parse({
        name: 'random',
        timezone: zone,
        hours,
        holidays: { ...(country ? { country } : {}), dates: holidayOffsets.map(dateAt) },
        overrides: Object.fromEntries(overrides.map(([offset, intervals]) => [dateAt(offset), intervals])),
      });
      return { definition, from };
    }),
);

// A calendar with no weekly hours at all opens only on overrides; the unit tests cover that.
const opensWeekly = ({ definition }: Scenario) =>
  definition.hours === '24/7' || Object.values(definition.hours).some((intervals) => (intervals ?? []).length > 0);

const minutesAmount = fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 2_000 }));
const show = (instant: number, zone: string) => `${new Date(instant).toISOString()} (${DateTime.fromMillis(instant, { zone }).toISO()})`;

describe('business time agrees with a naive day-by-day reference on random calendars', () => {
  it('addBusinessMinutes gives the reference due', () => {
    fc.assert(
      fc.property(scenario, minutesAmount, (s, minutes) => {
        fc.pre(opensWeekly(s));
        const due = addBusinessMinutes(createBusinessCalendar(s.definition), s.from, minutes);
        const expected = new ReferenceCalendar(s.definition).addMinutes(s.from, minutes);
        expect(show(due, s.definition.timezone)).toBe(show(expected, s.definition.timezone));
      }),
      { numRuns: 800 },
    );
  });

  it('elapsedBusinessMinutes gives the reference open time', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: -DAY, max: 8 * DAY }), (s, span) => {
        const elapsed = elapsedBusinessMinutes(createBusinessCalendar(s.definition), s.from, s.from + span);
        expect(elapsed).toBe(new ReferenceCalendar(s.definition).elapsedMinutes(s.from, s.from + span));
      }),
      { numRuns: 1000 },
    );
  });

  it('isOpen and nextOpenInstant agree with the reference', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        fc.pre(opensWeekly(s));
        const calendar = createBusinessCalendar(s.definition);
        const reference = new ReferenceCalendar(s.definition);
        expect(isOpen(calendar, s.from)).toBe(reference.isOpen(s.from));
        expect(nextOpenInstant(calendar, s.from)).toBe(reference.nextOpen(s.from));
      }),
      { numRuns: 600 },
    );
  });

  it('addBusinessDays follows the API.md algorithm step by step', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 10 }), (s, days) => {
        fc.pre(opensWeekly(s));
        const due = addBusinessDays(createBusinessCalendar(s.definition), s.from, days);
        const expected = new ReferenceCalendar(s.definition).addDays(s.from, days);
        expect(show(due, s.definition.timezone)).toBe(show(expected, s.definition.timezone));
      }),
      { numRuns: 600 },
    );
  });
});

describe('business-time laws', () => {
  it('the open time from `from` to add(from, n) is exactly n minutes', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 10_000 }), (s, minutes) => {
        fc.pre(opensWeekly(s));
        const calendar = createBusinessCalendar(s.definition);
        expect(elapsedBusinessMinutes(calendar, s.from, addBusinessMinutes(calendar, s.from, minutes))).toBe(minutes);
      }),
      { numRuns: 1500 },
    );
  });

  it('a due is the earliest such instant: one millisecond earlier has less than n minutes open', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 5_000 }), (s, minutes) => {
        fc.pre(opensWeekly(s));
        const calendar = createBusinessCalendar(s.definition);
        const due = addBusinessMinutes(calendar, s.from, minutes);
        expect(elapsedBusinessMinutes(calendar, s.from, due - 1)).toBeLessThan(minutes);
        expect(isOpen(calendar, due - 1)).toBe(true);
      }),
      { numRuns: 800 },
    );
  });

  it('elapsed time is additive over a split point', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 10 * DAY }), fc.integer({ min: 0, max: 10 * DAY }), (s, a, b) => {
        const calendar = createBusinessCalendar(s.definition);
        const whole = elapsedBusinessMinutes(calendar, s.from, s.from + a + b);
        const parts = elapsedBusinessMinutes(calendar, s.from, s.from + a) + elapsedBusinessMinutes(calendar, s.from + a, s.from + a + b);
        expect(whole).toBeCloseTo(parts, 9);
      }),
      { numRuns: 800 },
    );
  });
});
