import { boolean, jsonb, pgTable, primaryKey, text, timestamp, uuid, integer } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Global and scoped settings (lifecycle rules, priority mapping) as JSON documents. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const calendars = pgTable('calendars', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  definition: jsonb('definition').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  plan: text('plan'),
  contractActive: boolean('contract_active').notNull().default(true),
  entitlements: jsonb('entitlements').$type<{ chat: boolean; whatsapp: boolean; email: boolean }>().notNull(),
  language: text('language'),
  calendarId: uuid('calendar_id'),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const people = pgTable('people', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role').$type<'customer' | 'agent' | 'admin'>().notNull(),
  organizationId: uuid('organization_id'),
  languages: text('languages').array().notNull(),
  phone: text('phone'),
  passwordHash: text('password_hash'),
  active: boolean('active').notNull().default(true),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const personEmails = pgTable('person_emails', {
  email: text('email').primaryKey(),
  personId: uuid('person_id').notNull(),
  isPrimary: boolean('is_primary').notNull().default(false),
});

export const teams = pgTable('teams', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  calendarId: uuid('calendar_id'),
  isTriage: boolean('is_triage').notNull().default(false),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const teamMembers = pgTable(
  'team_members',
  { teamId: uuid('team_id').notNull(), personId: uuid('person_id').notNull() },
  (t) => [primaryKey({ columns: [t.teamId, t.personId] })],
);

export type IntakeField = { key: string; label: string; type: string; required?: boolean; options?: string[] };

export const categories = pgTable('categories', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  parentId: uuid('parent_id'),
  teamId: uuid('team_id').notNull(),
  asksEnvironment: boolean('asks_environment').notNull().default(false),
  intakeFields: jsonb('intake_fields').$type<IntakeField[]>().notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
