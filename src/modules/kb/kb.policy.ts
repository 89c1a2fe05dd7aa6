import { isStaff, requireStaff, type Actor } from '../auth/actor';
import { notFound } from '../../server/app-error';

// Who may do what in the knowledge base. The help center is always available (R9): anybody,
// signed in or not (actor null), reads published articles. Drafts and every write are staff only.

/** Drafts are visible to agents and administrators only. */
export const canSeeDrafts = (actor: Actor | null): boolean => actor !== null && isStaff(actor);

/** A draft asked for by a customer or a visitor answers 404, so its existence does not leak. */
export function assertCanSeeArticle<T extends { published: boolean }>(actor: Actor | null, article: T | null | undefined): asserts article is T {
  if (!article || (!article.published && !canSeeDrafts(actor))) throw notFound('article');
}

/** Agents and administrators write articles; customers comment and vote. */
export const requireEditor = (actor: Actor): void => requireStaff(actor);
