import type { ParsedMail } from './parse-mail';
import { normalizeAddress } from './email-addresses';
import { normalizeMessageId } from './mail-headers';

export interface Bounce {
  /** The Message-ID of our mail that failed, when the report includes it. */
  messageId: string | null;
  recipient: string | null;
  /** failed, delayed, delivered, relayed, expanded (RFC 3464), or failed when the report is free text. */
  action: string;
  reason: string;
}

const daemonSender = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;

/**
 * A delivery status notification about a mail we sent, or null for any other mail. Reads RFC 3464
 * reports (multipart/report with message/delivery-status) and, for servers that send free text from
 * MAILER-DAEMON or postmaster, the Message-ID and address found in the returned message.
 */
export function readBounce(mail: ParsedMail): Bounce | null {
  const contentType = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  const isReport = contentType?.value?.toLowerCase() === 'multipart/report' && /delivery-status/i.test(contentType.params?.['report-type'] ?? '');
  const fromDaemon = !!mail.from && daemonSender.test(mail.from.address);
  if (!isReport && !fromDaemon) return null;
  const status = mail.attachments.find((a) => /^message\/(global-)?delivery-status$/i.test(a.contentType));
  const fields = status ? readFields(status.content.toString('utf8')) : new Map<string, string>();
  const returned = mail.attachments.find((a) => /^(message\/rfc822|message\/global|text\/rfc822-headers|message\/global-headers)$/i.test(a.contentType));
  const returnedText = returned ? returned.content.toString('utf8') : mail.text;
  const recipient = normalizeAddress((fields.get('final-recipient') ?? fields.get('original-recipient') ?? '').replace(/^[^;]*;\s*/, ''))
    ?? normalizeAddress(/\b([^\s<>"'@]+@[^\s<>"'@]+\.[a-z]{2,})\b/i.exec(mail.text)?.[1]);
  const action = (fields.get('action') ?? 'failed').toLowerCase().trim();
  const diagnostic = fields.get('diagnostic-code')?.replace(/^[^;]*;\s*/, '');
  const reason = [fields.get('status'), diagnostic].filter(Boolean).join(' ') || firstLines(mail.text) || 'delivery failed';
  return { messageId: returnedMessageId(returnedText, mail.messageId), recipient, action, reason: `bounce: ${reason}`.slice(0, 1000) };
}

// "Name: value" fields of the per-message and per-recipient blocks; the first recipient block wins.
function readFields(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (m && !fields.has(m[1].toLowerCase())) fields.set(m[1].toLowerCase(), m[2].trim());
  }
  return fields;
}

function returnedMessageId(text: string, ownId: string | null): string | null {
  for (const m of text.matchAll(/^Message-ID\s*:\s*(<[^<>\s]+>)/gim)) {
    const id = normalizeMessageId(m[1]);
    if (id && id !== ownId) return id;
  }
  return null;
}

const firstLines = (text: string) => text.trim().split(/\r?\n/).filter(Boolean).slice(0, 3).join(' ').slice(0, 300);
