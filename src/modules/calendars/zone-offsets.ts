// UTC offsets of a time zone as a small table of transitions, built with luxon once per zone and
// year and then read with a binary search. The zone library is slow (luxon's IANAZone.offset costs
// ~8 µs through Intl), so it runs only here, never inside a due-time computation.
import { IANAZone } from 'luxon';
import { DAY_MS, MINUTE_MS } from './civil-time';
import { firstAbove } from './search-sorted';

/** Offsets of one zone over a range of UTC years: offsetMs[k] holds from at[k] until at[k + 1]. */
export interface ZoneOffsets {
  at: Float64Array;
  offsetMs: Float64Array;
}

interface Transition {
  at: number;
  offsetMs: number;
}

// Offsets are facts about the zone, not about a calendar: every calendar in a zone shares them.
const yearCache = new Map<string, Transition[]>();

function offsetMsAt(zone: IANAZone, instant: number): number {
  return Math.round(zone.offset(instant) * MINUTE_MS);
}

// Samples once a day and bisects to the millisecond where the offset changed. Zones change offset
// at most twice a year in practice, never twice within one day, so daily sampling misses nothing.
function transitionsOfYear(timezone: string, year: number): Transition[] {
  const key = `${timezone}|${year}`;
  const cached = yearCache.get(key);
  if (cached) return cached;
  const zone = IANAZone.create(timezone);
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const transitions: Transition[] = [{ at: start, offsetMs: offsetMsAt(zone, start) }];
  let previous = transitions[0].offsetMs;
  let previousProbe = start;
  while (previousProbe < end - 1) {
    const probe = Math.min(previousProbe + DAY_MS, end - 1);
    const offset = offsetMsAt(zone, probe);
    if (offset !== previous) {
      let before = previousProbe;
      let after = probe;
      while (after - before > 1) {
        const mid = Math.floor((before + after) / 2);
        if (offsetMsAt(zone, mid) === previous) before = mid;
        else after = mid;
      }
      transitions.push({ at: after, offsetMs: offset });
      previous = offset;
    }
    previousProbe = probe;
  }
  yearCache.set(key, transitions);
  return transitions;
}

/** Builds the offset table of `timezone` for UTC years firstYear..lastYear inclusive. */
export function buildZoneOffsets(timezone: string, firstYear: number, lastYear: number): ZoneOffsets {
  const at: number[] = [];
  const offsetMs: number[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const transition of transitionsOfYear(timezone, year)) {
      if (offsetMs.length > 0 && offsetMs[offsetMs.length - 1] === transition.offsetMs) continue;
      at.push(transition.at);
      offsetMs.push(transition.offsetMs);
    }
  }
  return { at: Float64Array.from(at), offsetMs: Float64Array.from(offsetMs) };
}

/** The zone's UTC offset in ms at an instant (clamped to the table's range). */
export function offsetAt(offsets: ZoneOffsets, instant: number): number {
  const k = firstAbove(offsets.at, instant) - 1;
  return offsets.offsetMs[k < 0 ? 0 : k];
}
