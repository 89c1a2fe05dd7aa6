import { z } from 'zod';

// An intake flow (R4, R13-R15, R41) as admins store it (PUT /api/v1/chat-flows/:categoryId). The bot
// first walks the category tree (product → document) unless the chat already has a category, then
// asks the steps of the category's flow in order, skipping those whose `when` does not match.
// Answers under these keys fill the ticket's fields: `environment` (production | homologation, R15),
// `availability` (unavailable | partial | available, R7), `severity` (1 | 2 | 3, R33), and
// `description` / `question` (the ticket's text). Every other answer goes to the ticket's intake.

const localized = z
  .union([z.string().trim().min(1).max(1000), z.record(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/), z.string().trim().min(1).max(1000))])
  .describe('A text, or texts by language: {"en": "...", "pt-BR": "..."}');

const option = z.strictObject({
  value: z.string().trim().min(1).max(50).describe('Stored as the answer'),
  label: localized.describe('What the customer reads'),
});

const step = z.strictObject({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,49}$/, 'must be a word such as environment or apiRequest').describe('Where the answer is kept'),
  type: z.enum(['choice', 'text', 'articles']).describe('choice: pick an option; text: free text; articles: suggest help-center articles for an earlier answer (R14)'),
  prompt: localized,
  options: z.array(option).min(1).max(12).optional().describe('choice: the options'),
  optional: z.boolean().optional().describe('text: the customer may skip it'),
  from: z.string().optional().describe('articles: the key of the text answer to search for'),
  when: z
    .record(z.string(), z.union([z.string(), z.array(z.string())]))
    .optional()
    .describe('Ask only when every named earlier answer has this value (or one of these values)'),
});

export const chatFlowSchema = z
  .strictObject({
    askCategory: z.boolean().default(true).describe('Ask for product and document first when the chat has no category'),
    steps: z.array(step).max(40),
    finish: z.enum(['ask', 'ticket', 'agent']).default('ask').describe('ask: let the customer choose a ticket or an agent; or always one of them'),
  })
  .superRefine((flow, ctx) => {
    const seen = new Set<string>();
    flow.steps.forEach((s, i) => {
      if (seen.has(s.key)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'key'], message: `the key ${s.key} is used twice` });
      if (s.type === 'choice' && !s.options) ctx.addIssue({ code: 'custom', path: ['steps', i, 'options'], message: 'a choice step needs options' });
      if (s.type === 'articles' && (!s.from || !seen.has(s.from))) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'from'], message: 'an articles step names an earlier text step in from' });
      }
      for (const key of Object.keys(s.when ?? {})) {
        if (!seen.has(key)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'when', key], message: `${key} is not an earlier step` });
      }
      seen.add(s.key);
    });
  });

export type ChatFlow = z.infer<typeof chatFlowSchema>;
export type FlowStep = ChatFlow['steps'][number];
export type Localized = z.infer<typeof localized>;

/** The response: the stored flow and where it applies. */
export const chatFlowView = z.object({
  key: z.string().describe('"default" or a category id'),
  isDefault: z.boolean().describe('True when no flow is stored for this key and the built-in one applies'),
  flow: z.record(z.string(), z.unknown()),
  updatedAt: z.string().nullable(),
});
