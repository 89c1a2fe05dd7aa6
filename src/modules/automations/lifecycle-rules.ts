import type { Executor } from '../../db/connection';
import type { TicketStatus } from '../../db/schema/index';
import { enqueueJob } from '../../jobs/enqueue-job';
import { resolveSettings } from '../settings/settings.queries';
import { addIsoDuration } from '../settings/iso-duration';
import type { LifecycleSettings } from '../settings/settings.schemas';

export const LIFECYCLE_JOB = 'lifecycle.transition';

/** A timed status change: after `setting` in status `from`, the ticket moves to `to`. */
interface LifecycleRule {
  setting: keyof LifecycleSettings;
  from: TicketStatus;
  to: TicketStatus;
}

// R17 (pending → resolved after 10 days), R40 (waiting → closed after 48 h), resolved → closed.
const rules: LifecycleRule[] = [
  { setting: 'pendingAutoResolveAfter', from: 'pending', to: 'resolved' },
  { setting: 'pendingAutoCloseAfter', from: 'pending', to: 'closed' },
  { setting: 'resolvedAutoCloseAfter', from: 'resolved', to: 'closed' },
];

export interface LifecyclePayload {
  ticketId: string;
  from: TicketStatus;
  to: TicketStatus;
  /** The status change that armed the rule; a later change disarms it. */
  statusChangedAt: string;
  rule: string;
}

/**
 * Arms the timed rules for the status a ticket just entered, with the settings of its organization
 * and team. Each rule's job checks on firing that the ticket is still in that same status spell.
 */
export async function scheduleLifecycleRules(
  tx: Executor,
  ticket: { id: string; status: TicketStatus; statusChangedAt: Date; organizationId: string | null; teamId: string | null },
  now: Date,
): Promise<void> {
  const applicable = rules.filter((r) => r.from === ticket.status);
  if (applicable.length === 0) return;
  const { lifecycle } = await resolveSettings(tx, { organizationId: ticket.organizationId, teamId: ticket.teamId });
  for (const rule of applicable) {
    const after = lifecycle[rule.setting];
    if (!after) continue;
    const payload: LifecyclePayload = {
      ticketId: ticket.id,
      from: rule.from,
      to: rule.to,
      statusChangedAt: ticket.statusChangedAt.toISOString(),
      rule: rule.setting,
    };
    await enqueueJob(tx, {
      name: LIFECYCLE_JOB,
      payload: { ...payload },
      runAt: addIsoDuration(ticket.statusChangedAt, after as string),
      dedupeKey: `${rule.setting}:${ticket.id}`,
      now,
    });
  }
}
