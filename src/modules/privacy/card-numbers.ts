import { passesLuhnValues } from './luhn';
import { SECRET_MARKER } from './mask-value';
import type { SecretDetector, SecretFinding } from './secret-kind';

// A stretch of digits, spaces and dashes; numbers and groups inside it are split by hand, because the
// exact pattern (`\d+(?:[ -]\d+)*`) is slow on a long run of `1 1 1 …`.
const DIGIT_RUN = /\d[\d -]*/g;

// A card this module already masked. It is reported again so that it keeps its place: otherwise
// `password: 4111 **** 1111` would offer its `4111` to the password rule on a second pass.
const MASKED_CARD = /(?<![\d*])\d{4}([ -]?)\*\*\*\*\1\d{4}(?![\d*])/g;

// A number glued to these is part of something else: an id (`INV-…`, `#…`, `order_…`), a phone
// (`+55 …`), an amount (`R$ …`), a path or a masked value (`…****1111`, which keeps the second pass
// from finding a new number in what the first pass left).
const BLOCKS_BEFORE = /[\p{L}\p{N}_*+#/@$€£-]/u;
const BLOCKS_AFTER = /[\p{L}\p{N}_*/@%-]/u;

const isDigit = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
};

function digitsEnd(text: string, i: number): number {
  while (isDigit(text, i)) i++;
  return i;
}

function isDecimalPoint(text: string, i: number, digitAt: number): boolean {
  return (text[i] === '.' || text[i] === ',') && /\d/.test(text[digitAt] ?? '');
}

function freeBefore(text: string, i: number): boolean {
  return i === 0 || (!BLOCKS_BEFORE.test(text[i - 1]) && !isDecimalPoint(text, i - 1, i - 2));
}

function freeAfter(text: string, i: number): boolean {
  return i >= text.length || (!BLOCKS_AFTER.test(text[i]) && !isDecimalPoint(text, i, i + 1));
}

/**
 * Whether some card network issues numbers of this length and prefix. 16 to 19 digits start with 3
 * (JCB), 4 (Visa, Elo), 5 (Mastercard, Elo, Maestro), 6 (Discover, Hipercard, UnionPay) or 2 —
 * but only Mir's 2200–2204 and Mastercard's 2221–2720, which keeps date-based order numbers and
 * timestamps (`2024051712345678`) out. Ids and millisecond timestamps mostly start with 1. Shorter
 * cards are rarer: 13 digits are only old Visa (4…), 14 and 15 only Diners and Amex (3…). That
 * matters in Brazil, where a WhatsApp number written without `+` (`5511912345678`) has 13 digits.
 */
function isIssuedShape(digits: ArrayLike<number>, length: number): boolean {
  if (length === 13) return digits[0] === 4;
  if (length <= 15) return digits[0] === 3;
  if (digits[0] === 2) {
    const prefix = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    return (prefix >= 2200 && prefix <= 2204) || (prefix >= 2221 && prefix <= 2720);
  }
  return digits[0] >= 3 && digits[0] <= 6;
}

// Digit values of the candidate being checked; reused so that scanning allocates nothing.
const candidate = new Uint8Array(19);

function isCardNumber(length: number): boolean {
  return length >= 13 && isIssuedShape(candidate, length) && passesLuhnValues(candidate, length);
}

function appendDigits(text: string, from: number, to: number, length: number): number {
  for (let i = from; i < to && length < candidate.length; i++) candidate[length++] = text.charCodeAt(i) - 48;
  return length;
}

/**
 * Where the longest card number starting at the group at `start` ends, or -1 when there is none.
 * The number it belongs to ends at `numberEnd`; its last group may only end a card when
 * `lastIsFree`. Cards are printed as one block or in groups that start with 4 digits (4-4-4-4,
 * Amex 4-6-5, 19-digit 4-4-4-4-3); requiring that shape keeps phone numbers (`11 91234-5678`) and
 * dates out.
 */
function longestCardAt(text: string, start: number, numberEnd: number, lastIsFree: boolean): number {
  // A group ending the number may only end a card when nothing is glued after it. (Inline checks, not
  // a closure: tsx wraps every function it creates to keep its name, which is costly per group.)
  const firstEnd = digitsEnd(text, start);
  const firstLength = firstEnd - start;
  if (firstLength !== 4) {
    if (firstLength < 13 || firstLength > 19 || (firstEnd >= numberEnd && !lastIsFree)) return -1;
    return isCardNumber(appendDigits(text, start, firstEnd, 0)) ? firstEnd : -1;
  }
  let length = appendDigits(text, start, firstEnd, 0);
  let found = -1;
  for (let groupEnd = firstEnd; groupEnd < numberEnd; ) {
    const groupStart = groupEnd + 1;
    groupEnd = digitsEnd(text, groupStart);
    const groupLength = groupEnd - groupStart;
    if ((groupEnd >= numberEnd && !lastIsFree) || length + groupLength > 19) break;
    length = appendDigits(text, groupStart, groupEnd, length);
    if (groupLength >= 3 && groupLength <= 6 && isCardNumber(length)) found = groupEnd;
    // Groups inside a card have 4 to 6 digits; a shorter or longer one ends every longer candidate.
    if (groupLength < 4 || groupLength > 6) break;
  }
  return found;
}

/**
 * Finds the cards in one number: digit groups joined by exactly one space or dash, from `start`
 * to `end`. Every group may start a card, except a first group glued to something before it.
 */
function cardsInNumber(text: string, start: number, end: number, findings: SecretFinding[]): void {
  const lastIsFree = freeAfter(text, end);
  let group = start;
  if (!freeBefore(text, start)) group = digitsEnd(text, start) + 1;
  while (group < end) {
    const cardEnd = longestCardAt(text, group, end, lastIsFree);
    if (cardEnd === -1) {
      group = digitsEnd(text, group) + 1;
      continue;
    }
    findings.push({ kind: 'card_number', start: group, end: cardEnd, replacement: maskedCard(text.slice(group, cardEnd)) });
    group = cardEnd + 1;
  }
}

/**
 * `4111 **** 1111`, `5555-****-4444`, `4111****1111`: the first and last 4 digits, which PCI DSS
 * allows to display. A grouped number keeps its separator around the marker; besides reading
 * naturally, that keeps the words around the card split where they were, so no other rule reads
 * the masked text differently from the original (which would break idempotence).
 */
function maskedCard(written: string): string {
  const digits = written.replace(/\D/g, '');
  const separator = /[ -]/.exec(written)?.[0] ?? '';
  return digits.slice(0, 4) + separator + SECRET_MARKER + separator + digits.slice(-4);
}

/** Detects payment card numbers: 13–19 digits, optionally grouped, that pass the Luhn check. */
export const cardNumbers: SecretDetector = {
  name: 'card numbers',
  find(text) {
    const findings: SecretFinding[] = [];
    for (const run of text.matchAll(DIGIT_RUN)) {
      if (run[0].length < 13) continue; // Too short for any card: most numbers in a message end here.
      // Two separators in a row, or a trailing one, end a number.
      const runEnd = run.index + run[0].length;
      let i = run.index;
      while (i < runEnd) {
        const numberStart = i;
        let numberEnd = digitsEnd(text, i);
        while (numberEnd + 1 < runEnd && !isDigit(text, numberEnd) && isDigit(text, numberEnd + 1)) {
          numberEnd = digitsEnd(text, numberEnd + 1);
        }
        cardsInNumber(text, numberStart, Math.min(numberEnd, runEnd), findings);
        i = numberEnd;
        while (i < runEnd && !isDigit(text, i)) i++;
      }
    }
    for (const card of text.matchAll(MASKED_CARD)) {
      findings.push({ kind: 'card_number', start: card.index, end: card.index + card[0].length, replacement: card[0] });
    }
    return findings;
  },
};
