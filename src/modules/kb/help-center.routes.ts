import type { FastifyInstance, FastifyReply } from 'fastify';
import { asc } from 'drizzle-orm';
import { categories } from '../../db/schema/index';
import { AppError } from '../../server/app-error';
import { SESSION_COOKIE } from '../../server/http-app';
import { actorFromSession } from '../auth/resolve-actor';
import { getArticle, listArticles, listTranslations } from './article.queries';
import { listComments } from './kb-feedback.queries';
import { searchArticles } from './kb-search.queries';
import { renderMarkdown } from './markdown';
import { summaryOf } from './article.presenter';
import { articleLink, articlePage, indexPage, notFoundPage, resultsPage, type IndexSection } from './help-center.pages';
import { pickLanguage, type HelpLanguage } from './help-center.strings';
import { helpScript, helpStyles } from './help-center.assets';
import { helpCenterLanguages } from './kb.schemas';

// Scripts and styles only from /help/assets, no framing by other sites, images from anywhere
// secure (articles link screenshots), requests only back to this server (votes, comments).
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

const sendPage = (reply: FastifyReply, status: number, body: string) =>
  reply.status(status).header('content-type', 'text/html; charset=utf-8').send(body);

const text = (value: unknown, max: number) => (typeof value === 'string' ? value.trim().slice(0, max) : undefined);

/**
 * The public help center at /help (R9): the article index by category, search, and article pages
 * with "Did this help?" (R12, R47) and comments (R20). Outside /api, so it resolves the session
 * cookie itself: signed-in people may comment, staff may preview drafts.
 */
export async function helpCenterRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;

  app.addHook('onRequest', async (request) => {
    const session = request.cookies[SESSION_COOKIE];
    if (session) request.actor = await actorFromSession(ctx, session);
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    return payload;
  });

  app.get('/help/assets/help.js', { schema: { hide: true } }, async (_request, reply) =>
    reply.header('content-type', 'text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(helpScript),
  );
  app.get('/help/assets/help.css', { schema: { hide: true } }, async (_request, reply) =>
    reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(helpStyles),
  );

  app.get('/help', { schema: { hide: true } }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const lang = pickLanguage(text(query.lang, 20), request.headers['accept-language']);
    const q = text(query.q, 500);
    if (q) {
      const { items } = await searchArticles(ctx, { q, lang, limit: 20 });
      return sendPage(reply, 200, resultsPage({ lang, q }, items));
    }
    return sendPage(reply, 200, indexPage({ lang }, await sectionsFor(lang)));
  });

  app.get('/help/articles/:id', { schema: { hide: true } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const query = request.query as Record<string, unknown>;
    const actor = request.actor;
    let article;
    try {
      article = await getArticle(ctx, { actor, id });
    } catch (err) {
      if (err instanceof AppError && err.kind === 'not_found') {
        return sendPage(reply, 404, notFoundPage({ lang: pickLanguage(text(query.lang, 20), request.headers['accept-language']) }));
      }
      throw err;
    }
    const lang = pickLanguage(text(query.lang, 20) ?? article.language, request.headers['accept-language']);
    const [translations, comments] = await Promise.all([
      listTranslations(ctx, { actor, id: article.id }),
      listComments(ctx, { actor, articleId: article.id, limit: 200 }),
    ]);
    // The language switch leads to the article's own translation where there is one.
    const languageLinks: Partial<Record<HelpLanguage, string>> = {};
    for (const t of translations) {
      const l = helpCenterLanguages.find((h) => h === t.language);
      if (l) languageLinks[l] = articleLink(t.id, l);
    }
    const page = articlePage(
      { lang, languageLinks },
      {
        id: article.id,
        title: article.title,
        bodyHtml: renderMarkdown(article.body),
        language: article.language,
        published: article.published,
        helpfulCount: article.helpfulCount,
        notHelpfulCount: article.notHelpfulCount,
        translations: translations.map((t) => ({ id: t.id, language: t.language, title: t.title })),
        comments: comments.items.map((c) => ({ authorName: c.authorName, body: c.body, createdAt: c.createdAt.toISOString() })),
        signedIn: actor !== null,
      },
    );
    return sendPage(reply, 200, page);
  });

  /** Published articles of a language grouped under their category's path ("Hosting › Domains"). */
  async function sectionsFor(lang: HelpLanguage): Promise<IndexSection[]> {
    const [{ items }, tree] = await Promise.all([
      listArticles(ctx, { actor: null, lang, limit: 200 }),
      ctx.db.select({ id: categories.id, name: categories.name, parentId: categories.parentId }).from(categories).orderBy(asc(categories.name)),
    ]);
    const byId = new Map(tree.map((c) => [c.id, c]));
    const pathOf = (id: string): string => {
      const names: string[] = [];
      for (let c = byId.get(id), depth = 0; c && depth < 10; c = c.parentId ? byId.get(c.parentId) : undefined, depth++) names.unshift(c.name);
      return names.join(' › ');
    };
    const sections = new Map<string | null, IndexSection>();
    for (const a of items) {
      const key = a.categoryId && byId.has(a.categoryId) ? a.categoryId : null;
      if (!sections.has(key)) sections.set(key, { name: key ? pathOf(key) : null, articles: [] });
      sections.get(key)!.articles.push({ id: a.id, title: a.title, summary: summaryOf(a.bodyText, 160) });
    }
    // Named sections alphabetically, uncategorised articles last; articles by title within each.
    return [...sections.values()]
      .sort((x, y) => (x.name === null ? 1 : y.name === null ? -1 : x.name.localeCompare(y.name)))
      .map((s) => ({ ...s, articles: s.articles.sort((x, y) => x.title.localeCompare(y.title)) }));
  }
}
