import { iso } from '../../contracts/common';
import type { InboundMailRow } from './inbound-mail.queries';
import type { InboundMailView } from './inbound-mail.schemas';

/** A stored inbound email for the admin list (never the raw bytes). */
export const presentInboundMail = (m: InboundMailRow): InboundMailView => ({
  id: m.id,
  source: m.source,
  envelopeFrom: m.envelopeFrom,
  envelopeTo: m.envelopeTo,
  from: m.fromAddress,
  messageId: m.messageId,
  subject: m.subject,
  size: m.size,
  status: m.status,
  reason: m.reason,
  ticketId: m.ticketId,
  attempts: m.attempts,
  lastError: m.lastError,
  receivedAt: iso(m.receivedAt),
  processedAt: iso(m.processedAt),
});
