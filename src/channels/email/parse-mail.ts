import { simpleParser, parseAddressHeader, type Attachment, type Headers } from 'mailparser';
import { mailboxesOf, type Mailbox } from './email-addresses';
import { messageIdsIn, normalizeMessageId } from './mail-headers';
import { repairCharsets, repairHeader } from './repair-charsets';
import { htmlToText } from './email-html';

/** What the channel needs of a parsed email; strings are decoded but not yet cleaned or masked. */
export interface ParsedMail {
  from: Mailbox | null;
  to: Mailbox[];
  cc: Mailbox[];
  replyTo: Mailbox[];
  subject: string;
  messageId: string | null;
  /** In-Reply-To then References, most recent first: the order to try them when threading. */
  threadIds: string[];
  date: Date | null;
  headers: Headers;
  text: string;
  html: string | null;
  attachments: Attachment[];
  /** Repairs applied, kept with the message so an agent can tell why a character looks odd. */
  repairs: string[];
}

const parserOptions = {
  keepCidLinks: true, // cid: links are pointed at stored attachments, not inlined as data: URLs
  keepDeliveryStatus: true, // bounces are read from their message/delivery-status part
  skipTextToHtml: true,
  skipTextLinks: true,
  maxHtmlLengthToParse: 2_000_000, // a bigger HTML part keeps its HTML but gets no text version
  checksumAlgo: 'sha256',
} as const;

/**
 * Parses a raw email with mailparser, then mends what mailparser leaves broken: text labelled UTF-8
 * that is not (Windows-1252 mail clients), unknown charsets, raw 8-bit headers, and multiparts whose
 * boundary never appears (their body would otherwise vanish). Throws only when the bytes cannot be
 * read as a message at all.
 */
export async function parseMail(raw: Buffer): Promise<ParsedMail> {
  const repairs: string[] = [];
  let parsed = await simpleParser(raw, parserOptions);
  if (hasReplacement(parsed.text) || (typeof parsed.html === 'string' && hasReplacement(parsed.html))) {
    const repaired = repairCharsets(raw);
    if (repaired) {
      const again = await simpleParser(repaired, parserOptions);
      if (!hasReplacement(again.text) && !looksDoubleDecoded(again.text)) {
        parsed = again;
        repairs.push('charset: text was not in its declared charset; read as windows-1252');
      }
    }
  }
  let subject = parsed.subject ?? '';
  if (hasReplacement(subject)) {
    const fixed = repairHeader(raw, 'Subject');
    if (fixed !== null) {
      subject = fixed;
      repairs.push('subject: raw 8-bit header read as windows-1252');
    }
  }
  let from = mailboxesOf(parsed.from)[0] ?? null;
  if (from && hasReplacement(from.name)) {
    const fixed = repairHeader(raw, 'From');
    const mailbox = fixed ? mailboxesOf(parseAddressHeader(fixed))[0] : undefined;
    if (mailbox) from = mailbox;
  }
  let text = parsed.text ?? '';
  const html = typeof parsed.html === 'string' && parsed.html.trim() ? parsed.html : null;
  if (!text.trim() && html) text = htmlToText(html);
  if (!text.trim() && !html && !parsed.attachments.length) {
    const body = bodyAfterHeaders(raw);
    if (body.trim()) {
      text = body;
      repairs.push('mime: no readable part (bad boundary?); the raw body is shown as text');
    }
  }
  return {
    from,
    to: mailboxesOf(parsed.to),
    cc: mailboxesOf(parsed.cc),
    replyTo: mailboxesOf(parsed.replyTo),
    subject,
    messageId: normalizeMessageId(parsed.messageId),
    threadIds: [...new Set([...messageIdsIn(parsed.inReplyTo), ...messageIdsIn(parsed.references).reverse()])].slice(0, 100),
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) && parsed.headers.has('date') ? parsed.date : null,
    headers: parsed.headers,
    text,
    html,
    attachments: parsed.attachments,
    repairs,
  };
}

const hasReplacement = (value: string | undefined | null) => !!value && value.includes('\ufffd');
// UTF-8 bytes read as Windows-1252 show up as "Ã©", "â€™": then the first reading was right after all.
const looksDoubleDecoded = (value: string | undefined) => !!value && /Ã[\u0080-\u00bf]|â€/.test(value);

function bodyAfterHeaders(raw: Buffer): string {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  if (end < 0) return '';
  const body = raw.subarray(Buffer.byteLength(text.slice(0, end), 'latin1')).toString('utf8').replace(/^\r?\n\r?\n/, '');
  return body.slice(0, 200_000);
}
