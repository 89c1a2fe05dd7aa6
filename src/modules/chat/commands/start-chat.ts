import { and, eq, ne, sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { chats } from '../../../db/schema/index';
import { rows } from '../../../db/rows';
import { AppError } from '../../../server/app-error';
import { newId } from '../../../server/ids';
import type { Actor } from '../../auth/actor';
import { assertChatEntitled } from '../chat-entitlement';
import { chatTeamFor, circumstancesOf, loadTeamHours } from '../chat-hours';
import { findChat, findOpenChatOf, type ChatRecord } from '../chat.queries';
import { recordChatEvent } from '../chat.events';
import type { ChatCircumstances } from '../chat.presenter';
import type { StartChat } from '../chat.schemas';
import { newPublicChatId } from '../public-id';
import { loadBotContext } from '../bot/load-bot-context';
import { startBot } from '../bot/intake-bot';
import { applyTurn, enterQueue } from '../bot/apply-turn';
import { finishBotWork } from '../bot/finish-bot-work';

export interface StartedChat {
  chat: ChatRecord;
  /** False when the customer's unfinished chat was given back (R5). */
  created: boolean;
  circumstances: ChatCircumstances;
}

/**
 * Starts a chat for a customer whose organization may chat (R2, R29), or gives back their unfinished
 * one where it stopped (R5). With `intake` the bot greets and asks its first question (R4);
 * otherwise the chat goes straight to its team's queue. One transaction writes the chat, its first
 * lines and their events; the unique index on open chats makes two racing tabs end with one chat.
 */
export async function startChat(ctx: AppContext, input: { actor: Actor; data: StartChat }): Promise<StartedChat> {
  const { actor, data } = input;
  await assertChatEntitled(ctx, actor);
  const now = ctx.clock.now();
  const hours = await loadTeamHours(ctx.db);
  const existing = await findOpenChatOf(ctx.db, actor.id);
  if (existing) {
    // Bot work a crash or a lost connection left unfinished is done now, so the chat resumes cleanly.
    if (existing.status === 'bot' && (existing.bot as { pending?: unknown }).pending) await finishBotWork(ctx, existing.id);
    const current = (await findChat(ctx.db, existing.id)) ?? existing;
    return { chat: current, created: false, circumstances: circumstancesOf(current, hours, now) };
  }
  if (data.categoryId) {
    const found = await rows(ctx.db, sql`SELECT 1 FROM categories WHERE id = ${data.categoryId}`);
    if (!found.length) throw new AppError('unprocessable', 'category_not_found', 'The category does not exist.', { categoryId: data.categoryId });
  }
  const categoryId = data.categoryId ?? null;
  const language = data.language ?? actor.languages[0] ?? null;
  const bot = data.intake ? await loadBotContext(ctx, { language, customerName: actor.name, now, hours }) : null;
  const teamId = bot ? bot.teamFor(categoryId) : await chatTeamFor(ctx.db, categoryId);
  const turn = bot ? startBot(bot, categoryId) : null;

  const result = await ctx.db.transaction(async (tx) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const [row] = await tx
        .insert(chats)
        .values({
          id: newId(),
          publicId: newPublicChatId(),
          status: bot ? 'bot' : 'waiting',
          customerId: actor.id,
          organizationId: actor.organizationId,
          teamId,
          agentIds: [],
          language,
          categoryId,
          bot: {},
          createdAt: now,
          lastMessageAt: now,
          lastCustomerActivityAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning();
      if (!row) {
        // Either another tab opened the customer's chat first, or the short id was taken: retry.
        const [open] = await tx.select({ id: chats.id }).from(chats).where(and(eq(chats.customerId, actor.id), ne(chats.status, 'closed')));
        if (open) return { id: open.id, created: false };
        continue;
      }
      await recordChatEvent(tx, { type: 'chats.created', chat: row, actorId: actor.id, data: { intake: Boolean(bot), categoryId, language }, at: now });
      if (bot && turn) await applyTurn(tx, row, turn, bot, now);
      else await enterQueue(tx, row, { actorId: actor.id, now, offHours: !hours(teamId, now), language });
      return { id: row.id, created: true };
    }
    throw new Error('no free public chat id after 5 attempts');
  });
  ctx.events.kick();
  if (turn?.outcome?.kind === 'suggest' || turn?.outcome?.kind === 'ticket') await finishBotWork(ctx, result.id);
  const chat = (await findChat(ctx.db, result.id))!;
  return { chat, created: result.created, circumstances: circumstancesOf(chat, hours, ctx.clock.now()) };
}
