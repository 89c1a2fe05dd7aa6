import type { AppContext } from '../../../server/context';
import { requireStaff, type Actor } from '../../auth/actor';
import { createBusinessCalendar, type BusinessCalendar } from '../business-calendar';
import { addBusinessDays, addBusinessMinutes, elapsedBusinessMinutes } from '../business-time';
import { getBusinessCalendar } from '../calendar-cache';
import type { CalendarDefinition } from '../calendar.schemas';
import type { PreviewBody } from '../calendar.api-schemas';
import { getCalendar } from '../calendar.queries';

/** The calendar arithmetic SLA targets use, on a stored or an inline calendar (API.md "preview"). */
export async function previewCalendar(ctx: AppContext, input: { actor: Actor; data: PreviewBody }): Promise<{ due: string } | { elapsedMinutes: number }> {
  requireStaff(input.actor);
  const { data } = input;
  let calendar: BusinessCalendar;
  if (data.calendarId) {
    const row = await getCalendar(ctx, { actor: input.actor, id: data.calendarId });
    calendar = getBusinessCalendar({ id: row.id, version: row.version, definition: row.definition as CalendarDefinition });
  } else {
    calendar = createBusinessCalendar({ ...data.calendar!, name: data.calendar!.name ?? 'preview' } as CalendarDefinition);
  }
  const from = Date.parse(data.from);
  if (data.to !== undefined) return { elapsedMinutes: elapsedBusinessMinutes(calendar, from, Date.parse(data.to)) };
  const due = data.addMinutes !== undefined ? addBusinessMinutes(calendar, from, data.addMinutes) : addBusinessDays(calendar, from, data.addBusinessDays!);
  return { due: new Date(due).toISOString() };
}
