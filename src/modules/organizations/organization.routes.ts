import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../server/http-app';
import { idParams } from '../../contracts/common';
import {
  createOrganizationBody,
  listOrganizationsQuery,
  organizationPage,
  organizationView,
  updateOrganizationBody,
} from './organization.schemas';
import { createOrganization } from './commands/create-organization';
import { updateOrganization } from './commands/update-organization';
import { getOrganization, listOrganizations } from './organization.queries';
import { presentOrganization } from './organization.presenter';

const tags = ['directory'];

export async function organizationRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.post(
    '/organizations',
    { schema: { tags, summary: 'Create a customer organization (admin)', body: createOrganizationBody, response: { 201: organizationView } } },
    async (request, reply) =>
      reply.status(201).send(presentOrganization(await createOrganization(ctx, { actor: actorOf(request), data: request.body }))),
  );

  app.get(
    '/organizations',
    { schema: { tags, summary: 'List organizations', querystring: listOrganizationsQuery, response: { 200: organizationPage } } },
    async (request) => {
      const result = await listOrganizations(ctx, { actor: actorOf(request), ...request.query });
      return { items: result.items.map(presentOrganization), nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/organizations/:id',
    { schema: { tags, summary: 'Get an organization', params: idParams, response: { 200: organizationView } } },
    async (request) => presentOrganization(await getOrganization(ctx, { actor: actorOf(request), id: request.params.id })),
  );

  app.patch(
    '/organizations/:id',
    { schema: { tags, summary: 'Change an organization (admin)', params: idParams, body: updateOrganizationBody, response: { 200: organizationView } } },
    async (request) =>
      presentOrganization(await updateOrganization(ctx, { actor: actorOf(request), id: request.params.id, data: request.body })),
  );
}
