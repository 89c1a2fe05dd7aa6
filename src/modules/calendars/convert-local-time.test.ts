import { describe, expect, it } from 'vitest';
import { DAY_MS, MINUTE_MS, parseClockTime, parseIsoDate } from './civil-time';
import { instantToLocal, localToInstant } from './convert-local-time';
import { buildZoneOffsets } from './zone-offsets';

// The instant a calendar endpoint "date time" becomes in `zone`, as ISO UTC.
function endpoint(zone: string, date: string, time: string): string {
  const year = Number(date.slice(0, 4));
  const offsets = buildZoneOffsets(zone, year - 1, year + 1);
  const local = (parseIsoDate(date) as number) * DAY_MS + parseClockTime(time) * MINUTE_MS;
  return new Date(localToInstant(offsets, local)).toISOString();
}

describe('local wall time to instant, with Temporal\'s "compatible" disambiguation', () => {
  describe('a wall time inside a spring-forward gap moves forward by the gap', () => {
    it('New York 2026-03-08 02:30 is 03:30 EDT', () => {
      expect(endpoint('America/New_York', '2026-03-08', '02:30')).toBe('2026-03-08T07:30:00.000Z');
    });

    it('Berlin 2026-03-29 02:30 is 03:30 CEST', () => {
      expect(endpoint('Europe/Berlin', '2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z');
    });

    it('São Paulo 2018-11-04 00:00 (DST began at midnight) is 01:00 -02:00', () => {
      expect(endpoint('America/Sao_Paulo', '2018-11-04', '00:00')).toBe('2018-11-04T03:00:00.000Z');
      expect(endpoint('America/Sao_Paulo', '2018-11-04', '00:30')).toBe('2018-11-04T03:30:00.000Z');
    });

    it('the first wall time after the gap is the transition instant itself', () => {
      expect(endpoint('America/New_York', '2026-03-08', '03:00')).toBe('2026-03-08T07:00:00.000Z');
    });

    it('Lord Howe 2026-10-04 02:15 moves forward by its 30-minute gap to 02:45', () => {
      expect(endpoint('Australia/Lord_Howe', '2026-10-04', '02:15')).toBe('2026-10-03T15:45:00.000Z');
    });
  });

  describe('a wall time repeated by a fall-back takes its earlier occurrence', () => {
    it('New York 2026-11-01 01:30 is 01:30 EDT, not EST', () => {
      expect(endpoint('America/New_York', '2026-11-01', '01:30')).toBe('2026-11-01T05:30:00.000Z');
    });

    it('Berlin 2026-10-25 02:30 is 02:30 CEST, not CET', () => {
      expect(endpoint('Europe/Berlin', '2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
    });

    it('São Paulo 2019-02-16 23:30 (DST ended at midnight) is 23:30 -02:00', () => {
      expect(endpoint('America/Sao_Paulo', '2019-02-16', '23:30')).toBe('2019-02-17T01:30:00.000Z');
    });

    it('Lord Howe 2026-04-05 01:45 is its +11:00 occurrence', () => {
      expect(endpoint('Australia/Lord_Howe', '2026-04-05', '01:45')).toBe('2026-04-04T14:45:00.000Z');
    });
  });

  it('leaves ordinary wall times alone, with 24:00 as the next date\'s midnight', () => {
    expect(endpoint('America/Sao_Paulo', '2026-03-09', '08:30')).toBe('2026-03-09T11:30:00.000Z');
    expect(endpoint('America/Sao_Paulo', '2026-03-09', '24:00')).toBe('2026-03-10T03:00:00.000Z');
  });

  it('reads back the wall time shown at an instant, on either side of a fall-back', () => {
    const offsets = buildZoneOffsets('America/New_York', 2025, 2027);
    const wall = (iso: string) => new Date(instantToLocal(offsets, Date.parse(iso))).toISOString().slice(0, 19);
    expect(wall('2026-11-01T05:30:00Z')).toBe('2026-11-01T01:30:00');
    expect(wall('2026-11-01T06:30:00Z')).toBe('2026-11-01T01:30:00');
    expect(wall('2026-11-01T07:00:00Z')).toBe('2026-11-01T02:00:00');
  });
});
