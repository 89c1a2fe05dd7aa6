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

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1252 = new TextDecoder('windows-1252');

/**
 * A top-level header whose raw bytes are 8-bit but not UTF-8 (RFC 5322 forbids both; old clients
 * send Latin-1 anyway), decoded as Windows-1252; null when the header is absent, valid UTF-8 or
 * uses encoded words (those were decoded correctly already).
 */
export function repairHeader(raw: Buffer, name: string): string | null {
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
    return cp1252.decode(bytes).replace(/\r?\n[ \t]+/g, ' ').trim();
  }
}
