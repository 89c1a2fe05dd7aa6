import { inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../src/server/context';
import { categories } from '../../src/db/schema/index';
import { rows } from '../../src/db/rows';
import { systemActor, type Actor } from '../../src/modules/auth/actor';
import { createArticle } from '../../src/modules/kb/commands/create-article';
import { createArticleBody } from '../../src/modules/kb/kb.schemas';
import { demoCategories, type DemoCategory } from '../demo/demo-desk';
import type { DemoArticle } from './demo-article';
import { whatsappSetupArticles } from './articles/whatsapp-setup';
import { whatsappMessagingArticles } from './articles/whatsapp-messaging';
import { conteleArticles } from './articles/contele';
import { tecnospeedArticles } from './articles/tecnospeed';
import { itcArticles } from './articles/itc';

export type { DemoArticle, DemoLanguage } from './demo-article';

/**
 * The demo help center: articles for the four customers of the seeds (360dialog's WhatsApp API,
 * Contele's team tracking app, Tecnospeed's NF-e/NFS-e issuing, itc's hosting and mail) in the five
 * languages of R31. Translations of one article share a `group`.
 */
export const demoArticles: DemoArticle[] = [
  ...whatsappSetupArticles,
  ...whatsappMessagingArticles,
  ...conteleArticles,
  ...tecnospeedArticles,
  ...itcArticles,
];

/** Where a demo article is stored once seeded: its id, by `group` and language. */
export type SeededArticles = Map<string, string>;
export const seededKey = (group: string, language: string) => `${group}/${language}`;

function categoryNames(nodes: DemoCategory[], into = new Map<string, string>()): Map<string, string> {
  for (const node of nodes) {
    into.set(node.key, node.name);
    if (node.children) categoryNames(node.children, into);
  }
  return into;
}

/** Ids of the demo category tree by key, found by name; a desk without the demo tree gets none. */
async function findDemoCategories(ctx: AppContext): Promise<Record<string, string>> {
  const names = categoryNames(demoCategories);
  const found = await ctx.db.select({ id: categories.id, name: categories.name }).from(categories).where(inArray(categories.name, [...names.values()]));
  const byName = new Map(found.map((c) => [c.name, c.id]));
  return Object.fromEntries([...names].filter(([, name]) => byName.has(name)).map(([key, name]) => [key, byName.get(name)!]));
}

/**
 * Writes the demo knowledge base through the article commands, sources before their translations.
 * Categories come from `categoryIds` (demo category key → id) or, by default, from the demo tree
 * when it was seeded. Does nothing when the knowledge base already holds articles.
 */
export async function seedKnowledgeBase(
  ctx: AppContext,
  options: { actor?: Actor; categoryIds?: Record<string, string> } = {},
): Promise<SeededArticles> {
  const seeded: SeededArticles = new Map();
  const [{ count }] = await rows<{ count: number }>(ctx.db, sql`SELECT count(*)::int AS count FROM kb_articles`);
  if (count > 0) return seeded;
  const actor = options.actor ?? systemActor;
  const categoryIds = options.categoryIds ?? (await findDemoCategories(ctx));
  const sourceOf = new Map<string, string>();
  for (const article of demoArticles) {
    const source = sourceOf.get(article.group);
    const data = createArticleBody.parse({
      title: article.title,
      body: article.body,
      language: article.language,
      ...(source ? { translationOf: source } : { categoryId: (article.category && categoryIds[article.category]) || null }),
    });
    const created = await createArticle(ctx, { actor, data });
    if (!source) sourceOf.set(article.group, created.id);
    seeded.set(seededKey(article.group, article.language), created.id);
  }
  return seeded;
}
