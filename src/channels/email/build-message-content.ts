import { Readable } from 'node:stream';
import type { AppContext } from '../../server/context';
import type { AttachmentStore, StoredFile } from '../../modules/messages/attachment-store';
import { maskSecrets } from '../../modules/privacy/mask-secrets';
import { storableText } from '../../modules/inbound-mail/storable-text';
import type { ParsedMail } from './parse-mail';
import { stripQuotedText } from './strip-quoted-text';
import { cutQuotedHtml, isBlankHtml, MAX_HTML_CHARS, sanitizeEmailHtml } from './email-html';

/** What becomes the ticket message: visible text, safe HTML, the full original, stored files. */
export interface MessageContent {
  body: string;
  bodyHtml: string | null;
  original: Record<string, unknown>;
  files: StoredFile[];
}

const MAX_BODY_CHARS = 100_000;
const MAX_ORIGINAL_TEXT_CHARS = 1_000_000;

const extensionByType: Record<string, string> = {
  'text/calendar': 'ics', 'message/rfc822': 'eml', 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif',
  'application/pdf': 'pdf', 'text/plain': 'txt', 'text/html': 'html',
};

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Turns a parsed email into message content: attachments (inline images included) are stored and
 * `cid:` images point at them; the visible reply is cut from its quoted history, in text and HTML;
 * the full text, full sanitized HTML and headers stay in `original` with the inbound message id
 * (its raw source). Secrets in `original` are masked here; the messages module masks the rest (R45).
 */
export async function buildMessageContent(ctx: AppContext, store: AttachmentStore, mail: ParsedMail, inboundMessageId: string): Promise<MessageContent> {
  const files: StoredFile[] = [];
  const dropped: Array<{ filename: string; size: number; reason: string }> = [];
  const cidUrls = new Map<string, string>();
  try {
    for (const [index, attachment] of mail.attachments.entries()) {
      const filename = attachment.filename || `${attachment.related ? 'image' : 'attachment'}-${index + 1}.${extensionByType[attachment.contentType.toLowerCase()] ?? 'bin'}`;
      if (attachment.size > ctx.config.ATTACHMENT_MAX_BYTES) {
        dropped.push({ filename, size: attachment.size, reason: `larger than the ${megabytes(ctx.config.ATTACHMENT_MAX_BYTES)} limit` });
        continue;
      }
      const file = await store.save({ filename, contentType: attachment.contentType, stream: Readable.from([attachment.content]) });
      files.push(file);
      if (attachment.cid) cidUrls.set(attachment.cid.replace(/^<|>$/g, '').toLowerCase(), `/api/v1/attachments/${file.id}`);
    }
  } catch (err) {
    await Promise.all(files.map((f) => store.remove(f.storageKey)));
    throw err;
  }

  const fullText = storableText(mail.text, MAX_ORIGINAL_TEXT_CHARS);
  const { visible, quoted } = stripQuotedText(fullText, { subject: mail.subject });
  let fullHtml: string | null = null;
  let bodyHtml: string | null = null;
  if (mail.html && mail.html.length <= MAX_HTML_CHARS) {
    fullHtml = storableText(sanitizeEmailHtml(mail.html, cidUrls));
    // Only cut the HTML where the text was cut too: then both show the same reply.
    const cut = quoted ? cutQuotedHtml(mail.html) : mail.html;
    bodyHtml = cut === null ? null : storableText(cut === mail.html ? fullHtml : sanitizeEmailHtml(cut, cidUrls));
    if (bodyHtml !== null && isBlankHtml(bodyHtml)) bodyHtml = null;
  }
  const notes = dropped.map((d) => `[Attachment "${d.filename}" (${megabytes(d.size)}) was not kept: ${d.reason}.]`);
  let body = visible.trim() || (files.length ? '(attachments only)' : '(no text)');
  if (body.length > MAX_BODY_CHARS) body = `${body.slice(0, MAX_BODY_CHARS)}\n[… cut here; the full text is kept with the original.]`;
  if (notes.length) body = `${body}\n\n${notes.join('\n')}`;

  const original: Record<string, unknown> = {
    inboundMessageId,
    text: maskSecrets(fullText).text,
    html: fullHtml === null ? null : maskSecrets(fullHtml).text,
    headers: {
      from: mail.from ? storableText(`${mail.from.name} <${mail.from.address}>`.trim(), 1000) : null,
      to: mail.to.map((m) => m.address),
      cc: mail.cc.map((m) => m.address),
      subject: maskSecrets(storableText(mail.subject, 1000)).text,
      date: mail.date?.toISOString() ?? null,
      messageId: mail.messageId,
      threadIds: mail.threadIds.slice(0, 20),
    },
    ...(quoted ? { quoted: true } : {}),
    ...(mail.repairs.length ? { repairs: mail.repairs } : {}),
    ...(dropped.length ? { droppedAttachments: dropped } : {}),
  };
  return { body: storableText(body), bodyHtml, original, files };
}
