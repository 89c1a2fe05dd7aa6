import { iso } from '../../contracts/common';
import type { kbDeflections } from '../../db/schema/index';
import type { CommentRecord } from './kb-feedback.queries';

/** A comment shows its author's name only: no email or organization of a customer becomes public. */
export const presentComment = (c: CommentRecord) => ({
  id: c.id,
  articleId: c.articleId,
  author: { id: c.authorId, name: c.authorName },
  body: c.body,
  createdAt: iso(c.createdAt),
});

export const presentDeflection = (d: typeof kbDeflections.$inferSelect) => ({
  id: d.id,
  question: d.question,
  language: d.language,
  suggestedIds: d.suggestedIds,
  openedIds: d.openedIds,
  outcome: d.outcome,
  articleId: d.articleId,
  ticketId: d.ticketId,
  channel: d.channel,
  createdAt: iso(d.createdAt),
  updatedAt: iso(d.updatedAt),
});
