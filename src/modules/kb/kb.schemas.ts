import { z } from 'zod';
import { listQueryBase, page, timestamp } from '../../contracts/common';

/** The languages the help center is written in (R31); other tags are accepted and searched as 'simple'. */
export const helpCenterLanguages = ['en', 'pt-BR', 'es', 'de', 'ru'] as const;

/** `pt-br` and `PT-BR` name the same language as `pt-BR`: stored one way, so translations stay unique. */
export function canonicalLanguage(tag: string): string {
  const [primary, ...rest] = tag.split('-');
  return [primary.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p.toLowerCase()))].join('-');
}

export const kbLanguage = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'must be a language tag such as en, pt-BR, es, de, ru')
  .transform(canonicalLanguage)
  .describe('BCP 47 language tag: en, pt-BR, es, de or ru (R31)');

const title = z.string().trim().min(1, 'must not be empty').max(300);
const body = z.string().trim().min(1, 'must not be empty').max(200_000);

export const createArticleBody = z.strictObject({
  title: title.describe('Article title; weighs most in search'),
  body: body.describe('Article text in Markdown; rendered and sanitized on display'),
  language: kbLanguage,
  categoryId: z.string().uuid().nullable().optional().describe('Product or document category; a translation inherits its source\'s'),
  translationOf: z.string().uuid().optional().describe('The article this one translates; joins its translation group (R31)'),
  published: z
    .boolean()
    .default(true)
    .describe('Visible to customers and in search; default true (an API caller posting an article usually means it). Send false for a draft'),
});

export const updateArticleBody = z
  .strictObject({
    title: title.optional(),
    body: body.optional(),
    language: kbLanguage.optional(),
    categoryId: z.string().uuid().nullable().optional(),
    published: z.boolean().optional().describe('false takes the article back to draft'),
  })
  .refine((v) => Object.keys(v).length > 0, 'name at least one field to change');

export const listArticlesQuery = z.object({
  ...listQueryBase,
  lang: kbLanguage.optional().describe('Only articles in this language'),
  categoryId: z.string().uuid().optional().describe('Only articles in this category'),
  published: z.enum(['true', 'false']).optional().describe('Staff only: drafts (false) or published (true); customers always get published'),
});

export const articleView = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string().describe('Markdown source'),
  bodyHtml: z.string().describe('Rendered, sanitized HTML'),
  language: z.string(),
  categoryId: z.string().nullable(),
  translationGroupId: z.string().describe('Shared by every translation of this article'),
  translationOf: z.string().nullable().describe('The article this one was translated from'),
  published: z.boolean(),
  publishedAt: timestamp.nullable(),
  helpfulCount: z.number().int().describe('"Did this help?" yes votes (R12, R47)'),
  notHelpfulCount: z.number().int().describe('"Did this help?" no votes'),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const articleSummaryView = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string().describe('The first words of the body, as plain text'),
  language: z.string(),
  categoryId: z.string().nullable(),
  translationGroupId: z.string(),
  published: z.boolean(),
  helpfulCount: z.number().int(),
  notHelpfulCount: z.number().int(),
  updatedAt: timestamp,
});
export const articlePage = page(articleSummaryView);

export const translationView = z.object({
  id: z.string(),
  language: z.string(),
  title: z.string(),
  published: z.boolean(),
  translationOf: z.string().nullable(),
});
export const translationList = z.object({ items: z.array(translationView) });

export type CreateArticle = z.infer<typeof createArticleBody>;
export type UpdateArticle = z.infer<typeof updateArticleBody>;
