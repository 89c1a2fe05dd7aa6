import { z } from 'zod';
import { listQueryBase, page, timestamp } from '../../contracts/common';
import { kbLanguage } from './kb.schemas';

export const voteBody = z.strictObject({
  helpful: z.boolean().describe('The answer to "Did this help?" / "Did this answer your question?" (R12, R47)'),
  clientToken: z
    .string()
    .min(16)
    .max(200)
    .optional()
    .describe('Anonymous voters: a random value the browser keeps, so voting again changes the vote instead of adding one'),
});

export const voteView = z.object({
  articleId: z.string(),
  helpful: z.boolean().describe('The vote as now recorded'),
  helpfulCount: z.number().int(),
  notHelpfulCount: z.number().int(),
});

export const commentBody = z.strictObject({
  body: z.string().trim().min(1, 'must not be empty').max(5000).describe('Plain text; tags are removed and secrets masked (R45)'),
});

export const commentView = z.object({
  id: z.string(),
  articleId: z.string(),
  author: z.object({ id: z.string(), name: z.string() }),
  body: z.string().describe('Plain text; escape it when showing it as HTML'),
  createdAt: timestamp,
});
export const commentPage = page(commentView);
export const listCommentsQuery = z.object(listQueryBase);

export const deflectionOutcome = z
  .enum(['solved', 'ticket', 'chat', 'abandoned'])
  .describe('solved: an article answered it; ticket or chat: the customer went on anyway; abandoned: left');

export const deflectionChannel = z.enum(['portal', 'widget', 'chat', 'help_center', 'whatsapp', 'email', 'api']);

export const createDeflectionBody = z.strictObject({
  question: z.string().trim().min(1).max(2000).describe('What the customer typed; secrets are masked (R45)'),
  language: kbLanguage.optional(),
  suggestedIds: z.array(z.string().uuid()).max(20).describe('The articles shown, best first (the suggest answer)'),
  openedIds: z.array(z.string().uuid()).max(20).optional().describe('Suggestions the customer opened so far'),
  outcome: deflectionOutcome.optional().describe('How it ended, when already known'),
  articleId: z.string().uuid().optional().describe('The article that solved it'),
  ticketId: z.string().uuid().optional().describe('The ticket filed anyway'),
  channel: deflectionChannel.default('portal').describe('Where the suggestions were shown'),
});

export const updateDeflectionBody = z
  .strictObject({
    openedArticleId: z.string().uuid().optional().describe('A suggestion the customer opened (added to openedIds)'),
    outcome: deflectionOutcome.optional(),
    articleId: z.string().uuid().optional(),
    ticketId: z.string().uuid().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'name at least one field to change');

export const deflectionView = z.object({
  id: z.string().describe('Echo it back with PATCH as the customer goes on'),
  question: z.string(),
  language: z.string().nullable(),
  suggestedIds: z.array(z.string()),
  openedIds: z.array(z.string()),
  outcome: z.string().nullable(),
  articleId: z.string().nullable(),
  ticketId: z.string().nullable(),
  channel: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const statsQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional().describe('Start of the period (default: 30 days ago)'),
  to: z.iso.datetime({ offset: true }).optional().describe('End of the period (default: now)'),
  lang: kbLanguage.optional(),
});

export const statsView = z.object({
  from: timestamp,
  to: timestamp,
  suggested: z.number().int().describe('Times suggestions were shown'),
  opened: z.number().int().describe('...where the customer opened at least one suggestion'),
  markedHelpful: z.number().int().describe('...where the customer said an article solved it (deflected)'),
  ticketFiledAnyway: z.number().int().describe('...where the customer opened a ticket anyway'),
  chatStartedAnyway: z.number().int(),
  abandoned: z.number().int(),
  noOutcome: z.number().int().describe('...with no outcome reported yet'),
  deflectionRate: z.number().describe('markedHelpful / suggested, 0 when nothing was suggested'),
  votes: z.object({ helpful: z.number().int(), notHelpful: z.number().int() }).describe('"Did this help?" votes cast in the period'),
  articles: z
    .array(z.object({ id: z.string(), title: z.string(), suggested: z.number().int(), opened: z.number().int(), solved: z.number().int() }))
    .describe('The most suggested articles of the period'),
});

export type CreateDeflection = z.infer<typeof createDeflectionBody>;
export type UpdateDeflection = z.infer<typeof updateDeflectionBody>;
