import type { Executor } from '../../db/connection';
import { enqueueJob } from '../../jobs/enqueue-job';
import { resolveSettings } from '../settings/settings.queries';
import { addIsoDuration } from '../settings/iso-duration';

export const CHAT_AUTO_CLOSE_JOB = 'chat.auto_close';

/** R40's wait: the lifecycle setting `pendingAutoCloseAfter` of the chat's scope when set, else 48 h. */
export async function chatAutoCloseAfter(tx: Executor, chat: { organizationId: string | null; teamId: string | null }): Promise<string> {
  const { lifecycle } = await resolveSettings(tx, { organizationId: chat.organizationId, teamId: chat.teamId });
  return lifecycle.pendingAutoCloseAfter ?? 'PT48H';
}

/**
 * Arms (or moves) the chat's one auto-close timer to the end of the wait that starts now. The job
 * checks on firing that the chat still waits for the customer since then, so a customer's answer
 * needs no cancel: it clears `awaiting_customer_since` and the timer finds nothing to do.
 */
export async function scheduleChatAutoClose(
  tx: Executor,
  chat: { id: string; organizationId: string | null; teamId: string | null },
  now: Date,
): Promise<void> {
  const after = await chatAutoCloseAfter(tx, chat);
  await enqueueJob(tx, { name: CHAT_AUTO_CLOSE_JOB, payload: { chatId: chat.id }, runAt: addIsoDuration(now, after), dedupeKey: `chat-close:${chat.id}`, now });
}
