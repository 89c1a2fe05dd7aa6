import { z } from 'zod';
import { kbLanguage } from './kb.schemas';

const q = z.string().trim().min(1, 'must not be empty').max(1000);

export const searchQuery = z.object({
  q: q.describe('Search words; "quoted phrases", or, and -excluded words work as on a web search engine'),
  lang: kbLanguage.optional().describe('Search articles in this language first; other languages only when it has no match'),
  categoryId: z.string().uuid().optional().describe('Only articles in this category'),
  limit: z.coerce.number().int().min(1).max(50).default(10).describe('How many results (1-50)'),
});

export const suggestQuery = z.object({
  q: q.describe('A question in the customer\'s own words (R14)'),
  lang: kbLanguage.optional().describe('The customer\'s language; other languages are offered when it has no match'),
  limit: z.coerce.number().int().min(1).max(20).default(5).describe('How many suggestions (1-20, default 5)'),
});

export const searchHit = z.object({
  id: z.string(),
  title: z.string(),
  snippet: z.string().describe('HTML: the matching passage, text escaped, matched words in <mark>'),
  score: z.number().describe('Relevance; only the order means something'),
  language: z.string().describe('The article\'s language, which may differ from lang when falling back'),
});
export const searchResults = z.object({ items: z.array(searchHit) });

export type SearchQuery = z.infer<typeof searchQuery>;
export type SuggestQuery = z.infer<typeof suggestQuery>;
