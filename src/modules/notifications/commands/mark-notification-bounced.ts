import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { rows } from '../../../db/rows';
import { recordEvent } from '../../../events/record-event';

/**
 * A delivery report said an email we sent failed (R10: "I get no emails" must be diagnosable):
 * the outbox rows whose `data.messageId` is the bounced Message-ID become `failed` with the reason.
 * When the report names a recipient that matches a row, only that row is marked (one mail may go
 * to the requester and the copied people); otherwise every row of that mail. Writes
 * `notifications.bounced` per row marked. Answers the rows matched and those newly marked failed.
 */
export async function markNotificationBounced(
  ctx: AppContext,
  input: { messageId: string; recipient?: string | null; reason: string },
): Promise<{ matched: number; notificationIds: string[] }> {
  const bare = input.messageId.trim().replace(/^<|>$/g, '');
  if (!bare) return { matched: 0, notificationIds: [] };
  const recipient = input.recipient?.trim().toLowerCase() || null;
  const reason = input.reason.replace(/[\u0000\ud800-\udfff]/g, '').slice(0, 1000);
  const now = ctx.clock.now();
  const result = await ctx.db.transaction(async (tx) => {
    // Outbound code may store the id with or without angle brackets; the expression index serves both.
    const found = await rows<{ id: string; ticket_id: string | null; recipient: string; status: string }>(tx, sql`
      SELECT id, ticket_id, recipient, status FROM notifications
      WHERE data->>'messageId' IN (${bare}, ${`<${bare}>`}) ORDER BY created_at, id FOR UPDATE`);
    const forRecipient = recipient ? found.filter((n) => n.recipient.toLowerCase() === recipient) : [];
    // A second report about the same failure changes nothing.
    const targets = (forRecipient.length ? forRecipient : found).filter((n) => n.status !== 'failed');
    for (const n of targets) {
      await tx.execute(sql`UPDATE notifications SET status = 'failed', error = ${reason}, next_attempt_at = NULL WHERE id = ${n.id}`);
      await recordEvent(tx, {
        type: 'notifications.bounced',
        ticketId: n.ticket_id,
        data: { notificationId: n.id, recipient: n.recipient, messageId: `<${bare}>`, reason, previousStatus: n.status },
        at: now,
      });
    }
    return { matched: found.length, notificationIds: targets.map((n) => n.id) };
  });
  if (result.notificationIds.length) ctx.events.kick();
  return result;
}
