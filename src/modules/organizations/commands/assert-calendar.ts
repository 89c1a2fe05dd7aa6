import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/connection';
import { calendars } from '../../../db/schema/index';
import { AppError } from '../../../server/app-error';

/** A named calendar must exist: a 422 naming it, instead of the foreign key's 500. */
export async function assertCalendar(tx: Tx, calendarId: string | null | undefined): Promise<void> {
  if (!calendarId) return;
  const [row] = await tx.select({ id: calendars.id }).from(calendars).where(eq(calendars.id, calendarId));
  if (!row) throw new AppError('unprocessable', 'calendar_not_found', 'The calendar does not exist.', { calendarId });
}
