import { describe, expect, it } from 'vitest';
import { calendarDefinitionSchema } from './calendar.schemas';

const contele = {
  name: 'Contele support',
  timezone: 'America/Sao_Paulo',
  hours: { mon: [['08:30', '18:00']], fri: [['08:30', '18:00']] },
  holidays: { country: 'BR', region: 'SP', dates: ['2026-12-24'] },
  overrides: { '2026-12-31': [['08:00', '12:00']], '2026-12-30': [] },
};

// The messages a person sees for a rejected definition, keyed by the field's path.
function problemsOf(input: unknown): Record<string, string> {
  const result = calendarDefinitionSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('calendar definition', () => {
  it('accepts the API.md example with holidays and overrides', () => {
    expect(calendarDefinitionSchema.parse(contele)).toEqual(contele);
  });

  it('accepts "24/7" hours, split shifts, "24:00" ends and touching intervals', () => {
    expect(calendarDefinitionSchema.safeParse({ ...contele, hours: '24/7' }).success).toBe(true);
    const hours = { tue: [['08:00', '12:00'], ['13:30', '16:30']], wed: [['22:00', '24:00']], thu: [['00:00', '06:00'], ['06:00', '07:00']] };
    expect(calendarDefinitionSchema.safeParse({ ...contele, hours }).success).toBe(true);
  });

  it('treats a missing day and an empty day as closed, and accepts no holidays or overrides', () => {
    expect(calendarDefinitionSchema.safeParse({ name: 'n', timezone: 'UTC', hours: { sat: [] } }).success).toBe(true);
  });

  it('rejects an interval that does not open before it closes', () => {
    expect(problemsOf({ ...contele, hours: { mon: [['18:00', '08:30']] } })).toEqual({
      'hours.mon.0': 'an interval must open before it closes (from < to); split overnight shifts at "24:00"',
    });
    expect(problemsOf({ ...contele, hours: { mon: [['09:00', '09:00']] } })).toHaveProperty(['hours.mon.0']);
  });

  it('rejects overlapping intervals on one day, naming them', () => {
    expect(problemsOf({ ...contele, hours: { mon: [['13:00', '18:00'], ['08:00', '13:30']] } })).toEqual({
      'hours.mon': 'intervals 08:00–13:30 and 13:00–18:00 overlap',
    });
  });

  it('rejects malformed times, "24:00" as a start and unknown day names', () => {
    expect(problemsOf({ ...contele, hours: { mon: [['8:30', '18:00']] } })).toHaveProperty(['hours.mon.0.0']);
    expect(problemsOf({ ...contele, hours: { mon: [['24:00', '24:00']] } })).toHaveProperty(['hours.mon.0.0']);
    expect(problemsOf({ ...contele, hours: { mon: [['08:00', '24:30']] } })).toHaveProperty(['hours.mon.0.1']);
    expect(problemsOf({ ...contele, hours: { monday: [['08:00', '12:00']] } })).toEqual({ hours: 'Unrecognized key: "monday"' });
  });

  it('rejects a time zone that is not IANA', () => {
    expect(problemsOf({ ...contele, timezone: 'Brasilia' })).toEqual({
      timezone: 'must be an IANA time zone such as "America/Sao_Paulo"',
    });
  });

  it('rejects dates that do not exist, in holidays and overrides', () => {
    expect(problemsOf({ ...contele, holidays: { dates: ['2026-02-29'] } })).toEqual({
      'holidays.dates.0': 'must be a real date "YYYY-MM-DD"',
    });
    expect(problemsOf({ ...contele, overrides: { '2026-13-01': [] } })).toEqual({
      'overrides.2026-13-01': 'override date "2026-13-01" must be a real date "YYYY-MM-DD"',
    });
  });

  it('rejects holiday countries and regions without holiday data, and a region without a country', () => {
    expect(problemsOf({ ...contele, holidays: { country: 'XX' } })).toEqual({ 'holidays.country': 'no holiday data for this country' });
    expect(problemsOf({ ...contele, holidays: { country: 'BR', region: 'ZZ' } })).toEqual({
      'holidays.region': 'no holiday data for this region of the country',
    });
    expect(problemsOf({ ...contele, holidays: { region: 'SP' } })).toEqual({ 'holidays.region': 'a holiday region needs its country' });
  });

  it('explains the two accepted shapes of hours when neither fits', () => {
    const message = 'must be "24/7" or weekday intervals such as {"mon": [["08:30", "18:00"]]}';
    expect(problemsOf({ ...contele, hours: '24/5' })).toEqual({ hours: message });
    expect(problemsOf({ ...contele, hours: { mon: [['08:00']] } })).toEqual({ hours: message });
  });

  it('ignores unknown top-level fields, such as the id of a calendar read back from the API', () => {
    expect(calendarDefinitionSchema.parse({ ...contele, id: 'cal_1' })).toEqual(contele);
  });

  it('rejects an empty name', () => {
    expect(problemsOf({ ...contele, name: '  ' })).toEqual({ name: 'a calendar needs a name' });
  });
});
