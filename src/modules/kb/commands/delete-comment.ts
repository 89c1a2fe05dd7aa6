import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { kbComments } from '../../../db/schema/index';
import { AppError, notFound } from '../../../server/app-error';
import { isId } from '../../../server/ids';
import { isStaff, type Actor } from '../../auth/actor';
import { recordEvent } from '../../../events/record-event';

/** Removes a comment: its author may, and staff moderate any. */
export async function deleteComment(ctx: AppContext, input: { actor: Actor; id: string }): Promise<void> {
  if (!isId(input.id)) throw notFound('comment');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [comment] = await tx.select().from(kbComments).where(eq(kbComments.id, input.id)).for('update');
    if (!comment) throw notFound('comment');
    if (comment.authorId !== input.actor.id && !isStaff(input.actor)) {
      throw new AppError('forbidden', 'not_your_comment', 'Only its author or an agent may remove a comment.');
    }
    await tx.delete(kbComments).where(eq(kbComments.id, comment.id));
    await recordEvent(tx, { type: 'kb.comment_deleted', actorId: input.actor.id, data: { articleId: comment.articleId, commentId: comment.id }, at: now });
  });
  ctx.events.kick();
}
