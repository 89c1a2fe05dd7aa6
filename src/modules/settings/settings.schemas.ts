import { z } from 'zod';
import { isPositiveIsoDuration } from './iso-duration';

/** A positive ISO 8601 duration; `null` turns the rule it configures off. */
export const isoDuration = z
  .string()
  .max(50)
  .refine(isPositiveIsoDuration, 'must be a positive ISO 8601 duration such as P10D or PT48H')
  .describe('ISO 8601 duration, e.g. P10D or PT48H');

const rule = (description: string) => isoDuration.nullable().describe(`${description}; null turns it off`);

export const priority = z.enum(['low', 'medium', 'high', 'urgent']).describe('low, medium, high or urgent');

const lifecycleShape = {
  pendingAutoResolveAfter: rule('A pending ticket with no customer answer is resolved after this'),
  pendingAutoCloseAfter: rule('A pending ticket with no customer answer is closed after this'),
  resolvedAutoCloseAfter: rule('A resolved ticket is closed after this'),
  customerSequencingWindow: rule("A requester's newer ticket waits at most this long for their earlier one (R23)"),
};

const priorityShape = {
  unavailable: priority.describe('Priority of a ticket whose system is unavailable'),
  partial: priority.describe('Priority of a ticket whose system partly works'),
  available: priority.describe('Priority of a ticket whose system works'),
};

/** The effective desk settings: lifecycle timers and the priority implied by availability. */
export const settingsSchema = z.strictObject({
  lifecycle: z.strictObject(lifecycleShape).describe('Automatic status changes (ISO 8601 durations)'),
  priorityByAvailability: z.strictObject(priorityShape).describe('Priority a new ticket gets from its availability'),
});

export type Settings = z.infer<typeof settingsSchema>;
export type LifecycleSettings = Settings['lifecycle'];
export type PriorityByAvailability = Settings['priorityByAvailability'];

/** A change to the settings: any subset of keys; what is not named stays as it is (deep merge). */
export const settingsPatchSchema = z
  .strictObject({
    lifecycle: z.strictObject(lifecycleShape).partial().optional(),
    priorityByAvailability: z.strictObject(priorityShape).partial().optional(),
  })
  .describe('Settings to change; keys not named keep their value');

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** The response: plain JSON, no transforms (fastify-type-provider-zod serializes with it). */
export const settingsView = z.object({
  lifecycle: z.object({
    pendingAutoResolveAfter: z.string().nullable(),
    pendingAutoCloseAfter: z.string().nullable(),
    resolvedAutoCloseAfter: z.string().nullable(),
    customerSequencingWindow: z.string().nullable(),
  }),
  priorityByAvailability: z.object({ unavailable: priority, partial: priority, available: priority }),
});

/** What a fresh desk uses until an admin changes it. */
export const defaultSettings: Settings = {
  lifecycle: {
    pendingAutoResolveAfter: 'P10D',
    pendingAutoCloseAfter: null,
    resolvedAutoCloseAfter: 'P4D',
    customerSequencingWindow: null,
  },
  priorityByAvailability: { unavailable: 'high', partial: 'medium', available: 'low' },
};

/** The sections of the settings document; each is stored as one row of the `settings` table. */
export const settingsSections = ['lifecycle', 'priorityByAvailability'] as const;
export type SettingsSection = (typeof settingsSections)[number];
