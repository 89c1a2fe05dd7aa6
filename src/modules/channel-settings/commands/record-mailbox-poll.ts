import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { SECRET_MARKER } from '../../privacy/mask-value';

/**
 * Records how the last poll of an IMAP mailbox went, for the admin's channel page. A failure keeps
 * the last success time and a success keeps the last error, so the page can say "failing since".
 * The error text never carries the mailbox's password, even if a server echoes it back.
 */
export async function recordMailboxPoll(ctx: AppContext, input: { mailbox: string; password: string; error?: unknown }): Promise<void> {
  // An ISO text with a cast: both drivers bind it the same way (a Date is serialized differently).
  const now = ctx.clock.now().toISOString();
  if (input.error === undefined) {
    await ctx.db.execute(sql`INSERT INTO mailbox_polls (mailbox, last_polled_at, last_success_at) VALUES (${input.mailbox}, ${now}::timestamptz, ${now}::timestamptz)
      ON CONFLICT (mailbox) DO UPDATE SET last_polled_at = excluded.last_polled_at, last_success_at = excluded.last_success_at`);
    return;
  }
  const err = input.error as { message?: unknown; responseText?: unknown };
  let reason = [err?.message, err?.responseText].filter((part) => typeof part === 'string' && part).join(': ') || String(input.error);
  if (input.password) reason = reason.split(input.password).join(SECRET_MARKER);
  reason = reason.slice(0, 500);
  await ctx.db.execute(sql`INSERT INTO mailbox_polls (mailbox, last_polled_at, last_error, last_error_at) VALUES (${input.mailbox}, ${now}::timestamptz, ${reason}, ${now}::timestamptz)
    ON CONFLICT (mailbox) DO UPDATE SET last_polled_at = excluded.last_polled_at, last_error = excluded.last_error, last_error_at = excluded.last_error_at`);
}
