import { z } from 'zod';

export const email = z.string().trim().toLowerCase().email('must be an email address').max(320);

export const loginBody = z.strictObject({
  email: email.describe('The email the person signs in with'),
  password: z.string().min(1).max(1024).describe('Their password'),
});

export const magicLinkBody = z.strictObject({
  email: email.describe('The customer email to send a one-time sign-in link to'),
});

export const magicLinkRedeemBody = z.strictObject({
  token: z.string().min(10).max(200).describe('The token from the emailed link'),
});

export const meResponse = z.object({
  id: z.string().describe('Person id'),
  name: z.string(),
  role: z.enum(['customer', 'agent', 'admin']),
  email: z.string().nullable().describe('Primary email'),
  emails: z.array(z.string()),
  organizationId: z.string().nullable(),
  teamIds: z.array(z.string()),
  languages: z.array(z.string()),
});

export const createTokenBody = z.strictObject({
  personId: z.string().uuid().describe('The person the token acts as'),
  name: z.string().trim().min(1).max(100).describe('What the token is for'),
});
