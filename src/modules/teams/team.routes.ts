import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../server/http-app';
import { idParams, iso } from '../../contracts/common';
import { createTeamBody, listTeamsQuery, teamPage, teamView, updateTeamBody } from './team.schemas';
import { createTeam, updateTeam } from './commands/save-team';
import { getTeam, listTeams, type TeamRecord } from './team.queries';

const tags = ['directory'];
const presentTeam = (t: TeamRecord) => ({ ...t, createdAt: iso(t.createdAt), updatedAt: iso(t.updatedAt) });

export async function teamRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.post('/teams', { schema: { tags, summary: 'Create a team (admin)', body: createTeamBody, response: { 201: teamView } } }, async (request, reply) =>
    reply.status(201).send(presentTeam(await createTeam(ctx, { actor: actorOf(request), data: request.body }))),
  );
  app.get('/teams', { schema: { tags, summary: 'List teams (staff)', querystring: listTeamsQuery, response: { 200: teamPage } } }, async (request) => {
    const result = await listTeams(ctx, { actor: actorOf(request), ...request.query });
    return { items: result.items.map(presentTeam), nextCursor: result.nextCursor };
  });
  app.get('/teams/:id', { schema: { tags, summary: 'Get a team (staff)', params: idParams, response: { 200: teamView } } }, async (request) =>
    presentTeam(await getTeam(ctx, { actor: actorOf(request), id: request.params.id })),
  );
  app.patch(
    '/teams/:id',
    { schema: { tags, summary: 'Change a team (admin)', params: idParams, body: updateTeamBody, response: { 200: teamView } } },
    async (request) => presentTeam(await updateTeam(ctx, { actor: actorOf(request), id: request.params.id, data: request.body })),
  );
}
