import { parseAddressHeader } from 'mailparser';
import { normalizeAddress } from './email-addresses';

const HEADER_SCAN_BYTES = 256 * 1024;

/**
 * The From address and Message-ID read from the raw header block without parsing the message, so
 * they can be stored with it at receipt (the rate limit and duplicate checks use them). Anything
 * unreadable is simply null; the full parse happens later, in the job.
 */
export function readEnvelopeHeaders(raw: Buffer): { fromAddress: string | null; messageId: string | null } {
  const head = raw.subarray(0, HEADER_SCAN_BYTES).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const block = (end >= 0 ? head.slice(0, end) : head).replace(/\r?\n[ \t]+/g, ' ');
  const value = (name: string) => new RegExp(`^${name}[ \\t]*:(.*)$`, 'im').exec(block)?.[1]?.trim() ?? null;
  const from = value('From');
  let fromAddress: string | null = null;
  if (from) {
    try {
      // Headers are bytes; latin1 keeps each byte, and an address is ASCII anyway.
      fromAddress = normalizeAddress(parseAddressHeader(from, { flatten: true }).value[0]?.address);
    } catch {
      fromAddress = null;
    }
  }
  return { fromAddress, messageId: normalizeMessageId(value('Message-ID')) };
}

/** `<id@host>` from a Message-ID-like value, or null. */
export function normalizeMessageId(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /<([^<>\s]{1,900})>/.exec(value) ?? /^\s*([^<>\s]{1,900}@[^<>\s]+)\s*$/.exec(value);
  return match ? `<${match[1]}>` : null;
}

/** Every Message-ID named in an In-Reply-To or References value, in order. */
export function messageIdsIn(value: string | string[] | null | undefined): string[] {
  const text = Array.isArray(value) ? value.join(' ') : (value ?? '');
  return [...text.matchAll(/<([^<>\s]{1,900})>/g)].map((m) => `<${m[1]}>`);
}
