import { z } from 'zod';
import { timestamp } from '../../contracts/common';
import { priority } from '../tickets/ticket.schemas';

/** The events a rule can react to (event rows of the same type). */
export const ruleEvents = ['tickets.created', 'tickets.updated', 'messages.created', 'sla.warning', 'sla.breached'] as const;

/** Ticket (and message) fields a condition can look at. */
export const conditionFields = [
  'subject', 'body', 'status', 'priority', 'severity', 'availability', 'environment', 'channel', 'categoryId',
  'teamId', 'assigneeId', 'organizationId', 'plan', 'language', 'level', 'requesterEmail', 'messageAuthorRole', 'messageInternal',
] as const;

export const ruleCondition = z.strictObject({
  field: z.enum(conditionFields).describe('What to look at; body is the triggering message, or the first one'),
  op: z.enum(['eq', 'neq', 'in', 'not_in', 'contains', 'not_contains', 'matches', 'changed']).describe('How to compare; contains/matches ignore case'),
  value: z.unknown().optional().describe('A value, a list for in/not_in, a regular expression for matches'),
});

export const ruleAction = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('set_priority'), priority }),
  z.strictObject({ type: z.literal('set_team'), teamId: z.string().uuid() }),
  z.strictObject({ type: z.literal('assign'), assigneeId: z.string().uuid() }),
  z.strictObject({ type: z.literal('set_level'), level: z.union([z.literal(1), z.literal(2)]) }),
  z.strictObject({ type: z.literal('set_status'), status: z.enum(['open', 'pending', 'on_hold', 'resolved', 'closed']) }),
  z.strictObject({ type: z.literal('add_note'), body: z.string().min(1).max(10_000).describe('An internal note') }),
  z.strictObject({ type: z.literal('notify_team'), message: z.string().min(1).max(2000).describe('An in-app notice to the ticket\'s team') }),
]);

export const createRuleBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  event: z.enum(ruleEvents),
  conditions: z.array(ruleCondition).max(30).default([]).describe('All must hold'),
  actions: z.array(ruleAction).min(1).max(20),
  position: z.number().int().min(0).max(1_000_000).default(0).describe('Rules run in position order'),
  active: z.boolean().default(true),
});

export const updateRuleBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  event: z.enum(ruleEvents).optional(),
  conditions: z.array(ruleCondition).max(30).optional(),
  actions: z.array(ruleAction).min(1).max(20).optional(),
  position: z.number().int().min(0).max(1_000_000).optional(),
  active: z.boolean().optional(),
});

export const ruleView = z.object({
  id: z.string(),
  name: z.string(),
  event: z.string(),
  conditions: z.array(z.unknown()),
  actions: z.array(z.unknown()),
  position: z.number(),
  active: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export type RuleCondition = z.infer<typeof ruleCondition>;
export type RuleAction = z.infer<typeof ruleAction>;
export type CreateRule = z.infer<typeof createRuleBody>;
export type UpdateRule = z.infer<typeof updateRuleBody>;
