import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../server/http-app';
import { idParams } from '../../contracts/common';
import { createPersonBody, listPeopleQuery, personPage, personView, updatePersonBody } from './person.schemas';
import { createPerson } from './commands/create-person';
import { updatePerson } from './commands/update-person';
import { getPerson, listPeople } from './person.queries';
import { presentPerson } from './person.presenter';

const tags = ['directory'];

export async function peopleRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.post(
    '/people',
    { schema: { tags, summary: 'Add a customer, agent or admin (admin)', body: createPersonBody, response: { 201: personView } } },
    async (request, reply) => reply.status(201).send(presentPerson(await createPerson(ctx, { actor: actorOf(request), data: request.body }))),
  );

  app.get('/people', { schema: { tags, summary: 'List people', querystring: listPeopleQuery, response: { 200: personPage } } }, async (request) => {
    const result = await listPeople(ctx, { actor: actorOf(request), ...request.query });
    return { items: result.items.map(presentPerson), nextCursor: result.nextCursor };
  });

  app.get('/people/:id', { schema: { tags, summary: 'Get a person', params: idParams, response: { 200: personView } } }, async (request) =>
    presentPerson(await getPerson(ctx, { actor: actorOf(request), id: request.params.id })),
  );

  app.patch(
    '/people/:id',
    { schema: { tags, summary: 'Change a person (admin)', params: idParams, body: updatePersonBody, response: { 200: personView } } },
    async (request) => presentPerson(await updatePerson(ctx, { actor: actorOf(request), id: request.params.id, data: request.body })),
  );
}
