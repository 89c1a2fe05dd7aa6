import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connection';
import { chatMessages } from '../../db/schema/index';
import { rows } from '../../db/rows';
import { newId } from '../../server/ids';
import { maskSecrets } from '../privacy/mask-secrets';
import { presentChatMessage } from './chat.presenter';
import type { ChatMessageRecord } from './chat.queries';

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
): Promise<{ message: ChatMessageRecord; duplicate: boolean } | null> {
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
  const presented = JSON.stringify(presentChatMessage(message));
  const [written] = await rows<{ stored: boolean; open: boolean }>(
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
      SELECT ${newId()}, 'chats.message_created', NULL, ${message.authorId},
        jsonb_build_object('chat', jsonb_build_object('chatId', c.id, 'publicId', c.public_id, 'customerId', c.customer_id,
          'teamId', c.team_id, 'assigneeId', c.assignee_id, 'agentIds', to_jsonb(c.agent_ids), 'status', c.status),
          'message', ${presented}::jsonb), ${now}
      FROM c, m
    )
    SELECT EXISTS (SELECT 1 FROM m) AS stored, EXISTS (SELECT 1 FROM c) AS open`,
  );
  if (!written.open) return null;
  if (written.stored) return { message, duplicate: false };
  const [existing] = await db.select().from(chatMessages).where(and(eq(chatMessages.chatId, input.chatId), eq(chatMessages.clientId, message.clientId!)));
  return { message: { ...existing, authorName: input.author.name }, duplicate: true };
}
