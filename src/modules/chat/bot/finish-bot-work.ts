import type { AppContext } from '../../../server/context';
import { loadActor } from '../../auth/resolve-actor';
import { suggestArticles } from '../../kb/kb-search.queries';
import { recordDeflection } from '../../kb/commands/record-deflection';
import { findChat } from '../chat.queries';
import { lockChat } from '../chat-writes';
import { applyTurn } from './apply-turn';
import { loadBotContext } from './load-bot-context';
import { showSuggestions, type BotReply, type BotState } from './intake-bot';
import { openTicketFromIntake } from './open-ticket-from-intake';
import { followDeflection } from './follow-deflection';

const MAX_STEPS = 10;

type Articles = NonNullable<BotReply['articles']>;

/**
 * Article suggestions for a question (R14), through the knowledge base's own query, and a deflection
 * record so the help center's figures count what the bot showed. A failing search never blocks the
 * intake: the bot goes on as if nothing was found.
 */
async function suggest(ctx: AppContext, input: { q: string; language: string | null; customerId: string }): Promise<{ articles: Articles; deflectionId: string | null }> {
  try {
    const { items } = await suggestArticles(ctx, { q: input.q, lang: input.language ?? undefined, limit: 3 });
    if (items.length === 0) return { articles: [], deflectionId: null };
    const articles = items.map((i) => ({ id: i.id, title: i.title, url: `${ctx.config.PUBLIC_URL}/help/articles/${i.id}` }));
    const customer = await loadActor(ctx, input.customerId);
    const deflection = await recordDeflection(ctx, {
      actor: customer,
      data: { question: input.q, suggestedIds: articles.map((a) => a.id), channel: 'chat', ...(input.language ? { language: input.language } : {}) },
    });
    return { articles, deflectionId: deflection.id };
  } catch (err) {
    ctx.logger.warn({ err }, 'chat bot: article suggestions failed; going on without them');
    return { articles: [], deflectionId: null };
  }
}

/**
 * Runs the bot's pending work after the turn that asked for it committed: an article search or the
 * ticket the intake ends with. Each result is applied on the locked chat only if the same work is
 * still pending, so two processes finishing the same chat apply it once. Loops while one result
 * leads to more work (no articles found → the next step may itself be a search).
 */
export async function finishBotWork(ctx: AppContext, chatId: string): Promise<void> {
  for (let step = 0; step < MAX_STEPS; step++) {
    const chat = await findChat(ctx.db, chatId);
    const state = chat?.bot as BotState | undefined;
    if (!chat || chat.status !== 'bot' || !state?.pending) return;
    const now = ctx.clock.now();
    const bot = await loadBotContext(ctx, { language: chat.language, customerName: chat.customerName ?? '', now });

    if (state.pending.kind === 'ticket') {
      await openTicketFromIntake(ctx, { chat, state, bot });
      return;
    }
    const q = state.pending.q;
    const found = await suggest(ctx, { q, language: chat.language, customerId: chat.customerId });
    const applied = await ctx.db.transaction(async (tx) => {
      const locked = await lockChat(tx, chatId);
      const current = locked?.bot as BotState | undefined;
      if (!locked || locked.status !== 'bot' || current?.pending?.kind !== 'suggest' || current.pending.q !== q) return null;
      const turn = showSuggestions(bot, { ...current, deflectionId: found.deflectionId ?? current.deflectionId ?? null }, found.articles);
      await applyTurn(tx, locked, turn, bot, now);
      return turn;
    });
    ctx.events.kick();
    if (!applied) return;
    if (applied.outcome?.kind === 'handover' || applied.outcome?.kind === 'solved') {
      await followDeflection(ctx, { chatId, outcome: applied.outcome.kind === 'solved' ? 'solved' : 'chat' });
    }
    if (applied.outcome?.kind !== 'suggest' && applied.outcome?.kind !== 'ticket') return;
  }
}
