import type { AppContext } from '../../server/context';
import { findTicket, findTicketByNumber, type TicketRecord } from '../../modules/tickets/ticket.queries';
import { findTicketIdByEmailMessageIds } from '../../modules/inbound-mail/inbound-mail.queries';

// "[#10042]" as our outbound subjects carry it, and "Ticket #10042" / "Chamado #10042" as people type it.
const subjectTokens = [/\[#(\d{1,15})\]/, /\b(?:ticket|chamado|caso)\s*(?:nº|no\.?|nr\.?)?\s*#\s*(\d{1,15})\b/i];

/** The ticket number a subject names, or null. */
export function ticketNumberInSubject(subject: string): number | null {
  for (const re of subjectTokens) {
    const m = re.exec(subject);
    if (m) return Number(m[1]);
  }
  return null;
}

/** The subject without our `[#n]` token (a new ticket gets its own). */
export const withoutTicketToken = (subject: string) => subject.replace(/\s*\[#\d{1,15}\]\s*/g, ' ').trim();

/**
 * The ticket an email continues, or null for a new conversation: first by the Message-IDs it replies
 * to (exact), then by the ticket number in its subject. A merged ticket leads to the one it was
 * merged into. Whether the sender may add to it is the caller's decision (R43).
 */
export async function findThread(ctx: AppContext, mail: { threadIds: string[]; subject: string }): Promise<{ ticket: TicketRecord; by: 'message-id' | 'subject' } | null> {
  let ticket: TicketRecord | null = null;
  let by: 'message-id' | 'subject' = 'message-id';
  const byId = await findTicketIdByEmailMessageIds(ctx.db, mail.threadIds);
  if (byId) ticket = await findTicket(ctx.db, byId.ticketId);
  if (!ticket) {
    const number = ticketNumberInSubject(mail.subject);
    if (number !== null && Number.isSafeInteger(number)) {
      ticket = await findTicketByNumber(ctx.db, number);
      by = 'subject';
    }
  }
  for (let hops = 0; ticket?.mergedIntoId && hops < 10; hops++) {
    const target = await findTicket(ctx.db, ticket.mergedIntoId);
    if (!target) break;
    ticket = target;
  }
  return ticket ? { ticket, by } : null;
}
