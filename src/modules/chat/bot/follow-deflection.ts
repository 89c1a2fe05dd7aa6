import type { AppContext } from '../../../server/context';
import { systemActor } from '../../auth/actor';
import { updateDeflection } from '../../kb/commands/update-deflection';
import { findChat } from '../chat.queries';
import type { BotState } from './intake-bot';

/**
 * Records how a question with suggested articles ended (R14's deflection figures): solved by an
 * article, or the customer went on to a ticket or an agent. Best effort: the knowledge base's
 * figures must never break a chat.
 */
export async function followDeflection(ctx: AppContext, input: { chatId: string; outcome: 'solved' | 'ticket' | 'chat'; ticketId?: string }): Promise<void> {
  try {
    const chat = await findChat(ctx.db, input.chatId);
    const deflectionId = (chat?.bot as Partial<BotState> | undefined)?.deflectionId;
    if (!deflectionId) return;
    await updateDeflection(ctx, { actor: systemActor, id: deflectionId, data: { outcome: input.outcome, ...(input.ticketId ? { ticketId: input.ticketId } : {}) } });
  } catch (err) {
    ctx.logger.warn({ err, chatId: input.chatId }, 'chat bot: could not record the deflection outcome');
  }
}
