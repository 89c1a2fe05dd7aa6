import { iso } from '../../contracts/common';
import type { ChatMessageRecord, ChatRecord } from './chat.queries';
import type { ChatMessageView, ChatView } from './chat.schemas';
import type { BotState } from './bot/intake-bot';

/** What the chat's situation adds to its view: whether its team is outside business hours (R8). */
export interface ChatCircumstances {
  offHours: boolean;
  notice?: string | null;
}

/**
 * A chat as the API and the sockets show it. Nothing internal lives on a chat row (notes are
 * messages), so customers and agents get the same view of the chat itself.
 */
export function presentChat(chat: ChatRecord, circumstances: ChatCircumstances = { offHours: false }): ChatView {
  const bot = chat.bot as Partial<BotState>;
  return {
    id: chat.id,
    publicId: chat.publicId,
    status: chat.status,
    queuePosition: chat.queuePosition,
    customerId: chat.customerId,
    customerName: chat.customerName,
    organizationId: chat.organizationId,
    teamId: chat.teamId,
    assigneeId: chat.assigneeId,
    assigneeName: chat.assigneeName,
    agentIds: chat.agentIds,
    language: chat.language,
    categoryId: chat.categoryId,
    ticketId: chat.ticketId,
    botStep: chat.status === 'bot' ? (bot.step ?? null) : null,
    intake: Object.fromEntries(Object.entries(bot.answers ?? {}).map(([k, v]) => [k, String(v)])),
    closeReason: chat.closeReason,
    offHours: chat.status !== 'closed' && circumstances.offHours,
    notice: circumstances.notice ?? null,
    customerReadId: chat.customerReadId,
    agentReadId: chat.agentReadId,
    createdAt: iso(chat.createdAt),
    queuedAt: iso(chat.queuedAt),
    acceptedAt: iso(chat.acceptedAt),
    closedAt: iso(chat.closedAt),
    lastMessageAt: iso(chat.lastMessageAt),
  };
}

/** A file as a chat line carries it in `data.attachments`, written with the line. */
export interface ChatAttachmentRef {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

/**
 * Where a chat client downloads a chat line's file: the chat's own route, which the widget reaches
 * from another site with its token (GET /attachments/:id serves the same file to the same people).
 */
export const chatAttachmentUrl = (chatId: string, attachmentId: string) => `/api/v1/chats/${chatId}/attachments/${attachmentId}`;

/**
 * A transcript line; bot prompts carry their options and suggested articles for the widget. A line's
 * files are kept on the line itself (besides the attachments table), so a transcript or a socket
 * frame needs no second read.
 */
export function presentChatMessage(m: ChatMessageRecord): ChatMessageView {
  const data = m.data ?? {};
  return {
    id: m.id,
    chatId: m.chatId,
    kind: m.kind,
    authorId: m.authorId,
    authorName: m.kind === 'bot' ? 'Atende' : m.authorName,
    text: m.text,
    options: (data.options as ChatMessageView['options']) ?? null,
    input: (data.input as ChatMessageView['input']) ?? null,
    articles: (data.articles as ChatMessageView['articles']) ?? null,
    clientId: m.clientId,
    attachments: ((data.attachments as ChatAttachmentRef[] | undefined) ?? []).map((a) => ({
      id: a.id,
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
      url: chatAttachmentUrl(m.chatId, a.id),
    })),
    createdAt: iso(m.createdAt),
  };
}
