import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import type { Executor } from '../../db/connection';
import { notifications } from '../../db/schema/index';
import { isId } from '../../server/ids';
import { requireAdmin, type Actor } from '../auth/actor';
import { olderThan, pageOf } from '../admin/time-cursor';
import { presentNotification } from './notification.presenter';
import type { ListNotificationsQuery, NotificationView } from './notification.schemas';

/** The outbox, newest first, keyset-paged on (created_at, id), filtered by status, channel, recipient, ticket or kind (admin). */
export async function listNotifications(ctx: AppContext, input: ListNotificationsQuery & { actor: Actor }) {
  requireAdmin(input.actor);
  const filters: SQL[] = [];
  if (input.status) filters.push(eq(notifications.status, input.status));
  if (input.channel) filters.push(eq(notifications.channel, input.channel));
  if (input.recipient) filters.push(eq(notifications.recipient, input.recipient));
  if (input.ticketId) filters.push(eq(notifications.ticketId, input.ticketId));
  if (input.kind) filters.push(eq(notifications.kind, input.kind));
  if (input.cursor) filters.push(olderThan(input.cursor, notifications.createdAt, notifications.id));
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(and(...filters))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(input.limit + 1);
  return pageOf(rows, input.limit);
}

/**
 * Every notification about one ticket, oldest first, already presented (for
 * GET /tickets/:id/notifications; the caller checks that the actor may see the ticket).
 */
export async function listTicketNotifications(db: Executor, ticketId: string): Promise<NotificationView[]> {
  if (!isId(ticketId)) return [];
  const rows = await db
    .select()
    .from(notifications)
    .where(eq(notifications.ticketId, ticketId))
    .orderBy(asc(notifications.createdAt), asc(notifications.id));
  return rows.map(presentNotification);
}
