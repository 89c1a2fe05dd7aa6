import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { actorOf } from '../../server/http-app';
import { idParams, iso } from '../../contracts/common';
import { automationRules } from '../../db/schema/index';
import { requireAdmin } from '../auth/actor';
import { createRuleBody, ruleView, updateRuleBody } from './automation-rule.schemas';
import { createAutomationRule, deleteAutomationRule, updateAutomationRule } from './commands/save-automation-rule';

const tags = ['automations'];
const present = (r: typeof automationRules.$inferSelect) => ({ ...r, createdAt: iso(r.createdAt), updatedAt: iso(r.updatedAt) });

export async function automationRuleRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.post('/automation-rules', { schema: { tags, summary: 'Add an automation rule (admin)', body: createRuleBody, response: { 201: ruleView } } }, async (request, reply) =>
    reply.status(201).send(present(await createAutomationRule(ctx, { actor: actorOf(request), data: request.body }))),
  );
  app.get('/automation-rules', { schema: { tags, summary: 'Automation rules in running order (admin)', response: { 200: z.object({ items: z.array(ruleView), nextCursor: z.null() }) } } }, async (request) => {
    requireAdmin(actorOf(request));
    const rules = await ctx.db.select().from(automationRules).orderBy(asc(automationRules.event), asc(automationRules.position), asc(automationRules.createdAt));
    return { items: rules.map(present), nextCursor: null };
  });
  app.patch('/automation-rules/:id', { schema: { tags, summary: 'Change an automation rule (admin)', params: idParams, body: updateRuleBody, response: { 200: ruleView } } }, async (request) =>
    present(await updateAutomationRule(ctx, { actor: actorOf(request), id: request.params.id, data: request.body })),
  );
  app.delete('/automation-rules/:id', { schema: { tags, summary: 'Remove an automation rule (admin)', params: idParams } }, async (request, reply) => {
    await deleteAutomationRule(ctx, { actor: actorOf(request), id: request.params.id });
    return reply.status(204).send();
  });
}
