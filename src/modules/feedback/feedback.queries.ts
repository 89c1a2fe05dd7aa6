import { eq, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import { ticketFeedback } from '../../db/schema/index';
import { rows } from '../../db/rows';
import { notFound } from '../../server/app-error';
import { requireStaff, type Actor } from '../auth/actor';
import { getTicket } from '../tickets/ticket.queries';

/** The rating of one ticket, for whoever may see the ticket. */
export async function getFeedback(ctx: AppContext, input: { actor: Actor; ticketId: string }) {
  await getTicket(ctx, { actor: input.actor, id: input.ticketId });
  const [row] = await ctx.db.select().from(ticketFeedback).where(eq(ticketFeedback.ticketId, input.ticketId));
  if (!row) throw notFound('feedback');
  return row;
}

/** CSAT over a period (R3): how many answered, the mean, the share of 4s and 5s, and the response rate. */
export async function csatReport(ctx: AppContext, input: { actor: Actor; from?: string; to?: string; teamId?: string }) {
  requireStaff(input.actor);
  const where: SQL[] = [sql`true`];
  const asked: SQL[] = [sql`n.kind = 'feedback_request'`];
  if (input.from) {
    where.push(sql`f.created_at >= ${input.from}::timestamptz`);
    asked.push(sql`n.created_at >= ${input.from}::timestamptz`);
  }
  if (input.to) {
    where.push(sql`f.created_at < ${input.to}::timestamptz`);
    asked.push(sql`n.created_at < ${input.to}::timestamptz`);
  }
  if (input.teamId) {
    where.push(sql`f.team_id = ${input.teamId}`);
    asked.push(sql`EXISTS (SELECT 1 FROM tickets t WHERE t.id = n.ticket_id AND t.team_id = ${input.teamId})`);
  }
  const [row] = await rows<{ responses: number; average: number | null; satisfied: number; by_rating: Record<string, number> | null; asked: number }>(
    ctx.db,
    sql`SELECT count(*)::int AS responses, avg(f.rating)::float AS average, count(*) FILTER (WHERE f.rating >= 4)::int AS satisfied,
          (SELECT jsonb_object_agg(rating, n) FROM (SELECT f2.rating, count(*)::int AS n FROM ticket_feedback f2
             WHERE f2.ticket_id IN (SELECT f.ticket_id FROM ticket_feedback f WHERE ${sql.join(where, sql` AND `)}) GROUP BY f2.rating) r) AS by_rating,
          (SELECT count(DISTINCT n.ticket_id)::int FROM notifications n WHERE ${sql.join(asked, sql` AND `)}) AS asked
        FROM ticket_feedback f WHERE ${sql.join(where, sql` AND `)}`,
  );
  const responses = Number(row.responses);
  const byRating: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, ...(row.by_rating ?? {}) };
  return {
    responses,
    average: row.average === null ? null : Math.round(Number(row.average) * 100) / 100,
    satisfiedShare: responses ? Math.round((Number(row.satisfied) / responses) * 1000) / 1000 : null,
    byRating,
    feedbackRequests: Number(row.asked),
    responseRate: Number(row.asked) ? Math.round((responses / Number(row.asked)) * 1000) / 1000 : null,
  };
}
