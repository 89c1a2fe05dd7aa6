/** Shapes of the similar-tickets and macros endpoints as the web app reads them (GET /api/v1/openapi.json). */
import type { Message, Priority, Ticket, TicketStatus } from './types';

export type SimilarReason = 'same_requester' | 'same_organization' | 'similar_subject' | 'similar_description';

/** GET /tickets/:id/similar: a likely duplicate (R44). */
export interface SimilarTicket {
  id: string;
  number: number;
  subject: string;
  status: TicketStatus;
  priority: Priority;
  requesterId: string;
  organizationId: string | null;
  teamId: string | null;
  createdAt: string;
  score: number;
  reasons: SimilarReason[];
}

export interface SimilarChat {
  id: string;
  publicId: string;
  status: string;
  teamId: string | null;
  assigneeId: string | null;
  ticketId: string | null;
  createdAt: string;
  lastMessageAt: string;
  reasons: SimilarReason[];
}

export interface SimilarTickets {
  items: SimilarTicket[];
  /** Open tickets whose text is alike (R7). */
  similarOpenCount: number;
  chats: SimilarChat[];
}

/** The ticket fields a macro sets; `assigneeId: 'me'` is whoever applies it. */
export interface MacroChanges {
  status?: TicketStatus;
  priority?: Priority;
  severity?: number | null;
  teamId?: string;
  assigneeId?: string | null;
  level?: number;
}

/** GET /macros: a named set of actions applied to a ticket in one click. */
export interface Macro {
  id: string;
  name: string;
  description: string | null;
  body: string | null;
  internal: boolean;
  changes: MacroChanges;
  createdAt: string;
  updatedAt: string;
}

/** POST /tickets/:id/macros/:macroId/apply */
export interface AppliedMacro {
  ticket: Ticket;
  message: Message | null;
}
