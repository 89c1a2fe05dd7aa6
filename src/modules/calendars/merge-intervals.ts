// Sorting and merging matter for correctness, not only tidiness: DST can make two local intervals
// overlap as instants (e.g. 01:00–02:30 and 03:00–04:00 on a spring-forward day), and an overnight
// shift (22:00–24:00 then 00:00–06:00) must read as one stretch so walks never stop at midnight.

/** Sorted, disjoint, non-touching open intervals as parallel arrays of epoch ms. */
export interface IntervalList {
  starts: Float64Array;
  ends: Float64Array;
}

/** Sorts [start, end) pairs, drops empty ones and merges overlapping or touching ones. */
export function mergeIntervals(starts: ArrayLike<number>, ends: ArrayLike<number>): IntervalList {
  let order: number[] | undefined;
  for (let k = 1; k < starts.length; k++) {
    // Expansion produces pairs already in order except around DST oddities; sort only then.
    if (starts[k] < starts[k - 1]) {
      order = Array.from({ length: starts.length }, (_, index) => index).sort((a, b) => starts[a] - starts[b]);
      break;
    }
  }
  const mergedStarts = new Float64Array(starts.length);
  const mergedEnds = new Float64Array(starts.length);
  let count = 0;
  for (let position = 0; position < starts.length; position++) {
    const k = order ? order[position] : position;
    const start = starts[k];
    const end = ends[k];
    if (end <= start) continue;
    if (count > 0 && start <= mergedEnds[count - 1]) {
      if (end > mergedEnds[count - 1]) mergedEnds[count - 1] = end;
    } else {
      mergedStarts[count] = start;
      mergedEnds[count] = end;
      count++;
    }
  }
  return { starts: mergedStarts.slice(0, count), ends: mergedEnds.slice(0, count) };
}
