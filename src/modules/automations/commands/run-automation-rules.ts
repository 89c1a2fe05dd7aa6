import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { loadActiveRules } from '../rule-set';
import { rows } from '../../../db/rows';
import { AppError } from '../../../server/app-error';
import { recordEvent } from '../../../events/record-event';
import type { DispatchedEvent } from '../../../events/dispatcher';
import { systemActor } from '../../auth/actor';
import { findTicket, type TicketRecord } from '../../tickets/ticket.queries';
import { updateTicket } from '../../tickets/commands/update-ticket';
import { addMessage } from '../../messages/commands/add-message';
import { notifyTeam } from '../../notifications/commands/notify-team';
import type { UpdateTicket } from '../../tickets/ticket.schemas';
import type { RuleAction, RuleCondition } from '../automation-rule.schemas';
import { conditionsHold, type RuleFacts } from '../evaluate-conditions';

async function factsFor(ctx: AppContext, ticket: TicketRecord, event: DispatchedEvent): Promise<RuleFacts> {
  const messageId = typeof event.data.messageId === 'string' ? event.data.messageId : null;
  const [extra] = await rows<{ plan: string | null; email: string | null; body: string | null; kind: string | null }>(
    ctx.db,
    sql`SELECT (SELECT plan FROM organizations WHERE id = ${ticket.organizationId}::uuid) AS plan,
      (SELECT email FROM person_emails WHERE person_id = ${ticket.requesterId} AND is_primary) AS email,
      m.body, m.kind
      FROM (SELECT 1) one LEFT JOIN LATERAL (
        SELECT body, kind FROM messages WHERE ticket_id = ${ticket.id} AND (${messageId}::uuid IS NULL OR id = ${messageId}::uuid)
        ORDER BY created_at LIMIT 1) m ON true`,
  );
  return {
    ...ticket,
    plan: extra?.plan ?? null,
    requesterEmail: extra?.email ?? null,
    body: extra?.body ?? null,
    messageAuthorRole: event.data.authorRole ?? null,
    messageInternal: event.data.internal ?? null,
  };
}

/**
 * Runs the active rules for one committed event, in position order. Changes made by a rule carry
 * the reason `rule:<id>`, and events with such a reason trigger no rules, so rules cannot loop.
 */
export async function runAutomationRules(ctx: AppContext, event: DispatchedEvent): Promise<void> {
  if (!event.ticketId) return;
  if (typeof event.data.reason === 'string' && event.data.reason.startsWith('rule:')) return;
  const rules = (await loadActiveRules(ctx)).filter((r) => r.event === event.type);
  if (!rules.length) return;
  const changed = Object.keys((event.data.changes as Record<string, unknown> | undefined) ?? {});
  for (const rule of rules) {
    const ticket = await findTicket(ctx.db, event.ticketId);
    if (!ticket) return;
    if (!conditionsHold(rule.conditions as RuleCondition[], await factsFor(ctx, ticket, event), changed)) continue;
    try {
      await applyActions(ctx, ticket, rule.id, rule.actions as RuleAction[]);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      // A rule that cannot apply (a forbidden status move, an agent outside the team) is recorded, not retried.
      await recordEvent(ctx.db, { type: 'automations.rule_failed', ticketId: ticket.id, actorId: systemActor.id, data: { ruleId: rule.id, code: err.code, message: err.message }, at: ctx.clock.now() });
    }
  }
}

async function applyActions(ctx: AppContext, ticket: TicketRecord, ruleId: string, actions: RuleAction[]): Promise<void> {
  const reason = `rule:${ruleId}`;
  const change: UpdateTicket = {};
  for (const action of actions) {
    if (action.type === 'set_priority') change.priority = action.priority;
    if (action.type === 'set_team') change.teamId = action.teamId;
    if (action.type === 'assign') change.assigneeId = action.assigneeId;
    if (action.type === 'set_level') change.level = action.level;
    if (action.type === 'set_status') change.status = action.status;
  }
  if (Object.keys(change).length) await updateTicket(ctx, { actor: systemActor, id: ticket.id, data: change, reason });
  for (const action of actions) {
    if (action.type === 'add_note') {
      await addMessage(ctx, { actor: systemActor, ticketId: ticket.id, body: action.body, internal: true, reason });
    }
    if (action.type === 'notify_team') {
      const current = (await findTicket(ctx.db, ticket.id))!;
      await notifyTeam(ctx.db, { teamId: current.teamId, ticketId: ticket.id, kind: 'automation', subject: `Ticket #${ticket.number}`, body: action.message, data: { ruleId }, now: ctx.clock.now() });
    }
  }
}
