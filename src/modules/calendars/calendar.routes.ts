import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../server/http-app';
import { idParams } from '../../contracts/common';
import { calendarView, createCalendarBody, previewBody, previewResponse, updateCalendarBody } from './calendar.api-schemas';
import { createCalendar, updateCalendar } from './commands/save-calendar';
import { previewCalendar } from './commands/preview-calendar';
import { getCalendar, listCalendars, presentCalendar } from './calendar.queries';

const tags = ['calendars'];

export async function calendarRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  app.post('/calendars', { schema: { tags, summary: 'Store a business calendar (admin)', body: createCalendarBody, response: { 201: calendarView } } }, async (request, reply) =>
    reply.status(201).send(presentCalendar(await createCalendar(ctx, { actor: actorOf(request), data: request.body }))),
  );
  app.get('/calendars', { schema: { tags, summary: 'List calendars (staff)', response: { 200: z.object({ items: z.array(calendarView), nextCursor: z.null() }) } } }, async (request) => ({
    items: (await listCalendars(ctx, { actor: actorOf(request) })).map(presentCalendar),
    nextCursor: null,
  }));
  app.get('/calendars/:id', { schema: { tags, summary: 'Get a calendar (staff)', params: idParams, response: { 200: calendarView } } }, async (request) =>
    presentCalendar(await getCalendar(ctx, { actor: actorOf(request), id: request.params.id })),
  );
  app.patch(
    '/calendars/:id',
    { schema: { tags, summary: 'Change a calendar; open tickets\' dues follow (admin)', params: idParams, body: updateCalendarBody, response: { 200: calendarView } } },
    async (request) => presentCalendar(await updateCalendar(ctx, { actor: actorOf(request), id: request.params.id, data: request.body })),
  );
  app.post(
    '/calendars/preview',
    { schema: { tags, summary: 'Add open time to an instant, or measure it between two (staff)', body: previewBody, response: { 200: previewResponse } } },
    async (request) => previewCalendar(ctx, { actor: actorOf(request), data: request.body }),
  );
}
