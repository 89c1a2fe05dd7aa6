/** The fixed marker standing for the hidden part of a secret; plain ASCII so every channel shows it. */
export const SECRET_MARKER = '****';

/** The most characters kept at each end of a long secret, enough for a customer to recognise it. */
const MAX_KEPT_EACH_SIDE = 4;

/**
 * Masks one secret value: `sk_l****9xQz`.
 *
 * Long values (16+ characters, i.e. every API key) keep their first and last 4 characters. A value
 * of 8 characters or fewer is hidden whole, because 4 + 4 would be all of it. Between the two we keep
 * fewer characters (2 or 3 at each end) so that at least half of a password stays hidden: a flat 4 + 4
 * would show 8 of a 9-character password, which is sharing it.
 */
export function maskValue(value: string): string {
  // Astral characters (emoji) take two UTF-16 units; counting code points keeps a kept end from
  // splitting one. Most values have none and skip the array.
  if (/[\uD800-\uDFFF]/.test(value)) return maskChars(Array.from(value)).join('');
  return maskChars(value);
}

function maskChars<T extends string | string[]>(chars: T): T;
function maskChars(chars: string | string[]): string | string[] {
  if (chars.length <= 2 * MAX_KEPT_EACH_SIDE) return typeof chars === 'string' ? SECRET_MARKER : [SECRET_MARKER];
  const kept = Math.min(MAX_KEPT_EACH_SIDE, Math.floor(chars.length / 4));
  const head = chars.slice(0, kept);
  const tail = chars.slice(chars.length - kept);
  return typeof head === 'string' ? head + SECRET_MARKER + tail : [...head, SECRET_MARKER, ...tail];
}

// What this module writes: up to 4 kept characters each side of the marker (`maskValue`), or a
// card's `4111 **** 1111`.
const MASKED_FORMS = [/^[\s\S]{0,4}\*\*\*\*[\s\S]{0,4}$/u, /^\d{4}([ -]?)\*\*\*\*\1\d{4}$/];

// Key bodies keep their line breaks, real or JSON-escaped, around the marker.
function isPadding(text: string, i: number): boolean {
  return /\s/.test(text[i]) || (text[i] === '\\' && (text[i + 1] === 'n' || text[i + 1] === 'r'));
}

/**
 * Whether a stretch of text is already in the form this module writes, so a second pass leaves it
 * alone (idempotence). Only that exact form counts: a key the customer pasted next to their own
 * `****` is still a key and still gets masked.
 */
export function isMaskedValue(value: string): boolean {
  if (!value.includes(SECRET_MARKER)) return false;
  let start = 0;
  while (start < value.length && isPadding(value, start)) start += value[start] === '\\' ? 2 : 1;
  let end = value.length;
  while (end > start && (/\s/.test(value[end - 1]) || (value[end - 2] === '\\' && /[nr]/.test(value[end - 1])))) {
    end -= /\s/.test(value[end - 1]) ? 1 : 2;
  }
  const core = value.slice(start, end);
  return MASKED_FORMS.some((form) => form.test(core));
}
