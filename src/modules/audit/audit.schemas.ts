import { z } from 'zod';
import { listQueryBase, page, timestamp } from '../../contracts/common';

export const listAuditQuery = z.object({
  ...listQueryBase,
  entityType: z.string().max(100).optional().describe('Only changes to this kind of thing, e.g. organization'),
  entityId: z.string().max(200).optional().describe('Only changes to this id'),
  actorId: z.string().uuid().optional().describe('Only changes made by this person'),
});

export const auditEntryView = z.object({
  id: z.string(),
  actorId: z.string().nullable().describe('Who made the change; null for the system'),
  action: z.string().describe('What was done, e.g. organization.created'),
  entityType: z.string(),
  entityId: z.string().nullable(),
  changes: z.record(z.string(), z.unknown()).describe('The fields given in the change (secrets omitted)'),
  createdAt: timestamp,
});

export const auditPage = page(auditEntryView);

export type ListAuditQuery = z.infer<typeof listAuditQuery>;
