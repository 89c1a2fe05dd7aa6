import { z } from 'zod';
import { timestamp, listQueryBase, page } from '../../contracts/common';

export const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'must be a language tag such as en, pt-BR, es, de, ru')
  .describe('BCP 47 language tag');

export const entitlements = z
  .strictObject({
    chat: z.boolean().default(true).describe('May use live chat (R29)'),
    whatsapp: z.boolean().default(true).describe('May use WhatsApp'),
    email: z.boolean().default(true).describe('May write by email'),
  })
  .describe('Channels the organization may use (R2, R29)');

/** Lifecycle and priority settings an organization or team may override (see API.md "Settings"). */
export const scopedSettings = z.record(z.string(), z.unknown()).describe('Settings overriding the global ones');

export const createOrganizationBody = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('Customer company name'),
  plan: z.string().trim().min(1).max(50).nullable().optional().describe('Plan, e.g. Basic, Regular, Premium'),
  contractActive: z.boolean().default(true).describe('Whether the company has an active support contract (R2)'),
  entitlements: entitlements.default({ chat: true, whatsapp: true, email: true }),
  language: languageCode.nullable().optional(),
  calendarId: z.string().uuid().nullable().optional().describe('Business calendar overriding the team one'),
  settings: scopedSettings.optional(),
});

export const updateOrganizationBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  plan: z.string().trim().min(1).max(50).nullable().optional(),
  contractActive: z.boolean().optional(),
  entitlements: z.strictObject({ chat: z.boolean().optional(), whatsapp: z.boolean().optional(), email: z.boolean().optional() }).optional(),
  language: languageCode.nullable().optional(),
  calendarId: z.string().uuid().nullable().optional(),
  settings: scopedSettings.optional(),
});

export const organizationView = z.object({
  id: z.string(),
  name: z.string(),
  plan: z.string().nullable(),
  contractActive: z.boolean(),
  entitlements: z.object({ chat: z.boolean(), whatsapp: z.boolean(), email: z.boolean() }),
  language: z.string().nullable(),
  calendarId: z.string().nullable(),
  settings: z.record(z.string(), z.unknown()),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const listOrganizationsQuery = z.object({ ...listQueryBase, q: z.string().max(200).optional().describe('Name contains') });
export const organizationPage = page(organizationView);

export type CreateOrganization = z.infer<typeof createOrganizationBody>;
export type UpdateOrganization = z.infer<typeof updateOrganizationBody>;
