import { describe, expect, it } from 'vitest';
import { calendarDefinitionSchema, type CalendarDefinition } from './calendar.schemas';
import { formatIsoDate } from './civil-time';
import { CONTELE } from './calendar-fixtures.test-support';
import { expandCalendar } from './expand-calendar';

const define = (definition: Omit<CalendarDefinition, 'name'>) => calendarDefinitionSchema.parse({ name: 'x', ...definition });
const asIso = (list: { starts: Float64Array; ends: Float64Array }) =>
  Array.from(list.starts, (start, i) => [new Date(start).toISOString(), new Date(list.ends[i]).toISOString()]);

describe('expanding a calendar into UTC open intervals', () => {
  it('gives Contele one 9.5-hour interval per business day of 2026', () => {
    const year = expandCalendar(CONTELE, { fromYear: 2026, toYear: 2026 });
    expect(year.starts.length).toBe(261 - 9);
    expect(asIso(year)[0]).toEqual(['2026-01-02T11:30:00.000Z', '2026-01-02T21:00:00.000Z']);
    expect(year.openDays.length).toBe(252);
  });

  it('returns intervals sorted and disjoint', () => {
    const { starts, ends } = expandCalendar(CONTELE, { fromYear: 2026, toYear: 2027 });
    for (let i = 0; i < starts.length; i++) {
      expect(ends[i]).toBeGreaterThan(starts[i]);
      if (i > 0) expect(starts[i]).toBeGreaterThan(ends[i - 1]);
    }
  });

  it('merges an overnight shift split at midnight into one interval', () => {
    const nights = define({ timezone: 'UTC', hours: { mon: [['22:00', '24:00']], tue: [['00:00', '06:00']] } });
    const year = expandCalendar(nights, { fromYear: 2026, toYear: 2026 });
    expect(asIso(year)[0]).toEqual(['2026-01-05T22:00:00.000Z', '2026-01-06T06:00:00.000Z']);
  });

  it('merges a shift across New Year\'s midnight when two years are joined', () => {
    const allDay = [['00:00', '24:00']] as [string, string][];
    const always = define({ timezone: 'America/Sao_Paulo', hours: '24/7' });
    expect(asIso(expandCalendar(always, { fromYear: 2026, toYear: 2027 }))).toEqual([
      ['2026-01-01T03:00:00.000Z', '2028-01-01T03:00:00.000Z'],
    ]);
    const weekly = define({ timezone: 'UTC', hours: { thu: allDay, fri: allDay } });
    expect(asIso(expandCalendar(weekly, { fromYear: 2026, toYear: 2027 })).find(([s]) => s.startsWith('2026-12-31'))).toEqual([
      '2026-12-31T00:00:00.000Z',
      '2027-01-02T00:00:00.000Z',
    ]);
  });

  it('closes on holidays and opens on an override even when it is a holiday', () => {
    const christmasMorning = define({ ...CONTELE, overrides: { '2026-12-25': [['08:00', '12:00']] } });
    const december = asIso(expandCalendar(christmasMorning, { fromYear: 2026, toYear: 2026 })).filter(([s]) => s.startsWith('2026-12-2'));
    expect(december).toContainEqual(['2026-12-25T11:00:00.000Z', '2026-12-25T15:00:00.000Z']);
  });

  it('closes on an override with no intervals', () => {
    const closedDay = define({ ...CONTELE, overrides: { '2026-03-09': [] } });
    const year = expandCalendar(closedDay, { fromYear: 2026, toYear: 2026 });
    expect(asIso(year).some(([s]) => s.startsWith('2026-03-09'))).toBe(false);
    expect(Array.from(year.openDays, formatIsoDate)).not.toContain('2026-03-09');
  });

  it('closes on the calendar\'s own holiday dates', () => {
    const withOwn = define({ ...CONTELE, holidays: { dates: ['2026-03-09'] } });
    const year = expandCalendar(withOwn, { fromYear: 2026, toYear: 2026 });
    expect(Array.from(year.openDays, formatIsoDate)).not.toContain('2026-03-09');
    expect(Array.from(year.openDays, formatIsoDate)).toContain('2026-01-01'); // no country: New Year is open
  });

  it('lists open days as local dates, even when the interval is on the previous UTC date', () => {
    const tokyo = define({ timezone: 'Asia/Tokyo', hours: { mon: [['08:00', '09:00']] } });
    const year = expandCalendar(tokyo, { fromYear: 2026, toYear: 2026 });
    expect(formatIsoDate(year.openDays[0])).toBe('2026-01-05');
    expect(asIso(year)[0]).toEqual(['2026-01-04T23:00:00.000Z', '2026-01-05T00:00:00.000Z']);
  });
});
