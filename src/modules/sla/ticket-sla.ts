import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/connection';
import type { AppContext } from '../../server/context';
import { rows } from '../../db/rows';
import { enqueueJob } from '../../jobs/enqueue-job';
import type { TicketRecord } from '../tickets/ticket.queries';
import { bindPolicy, loadSlaConfig, usesTeamCalendar, type SlaConfig, type SlaPolicy } from './sla-config';
import { matchPolicy, type TicketFacts } from './match-policy';
import { slaFromJson, slaToJson } from './sla-json';
import { nextCheckAt, onAgentReply, onCustomerReply, onPolicyChange, onStatusChange, queueDueAt, type SlaState } from './sla-state';

export const SLA_CHECK_JOB = 'sla.check';

/** The SLA fields to write on a ticket row. */
export interface TicketSlaFields {
  sla: Record<string, unknown>;
  queueDueAt: Date | null;
  nextCheckAt: number | null;
}

const matchingFields = ['priority', 'severity', 'channel', 'categoryId', 'teamId', 'organizationId'] as const;

/** The organization's plan and the category's ancestry, which policies may match on. */
export async function loadTicketFacts(db: Executor, ticket: Pick<TicketRecord, 'priority' | 'severity' | 'channel' | 'categoryId' | 'teamId' | 'organizationId'>): Promise<TicketFacts> {
  const [row] = await rows<{ plan: string | null; path: string[] | null }>(
    db,
    sql`SELECT (SELECT plan FROM organizations WHERE id = ${ticket.organizationId}::uuid) AS plan,
      (WITH RECURSIVE up(id, parent_id, depth) AS (
         SELECT id, parent_id, 0 FROM categories WHERE id = ${ticket.categoryId}::uuid
         UNION ALL SELECT c.id, c.parent_id, up.depth + 1 FROM categories c JOIN up ON c.id = up.parent_id WHERE up.depth < 20)
       SELECT array_agg(id::text ORDER BY depth) FROM up) AS path`,
  );
  return {
    plan: row?.plan ?? null,
    priority: ticket.priority,
    severity: ticket.severity,
    channel: ticket.channel,
    categoryPath: row?.path ?? [],
    teamId: ticket.teamId,
    organizationId: ticket.organizationId,
  };
}

export const policyById = (config: SlaConfig, id: string | null): SlaPolicy | null =>
  (id && config.policies.find((p) => p.id === id)) || null;

export function slaFields(state: SlaState): TicketSlaFields {
  const due = queueDueAt(state);
  return { sla: slaToJson(state), queueDueAt: due === null ? null : new Date(due), nextCheckAt: nextCheckAt(state) };
}

/**
 * Recomputes a ticket's SLA after a change: a different policy when a matched field changed,
 * pauses and resumes on status, first and next responses on replies. Schedules the ticket's SLA
 * check for its next warning or due, inside the caller's transaction.
 */
export async function recomputeTicketSla(
  ctx: AppContext,
  tx: Executor,
  change: { before: TicketRecord; after: TicketRecord; reply?: 'agent' | 'customer'; now: Date },
): Promise<TicketSlaFields> {
  const { before, after } = change;
  const now = change.now.getTime();
  const config = await loadSlaConfig(ctx, tx);
  let state = slaFromJson(before.sla);
  let policy = bindPolicy(policyById(config, state.policyId), after.teamId, config);
  if (matchingFields.some((f) => before[f] !== after[f])) {
    const matched = matchPolicy(config.policies, await loadTicketFacts(tx, after));
    const movedTeamCalendar = usesTeamCalendar(matched) && before.teamId !== after.teamId;
    if ((matched?.id ?? null) !== state.policyId || movedTeamCalendar) {
      policy = bindPolicy(matched, after.teamId, config);
      state = onPolicyChange(state, policy, { createdAt: after.createdAt.getTime(), status: before.status, now, config });
    }
  }
  // The reply first: an agent's answer is met before the pending status pauses what still runs.
  if (change.reply === 'agent') state = onAgentReply(state, now);
  if (change.reply === 'customer') state = onCustomerReply(state, policy, now, config, before.status);
  if (before.status !== after.status) state = onStatusChange(state, policy, before.status, after.status, now, config);
  const fields = slaFields(state);
  await scheduleSlaCheck(tx, after.id, fields.nextCheckAt, change.now);
  return fields;
}

/** Puts the ticket's one SLA check job at its next warning or due (an upsert by ticket). */
export async function scheduleSlaCheck(tx: Executor, ticketId: string, at: number | null, now: Date): Promise<void> {
  if (at === null) return;
  await enqueueJob(tx, { name: SLA_CHECK_JOB, payload: { ticketId }, runAt: new Date(at), dedupeKey: `sla:${ticketId}`, now });
}
