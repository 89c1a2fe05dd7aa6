// The live-chat shapes the agent console reads (docs/chat-protocol.md, src/modules/chat/chat.schemas.ts).

import type { Attachment } from './types';

export type ChatStatus = 'bot' | 'waiting' | 'active' | 'closed';

/** A live chat as GET /chats and the socket's `joined` reply show it. */
export interface Chat {
  id: string;
  /** The short chat ID the customer sees in the widget (R35). */
  publicId: string;
  status: ChatStatus;
  /** 1 = next in its team's queue; null unless waiting. */
  queuePosition: number | null;
  customerId: string;
  customerName: string | null;
  organizationId: string | null;
  teamId: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  agentIds: string[];
  language: string | null;
  categoryId: string | null;
  /** The ticket the chat became (bot or convert). */
  ticketId: string | null;
  botStep: string | null;
  /** The intake bot's answers (R4, R41). */
  intake: Record<string, string>;
  closeReason: string | null;
  /** The chat's team is outside business hours now (R8). */
  offHours: boolean;
  notice: string | null;
  customerReadId: string | null;
  agentReadId: string | null;
  createdAt: string;
  queuedAt: string | null;
  acceptedAt: string | null;
  closedAt: string | null;
  lastMessageAt: string;
}

export type ChatMessageKind = 'customer' | 'agent' | 'bot' | 'system' | 'note';

/** One transcript line; bot prompts carry their options and suggested articles. */
export interface ChatMessage {
  id: string;
  chatId: string;
  kind: ChatMessageKind;
  authorId: string | null;
  authorName: string | null;
  text: string;
  options: Array<{ value: string; label: string }> | null;
  input: 'choice' | 'text' | 'none' | null;
  articles: Array<{ id: string; title: string; url: string }> | null;
  clientId: string | null;
  /** Files sent with the line (screenshots, logs); empty for most lines. */
  attachments: Attachment[];
  createdAt: string;
}

/** The access fields every staff event frame carries as `data.chat`. */
export interface ChatAccess {
  chatId: string;
  publicId: string;
  customerId: string;
  teamId: string | null;
  assigneeId: string | null;
  agentIds: string[];
  status: ChatStatus;
}

/** A frame from GET /api/v1/chats/socket: an event (`chats.*`) or a reply (`hello`, `joined`, `ack`, `error`, …). */
export interface ChatFrame {
  type: string;
  chatId?: string;
  data?: Record<string, unknown>;
  /** The event id; a frame may come twice when two nodes race to dispatch it. */
  id?: string;
  at?: string;
  ref?: string | number;
  [key: string]: unknown;
}
