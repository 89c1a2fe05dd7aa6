import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../server/http-app';
import { iso } from '../../contracts/common';
import { chatFlowSchema, chatFlowView } from './bot/flow.schemas';
import { getChatFlow } from './chat-flow.queries';
import { saveChatFlow } from './commands/save-chat-flow';

const tags = ['chat'];
const params = z.object({ categoryId: z.string().min(1).max(100).describe('A category id, or "default" for the desk-wide flow') });

/** The intake bot's flows per category (R13-R15, R41); admins edit, staff read. */
export async function chatFlowRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.get(
    '/chat-flows/:categoryId',
    { schema: { tags, summary: 'The intake flow of a category (or the built-in default)', params, response: { 200: chatFlowView } } },
    async (request) => getChatFlow(ctx, { actor: actorOf(request), key: request.params.categoryId }),
  );

  app.put(
    '/chat-flows/:categoryId',
    { schema: { tags, summary: 'Store the intake flow of a category (admin)', params, body: chatFlowSchema, response: { 200: chatFlowView } } },
    async (request) => {
      const row = await saveChatFlow(ctx, { actor: actorOf(request), key: request.params.categoryId, flow: request.body });
      return { key: row.key, isDefault: false, flow: row.flow, updatedAt: iso(row.updatedAt) };
    },
  );
}
