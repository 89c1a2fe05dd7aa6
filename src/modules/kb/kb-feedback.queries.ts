import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import { kbComments, people } from '../../db/schema/index';
import { isId } from '../../server/ids';
import type { Actor } from '../auth/actor';
import { getArticle } from './article.queries';

export interface CommentRecord {
  id: string;
  articleId: string;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: Date;
}

/** Comments on an article anybody can read, oldest first, keyset-paged by id (ids sort by time). */
export async function listComments(ctx: AppContext, input: { actor: Actor | null; articleId: string; limit: number; cursor?: string }) {
  const article = await getArticle(ctx, { actor: input.actor, id: input.articleId });
  const filters: SQL[] = [eq(kbComments.articleId, article.id)];
  if (input.cursor && isId(input.cursor)) filters.push(gt(kbComments.id, input.cursor));
  const rows: CommentRecord[] = await ctx.db
    .select({
      id: kbComments.id,
      articleId: kbComments.articleId,
      authorId: kbComments.authorId,
      authorName: people.name,
      body: kbComments.body,
      createdAt: kbComments.createdAt,
    })
    .from(kbComments)
    .innerJoin(people, eq(people.id, kbComments.authorId))
    .where(and(...filters))
    .orderBy(asc(kbComments.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? items[items.length - 1].id : null };
}
