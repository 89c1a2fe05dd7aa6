import type { notifications } from '../../db/schema/index';
import { iso } from '../../contracts/common';
import type { NotificationView } from './notification.schemas';

export type NotificationRow = typeof notifications.$inferSelect;

/** An outbox row as staff see it: channel, recipient, what was sent and how delivery went. */
export const presentNotification = (n: NotificationRow): NotificationView => ({
  id: n.id,
  ticketId: n.ticketId,
  channel: n.channel,
  kind: n.kind,
  recipient: n.recipient,
  recipientId: n.recipientId,
  subject: n.subject,
  body: n.body,
  data: n.data,
  status: n.status,
  attempts: n.attempts,
  error: n.error,
  nextAttemptAt: iso(n.nextAttemptAt),
  sentAt: iso(n.sentAt),
  createdAt: iso(n.createdAt),
});
