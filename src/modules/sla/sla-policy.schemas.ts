import { z } from 'zod';
import { timestamp } from '../../contracts/common';
import { channel, priority, severity, status } from '../tickets/ticket.schemas';

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1).max(50)]);

/** One SLA target: an amount of time, counted on a calendar's open hours or in calendar time. */
export const slaTarget = z
  .strictObject({
    minutes: z.number().int().min(0).max(10_000_000).optional().describe('Open minutes on the calendar'),
    hours: z.number().min(0).max(200_000).optional().describe('Open hours on the calendar (converted to minutes)'),
    businessDays: z.number().int().min(0).max(3650).optional().describe('Open days on the calendar (API.md semantics)'),
    calendarDays: z.number().int().min(0).max(3650).optional().describe('Calendar days, open or not'),
    calendarId: z
      .union([z.string().uuid(), z.literal('team')])
      .optional()
      .describe('Calendar whose open hours count; "team" = the ticket\'s team calendar (R8); none = calendar time (24/7)'),
  })
  .refine((t) => ['minutes', 'hours', 'businessDays', 'calendarDays'].filter((k) => t[k as keyof typeof t] !== undefined).length === 1, {
    message: 'give exactly one of minutes, hours, businessDays or calendarDays',
  });

export const slaConditions = z
  .strictObject({
    plan: oneOrMany(z.string().min(1).max(50)).optional().describe('Organization plan, e.g. Premium'),
    priority: oneOrMany(priority).optional(),
    severity: oneOrMany(severity).optional(),
    channel: oneOrMany(channel).optional(),
    categoryId: oneOrMany(z.string().uuid()).optional().describe('A category or any category under it'),
    teamId: oneOrMany(z.string().uuid()).optional(),
    organizationId: oneOrMany(z.string().uuid()).optional(),
  })
  .describe('All given conditions must match; a list matches any of its values');

export const slaTargets = z
  .strictObject({
    firstResponse: slaTarget.optional().describe('First public reply by an agent (R16, R32)'),
    nextResponse: slaTarget.optional().describe('Agent reply after each customer reply'),
    resolution: slaTarget.optional().describe('Until resolved (R7, R24, R34)'),
    callback: slaTarget.optional().describe('Phone call-back once requested (R11)'),
  })
  .describe('{} means "no SLA" (R34: problems owned by a third party)');

export const slaEscalation = z
  .strictObject({
    raisePriority: z.boolean().default(true).describe('Raise the priority one step'),
    level: z.literal(2).optional().describe('Move the ticket to level 2'),
    teamId: z.string().uuid().optional().describe('Transfer to this team'),
    notifyTeam: z.boolean().default(true).describe('Notify the ticket\'s team in the app'),
  })
  .describe('What happens when a target is missed (R46)');

const policyFields = {
  name: z.string().trim().min(1).max(200),
  position: z.number().int().min(0).max(1_000_000).describe('Lower positions are tried first'),
  conditions: slaConditions.default({}),
  targets: slaTargets,
  pauseOn: z.array(status).max(6).optional().describe('Statuses that pause the clocks (default: pending, on_hold)'),
  warnAtPercent: z.number().int().min(1).max(99).nullable().optional().describe('Warn when this share of a target has passed (default 80; null = no warning)'),
  escalation: slaEscalation.optional(),
  active: z.boolean().optional(),
};

export const createSlaPolicyBody = z.strictObject(policyFields);
export const updateSlaPolicyBody = z.strictObject({
  name: policyFields.name.optional(),
  position: policyFields.position.optional(),
  conditions: slaConditions.optional(),
  targets: slaTargets.optional(),
  pauseOn: policyFields.pauseOn,
  warnAtPercent: policyFields.warnAtPercent,
  escalation: slaEscalation.optional(),
  active: z.boolean().optional(),
});

export const slaPolicyView = z.object({
  id: z.string(),
  name: z.string(),
  position: z.number(),
  conditions: z.record(z.string(), z.unknown()),
  targets: z.record(z.string(), z.unknown()),
  pauseOn: z.array(z.string()),
  warnAtPercent: z.number().nullable(),
  escalation: z.record(z.string(), z.unknown()),
  active: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export type SlaTarget = z.infer<typeof slaTarget>;
export type SlaConditions = z.infer<typeof slaConditions>;
export type SlaTargets = z.infer<typeof slaTargets>;
export type SlaEscalation = z.infer<typeof slaEscalation>;
export type CreateSlaPolicy = z.infer<typeof createSlaPolicyBody>;
export type UpdateSlaPolicy = z.infer<typeof updateSlaPolicyBody>;
export type ClockName = keyof SlaTargets;
export const clockNames: ClockName[] = ['firstResponse', 'nextResponse', 'resolution', 'callback'];
