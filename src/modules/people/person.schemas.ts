import { z } from 'zod';
import { listQueryBase, page, timestamp } from '../../contracts/common';
import { email } from '../auth/auth.schemas';
import { languageCode } from '../organizations/organization.schemas';

export const role = z.enum(['customer', 'agent', 'admin']).describe('customer, agent or admin');
export const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,20}$/, 'must be a phone number such as +55 11 91234-5678')
  .transform((p) => p.replace(/[^0-9+]/g, ''))
  .describe('Phone number, also the WhatsApp id');
const password = z.string().min(8, 'must have at least 8 characters').max(1024).describe('Sign-in password (stored as an argon2 hash)');

export const createPersonBody = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('Full name'),
  email: email.describe('Primary email; also the portal sign-in (R6)'),
  emails: z.array(email).max(20).optional().describe('Further addresses of the same person'),
  role: role,
  organizationId: z.string().uuid().nullable().optional().describe('The customer company'),
  teamIds: z.array(z.string().uuid()).max(50).optional().describe('Teams (departments) an agent works in (R28)'),
  languages: z.array(languageCode).max(10).optional().describe('Preferred languages, first is primary'),
  phone: phone.nullable().optional(),
  password: password.optional(),
});

export const updatePersonBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  email: email.optional().describe('New primary email'),
  emails: z.array(email).max(20).optional().describe('Replaces the further addresses'),
  role: role.optional(),
  organizationId: z.string().uuid().nullable().optional(),
  teamIds: z.array(z.string().uuid()).max(50).optional().describe('Replaces the team memberships'),
  languages: z.array(languageCode).max(10).optional(),
  phone: phone.nullable().optional(),
  password: password.optional(),
  active: z.boolean().optional().describe('false blocks sign-in and API tokens'),
});

export const personView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  emails: z.array(z.string()),
  role,
  organizationId: z.string().nullable(),
  teamIds: z.array(z.string()),
  languages: z.array(z.string()),
  phone: z.string().nullable(),
  active: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const listPeopleQuery = z.object({
  ...listQueryBase,
  role: role.optional(),
  organizationId: z.string().uuid().optional(),
  teamId: z.string().uuid().optional(),
  email: z.string().max(320).optional().describe('Exact email'),
  q: z.string().max(200).optional().describe('Name or email contains'),
});
export const personPage = page(personView);

export type CreatePerson = z.infer<typeof createPersonBody>;
export type UpdatePerson = z.infer<typeof updatePersonBody>;
