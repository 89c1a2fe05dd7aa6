/**
 * The Luhn checksum that every payment card number satisfies. It separates card numbers from the
 * order, phone and document numbers customers paste all day, which fail it nine times in ten.
 */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  const values = Array.from(digits, (d) => d.charCodeAt(0) - 48);
  return passesLuhnValues(values, values.length);
}

/** The same check over the first `length` digit values of a buffer, for scanners that avoid building strings. */
export function passesLuhnValues(values: ArrayLike<number>, length: number): boolean {
  let sum = 0;
  let double = false;
  for (let i = length - 1; i >= 0; i--) {
    let d = values[i];
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
