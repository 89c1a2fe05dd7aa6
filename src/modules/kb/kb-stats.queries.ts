import { sql } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import { rows } from '../../db/rows';
import { iso } from '../../contracts/common';
import { requireStaff, type Actor } from '../auth/actor';

const DAY = 86_400_000;

/**
 * Deflection figures (R14) for a period: how often suggestions were shown, opened, said to solve
 * the problem, or followed by a ticket anyway; "Did this help?" votes; the most suggested articles.
 */
export async function knowledgeBaseStats(ctx: AppContext, input: { actor: Actor; from?: string; to?: string; lang?: string }) {
  requireStaff(input.actor);
  const to = input.to ? new Date(input.to) : ctx.clock.now();
  const from = input.from ? new Date(input.from) : new Date(to.getTime() - 30 * DAY);
  const language = input.lang ? sql`AND split_part(d.language, '-', 1) = ${input.lang.split('-')[0]}` : sql``;
  const period = sql`d.created_at >= ${from} AND d.created_at <= ${to} AND cardinality(d.suggested_ids) > 0 ${language}`;
  const [totals] = await rows<Record<string, number>>(
    ctx.db,
    sql`SELECT count(*)::int AS suggested,
      count(*) FILTER (WHERE cardinality(d.opened_ids) > 0)::int AS opened,
      count(*) FILTER (WHERE d.outcome = 'solved')::int AS solved,
      count(*) FILTER (WHERE d.outcome = 'ticket')::int AS ticket,
      count(*) FILTER (WHERE d.outcome = 'chat')::int AS chat,
      count(*) FILTER (WHERE d.outcome = 'abandoned')::int AS abandoned,
      count(*) FILTER (WHERE d.outcome IS NULL)::int AS none
    FROM kb_deflections d WHERE ${period}`,
  );
  const [votes] = await rows<{ helpful: number; not_helpful: number }>(
    ctx.db,
    sql`SELECT count(*) FILTER (WHERE helpful)::int AS helpful, count(*) FILTER (WHERE NOT helpful)::int AS not_helpful
    FROM kb_votes WHERE updated_at >= ${from} AND updated_at <= ${to}`,
  );
  const articles = await rows<{ id: string; title: string; suggested: number; opened: number; solved: number }>(
    ctx.db,
    sql`SELECT a.id, a.title, count(*)::int AS suggested,
      count(*) FILTER (WHERE s.id = ANY(d.opened_ids))::int AS opened,
      count(*) FILTER (WHERE d.outcome = 'solved' AND d.article_id = s.id)::int AS solved
    FROM kb_deflections d CROSS JOIN LATERAL unnest(d.suggested_ids) AS s(id)
    JOIN kb_articles a ON a.id = s.id
    WHERE ${period}
    GROUP BY a.id, a.title ORDER BY count(*) DESC, a.id LIMIT 10`,
  );
  return {
    from: iso(from),
    to: iso(to),
    suggested: totals.suggested,
    opened: totals.opened,
    markedHelpful: totals.solved,
    ticketFiledAnyway: totals.ticket,
    chatStartedAnyway: totals.chat,
    abandoned: totals.abandoned,
    noOutcome: totals.none,
    deflectionRate: totals.suggested ? Math.round((totals.solved / totals.suggested) * 1000) / 1000 : 0,
    votes: { helpful: votes.helpful, notHelpful: votes.not_helpful },
    articles,
  };
}
