/**
 * Reading the value that follows a label such as `senha:` or `"apiKey": `, in prose, headers,
 * query strings, JSON and shell commands alike.
 *
 * Decision: a quoted value runs to its closing quote on the same line, spaces included, so a
 * passphrase like `Password = "correct horse"` is hidden whole; an unquoted value runs to whitespace
 * or to punctuation that separates fields (`&` in a query string, `,` in JSON, a closing bracket).
 * Trailing `.`, `!`, `?` and `:` end the customer's sentence, not the password, and stay visible.
 */

const CLOSING_QUOTES: Record<string, string> = {
  '"': '"',
  "'": "'",
  '`': '`',
  '“': '”',
  '‘': '’',
  '„': '“”',
  '«': '»',
};

const UNQUOTED_VALUE = /[^\s"'`“”„‘’«»&,;<>\\(){}[\]|]+/y;

// Scanned by hand: `/[.!?:]+$/` would backtrack quadratically over a long run of dots.
function withoutSentenceEnd(value: string): string {
  let end = value.length;
  while (end > 0 && '.!?:'.includes(value[end - 1])) end--;
  return value.slice(0, end);
}

/** Where a value sits in the text. */
export interface ValueSpan {
  start: number;
  end: number;
  quoted: boolean;
}

/** `indexOf` that remembers its last answer per character, so scanning a text left to right stays linear. */
export type ForwardSearch = (char: string, from: number) => number;

/** A `ForwardSearch` over one text. */
export function forwardSearch(text: string): ForwardSearch {
  const last = new Map<string, { from: number; found: number }>();
  return (char, from) => {
    const hit = last.get(char);
    // No occurrence lies between hit.from and hit.found, so the answer still holds from any later start before it.
    if (hit && hit.from <= from && (hit.found === -1 || hit.found >= from)) return hit.found;
    const found = text.indexOf(char, from);
    last.set(char, { from, found });
    return found;
  };
}

function closingQuote(search: ForwardSearch, closers: string, from: number): number {
  let best = -1;
  for (const closer of closers) {
    const at = search(closer, from);
    if (at !== -1 && (best === -1 || at < best)) best = at;
  }
  return best;
}

/** The value starting at `at`, or undefined when nothing that could be a value is there. */
export function readLabelledValue(text: string, at: number, search: ForwardSearch): ValueSpan | undefined {
  let open = at;
  // `{\"password\": \"x\"}`: JSON escaped inside a shell-quoted curl body.
  const escaped = text[open] === '\\' && text[open + 1] === '"';
  if (escaped) open++;
  const closers = CLOSING_QUOTES[text[open]];
  if (closers) {
    const close = closingQuote(search, closers, open + 1);
    const lineEnd = search('\n', open + 1);
    if (close > open + 1 && (lineEnd === -1 || close < lineEnd)) {
      const end = escaped && text[close - 1] === '\\' ? close - 1 : close;
      if (end > open + 1) return { start: open + 1, end, quoted: true };
    }
    open++; // An unclosed quote: read on as if it were not there.
  }
  UNQUOTED_VALUE.lastIndex = open;
  const match = UNQUOTED_VALUE.exec(text);
  if (!match) return undefined;
  const value = withoutSentenceEnd(match[0]);
  if (value.length === 0) return undefined;
  return { start: open, end: open + value.length, quoted: false };
}
