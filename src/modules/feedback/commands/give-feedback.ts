import type { AppContext } from '../../../server/context';
import { ticketFeedback } from '../../../db/schema/index';
import { AppError } from '../../../server/app-error';
import { recordEvent } from '../../../events/record-event';
import { maskSecrets } from '../../privacy/mask-secrets';
import type { Actor } from '../../auth/actor';
import { getTicket } from '../../tickets/ticket.queries';
import type { GiveFeedback } from '../feedback.schemas';

/**
 * A customer rates how their ticket was handled (R3, R39). Only the customers who can see the ticket
 * rate it, once it is resolved or closed; rating again replaces the earlier answer.
 */
export async function giveFeedback(ctx: AppContext, input: { actor: Actor; ticketId: string; data: GiveFeedback }) {
  const ticket = await getTicket(ctx, { actor: input.actor, id: input.ticketId });
  if (input.actor.role !== 'customer') throw new AppError('forbidden', 'customers_only', 'Only the customer rates a ticket.');
  if (ticket.status !== 'resolved' && ticket.status !== 'closed') {
    throw new AppError('conflict', 'ticket_not_resolved', 'A ticket can be rated once it is resolved.', { status: ticket.status });
  }
  const now = ctx.clock.now();
  const comment = input.data.comment ? maskSecrets(input.data.comment).text : null;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(ticketFeedback)
      .values({ ticketId: ticket.id, personId: input.actor.id, rating: input.data.rating, comment, teamId: ticket.teamId, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: ticketFeedback.ticketId, set: { personId: input.actor.id, rating: input.data.rating, comment, updatedAt: now } })
      .returning();
    await recordEvent(tx, { type: 'tickets.feedback_received', ticketId: ticket.id, actorId: input.actor.id, data: { rating: input.data.rating }, at: now });
    return row;
  });
}
