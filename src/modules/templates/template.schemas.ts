import { z } from 'zod';
import { timestamp } from '../../contracts/common';
import { languageCode } from '../organizations/organization.schemas';
import { channel } from '../tickets/ticket.schemas';

export const templateKind = z.enum(['greeting', 'signature', 'acknowledgement', 'reply']).describe('greeting | signature | acknowledgement | reply (a canned reply)');

export const createTemplateBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: templateKind,
  body: z.string().min(1).max(20_000).describe('Text with {{customer.name}}, {{ticket.number}}, {{ticket.subject}}, {{ticket.dueAt}}, {{agent.name}}, {{portal.url}}'),
  subject: z.string().max(500).nullable().optional().describe('Acknowledgements: the email subject'),
  language: languageCode.nullable().optional().describe('Only for customers of this language'),
  teamId: z.string().uuid().nullable().optional().describe('Only for tickets of this team (R27: per department)'),
  channel: channel.nullable().optional().describe('Only for this channel'),
});

export const updateTemplateBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  kind: templateKind.optional(),
  body: z.string().min(1).max(20_000).optional(),
  subject: z.string().max(500).nullable().optional(),
  language: languageCode.nullable().optional(),
  teamId: z.string().uuid().nullable().optional(),
  channel: channel.nullable().optional(),
});

export const templateView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  body: z.string(),
  subject: z.string().nullable(),
  language: z.string().nullable(),
  teamId: z.string().nullable(),
  channel: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const listTemplatesQuery = z.object({
  kind: templateKind.optional(),
  teamId: z.string().uuid().optional(),
  language: z.string().max(20).optional(),
});

export type CreateTemplate = z.infer<typeof createTemplateBody>;
export type UpdateTemplate = z.infer<typeof updateTemplateBody>;
