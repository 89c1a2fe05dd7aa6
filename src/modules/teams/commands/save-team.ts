import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import type { Tx } from '../../../db/connection';
import { calendars, teams } from '../../../db/schema/index';
import { AppError, notFound } from '../../../server/app-error';
import { isId, newId } from '../../../server/ids';
import { requireAdmin, type Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import type { CreateTeam, UpdateTeam } from '../team.schemas';
import { findTeam } from '../team.queries';
import { invalidateSlaConfig } from '../../sla/sla-config';

async function checkCalendar(tx: Tx, calendarId: string | null | undefined) {
  if (!calendarId) return;
  const [row] = await tx.select({ id: calendars.id }).from(calendars).where(eq(calendars.id, calendarId));
  if (!row) throw new AppError('unprocessable', 'calendar_not_found', 'The calendar does not exist.', { calendarId });
}

// Only one team receives uncategorized tickets: naming a new one moves the role.
async function takeTriageRole(tx: Tx, teamId: string, now: Date) {
  await tx.update(teams).set({ isTriage: false, updatedAt: now }).where(eq(teams.isTriage, true));
  await tx.update(teams).set({ isTriage: true, updatedAt: now }).where(eq(teams.id, teamId));
}

/** Creates a team (department, R21). */
export async function createTeam(ctx: AppContext, input: { actor: Actor; data: CreateTeam }) {
  requireAdmin(input.actor);
  const now = ctx.clock.now();
  const id = newId();
  const team = await ctx.db.transaction(async (tx) => {
    await checkCalendar(tx, input.data.calendarId);
    await tx.insert(teams).values({ id, name: input.data.name, calendarId: input.data.calendarId ?? null, settings: input.data.settings ?? {}, createdAt: now, updatedAt: now });
    if (input.data.isTriage) await takeTriageRole(tx, id, now);
    await recordAudit(tx, { actorId: input.actor.id, action: 'team.created', entityType: 'team', entityId: id, changes: input.data, at: now });
    return (await findTeam(tx, id))!;
  });
  invalidateSlaConfig(ctx); // SLA targets may count on the team's calendar
  return team;
}

/** Changes a team's name, calendar, settings or triage role. */
export async function updateTeam(ctx: AppContext, input: { actor: Actor; id: string; data: UpdateTeam }) {
  requireAdmin(input.actor);
  if (!isId(input.id)) throw notFound('team');
  const now = ctx.clock.now();
  const team = await ctx.db.transaction(async (tx) => {
    const current = await findTeam(tx, input.id);
    if (!current) throw notFound('team');
    await checkCalendar(tx, input.data.calendarId);
    const { isTriage, ...rest } = input.data;
    await tx.update(teams).set({ ...rest, updatedAt: now }).where(eq(teams.id, input.id));
    if (isTriage === true) await takeTriageRole(tx, input.id, now);
    if (isTriage === false && current.isTriage) {
      throw new AppError('conflict', 'triage_team_required', 'Mark another team as triage instead; one team must receive uncategorized tickets.');
    }
    await recordAudit(tx, { actorId: input.actor.id, action: 'team.updated', entityType: 'team', entityId: input.id, changes: input.data, at: now });
    return (await findTeam(tx, input.id))!;
  });
  invalidateSlaConfig(ctx);
  return team;
}
