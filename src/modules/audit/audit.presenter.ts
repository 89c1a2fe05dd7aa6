import type { auditLog } from '../../db/schema/index';
import { iso } from '../../contracts/common';

type AuditRow = typeof auditLog.$inferSelect;

/** One audit entry as admins see it. */
export const presentAuditEntry = (a: AuditRow) => ({
  id: a.id,
  actorId: a.actorId,
  action: a.action,
  entityType: a.entityType,
  entityId: a.entityId,
  changes: a.changes,
  createdAt: iso(a.createdAt),
});
