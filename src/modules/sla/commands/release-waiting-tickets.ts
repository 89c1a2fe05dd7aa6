import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/connection';
import type { AppContext } from '../../../server/context';
import { tickets } from '../../../db/schema/index';
import { rows } from '../../../db/rows';
import { recordEvent } from '../../../events/record-event';
import { systemActor } from '../../auth/actor';
import { resolveSettings } from '../../settings/settings.queries';
import { addIsoDuration } from '../../settings/iso-duration';
import type { TicketRecord } from '../../tickets/ticket.queries';
import { bindPolicy, loadSlaConfig } from '../sla-config';
import { slaFromJson } from '../sla-json';
import { onReleasedFromSequence } from '../sla-state';
import { policyById, scheduleSlaCheck, slaFields } from '../ticket-sla';

/**
 * R23: a requester's earlier ticket is done, so the tickets waiting for it start their
 * first-response clock now, due at the earlier of their policy's target and the sequencing window.
 */
export async function releaseWaitingTickets(ctx: AppContext, tx: Executor, input: { ticketId: string; now: Date }): Promise<void> {
  const waiting = await rows<{ id: string }>(
    tx,
    sql`SELECT id FROM tickets WHERE sla ? 'waitingForTicketId' AND sla->>'waitingForTicketId' = ${input.ticketId} FOR UPDATE`,
  );
  if (waiting.length === 0) return;
  const config = await loadSlaConfig(ctx, tx);
  const now = input.now.getTime();
  for (const { id } of waiting) {
    const [ticket] = (await tx.select().from(tickets).where(eq(tickets.id, id))) as TicketRecord[];
    const settings = await resolveSettings(tx, { organizationId: ticket.organizationId, teamId: ticket.teamId });
    const window = settings.lifecycle.customerSequencingWindow;
    const windowEnd = window ? addIsoDuration(input.now, window).getTime() : Infinity;
    const policy = bindPolicy(policyById(config, slaFromJson(ticket.sla).policyId), ticket.teamId, config);
    const state = onReleasedFromSequence(slaFromJson(ticket.sla), policy, now, windowEnd, config);
    const fields = slaFields(state);
    await tx
      .update(tickets)
      .set({ sla: fields.sla, queueDueAt: fields.queueDueAt ?? sql`'infinity'::timestamptz`, updatedAt: input.now })
      .where(eq(tickets.id, id));
    await recordEvent(tx, { type: 'sla.sequence_released', ticketId: id, actorId: systemActor.id, data: { after: input.ticketId, firstResponseDueAt: fields.sla.firstResponseDueAt }, at: input.now });
    await scheduleSlaCheck(tx, id, fields.nextCheckAt, input.now);
  }
}
