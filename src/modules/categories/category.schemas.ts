import { z } from 'zod';
import { listQueryBase, page, timestamp } from '../../contracts/common';

export const intakeField = z.strictObject({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,49}$/, 'must be a short identifier').describe('Field key in ticket.intake'),
  label: z.string().min(1).max(200).describe('Question shown to the customer'),
  type: z.enum(['text', 'textarea', 'select', 'datetime', 'file', 'url']).default('text'),
  required: z.boolean().default(false),
  options: z.array(z.string().max(200)).max(50).optional().describe('Choices for a select'),
});

export const createCategoryBody = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('Product, document or topic name (R13)'),
  parentId: z.string().uuid().nullable().optional().describe('Parent in the product → document tree'),
  teamId: z.string().uuid().describe('Team that owns requests in this category (R21)'),
  asksEnvironment: z.boolean().default(false).describe('Problems here ask for production or homologation (R15)'),
  intakeFields: z.array(intakeField).max(30).default([]).describe('Structured intake questions (R4, R41)'),
});

export const updateCategoryBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  parentId: z.string().uuid().nullable().optional(),
  teamId: z.string().uuid().optional(),
  asksEnvironment: z.boolean().optional(),
  intakeFields: z.array(intakeField).max(30).optional(),
});

export const categoryView = z.object({
  id: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  teamId: z.string(),
  asksEnvironment: z.boolean(),
  intakeFields: z.array(z.object({ key: z.string(), label: z.string(), type: z.string(), required: z.boolean().optional(), options: z.array(z.string()).optional() })),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const listCategoriesQuery = z.object({
  ...listQueryBase,
  limit: z.coerce.number().int().min(1).max(500).default(200),
  parentId: z.string().max(100).optional().describe('Children of this category; "root" for top level'),
});
export const categoryPage = page(categoryView);

export type CreateCategory = z.infer<typeof createCategoryBody>;
export type UpdateCategory = z.infer<typeof updateCategoryBody>;
