import { z } from 'zod';
import { timestamp } from '../../contracts/common';
import { messageView } from '../messages/message.schemas';
import { priority, severity, status, ticketView } from '../tickets/ticket.schemas';

const name = z.string().trim().min(1, 'must not be empty').max(200).describe('What agents pick it by; unique');
const description = z.string().trim().max(1000).nullable().describe('When to use it');
const body = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(20_000)
  .nullable()
  .describe('Reply or note text with {{customer.name}}, {{ticket.number}}, {{ticket.subject}}, {{ticket.dueAt}}, {{agent.name}}, {{portal.url}}; null = no message');

export const macroChanges = z
  .strictObject({
    status: status.optional().describe('Status to set (with the reply, when there is one)'),
    priority: priority.optional(),
    severity: severity.nullable().optional(),
    teamId: z.string().uuid().optional().describe('Transfer to this team (R21)'),
    assigneeId: z.union([z.string().uuid(), z.literal('me')]).nullable().optional().describe('An agent, "me" (whoever applies the macro) or null to unassign'),
    level: z.union([z.literal(1), z.literal(2)]).optional().describe('2 = escalate to the product owner\'s group (R18)'),
  })
  .describe('Ticket fields the macro sets; the ones left out stay as they are');

const hasAction = (v: { body?: string | null; changes?: Record<string, unknown> }) => Boolean(v.body) || Object.keys(v.changes ?? {}).length > 0;

export const createMacroBody = z
  .strictObject({
    name,
    description: description.optional(),
    body: body.optional(),
    internal: z.boolean().default(false).describe('The text is an internal note, not a reply to the customer'),
    changes: macroChanges.default({}),
  })
  .refine(hasAction, { message: 'give the macro a text or at least one field change', path: ['body'] });

export const updateMacroBody = z
  .strictObject({
    name: name.optional(),
    description: description.optional(),
    body: body.optional(),
    internal: z.boolean().optional(),
    changes: macroChanges.optional().describe('Replaces the field changes'),
  })
  .refine((v) => Object.keys(v).length > 0, 'name at least one field to change');

export const listMacrosQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Words in the name'),
});

export const macroParams = z.object({
  id: z.string().min(1).max(100).describe('Ticket id'),
  macroId: z.string().min(1).max(100).describe('Macro id'),
});

export const applyMacroBody = z.strictObject({}).optional().describe('Nothing to send: the macro says what to do');

export const macroView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  body: z.string().nullable(),
  internal: z.boolean(),
  changes: z.object({
    status: status.optional(),
    priority: priority.optional(),
    severity: z.number().int().nullable().optional(),
    teamId: z.string().optional(),
    assigneeId: z.string().nullable().optional(),
    level: z.number().int().optional(),
  }),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const macroList = z.object({ items: z.array(macroView), nextCursor: z.null() });

export const appliedMacroView = z.object({
  ticket: ticketView.describe('The ticket after the macro'),
  message: messageView.nullable().describe('The reply or note the macro wrote, if it has a text'),
});

export type CreateMacro = z.infer<typeof createMacroBody>;
export type UpdateMacro = z.infer<typeof updateMacroBody>;
export type MacroChangesInput = z.infer<typeof macroChanges>;
