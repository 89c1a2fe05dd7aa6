import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { actorOf } from '../../server/http-app';
import { idParams, iso } from '../../contracts/common';
import { slaPolicies } from '../../db/schema/index';
import { notFound } from '../../server/app-error';
import { isId } from '../../server/ids';
import { requireStaff } from '../auth/actor';
import { createSlaPolicyBody, slaPolicyView, updateSlaPolicyBody } from './sla-policy.schemas';
import { createSlaPolicy, deleteSlaPolicy, updateSlaPolicy } from './commands/save-sla-policy';
import { defaultEscalation, defaultPauseOn } from './sla-config';

const tags = ['sla'];

const present = (p: typeof slaPolicies.$inferSelect) => ({
  id: p.id,
  name: p.name,
  position: p.position,
  conditions: p.conditions,
  targets: p.targets,
  pauseOn: (p.options.pauseOn as string[] | undefined) ?? defaultPauseOn,
  warnAtPercent: p.options.warnAtPercent === undefined ? 80 : (p.options.warnAtPercent as number | null),
  escalation: { ...defaultEscalation, ...((p.options.escalation as Record<string, unknown>) ?? {}) },
  active: p.active,
  createdAt: iso(p.createdAt),
  updatedAt: iso(p.updatedAt),
});

export async function slaPolicyRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.post('/sla-policies', { schema: { tags, summary: 'Add an SLA policy (admin)', body: createSlaPolicyBody, response: { 201: slaPolicyView } } }, async (request, reply) =>
    reply.status(201).send(present(await createSlaPolicy(ctx, { actor: actorOf(request), data: request.body }))),
  );
  app.get('/sla-policies', { schema: { tags, summary: 'SLA policies in matching order (staff)', response: { 200: z.object({ items: z.array(slaPolicyView), nextCursor: z.null() }) } } }, async (request) => {
    requireStaff(actorOf(request));
    const rows = await ctx.db.select().from(slaPolicies).orderBy(asc(slaPolicies.position), asc(slaPolicies.createdAt));
    return { items: rows.map(present), nextCursor: null };
  });
  app.get('/sla-policies/:id', { schema: { tags, summary: 'Get an SLA policy (staff)', params: idParams, response: { 200: slaPolicyView } } }, async (request) => {
    requireStaff(actorOf(request));
    const [row] = isId(request.params.id) ? await ctx.db.select().from(slaPolicies).where(eq(slaPolicies.id, request.params.id)) : [];
    if (!row) throw notFound('sla_policy');
    return present(row);
  });
  app.patch(
    '/sla-policies/:id',
    { schema: { tags, summary: 'Change an SLA policy (admin)', params: idParams, body: updateSlaPolicyBody, response: { 200: slaPolicyView } } },
    async (request) => present(await updateSlaPolicy(ctx, { actor: actorOf(request), id: request.params.id, data: request.body })),
  );
  app.delete('/sla-policies/:id', { schema: { tags, summary: 'Remove an SLA policy (admin)', params: idParams } }, async (request, reply) => {
    await deleteSlaPolicy(ctx, { actor: actorOf(request), id: request.params.id });
    return reply.status(204).send();
  });
}
