import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { messages, tickets } from '../../../db/schema/index';
import { AppError } from '../../../server/app-error';
import { newId } from '../../../server/ids';
import { requireStaff, type Actor } from '../../auth/actor';
import { recordEvent } from '../../../events/record-event';
import { findTicket, type TicketRecord } from '../ticket.queries';
import { assertCanSeeTicket } from '../ticket.policy';
import { followStatusChange, slaColumnsFor } from './follow-ticket-change';

/**
 * Merges a duplicate into the ticket that carries on the case (R44): the duplicate is closed and
 * points at the other; both get a system message and an event, so either history explains it.
 */
export async function mergeTickets(ctx: AppContext, input: { actor: Actor; id: string; intoTicketId: string }): Promise<TicketRecord> {
  const { actor } = input;
  requireStaff(actor);
  if (input.id === input.intoTicketId) throw new AppError('unprocessable', 'merge_into_itself', 'A ticket cannot be merged into itself.');
  const now = ctx.clock.now();
  const merged = await ctx.db.transaction(async (tx) => {
    // Lock both in id order so two opposite merges cannot deadlock.
    const [firstId, secondId] = [input.id, input.intoTicketId].sort();
    const first = await findTicket(tx, firstId, true);
    const second = await findTicket(tx, secondId, true);
    const source = first?.id === input.id ? first : second;
    const target = first?.id === input.id ? second : first;
    assertCanSeeTicket(actor, source);
    assertCanSeeTicket(actor, target);
    const from = source as TicketRecord;
    const into = target as TicketRecord;
    if (from.status === 'closed') throw new AppError('conflict', 'ticket_closed', 'A closed ticket cannot be merged.', { ticketId: from.id });
    if (into.status === 'closed') throw new AppError('conflict', 'target_closed', 'Merge into a ticket that is still open.', { ticketId: into.id });

    const closing = { status: 'closed' as const, mergedIntoId: into.id, statusChangedAt: now };
    const slaColumns = await slaColumnsFor(ctx, tx, { before: from, after: { ...from, ...closing }, now });
    const [row] = await tx
      .update(tickets)
      .set({ ...closing, ...slaColumns, updatedAt: now, lastActivityAt: now })
      .where(eq(tickets.id, from.id))
      .returning();
    await followStatusChange(ctx, tx, from, row, now);
    await tx.update(tickets).set({ updatedAt: now, lastActivityAt: now }).where(eq(tickets.id, into.id));
    await tx.insert(messages).values([
      { id: newId(), ticketId: from.id, authorId: actor.id, kind: 'system', channel: 'web', body: `Merged into ticket #${into.number}.`, createdAt: now },
      { id: newId(), ticketId: into.id, authorId: actor.id, kind: 'system', channel: 'web', body: `Ticket #${from.number} was merged into this one.`, createdAt: now },
    ]);
    await recordEvent(tx, { type: 'tickets.merged', ticketId: from.id, actorId: actor.id, data: { into: into.id, intoNumber: into.number }, at: now });
    await recordEvent(tx, { type: 'tickets.status_changed', ticketId: from.id, actorId: actor.id, data: { from: from.status, to: 'closed' }, at: now });
    await recordEvent(tx, { type: 'tickets.merge_received', ticketId: into.id, actorId: actor.id, data: { from: from.id, fromNumber: from.number }, at: now });
    return row;
  });
  ctx.events.kick();
  return merged;
}
