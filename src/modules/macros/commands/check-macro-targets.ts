import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/connection';
import { people, teams } from '../../../db/schema/index';
import { AppError } from '../../../server/app-error';
import type { MacroChanges } from '../../../db/schema/index';

/**
 * A macro's team and assignee must exist when it is saved, so an admin learns of a typo at once
 * rather than an agent at apply time. Team membership is checked when applied, against the
 * ticket's team then (the same rule as any assignment, R28).
 */
export async function checkMacroTargets(tx: Tx, changes: MacroChanges): Promise<void> {
  if (changes.teamId) {
    const [team] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.id, changes.teamId));
    if (!team) throw new AppError('unprocessable', 'team_not_found', 'The team does not exist.', { teamId: changes.teamId });
  }
  if (changes.assigneeId && changes.assigneeId !== 'me') {
    const [agent] = await tx.select({ role: people.role, active: people.active }).from(people).where(eq(people.id, changes.assigneeId));
    if (!agent || agent.role === 'customer' || !agent.active) {
      throw new AppError('unprocessable', 'assignee_not_found', 'The assignee is not an active agent.', { assigneeId: changes.assigneeId });
    }
  }
}

/** The unique name index's violation as the API's conflict. */
export function duplicateName(err: unknown, name: string | undefined): unknown {
  if ((err as { code?: string }).code === '23505' || (err as { cause?: { code?: string } }).cause?.code === '23505') {
    return new AppError('conflict', 'macro_name_taken', 'Another macro already has this name.', { name });
  }
  return err;
}
