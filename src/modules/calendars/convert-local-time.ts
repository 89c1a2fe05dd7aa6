// Wall time <-> instant conversion with Temporal's "compatible" disambiguation (API.md): a wall time
// inside a spring-forward gap moves forward by the gap (02:30 -> 03:30); a wall time repeated by a
// fall-back takes its earlier occurrence. luxon alone is not enough: DateTime.fromObject resolves a
// repeated time to its later occurrence, so the rule is applied here on the offset table instead.
import { DAY_MS } from './civil-time';
import { offsetAt, type ZoneOffsets } from './zone-offsets';

/** The local wall time (as local ms) shown at an instant. */
export function instantToLocal(offsets: ZoneOffsets, instant: number): number {
  return instant + offsetAt(offsets, instant);
}

/** The instant of a local wall time (local ms), disambiguated "compatibly". */
export function localToInstant(offsets: ZoneOffsets, local: number): number {
  // The offsets a day either side bracket any transition near this wall time (as Temporal does).
  const before = offsetAt(offsets, local - DAY_MS);
  const after = offsetAt(offsets, local + DAY_MS);
  if (before === after) return local - before;
  const withBefore = local - before;
  const withAfter = local - after;
  const beforeFits = offsetAt(offsets, withBefore) === before;
  const afterFits = offsetAt(offsets, withAfter) === after;
  if (beforeFits && afterFits) return Math.min(withBefore, withAfter); // repeated: earlier one
  if (afterFits) return withAfter;
  // In a gap neither fits; the old offset lands exactly one gap later on the wall clock.
  return withBefore;
}
