import { describe, expect, it } from 'vitest';
import { bodyOf, draftOf, newDraft } from './calendar-draft';

describe('the calendar editor\'s draft', () => {
  it('turns each day\'s text into intervals, split shifts included (R22), and leaves empty days closed', () => {
    const draft = { ...newDraft(), name: 'itc', timezone: 'America/Sao_Paulo', days: { ...newDraft().days, mon: '08:00-12:00, 13:30-16:30', sat: '' } };
    const result = bodyOf(draft);
    expect(result).toMatchObject({ body: { name: 'itc', timezone: 'America/Sao_Paulo', hours: { mon: [['08:00', '12:00'], ['13:30', '16:30']] } } });
    expect('body' in result && (result.body.hours as Record<string, unknown>).sat).toBeUndefined();
  });

  it('accepts 24:00 as the end of a day and 24/7 as always open', () => {
    expect(bodyOf({ ...newDraft(), days: { ...newDraft().days, fri: '22:00-24:00' } })).toMatchObject({ body: { hours: { fri: [['22:00', '24:00']] } } });
    expect(bodyOf({ ...newDraft(), always: true })).toMatchObject({ body: { hours: '24/7' } });
  });

  it('names what is wrong instead of sending a half-typed calendar to the server', () => {
    expect(bodyOf({ ...newDraft(), days: { ...newDraft().days, mon: '08:3' } })).toEqual({ problem: { key: 'interval', value: '08:3' } });
    expect(bodyOf({ ...newDraft(), days: { ...newDraft().days, mon: '18:00-08:00' } })).toMatchObject({ problem: { key: 'interval' } });
    expect(bodyOf({ ...newDraft(), timezone: 'Mars/Olympus' })).toMatchObject({ problem: { key: 'timezone' } });
    expect(bodyOf({ ...newDraft(), holidayCountry: 'B' })).toMatchObject({ problem: { key: 'country' } });
    expect(bodyOf({ ...newDraft(), overrides: '{"2026-12-24": [' })).toMatchObject({ problem: { key: 'overrides' } });
  });

  it('round-trips a stored calendar with holidays and overrides', () => {
    const stored = {
      id: 'c',
      name: 'Contele',
      timezone: 'America/Sao_Paulo',
      hours: { mon: [['08:30', '18:00']] as Array<[string, string]> },
      holidays: { country: 'BR', region: 'SP', dates: ['2026-12-24'] },
      overrides: { '2026-12-31': [['08:00', '12:00']] as Array<[string, string]> },
      version: 1,
    };
    expect(bodyOf(draftOf(stored))).toEqual({
      body: { name: 'Contele', timezone: 'America/Sao_Paulo', hours: { mon: [['08:30', '18:00']] }, holidays: { country: 'BR', region: 'SP', dates: ['2026-12-24'] }, overrides: stored.overrides },
    });
  });
});
