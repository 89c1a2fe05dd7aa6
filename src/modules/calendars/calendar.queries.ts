import { asc, eq } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import { calendars } from '../../db/schema/index';
import { notFound } from '../../server/app-error';
import { isId } from '../../server/ids';
import { requireStaff, type Actor } from '../auth/actor';
import { iso } from '../../contracts/common';
import type { CalendarDefinition } from './calendar.schemas';

export type CalendarRow = typeof calendars.$inferSelect;

export const presentCalendar = (c: CalendarRow) => {
  const d = c.definition as CalendarDefinition;
  return {
    id: c.id,
    name: c.name,
    timezone: d.timezone,
    hours: d.hours,
    holidays: d.holidays ?? null,
    overrides: d.overrides ?? null,
    version: c.version,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
  };
};

/** One stored calendar, for staff. */
export async function getCalendar(ctx: AppContext, input: { actor: Actor; id: string }): Promise<CalendarRow> {
  requireStaff(input.actor);
  if (!isId(input.id)) throw notFound('calendar');
  const [row] = await ctx.db.select().from(calendars).where(eq(calendars.id, input.id));
  if (!row) throw notFound('calendar');
  return row;
}

/** Every calendar (a desk has a handful), for staff. */
export async function listCalendars(ctx: AppContext, input: { actor: Actor }): Promise<CalendarRow[]> {
  requireStaff(input.actor);
  return ctx.db.select().from(calendars).orderBy(asc(calendars.name), asc(calendars.id));
}
