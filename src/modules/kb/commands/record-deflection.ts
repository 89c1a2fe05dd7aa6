import type { AppContext } from '../../../server/context';
import { kbDeflections } from '../../../db/schema/index';
import { newId } from '../../../server/ids';
import type { Actor } from '../../auth/actor';
import { maskSecrets } from '../../privacy/mask-secrets';
import type { CreateDeflection } from '../kb-feedback.schemas';

/**
 * Records that suggestions were shown for a question (R14), once per question asked — not per
 * keystroke, which is why `GET /kb/suggest` itself writes nothing. The client keeps the id and
 * PATCHes it as the customer opens an article, says it solved the problem, or files a ticket.
 * Questions are masked like any customer text (R45).
 */
export async function recordDeflection(ctx: AppContext, input: { actor: Actor | null; data: CreateDeflection }) {
  const { data } = input;
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(kbDeflections)
    .values({
      id: newId(),
      question: maskSecrets(data.question).text,
      language: data.language ?? null,
      suggestedIds: [...new Set(data.suggestedIds)],
      openedIds: [...new Set(data.openedIds ?? [])],
      outcome: data.outcome ?? null,
      articleId: data.articleId ?? null,
      ticketId: data.ticketId ?? null,
      personId: input.actor?.id ?? null,
      channel: data.channel,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return row;
}
