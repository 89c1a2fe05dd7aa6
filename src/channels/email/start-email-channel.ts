import type { AppContext } from '../../server/context';
import { startSmtpListener, type SmtpListener } from './smtp-listener';
import { startImapPoller, type ImapPoller } from './imap-poller';
import { parseImapUrls } from './imap-mailbox-url';
import { noteInboundListener } from '../../modules/channel-settings/inbound-listener-state';

export interface EmailChannel {
  /** The SMTP listener, when one runs (SMTP_LISTEN_PORT not "off"); `port` is the bound port. */
  smtp: SmtpListener | null;
  imap: ImapPoller[];
  close(): Promise<void>;
}

/**
 * Starts inbound email as configured: the SMTP listener and one poller per IMAP mailbox. A busy
 * default port (2525 not asked for) is logged and skipped, so a second desk on one machine still
 * starts; a port that was asked for and cannot be bound stops the start.
 */
export async function startEmailChannel(ctx: AppContext): Promise<EmailChannel> {
  const { config } = ctx;
  let smtp: SmtpListener | null = null;
  if (config.SMTP_LISTEN_PORT !== 'off') {
    try {
      smtp = await startSmtpListener(ctx);
      ctx.logger.info({ port: smtp.port }, 'inbound SMTP listening');
    } catch (err) {
      if (!config.SMTP_LISTEN_PORT_DEFAULTED) throw err;
      ctx.logger.warn({ err, port: config.SMTP_LISTEN_PORT }, 'inbound SMTP not started: the default port is busy (set SMTP_LISTEN_PORT)');
    }
  }
  noteInboundListener(ctx, smtp?.port ?? null);
  const imap = parseImapUrls(config.IMAP_URLS).map((mailbox) => startImapPoller(ctx, mailbox));
  return {
    smtp,
    imap,
    close: async () => {
      await Promise.all([smtp?.close(), ...imap.map((p) => p.close())]);
    },
  };
}
