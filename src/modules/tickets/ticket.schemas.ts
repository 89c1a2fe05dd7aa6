import { z } from 'zod';
import { listQueryBase, page, timestamp } from '../../contracts/common';
import { email } from '../auth/auth.schemas';
import { languageCode } from '../organizations/organization.schemas';
import { ticketStatuses } from './ticket-status';
import { callbackView } from '../sla/callback.schemas';

export const status = z.enum(ticketStatuses).describe('new | open | pending | on_hold | resolved | closed');
export const priority = z.enum(['low', 'medium', 'high', 'urgent']).describe('low | medium | high | urgent');
export const severity = z.union([z.literal(1), z.literal(2), z.literal(3)]).describe('1 critical, 2 major, 3 minor (R33)');
export const availability = z.enum(['unavailable', 'partial', 'available']).describe('How available the customer\'s system is (R7)');
export const environment = z.enum(['production', 'homologation']).describe('Where the problem happens (R15)');
export const channel = z.enum(['web', 'email', 'chat', 'whatsapp', 'phone', 'api']).describe('Where the request came from');

const subject = z.string().trim().min(1, 'must not be empty').max(500);
const body = z.string().trim().min(1, 'must not be empty').max(100_000);

export const createTicketBody = z.strictObject({
  subject: subject.describe('One-line summary'),
  body: body.describe('The request in the customer\'s words; becomes the first message'),
  requesterId: z.string().uuid().optional().describe('Staff only: the customer the ticket is for (default: the caller)'),
  cc: z.array(email).max(50).optional().describe('Copied emails; they see the ticket too (R6)'),
  categoryId: z.string().uuid().optional().describe('Category; routes to its team (R21)'),
  teamId: z.string().uuid().optional().describe('Staff only: the team, overriding the category\'s'),
  assigneeId: z.string().uuid().optional().describe('Staff only: the agent'),
  priority: priority.optional().describe('Default: from availability (R7), else medium'),
  severity: severity.optional(),
  availability: availability.optional(),
  environment: environment.optional(),
  channel: channel.optional().describe('Default: web'),
  language: languageCode.optional().describe('Default: the requester\'s language'),
  intake: z.record(z.string().max(50), z.unknown()).optional().describe('Answers to the category\'s intake questions (R41)'),
});

export const updateTicketBody = z
  .strictObject({
    subject: subject.optional(),
    status: status.optional(),
    priority: priority.optional(),
    severity: severity.nullable().optional(),
    availability: availability.nullable().optional(),
    environment: environment.nullable().optional(),
    teamId: z.string().uuid().optional().describe('Transfer to another team (R21)'),
    assigneeId: z.string().uuid().nullable().optional(),
    level: z.union([z.literal(1), z.literal(2)]).optional().describe('2 = escalated to the product owner\'s group (R18)'),
    categoryId: z.string().uuid().nullable().optional(),
    eta: z.string().datetime({ offset: true }).nullable().optional().describe('Expected resolution time given by level 2 (R18, R38)'),
    cc: z.array(email).max(50).optional().describe('Replaces the copied emails'),
  })
  .refine((v) => Object.keys(v).length > 0, 'name at least one field to change');

export const listTicketsQuery = z.object({
  ...listQueryBase,
  status: z
    .string()
    .regex(/^(new|open|pending|on_hold|resolved|closed)(,(new|open|pending|on_hold|resolved|closed))*$/, 'must be statuses separated by commas')
    .optional()
    .describe('One status or several separated by commas'),
  teamId: z.string().uuid().optional(),
  assigneeId: z.union([z.string().uuid(), z.literal('me'), z.literal('none')]).optional().describe('An agent id, "me" or "none"'),
  requesterId: z.string().uuid().optional(),
  organizationId: z.string().uuid().optional(),
  priority: priority.optional(),
  q: z.string().trim().max(200).optional().describe('Ticket number or words in the subject'),
});

export const mergeTicketBody = z.strictObject({
  intoTicketId: z.string().uuid().describe('The ticket that carries on the case (R44)'),
});

export const slaView = z.object({
  policyId: z.string().nullable(),
  firstResponseDueAt: timestamp.nullable(),
  nextResponseDueAt: timestamp.nullable(),
  resolutionDueAt: timestamp.nullable(),
  callbackDueAt: timestamp.nullable().describe('When the promised phone call-back is due (R11); null when none runs'),
  callbackMetAt: timestamp.nullable().describe('When the latest call-back was made'),
  callback: callbackView.describe('The latest call-back request (R11)'),
  breaches: z.array(z.object({ target: z.string(), at: timestamp })),
  pausedAt: timestamp.nullable().optional(),
}).passthrough();

export const ticketView = z.object({
  id: z.string(),
  number: z.number().int(),
  subject: z.string(),
  status,
  priority,
  severity: z.number().int().nullable(),
  availability: z.string().nullable(),
  environment: z.string().nullable(),
  channel: z.string(),
  categoryId: z.string().nullable(),
  teamId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  requesterId: z.string(),
  organizationId: z.string().nullable(),
  cc: z.array(z.string()),
  level: z.number().int(),
  eta: timestamp.nullable(),
  language: z.string().nullable(),
  intake: z.record(z.string(), z.unknown()),
  createdAt: timestamp,
  updatedAt: timestamp,
  lastActivityAt: timestamp,
  mergedIntoId: z.string().nullable(),
  sla: slaView,
});

export const ticketPage = page(ticketView);

export const ticketEventView = z.object({
  id: z.string(),
  type: z.string(),
  actorId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: timestamp,
});

export type CreateTicket = z.infer<typeof createTicketBody>;
export type UpdateTicket = z.infer<typeof updateTicketBody>;
export type ListTickets = z.infer<typeof listTicketsQuery>;
