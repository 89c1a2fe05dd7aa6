import { sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppContext } from '../../../server/context';
import { rows } from '../../../db/rows';
import { notifications } from '../../../db/schema/index';
import { recordEvent } from '../../../events/record-event';
import { buildOutboundMail } from './build-outbound-mail';

type Notification = typeof notifications.$inferSelect;

const BATCH = 20;
const LEASE_MS = 2 * 60_000;
const backoffMs = (attempt: number) => Math.min(60_000 * 2 ** (attempt - 1), 6 * 3600_000);

/** The SMTP transport for SMTP_URL (one per process; nodemailer pools nothing by default). */
export function createTransport(url: string): Transporter {
  return nodemailer.createTransport(url);
}

/**
 * Sends due email notifications from the outbox. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * several processes never send one twice; a failure is retried with backoff and recorded on the
 * row, and after EMAIL_MAX_ATTEMPTS it is marked failed with the server's answer (R10).
 */
export async function deliverDueEmails(ctx: AppContext, transport: Transporter): Promise<number> {
  const now = ctx.clock.now();
  const claimed = await rows<Record<string, unknown>>(
    ctx.db,
    sql`UPDATE notifications SET status = 'sending', attempts = attempts + 1, next_attempt_at = ${new Date(now.getTime() + LEASE_MS)}
        WHERE id IN (
          SELECT id FROM notifications
          WHERE channel = 'email' AND ((status = 'queued' AND next_attempt_at <= ${now}) OR (status = 'sending' AND next_attempt_at <= ${now}))
          ORDER BY next_attempt_at, id LIMIT ${BATCH}
          FOR UPDATE SKIP LOCKED)
        RETURNING id, ticket_id, recipient, subject, body, data, attempts`,
  );
  for (const row of claimed) {
    const n = { id: row.id, ticketId: row.ticket_id, recipient: row.recipient, subject: row.subject, body: row.body, data: row.data, attempts: row.attempts } as Notification;
    try {
      const info = await transport.sendMail(buildOutboundMail(ctx.config, n));
      await ctx.db.execute(sql`
        UPDATE notifications SET status = 'sent', sent_at = ${ctx.clock.now()}, error = NULL,
          data = data || ${JSON.stringify({ messageId: info.messageId, response: info.response })}::jsonb
        WHERE id = ${n.id}`);
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      const failed = n.attempts >= ctx.config.EMAIL_MAX_ATTEMPTS;
      await ctx.db.execute(sql`
        UPDATE notifications SET status = ${failed ? 'failed' : 'queued'}, error = ${error},
          next_attempt_at = ${failed ? null : new Date(ctx.clock.now().getTime() + backoffMs(n.attempts))}
        WHERE id = ${n.id}`);
      if (failed) {
        await recordEvent(ctx.db, { type: 'notifications.failed', ticketId: n.ticketId, data: { notificationId: n.id, recipient: n.recipient, error }, at: ctx.clock.now() });
      }
      ctx.logger.warn({ notificationId: n.id, attempt: n.attempts, error }, 'email delivery failed');
    }
  }
  return claimed.length;
}

/** Polls the outbox while SMTP_URL is set; returns a function that stops it. */
export function startEmailDelivery(ctx: AppContext, intervalMs = 500): () => Promise<void> {
  if (!ctx.config.SMTP_URL) return async () => {};
  const transport = createTransport(ctx.config.SMTP_URL);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    if (stopped) return;
    running = (async () => {
      while (!stopped && (await deliverDueEmails(ctx, transport)) === BATCH);
    })()
      .catch((err) => ctx.logger.error({ err }, 'email delivery loop failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 50);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
    transport.close();
  };
}
