// Charset labels that mail clients get wrong: UTF-8 or ASCII on text that is really Windows-1252,
// and labels no decoder knows.
const suspectLabel = (label: string) => {
  const l = label.toLowerCase();
  if (['utf-8', 'utf8', 'us-ascii', 'ascii', 'unknown-8bit', 'x-unknown', 'unknown'].includes(l)) return true;
  try {
    new TextDecoder(l);
    return false;
  } catch {
    return true;
  }
};

/**
 * The raw message with suspect charset labels replaced by windows-1252, or null when there is none
 * to replace. Windows-1252 decodes every byte, so a second parse yields readable text.
 */
export function repairCharsets(raw: Buffer): Buffer | null {
  const text = raw.toString('latin1'); // one char per byte: the replacement keeps every other byte
  let changed = false;
  const replaced = text.replace(/(charset\s*=\s*)("?)([^";\s]+)\2/gi, (whole, prefix: string, quote: string, label: string) => {
    if (!suspectLabel(label)) return whole;
    changed = true;
    return `${prefix}${quote}windows-1252${quote}`;
  });
  return changed ? Buffer.from(replaced, 'latin1') : null;
}

// Labels that already say UTF-8, and 7-bit encodings whose text could never be 8-bit UTF-8.
const keepLabel = (label: string) => /^(utf-?8|utf-?7|unicode-1-1-utf-7|us-ascii|ascii|iso-2022-.*|hz-gb-2312)$/i.test(label);

/**
 * The raw message with every other charset label replaced by utf-8, or null when there is none.
 * For mail whose text is UTF-8 but labelled with the sender's legacy charset (Big5, ISO-8859-1):
 * the caller keeps the result only when it reads without a single invalid sequence.
 */
export function relabelAsUtf8(raw: Buffer): Buffer | null {
  const text = raw.toString('latin1');
  let changed = false;
  const replaced = text.replace(/(charset\s*=\s*)("?)([^";\s]+)\2/gi, (whole, prefix: string, quote: string, label: string) => {
    if (keepLabel(label)) return whole;
    changed = true;
    return `${prefix}${quote}utf-8${quote}`;
  });
  return changed ? Buffer.from(replaced, 'latin1') : null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Windows-1252 by table: Node 20's TextDecoder('windows-1252') drops the bytes 0x80–0x9F (its
// dashes, curly quotes, euro sign) instead of decoding them.
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const cp1252 = {
  decode: (bytes: Uint8Array): string => {
    let out = '';
    for (const byte of bytes) out += byte >= 0x80 && byte < 0xa0 ? cp1252High[byte - 0x80] : String.fromCharCode(byte);
    return out;
  },
};

/**
 * A top-level header whose raw bytes are 8-bit but not UTF-8 (RFC 5322 forbids both; old clients
 * send Latin-1 anyway), decoded as Windows-1252; null when the header is absent, valid UTF-8 or
 * uses encoded words (those were decoded correctly already).
 */
export function repairHeader(raw: Buffer, name: string, charsetHint?: string | null): string | null {
  const head = raw.subarray(0, 256 * 1024);
  const asText = head.toString('latin1');
  const end = asText.search(/\r?\n\r?\n/);
  const block = end >= 0 ? asText.slice(0, end) : asText;
  const match = new RegExp(`^${name}[ \\t]*:((?:.*)(?:\\r?\\n[ \\t].*)*)`, 'im').exec(block);
  if (!match || match[1].includes('=?')) return null;
  const bytes = Buffer.from(match[1], 'latin1');
  try {
    utf8.decode(bytes);
    return null;
  } catch {
    return decodeLegacy(bytes, charsetHint).replace(/\r?\n[ \t]+/g, ' ').trim();
  }
}

/**
 * Bytes that are not UTF-8, read in the charset the message declares for its text (the sender's
 * own: an Outlook Express mail in GB2312 writes its raw headers in GB2312 too) when they are valid
 * there, else as Windows-1252, which reads every byte.
 */
export function decodeLegacy(bytes: Uint8Array, charsetHint?: string | null): string {
  if (charsetHint && !/^(utf-?8|us-ascii|ascii)$/i.test(charsetHint)) {
    try {
      return new TextDecoder(charsetHint, { fatal: true }).decode(bytes);
    } catch {
      // unknown label or not valid in it: fall through
    }
  }
  return cp1252.decode(bytes);
}

/**
 * An attachment name that mailparser read from raw 8-bit bytes one byte per character (its
 * fallback when a parameter is neither ASCII nor encoded), decoded properly: as UTF-8 when the
 * bytes are UTF-8, else in the declared charset. Names with any wider character were decoded
 * already and stay as they are.
 */
export function repairRawName(name: string, charsetHint?: string | null): string {
  if (!/[\u0080-\u00ff]/.test(name) || /[^\u0000-\u00ff]/.test(name)) return name;
  const bytes = Buffer.from(name, 'latin1');
  try {
    return utf8.decode(bytes);
  } catch {
    return charsetHint && !/^(utf-?8|us-ascii|ascii)$/i.test(charsetHint) ? decodeLegacy(bytes, charsetHint) : name;
  }
}

// Windows-1252 in reverse: each of its 256 characters back to its byte.
const cp1252Bytes = new Map<string, number>(Array.from({ length: 256 }, (_, byte) => [cp1252.decode(Uint8Array.of(byte)), byte] as const));

/**
 * A header value that is UTF-8 read as Latin-1 or Windows-1252 ("RÃ©sumÃ©", "donâ€™t") read again
 * as UTF-8, or the value unchanged. Encoded words that name the wrong charset do this; the bytes
 * are all still there, so the repair is exact, and it is made only when they form valid UTF-8.
 */
export function undoDoubleDecoding(value: string): string {
  if (!/Ã[\u0080-\u00bf\u0152-\u2122]|â€|Â[\u00a0-\u00bf]/.test(value)) return value;
  const bytes: number[] = [];
  for (const char of value) {
    const byte = cp1252Bytes.get(char);
    if (byte === undefined) return value;
    bytes.push(byte);
  }
  try {
    return utf8.decode(Uint8Array.from(bytes));
  } catch {
    return value;
  }
}

/**
 * C1 control characters (U+0080–U+009F) read as the Windows-1252 characters they stand for. Mail
 * clients on Windows label Windows-1252 text ISO-8859-1, so its dashes, curly quotes and euro signs
 * come out as invisible controls; no one writes those controls in mail (browsers make the same call
 * for the ISO-8859-1 label).
 */
export const c1AsWindows1252 = (value: string): string => value.replace(/[\u0080-\u009f]/g, (c) => cp1252.decode(Uint8Array.of(c.charCodeAt(0))));
