import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/connection';
import { rows } from '../../db/rows';
import { getBusinessCalendar } from '../calendars/calendar-cache';
import { isOpen } from '../calendars/business-time';
import type { CalendarDefinition } from '../calendars/calendar.schemas';
import type { ChatCircumstances } from './chat.presenter';
import { say } from './bot/bot-texts';

/** Whether a team is within its business hours at an instant; a team without a calendar is 24/7. */
export type TeamHours = (teamId: string | null, at: Date) => boolean;

/**
 * Reads every team's calendar once (a desk has a handful) so the bot and the chat views can ask
 * "is this chat's team open now?" (R8) for any team without another round trip. Expanded calendars
 * come from the shared cache, keyed by version, so an edited calendar applies at once.
 */
export async function loadTeamHours(db: Executor): Promise<TeamHours> {
  const found = await rows<{ team_id: string; calendar_id: string; version: number; definition: CalendarDefinition }>(
    db,
    sql`SELECT t.id AS team_id, c.id AS calendar_id, c.version, c.definition FROM teams t JOIN calendars c ON c.id = t.calendar_id`,
  );
  const byTeam = new Map(found.map((r) => [r.team_id, r]));
  return (teamId, at) => {
    const row = teamId ? byTeam.get(teamId) : undefined;
    if (!row) return true;
    const definition = typeof row.definition === 'string' ? (JSON.parse(row.definition) as CalendarDefinition) : row.definition;
    return isOpen(getBusinessCalendar({ id: row.calendar_id, version: row.version, definition }), at.getTime());
  };
}

/** The team that takes a chat: its category's, else the triage team, else none (every agent's queue). */
export async function chatTeamFor(db: Executor, categoryId: string | null | undefined): Promise<string | null> {
  const [row] = await rows<{ team_id: string | null }>(
    db,
    sql`SELECT coalesce((SELECT team_id FROM categories WHERE id = ${categoryId ?? null}::uuid),
                        (SELECT id FROM teams WHERE is_triage LIMIT 1)) AS team_id`,
  );
  return row?.team_id ?? null;
}

/** Whether the chat's team is outside business hours now, and the offer of a ticket if so (R8). */
export function circumstancesOf(chat: { status: string; teamId: string | null; language: string | null }, hours: TeamHours, now: Date): ChatCircumstances {
  const offHours = chat.status !== 'closed' && !hours(chat.teamId, now);
  return { offHours, notice: offHours ? say('offHours', chat.language) : null };
}
