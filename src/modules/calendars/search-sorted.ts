// Binary searches over sorted numeric arrays: the only work a due-time computation does per call.

type NumericArray = ArrayLike<number>;

/** First index k in [0, length] with values[k] > x (values sorted ascending). */
export function firstAbove(values: NumericArray, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First index k in [0, length] with values[k] >= x (values sorted ascending). */
export function firstAtLeast(values: NumericArray, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
