import type { notifications } from '../../../db/schema/index';
import type { Config } from '../../../server/config';

type Notification = typeof notifications.$inferSelect;

/** The nodemailer message for an outbox row: threading headers, and no auto-replies to acknowledgements. */
export function buildOutboundMail(config: Config, n: Notification) {
  const data = n.data as { messageId?: string; inReplyTo?: string | null; references?: string[]; autoSubmitted?: boolean };
  const headers: Record<string, string> = {};
  // RFC 3834: an acknowledgement is an automatic message; well-behaved responders do not answer it.
  if (data.autoSubmitted) headers['Auto-Submitted'] = 'auto-replied';
  return {
    from: { name: config.SUPPORT_NAME, address: config.SUPPORT_EMAIL },
    replyTo: config.SUPPORT_EMAIL,
    to: n.recipient,
    subject: n.subject ?? '',
    text: n.body,
    messageId: data.messageId,
    inReplyTo: data.inReplyTo ?? undefined,
    references: data.references?.length ? data.references : data.inReplyTo ? [data.inReplyTo] : undefined,
    headers,
  };
}
