import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import { auditLog } from '../../db/schema/index';
import { requireAdmin, type Actor } from '../auth/actor';
import { olderThan, pageOf } from '../admin/time-cursor';
import type { ListAuditQuery } from './audit.schemas';

/** Admin changes, newest first, keyset-paged on (created_at, id), optionally for one entity or actor. */
export async function listAudit(ctx: AppContext, input: ListAuditQuery & { actor: Actor }) {
  requireAdmin(input.actor);
  const filters: SQL[] = [];
  if (input.entityType) filters.push(eq(auditLog.entityType, input.entityType));
  if (input.entityId) filters.push(eq(auditLog.entityId, input.entityId));
  if (input.actorId) filters.push(eq(auditLog.actorId, input.actorId));
  if (input.cursor) filters.push(olderThan(input.cursor, auditLog.createdAt, auditLog.id));
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(and(...filters))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(input.limit + 1);
  return pageOf(rows, input.limit);
}
