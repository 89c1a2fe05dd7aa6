import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../server/http-app';
import { idParams } from '../../contracts/common';
import { presentTicket } from '../tickets/ticket.presenter';
import { presentMessage } from '../messages/message.presenter';
import { appliedMacroView, applyMacroBody, createMacroBody, listMacrosQuery, macroList, macroParams, macroView, updateMacroBody } from './macro.schemas';
import { getMacro, listMacros } from './macro.queries';
import { presentMacro } from './macro.presenter';
import { createMacro } from './commands/create-macro';
import { updateMacro } from './commands/update-macro';
import { deleteMacro } from './commands/delete-macro';
import { applyMacro } from './commands/apply-macro';

const tags = ['macros'];

export async function macroRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.post('/macros', { schema: { tags, summary: 'Add a macro (admin)', body: createMacroBody, response: { 201: macroView } } }, async (request, reply) =>
    reply.status(201).send(presentMacro(await createMacro(ctx, { actor: actorOf(request), data: request.body }))),
  );

  app.get('/macros', { schema: { tags, summary: 'Macros by name, for the composer (staff)', querystring: listMacrosQuery, response: { 200: macroList } } }, async (request) => ({
    items: (await listMacros(ctx, { actor: actorOf(request), q: request.query.q })).map(presentMacro),
    nextCursor: null,
  }));

  app.get('/macros/:id', { schema: { tags, summary: 'Get a macro (staff)', params: idParams, response: { 200: macroView } } }, async (request) =>
    presentMacro(await getMacro(ctx, { actor: actorOf(request), id: request.params.id })),
  );

  app.patch('/macros/:id', { schema: { tags, summary: 'Change a macro (admin)', params: idParams, body: updateMacroBody, response: { 200: macroView } } }, async (request) =>
    presentMacro(await updateMacro(ctx, { actor: actorOf(request), id: request.params.id, data: request.body })),
  );

  app.delete('/macros/:id', { schema: { tags, summary: 'Remove a macro (admin)', params: idParams } }, async (request, reply) => {
    await deleteMacro(ctx, { actor: actorOf(request), id: request.params.id });
    return reply.status(204).send();
  });

  app.post(
    '/tickets/:id/macros/:macroId/apply',
    {
      schema: {
        tags,
        summary: 'Apply a macro to a ticket: its reply or note, then its field changes, all or nothing (staff)',
        params: macroParams,
        body: applyMacroBody,
        response: { 200: appliedMacroView },
      },
    },
    async (request) => {
      const applied = await applyMacro(ctx, { actor: actorOf(request), ticketId: request.params.id, macroId: request.params.macroId });
      return { ticket: presentTicket(applied.ticket), message: applied.message ? presentMessage(applied.message) : null };
    },
  );
}
