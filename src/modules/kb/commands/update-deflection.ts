import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { kbDeflections } from '../../../db/schema/index';
import { notFound } from '../../../server/app-error';
import { isId } from '../../../server/ids';
import { isStaff, type Actor } from '../../auth/actor';
import type { UpdateDeflection } from '../kb-feedback.schemas';

/**
 * Follows a shown suggestion as the customer goes on: an opened article is added (once) to the
 * opened list, and the outcome may change (abandoned, then back to file a ticket after all). A
 * record made by a signed-in person is theirs; an anonymous one belongs to whoever holds its id.
 */
export async function updateDeflection(ctx: AppContext, input: { actor: Actor | null; id: string; data: UpdateDeflection }) {
  if (!isId(input.id)) throw notFound('deflection');
  const { data } = input;
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(kbDeflections).where(eq(kbDeflections.id, input.id)).for('update');
    const mine = current && (current.personId === null || current.personId === input.actor?.id || (input.actor && isStaff(input.actor)));
    if (!current || !mine) throw notFound('deflection');
    const opened = data.openedArticleId;
    const [row] = await tx
      .update(kbDeflections)
      .set({
        ...(opened
          ? { openedIds: sql`CASE WHEN ${opened}::uuid = ANY(opened_ids) THEN opened_ids ELSE array_append(opened_ids, ${opened}::uuid) END` }
          : {}),
        ...(data.outcome ? { outcome: data.outcome } : {}),
        ...(data.articleId ? { articleId: data.articleId } : {}),
        ...(data.ticketId ? { ticketId: data.ticketId } : {}),
        updatedAt: ctx.clock.now(),
      })
      .where(eq(kbDeflections.id, current.id))
      .returning();
    return row;
  });
}
