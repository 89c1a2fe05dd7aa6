import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { calendars } from '../../../db/schema/index';
import { AppError, notFound } from '../../../server/app-error';
import { isId, newId } from '../../../server/ids';
import { requireAdmin, type Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { recordEvent } from '../../../events/record-event';
import { enqueueJob } from '../../../jobs/enqueue-job';
import { invalidateSlaConfig } from '../../sla/sla-config';
import { calendarDefinitionSchema, type CalendarDefinition } from '../calendar.schemas';
import type { z } from 'zod';
import type { updateCalendarBody } from '../calendar.api-schemas';

export const RECOMPUTE_CALENDAR_JOB = 'sla.recompute_calendar';

/** Stores a business calendar (R8, R22). */
export async function createCalendar(ctx: AppContext, input: { actor: Actor; data: CalendarDefinition }) {
  requireAdmin(input.actor);
  const now = ctx.clock.now();
  const id = newId();
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(calendars)
      .values({ id, name: input.data.name, definition: input.data, version: 1, createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(tx, { actorId: input.actor.id, action: 'calendar.created', entityType: 'calendar', entityId: id, changes: input.data, at: now });
    return created;
  });
  invalidateSlaConfig(ctx);
  return row;
}

/**
 * Changes a calendar. Its version grows, so cached expansions are rebuilt, and the open tickets
 * whose SLA counts on it get their due times recomputed by a job.
 */
export async function updateCalendar(ctx: AppContext, input: { actor: Actor; id: string; data: z.infer<typeof updateCalendarBody> }) {
  requireAdmin(input.actor);
  if (!isId(input.id)) throw notFound('calendar');
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(calendars).where(eq(calendars.id, input.id)).for('update');
    if (!current) throw notFound('calendar');
    const merged: Record<string, unknown> = { ...(current.definition as CalendarDefinition) };
    for (const [key, value] of Object.entries(input.data)) {
      if (value === null) delete merged[key];
      else if (value !== undefined) merged[key] = value;
    }
    const parsed = calendarDefinitionSchema.safeParse(merged);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError('bad_request', 'invalid_request', `Invalid body.${issue.path.join('.')}: ${issue.message}`, {
        issues: parsed.error.issues.map((i) => ({ path: ['body', ...i.path].join('.'), message: i.message })),
      });
    }
    const [updated] = await tx
      .update(calendars)
      .set({ name: parsed.data.name, definition: parsed.data, version: current.version + 1, updatedAt: now })
      .where(eq(calendars.id, input.id))
      .returning();
    await recordAudit(tx, { actorId: input.actor.id, action: 'calendar.updated', entityType: 'calendar', entityId: input.id, changes: input.data, at: now });
    await recordEvent(tx, { type: 'calendars.updated', actorId: input.actor.id, data: { calendarId: input.id, version: updated.version }, at: now });
    await enqueueJob(tx, { name: RECOMPUTE_CALENDAR_JOB, payload: { calendarId: input.id }, runAt: now, dedupeKey: `recompute-calendar:${input.id}`, now });
    return updated;
  });
  invalidateSlaConfig(ctx);
  ctx.events.kick();
  return row;
}
