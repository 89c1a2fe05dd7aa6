import { simpleParser, parseAddressHeader, type Attachment, type Headers } from 'mailparser';
import { mailboxesOf, type Mailbox } from './email-addresses';
import { messageIdsIn, normalizeMessageId } from './mail-headers';
import { c1AsWindows1252, relabelAsUtf8, repairCharsets, repairHeader, repairRawName, undoDoubleDecoding } from './repair-charsets';
import { htmlToText } from './email-html';
import { decodeUuencodedPart, extractUuencodedFiles } from './uuencoded-files';

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
export async function parseMail(input: Buffer): Promise<ParsedMail> {
  const repairs: string[] = [];
  const raw = textFilesAsAttachments(withoutLeadingBlankLines(input));
  let parsed = await simpleParser(raw, parserOptions);
  const htmlOf = (p: typeof parsed) => (typeof p.html === 'string' ? p.html : '');
  const unreadable = (p: typeof parsed) => hasReplacement(p.text) || hasReplacement(htmlOf(p));
  const misread = (p: typeof parsed) => looksDoubleDecoded(p.text) || looksDoubleDecoded(htmlOf(p));
  if (unreadable(parsed) || misread(parsed)) {
    // Text that is valid UTF-8 under a legacy label (Big5, ISO-8859-1 …) is UTF-8: legacy text
    // almost never forms valid multi-byte UTF-8 by accident. Tried first, as the likelier mistake.
    const asUtf8 = relabelAsUtf8(raw);
    const again = asUtf8 ? await simpleParser(asUtf8, parserOptions) : null;
    if (again && !unreadable(again) && !misread(again)) {
      parsed = again;
      repairs.push('charset: text was UTF-8 under another label; read as UTF-8');
    } else if (unreadable(parsed)) {
      const repaired = repairCharsets(raw);
      if (repaired) {
        const cp1252 = await simpleParser(repaired, parserOptions);
        if (!hasReplacement(cp1252.text) && !looksDoubleDecoded(cp1252.text)) {
          parsed = cp1252;
          repairs.push('charset: text was not in its declared charset; read as windows-1252');
        }
      }
    }
  }
  const charsetHint = charsetOf(parsed.headers);
  let subject = c1AsWindows1252(parsed.subject ?? '');
  if (hasReplacement(subject)) {
    const fixed = repairHeader(raw, 'Subject', charsetHint);
    if (fixed !== null) {
      subject = fixed;
      repairs.push('subject: raw 8-bit header read in the message charset or windows-1252');
    }
  }
  let from = mailboxesOf(parsed.from)[0] ?? null;
  if (from && hasReplacement(from.name)) {
    const fixed = repairHeader(raw, 'From', charsetHint);
    const mailbox = fixed ? mailboxesOf(parseAddressHeader(fixed))[0] : undefined;
    if (mailbox) from = mailbox;
  }
  // Encoded words that name the wrong charset (UTF-8 bytes labelled ISO-8859-1) read as "Ã©".
  const undone = undoDoubleDecoding(subject);
  if (undone !== subject) {
    subject = undone;
    repairs.push('subject: UTF-8 read under a Latin-1 label; read as UTF-8');
  }
  // Encoded words may carry line breaks ("=?UTF-8?B?DQo…"): a subject is one line.
  subject = subject.replace(/[ \t]*[\r\n\t]+[ \t]*/g, ' ');
  if (from) from = { ...from, name: undoDoubleDecoding(c1AsWindows1252(from.name)) };
  for (const attachment of parsed.attachments) {
    if (attachment.filename) attachment.filename = undoDoubleDecoding(c1AsWindows1252(repairRawName(attachment.filename, charsetOf(attachment.headers) ?? charsetHint)));
  }
  let attachments = parsed.attachments.map(decodeUuencodedPart);
  const uuencoded = extractUuencodedFiles(parsed.text ?? '');
  let text = c1AsWindows1252(uuencoded.text);
  if (uuencoded.files.length) {
    attachments = [...attachments, ...uuencoded.files];
    repairs.push(`mime: ${uuencoded.files.length} uuencoded file(s) taken out of the text`);
  }
  const html = typeof parsed.html === 'string' && parsed.html.trim() ? c1AsWindows1252(parsed.html) : null;
  if (!text.trim() && html) text = htmlToText(html);
  if (!text.trim() && !html && !attachments.length) {
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
    attachments,
    repairs,
  };
}

// The charset a part (or the whole message) declares for its text, if any.
const charsetOf = (headers: Headers): string | null => {
  const contentType = headers.get('content-type') as { params?: Record<string, string> } | undefined;
  const charset = contentType?.params?.charset?.trim();
  return charset ? charset : null;
};
const hasReplacement = (value: string | undefined | null) => !!value && value.includes('\ufffd');
// UTF-8 bytes read as Windows-1252 show up as "Ã©", "â€™": then the first reading was right after all.
const looksDoubleDecoded = (value: string | undefined) => !!value && /Ã[\u0080-\u00bf]|â€/.test(value);

// A MIME part's header block: right after a boundary line, up to the blank line (bounded, so a
// hostile message of endless "--" lines stays linear).
const partHeaders = /(\n--[^\r\n]{1,200}\r?\n)((?:[^\r\n]{1,2000}\r?\n){1,40})(?=\r?\n)/g;

/**
 * The message with its named text parts marked as attachments. Apple Mail and webmails attach
 * .txt and .log files as `Content-Disposition: inline; filename=…`, and mailparser reads an inline
 * text part as more body: the customer's log would be pasted into the message and no file kept.
 * A text part that names a file is a file.
 */
function textFilesAsAttachments(raw: Buffer): Buffer {
  const text = raw.toString('latin1'); // one char per byte: every other byte is kept as it is
  if (!/^content-disposition:[ \t]*inline/im.test(text)) return raw;
  let changed = false;
  const replaced = text.replace(partHeaders, (whole, boundary: string, block: string) => {
    const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
    if (!/^content-type:[ \t]*text\//im.test(unfolded)) return whole;
    if (!/^content-disposition:[ \t]*inline[ \t]*;[^\n]*\bfilename\*?[0-9]*\*?[ \t]*=/im.test(unfolded)) return whole;
    changed = true;
    return boundary + block.replace(/^(content-disposition:[ \t]*)inline/im, '$1attachment');
  });
  return changed ? Buffer.from(replaced, 'latin1') : raw;
}

/**
 * The message without blank lines before its first header. Mail saved from some clients and
 * archives starts with an empty line, and a parser then reads the whole message, headers and all,
 * as the body of a message without headers (no sender, no subject, no threading).
 */
function withoutLeadingBlankLines(raw: Buffer): Buffer {
  let start = 0;
  while (start < raw.length && start < 1000 && (raw[start] === 0x0a || raw[start] === 0x0d || raw[start] === 0x20 || raw[start] === 0x09)) start++;
  return start > 0 && start < raw.length ? raw.subarray(start) : raw;
}

function bodyAfterHeaders(raw: Buffer): string {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  if (end < 0) return '';
  const body = raw.subarray(Buffer.byteLength(text.slice(0, end), 'latin1')).toString('utf8').replace(/^\r?\n\r?\n/, '');
  return body.slice(0, 200_000);
}
