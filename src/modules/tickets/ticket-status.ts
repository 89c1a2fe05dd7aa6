import { AppError } from '../../server/app-error';
import type { TicketStatus } from '../../db/schema/index';

/**
 * The ticket status machine (DESIGN.md): new → open → pending → resolved → closed, plus on_hold.
 * Closed is final: a later customer reply opens a follow-up ticket instead.
 */
export const allowedTransitions: Record<TicketStatus, TicketStatus[]> = {
  new: ['open', 'pending', 'on_hold', 'resolved', 'closed'],
  open: ['pending', 'on_hold', 'resolved', 'closed'],
  pending: ['open', 'on_hold', 'resolved', 'closed'],
  on_hold: ['open', 'pending', 'resolved', 'closed'],
  resolved: ['open', 'closed'],
  closed: [],
};

export const ticketStatuses = ['new', 'open', 'pending', 'on_hold', 'resolved', 'closed'] as const;

/** Throws 409 with the allowed next statuses when a change is not in the machine. */
export function assertTransition(from: TicketStatus, to: TicketStatus): void {
  if (from === to) return;
  const allowed = allowedTransitions[from];
  if (!allowed.includes(to)) {
    throw new AppError(
      'conflict',
      from === 'closed' ? 'ticket_closed' : 'invalid_status_transition',
      from === 'closed'
        ? 'This ticket is closed; a new message opens a follow-up ticket instead.'
        : `A ticket cannot go from ${from} to ${to}.`,
      { from, to, allowed },
    );
  }
}

/** Status after a customer's public reply: waiting or solved tickets come back to the agents. */
export function statusAfterCustomerReply(current: TicketStatus): TicketStatus {
  return current === 'pending' || current === 'resolved' ? 'open' : current;
}

/** Status after an agent's public reply: the ticket now waits on the customer (R17). */
export function statusAfterAgentReply(current: TicketStatus): TicketStatus {
  return current === 'new' || current === 'open' ? 'pending' : current;
}
