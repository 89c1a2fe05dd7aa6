import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/connection';
import { notifications, teamMembers } from '../../../db/schema/index';
import { newId } from '../../../server/ids';

/** Leaves an in-app notice for every member of a team, inside the caller's transaction. */
export async function notifyTeam(
  tx: Executor,
  input: { teamId: string | null; ticketId: string; kind: string; subject: string; body: string; data?: Record<string, unknown>; now: Date },
): Promise<number> {
  if (!input.teamId) return 0;
  const members = await tx.select({ personId: teamMembers.personId }).from(teamMembers).where(eq(teamMembers.teamId, input.teamId));
  if (!members.length) return 0;
  await tx.insert(notifications).values(
    members.map((m) => ({
      id: newId(),
      ticketId: input.ticketId,
      channel: 'in_app' as const,
      kind: input.kind,
      recipient: m.personId,
      recipientId: m.personId,
      subject: input.subject,
      body: input.body,
      data: input.data ?? {},
      status: 'sent' as const,
      attempts: 0,
      sentAt: input.now,
      createdAt: input.now,
    })),
  );
  return members.length;
}
