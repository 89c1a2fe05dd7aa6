import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../server/http-app';
import { iso } from '../../contracts/common';
import { clockView, moveClockBody } from './admin.schemas';
import { getClock } from './admin.queries';
import { moveClock } from './commands/move-clock';
import { auditPage, listAuditQuery } from '../audit/audit.schemas';
import { listAudit } from '../audit/audit.queries';
import { presentAuditEntry } from '../audit/audit.presenter';

/** Administration: the manual clock (tests and demos) and the audit log. */
export async function adminRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.get('/admin/clock', { schema: { tags: ['admin'], summary: "The clock's now (admin)", response: { 200: clockView } } }, async (request) => {
    const clock = getClock(ctx, { actor: actorOf(request) });
    return { now: iso(clock.now), manual: clock.manual };
  });

  app.post(
    '/admin/clock',
    {
      schema: {
        tags: ['admin'],
        summary: 'Move the manual clock and run the jobs that become due (admin; 404 unless ATENDE_CLOCK=manual)',
        body: moveClockBody,
        response: { 200: clockView },
      },
    },
    async (request) => {
      const now = await moveClock(ctx, { actor: actorOf(request), ...request.body });
      return { now: iso(now), manual: true };
    },
  );

  app.get(
    '/audit',
    { schema: { tags: ['admin'], summary: 'Admin changes, newest first (admin)', querystring: listAuditQuery, response: { 200: auditPage } } },
    async (request) => {
      const result = await listAudit(ctx, { actor: actorOf(request), ...request.query });
      return { items: result.items.map(presentAuditEntry), nextCursor: result.nextCursor };
    },
  );
}
