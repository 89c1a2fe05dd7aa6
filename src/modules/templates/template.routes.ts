import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../server/http-app';
import { idParams, iso } from '../../contracts/common';
import { notFound } from '../../server/app-error';
import { requireStaff } from '../auth/actor';
import { createTemplateBody, listTemplatesQuery, templateView, updateTemplateBody } from './template.schemas';
import { createTemplate, deleteTemplate, updateTemplate } from './commands/save-template';
import { loadTemplates, type TemplateRow } from './template-set';

const tags = ['templates'];
const present = (t: TemplateRow) => ({ ...t, createdAt: iso(t.createdAt), updatedAt: iso(t.updatedAt) });

export async function templateRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.post('/templates', { schema: { tags, summary: 'Add a template (admin)', body: createTemplateBody, response: { 201: templateView } } }, async (request, reply) =>
    reply.status(201).send(present(await createTemplate(ctx, { actor: actorOf(request), data: request.body }))),
  );
  app.get('/templates', { schema: { tags, summary: 'Templates, e.g. canned replies for the composer (staff)', querystring: listTemplatesQuery, response: { 200: z.object({ items: z.array(templateView), nextCursor: z.null() }) } } }, async (request) => {
    requireStaff(actorOf(request));
    const { kind, teamId, language } = request.query;
    const rows = (await loadTemplates(ctx)).filter(
      (t) => (!kind || t.kind === kind) && (!teamId || !t.teamId || t.teamId === teamId) && (!language || !t.language || t.language.toLowerCase() === language.toLowerCase()),
    );
    return { items: rows.map(present), nextCursor: null };
  });
  app.get('/templates/:id', { schema: { tags, summary: 'Get a template (staff)', params: idParams, response: { 200: templateView } } }, async (request) => {
    requireStaff(actorOf(request));
    const row = (await loadTemplates(ctx)).find((t) => t.id === request.params.id);
    if (!row) throw notFound('template');
    return present(row);
  });
  app.patch('/templates/:id', { schema: { tags, summary: 'Change a template (admin)', params: idParams, body: updateTemplateBody, response: { 200: templateView } } }, async (request) =>
    present(await updateTemplate(ctx, { actor: actorOf(request), id: request.params.id, data: request.body })),
  );
  app.delete('/templates/:id', { schema: { tags, summary: 'Remove a template (admin)', params: idParams } }, async (request, reply) => {
    await deleteTemplate(ctx, { actor: actorOf(request), id: request.params.id });
    return reply.status(204).send();
  });
}
