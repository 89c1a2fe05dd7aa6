import { z } from 'zod';
import { timestamp } from '../../contracts/common';
import { status } from '../tickets/ticket.schemas';

export const addMessageBody = z.strictObject({
  body: z.string().trim().min(1, 'must not be empty').max(100_000).describe('The reply or note text'),
  internal: z.boolean().default(false).describe('An internal note, never shown to the customer'),
  status: status.optional().describe('Agents: status to set with this reply (default: pending after a public reply, R17)'),
});

/** The same fields sent as multipart/form-data text parts (values arrive as strings). */
export const addMessageForm = z.strictObject({
  body: z.string().trim().min(1, 'must not be empty').max(100_000),
  internal: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  status: status.optional(),
});

export const attachmentView = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  url: z.string().describe('Download address'),
});

export const messageView = z.object({
  id: z.string(),
  ticketId: z.string(),
  authorId: z.string().nullable(),
  internal: z.boolean(),
  kind: z.enum(['public', 'internal', 'system']),
  channel: z.string(),
  body: z.string().describe('Visible text (for email: without quoted history or signature)'),
  bodyHtml: z.string().nullable().describe('Sanitized HTML, safe to insert into a page'),
  createdAt: timestamp,
  attachments: z.array(attachmentView),
});

export type AddMessage = z.infer<typeof addMessageBody>;
