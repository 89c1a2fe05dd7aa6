import { ImapFlow } from 'imapflow';
import type { AppContext } from '../../server/context';
import type { ImapMailbox } from './imap-mailbox-url';
import { acceptInboundMail } from './accept-inbound-mail';
import { recordMailboxPoll } from '../../modules/channel-settings/commands/record-mailbox-poll';

export interface ImapPoller {
  /** Resolves after the next full pass over unseen mail (tests wait on it). */
  drained(): Promise<void>;
  close(): Promise<void>;
}

const MAX_BACKOFF_MS = 60_000;

/**
 * Polls one IMAP mailbox: every unseen message is fetched, stored, and only then flagged \Seen (or
 * moved), so a crash between the two stores it twice at worst — the source reference (mailbox,
 * UIDVALIDITY, UID) makes the second store a no-op. New mail wakes the poller through IDLE where the
 * server offers it (imapflow's auto-IDLE), else every IMAP_POLL_SECONDS. A lost connection is
 * re-opened with backoff.
 */
export function startImapPoller(ctx: AppContext, mailbox: ImapMailbox): ImapPoller {
  let stopped = false;
  let client: ImapFlow | null = null;
  let wake: () => void = () => {};
  let passWaiters: Array<() => void> = [];
  const finishPass = () => {
    const waiters = passWaiters;
    passWaiters = [];
    waiters.forEach((resolve) => resolve());
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  // The admin's channel page shows the last poll; a status that cannot be written (database
  // restarting) must not stop the poller, so it is logged and the next pass tries again.
  const report = (error?: unknown) =>
    recordMailboxPoll(ctx, { mailbox: mailbox.label, password: mailbox.password, error }).catch((err: unknown) =>
      ctx.logger.warn({ err, mailbox: mailbox.label }, 'IMAP poll status not recorded'),
    );

  async function pass(imap: ImapFlow): Promise<void> {
    const lock = await imap.getMailboxLock(mailbox.path);
    try {
      const uidValidity = String(imap.mailbox ? imap.mailbox.uidValidity : 0);
      const uids = (await imap.search({ seen: false }, { uid: true })) || [];
      for (const uid of uids) {
        if (stopped) return;
        const message = await imap.fetchOne(String(uid), { source: true, envelope: true }, { uid: true });
        if (!message || !message.source) continue;
        await acceptInboundMail(ctx, {
          raw: message.source,
          source: 'imap',
          envelopeFrom: message.envelope?.from?.[0]?.address ?? null,
          // The mailbox's own address counts as ours (loop protection); else its label says where it came from.
          envelopeTo: [mailbox.user.includes('@') ? mailbox.user : mailbox.label],
          sourceRef: `imap:${mailbox.label}:${uidValidity}:${uid}`,
        });
        // Stored first, acknowledged second.
        if (mailbox.moveTo) await imap.messageMove(String(uid), mailbox.moveTo, { uid: true });
        else await imap.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
      }
    } finally {
      lock.release();
    }
  }

  async function run(): Promise<void> {
    let backoff = 1000;
    while (!stopped) {
      const imap = new ImapFlow({
        host: mailbox.host,
        port: mailbox.port,
        secure: mailbox.secure,
        auth: { user: mailbox.user, pass: mailbox.password },
        logger: false,
        tls: mailbox.insecure ? { rejectUnauthorized: false } : undefined,
        maxIdleTime: ctx.config.IMAP_POLL_SECONDS * 1000,
        // Enter IDLE soon after a pass (imapflow waits 15 s by default), so new mail wakes us at once.
        autoIdleDelay: 500,
      });
      client = imap;
      imap.on('exists', () => wake());
      imap.on('error', (err) => ctx.logger.warn({ err, mailbox: mailbox.label }, 'IMAP connection error'));
      try {
        await imap.connect();
        backoff = 1000;
        while (!stopped && imap.usable) {
          await pass(imap);
          await report();
          finishPass();
          if (!stopped) await sleep(ctx.config.IMAP_POLL_SECONDS * 1000);
        }
      } catch (err) {
        if (!stopped) {
          ctx.logger.warn({ err, mailbox: mailbox.label }, 'IMAP poll failed; reconnecting');
          await report(err);
        }
      } finally {
        await imap.logout().catch(() => imap.close());
      }
      if (!stopped) {
        await sleep(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
    finishPass();
  }

  const running = run();
  return {
    drained: () =>
      new Promise<void>((resolve) => {
        passWaiters.push(resolve);
        wake();
      }),
    close: async () => {
      stopped = true;
      wake();
      client?.close();
      await running;
    },
  };
}
