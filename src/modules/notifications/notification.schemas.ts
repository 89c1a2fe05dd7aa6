import { z } from 'zod';
import { listQueryBase, page, timestamp } from '../../contracts/common';

export const notificationChannel = z.enum(['email', 'whatsapp', 'in_app']).describe('email, whatsapp or in_app');
export const notificationStatus = z.enum(['queued', 'sending', 'sent', 'failed', 'held']).describe('Delivery status');

export const listNotificationsQuery = z.object({
  ...listQueryBase,
  status: notificationStatus.optional(),
  channel: notificationChannel.optional(),
  recipient: z.string().max(320).optional().describe('Exact recipient address or phone number'),
  ticketId: z.string().uuid().optional().describe('Only notifications about this ticket'),
  kind: z.string().max(100).optional().describe('Only this kind, e.g. magic_link or agent_reply'),
});

/** One row of the notification outbox (R10): what was, or will be, sent to whom, and how it went. */
export const notificationView = z.object({
  id: z.string(),
  ticketId: z.string().nullable().describe('The ticket it is about, if any'),
  channel: notificationChannel,
  kind: z.string().describe('Why it is sent, e.g. magic_link, ticket_created, agent_reply'),
  recipient: z.string().describe('Email address or phone number'),
  recipientId: z.string().nullable().describe('The person it is sent to, when known'),
  subject: z.string().nullable(),
  body: z.string().describe('The text delivered'),
  data: z.record(z.string(), z.unknown()).describe('Channel-specific extras, e.g. the link of a magic_link'),
  status: notificationStatus,
  attempts: z.number().int().describe('Delivery attempts so far'),
  error: z.string().nullable().describe('The last delivery error'),
  nextAttemptAt: timestamp.nullable().describe('When delivery is tried next, while queued'),
  sentAt: timestamp.nullable(),
  createdAt: timestamp,
});

export const notificationPage = page(notificationView);

export type ListNotificationsQuery = z.infer<typeof listNotificationsQuery>;
export type NotificationView = z.infer<typeof notificationView>;
