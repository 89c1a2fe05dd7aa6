import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connection';
import { chatMessages } from '../../db/schema/index';
import { rows } from '../../db/rows';
import { newId } from '../../server/ids';
import { maskSecrets } from '../privacy/mask-secrets';
import { presentChatMessage } from './chat.presenter';
import type { ChatMessageRecord } from './chat.queries';
import type { AnnouncedChatEvent } from './chat-announce';
import type { ChatStatus } from '../../db/schema/index';

type ChatColumns = {
  id: string;
  public_id: string;
  customer_id: string;
  team_id: string | null;
  assignee_id: string | null;
  agent_ids: string[];
  status: ChatStatus;
};

/**
 * The hot path of a chat: a customer's line in a chat that waits for or talks with an agent. One
 * statement touches the chat (only if it is not closed, which also locks it against a racing close),
 * stores the masked line and writes its `chats.message_created` event — one round trip instead of a
 * transaction of five, which is what keeps the customer → agent latency low with a thousand widgets
 * on one process (bench/chat-sockets.ts). The statement itself checks that the chat is the author's
 * and open; null otherwise (the caller then takes the general path, which says why or runs the bot).
 * `duplicate` for a resend of a stored line.
 */
export async function appendCustomerLine(
  db: Executor,
  input: { chatId: string; author: { id: string; name: string }; text: string; clientId?: string | null; now: Date },
): Promise<{ message: ChatMessageRecord; duplicate: boolean; event: AnnouncedChatEvent | null } | null> {
  const { now } = input;
  const message: ChatMessageRecord = {
    id: newId(),
    chatId: input.chatId,
    authorId: input.author.id,
    kind: 'customer',
    text: maskSecrets(input.text).text,
    data: {},
    clientId: input.clientId ?? null,
    createdAt: now,
    authorName: input.author.name,
  };
  const presented = presentChatMessage(message);
  const eventId = newId();
  const [written] = await rows<ChatColumns & { stored: boolean }>(
    db,
    sql`WITH c AS (
      UPDATE chats SET last_message_at = ${now}, last_customer_activity_at = ${now}, awaiting_customer_since = NULL, updated_at = ${now}
      WHERE id = ${input.chatId} AND customer_id = ${input.author.id} AND status IN ('waiting', 'active')
      RETURNING id, public_id, customer_id, team_id, assignee_id, agent_ids, status
    ), m AS (
      INSERT INTO chat_messages (id, chat_id, author_id, kind, text, data, client_id, created_at)
      SELECT ${message.id}, c.id, ${message.authorId}, 'customer', ${message.text}, '{}'::jsonb, ${message.clientId}, ${now} FROM c
      ON CONFLICT DO NOTHING RETURNING id
    ), e AS (
      INSERT INTO events (id, type, ticket_id, actor_id, data, created_at)
      SELECT ${eventId}, 'chats.message_created', NULL, ${message.authorId},
        jsonb_build_object('chat', jsonb_build_object('chatId', c.id, 'publicId', c.public_id, 'customerId', c.customer_id,
          'teamId', c.team_id, 'assigneeId', c.assignee_id, 'agentIds', to_jsonb(c.agent_ids), 'status', c.status),
          'message', ${JSON.stringify(presented)}::jsonb), ${now}
      FROM c, m
    )
    SELECT EXISTS (SELECT 1 FROM m) AS stored, c.id, c.public_id, c.customer_id, c.team_id, c.assignee_id,
      to_jsonb(c.agent_ids) AS agent_ids, c.status FROM c`,
  );
  if (!written) return null;
  if (written.stored) {
    const chat = {
      chatId: written.id,
      publicId: written.public_id,
      customerId: written.customer_id,
      teamId: written.team_id,
      assigneeId: written.assignee_id,
      agentIds: written.agent_ids,
      status: written.status,
    };
    const event = { id: eventId, type: 'chats.message_created', actorId: message.authorId, ticketId: null, data: { chat, message: presented }, createdAt: now };
    return { message, duplicate: false, event };
  }
  const [existing] = await db.select().from(chatMessages).where(and(eq(chatMessages.chatId, input.chatId), eq(chatMessages.clientId, message.clientId!)));
  return { message: { ...existing, authorName: input.author.name }, duplicate: true, event: null };
}
