import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/connection';
import type { AppContext } from '../../server/context';
import { calendars, slaPolicies, teams, type TicketStatus } from '../../db/schema/index';
import { getBusinessCalendar } from '../calendars/calendar-cache';
import { CALENDAR_TIME, createCalendarTime } from '../calendars/calendar-time';
import type { BusinessCalendar } from '../calendars/business-calendar';
import type { CalendarDefinition } from '../calendars/calendar.schemas';
import type { SlaConditions, SlaEscalation, SlaTargets } from './sla-policy.schemas';

export interface SlaPolicy {
  id: string;
  name: string;
  position: number;
  conditions: SlaConditions;
  targets: SlaTargets;
  pauseOn: TicketStatus[];
  warnAtPercent: number | null;
  escalation: SlaEscalation;
}

/** The SLA policies and calendars in force, read once and shared by every ticket computation. */
export interface SlaConfig {
  policies: SlaPolicy[];
  /** The expanded calendar for an id; calendar time (24/7 UTC) for none or an unknown id. */
  calendar(id: string | null | undefined): BusinessCalendar;
  /** Calendar time in the zone of a calendar (for "calendar days" targets). */
  calendarTime(id: string | null | undefined): BusinessCalendar;
  /** The calendar a team works by, if it has one. */
  teamCalendarId(teamId: string | null | undefined): string | null;
}

/**
 * The policy as it applies to a ticket of `teamId`: targets counting on "team" (R8: on holidays only
 * some teams work) count on that team's calendar, or in calendar time when the team has none.
 */
export function bindPolicy(policy: SlaPolicy | null, teamId: string | null, config: SlaConfig): SlaPolicy | null {
  if (!policy || !usesTeamCalendar(policy)) return policy;
  const teamCalendar = config.teamCalendarId(teamId);
  const targets = Object.fromEntries(
    Object.entries(policy.targets).map(([name, t]) => [name, t && t.calendarId === 'team' ? { ...t, calendarId: teamCalendar ?? undefined } : t]),
  ) as SlaTargets;
  return { ...policy, targets };
}

export const usesTeamCalendar = (policy: SlaPolicy | null): boolean =>
  !!policy && Object.values(policy.targets).some((t) => t?.calendarId === 'team');

export const defaultPauseOn: TicketStatus[] = ['pending', 'on_hold'];
export const defaultEscalation: SlaEscalation = { raisePriority: true, notifyTeam: true };

// Every ticket change needs the policies; reading them per change would double the create cost.
// Changes in this process clear the snapshot at once; other processes see them within the TTL.
const TTL_MS = 1000;
const snapshots = new WeakMap<object, { config: SlaConfig; until: number }>();
const zoneCalendars = new Map<string, BusinessCalendar>();

/** Forgets the snapshot after a policy or calendar changes. */
export function invalidateSlaConfig(ctx: AppContext): void {
  snapshots.delete(ctx.database);
}

/**
 * The current SLA configuration, from the database's snapshot when it is fresh. Inside a
 * transaction pass it as `db`: the embedded database runs one transaction at a time, so a read
 * on the side would wait for the transaction that is waiting for it.
 */
export async function loadSlaConfig(ctx: AppContext, db: Executor = ctx.db): Promise<SlaConfig> {
  const now = performance.now();
  const snapshot = snapshots.get(ctx.database);
  if (snapshot && snapshot.until > now) return snapshot.config;
  // In turn, not together: a transaction's client takes one query at a time.
  const policyRows = await db.select().from(slaPolicies).where(eq(slaPolicies.active, true)).orderBy(asc(slaPolicies.position), asc(slaPolicies.createdAt));
  const calendarRows = await db.select({ id: calendars.id, version: calendars.version, definition: calendars.definition }).from(calendars);
  const teamRows = await db.select({ id: teams.id, calendarId: teams.calendarId }).from(teams);
  const teamCalendars = new Map(teamRows.map((t) => [t.id, t.calendarId]));
  const byId = new Map(calendarRows.map((c) => [c.id, c]));
  const calendar = (id: string | null | undefined): BusinessCalendar => {
    const row = id ? byId.get(id) : undefined;
    if (!row) return CALENDAR_TIME;
    return getBusinessCalendar({ id: row.id, version: row.version, definition: row.definition as CalendarDefinition });
  };
  const config: SlaConfig = {
    policies: policyRows.map((p) => ({
      id: p.id,
      name: p.name,
      position: p.position,
      conditions: p.conditions as SlaConditions,
      targets: p.targets as SlaTargets,
      pauseOn: ((p.options.pauseOn as TicketStatus[] | undefined) ?? defaultPauseOn),
      warnAtPercent: p.options.warnAtPercent === undefined ? 80 : (p.options.warnAtPercent as number | null),
      escalation: { ...defaultEscalation, ...((p.options.escalation as SlaEscalation | undefined) ?? {}) },
    })),
    calendar,
    teamCalendarId: (teamId) => (teamId ? (teamCalendars.get(teamId) ?? null) : null),
    calendarTime: (id) => {
      const zone = (id && (byId.get(id)?.definition as CalendarDefinition | undefined)?.timezone) || 'UTC';
      let cal = zoneCalendars.get(zone);
      if (!cal) zoneCalendars.set(zone, (cal = createCalendarTime(zone)));
      return cal;
    },
  };
  snapshots.set(ctx.database, { config, until: now + TTL_MS });
  return config;
}
