import type { Executor } from '../../db/connection';
import { auditLog } from '../../db/schema/index';
import { newId } from '../../server/ids';

/** Appends an admin change to the audit log, inside the change's transaction. */
export async function recordAudit(
  tx: Executor,
  entry: { actorId: string | null; action: string; entityType: string; entityId: string; changes?: Record<string, unknown>; at: Date },
): Promise<void> {
  await tx.insert(auditLog).values({
    id: newId(),
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes: entry.changes ?? {},
    createdAt: entry.at,
  });
}
