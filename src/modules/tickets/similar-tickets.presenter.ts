import { iso } from '../../contracts/common';
import type { ChatRecord } from '../chat/chat.queries';
import type { SimilarTicketRecord, SimilarTickets } from './similar-tickets.queries';

const presentSimilarTicket = (t: SimilarTicketRecord) => ({ ...t, createdAt: iso(t.createdAt) });

// Only what an agent needs to recognise the chat and open it; the transcript has its own endpoint.
const presentSimilarChat = (c: ChatRecord) => ({
  id: c.id,
  publicId: c.publicId,
  status: c.status,
  teamId: c.teamId,
  assigneeId: c.assigneeId,
  ticketId: c.ticketId,
  createdAt: iso(c.createdAt),
  lastMessageAt: iso(c.lastMessageAt),
  reasons: ['same_requester' as const],
});

/** Likely duplicates as agents see them (staff only, so nothing is hidden per audience). */
export const presentSimilarTickets = (found: SimilarTickets) => ({
  items: found.items.map(presentSimilarTicket),
  similarOpenCount: found.similarOpenCount,
  chats: found.chats.map(presentSimilarChat),
});
