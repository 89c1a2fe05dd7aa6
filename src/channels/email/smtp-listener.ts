import { readFileSync } from 'node:fs';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import type { AppContext } from '../../server/context';
import { acceptInboundMail } from './accept-inbound-mail';

export interface SmtpListener {
  /** The bound port (useful when configured as 0). */
  readonly port: number;
  close(): Promise<void>;
}

const smtpError = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode });

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The recipient domains this listener accepts mail for; null means any. */
export function acceptedDomains(ctx: AppContext): Set<string> | null {
  const configured = ctx.config.SMTP_ACCEPT_DOMAINS?.trim();
  if (configured === '*') return null;
  const list = configured ? configured.split(',') : [ctx.config.SUPPORT_EMAIL.split('@')[1]];
  return new Set(list.map((d) => d.trim().toLowerCase()).filter(Boolean));
}

/**
 * The built-in SMTP listener (issue 4): accepts mail for the support domain, refuses messages over
 * SMTP_MAX_BYTES with 552, offers AUTH and STARTTLS when configured, and answers 250 only after the
 * raw message is stored. A storage failure answers 451, so the sending server retries later.
 */
export async function startSmtpListener(ctx: AppContext): Promise<SmtpListener> {
  const { config } = ctx;
  const domains = acceptedDomains(ctx);
  const tls = config.SMTP_TLS_KEY && config.SMTP_TLS_CERT
    ? { key: readFileSync(config.SMTP_TLS_KEY), cert: readFileSync(config.SMTP_TLS_CERT) }
    : null;
  const auth = config.SMTP_AUTH_USER && config.SMTP_AUTH_PASSWORD ? { user: config.SMTP_AUTH_USER, password: config.SMTP_AUTH_PASSWORD } : null;

  const options: SMTPServerOptions = {
    name: config.SUPPORT_EMAIL.split('@')[1],
    banner: 'Atende',
    size: config.SMTP_MAX_BYTES,
    rejectOversized: true,
    logger: false,
    closeTimeout: 5_000,
    ...(tls ?? {}),
    disabledCommands: tls ? [] : ['STARTTLS'],
    authMethods: ['PLAIN', 'LOGIN'],
    authOptional: !auth,
    // Without TLS, AUTH over plain text is the only AUTH there is (a relay on a private network).
    allowInsecureAuth: !tls,
    onAuth(session, _s, callback) {
      if (auth && session && sameSecret(session.username ?? '', auth.user) && sameSecret(session.password ?? '', auth.password)) {
        return callback(null, { user: auth.user });
      }
      return callback(smtpError('Authentication failed', 535));
    },
    onRcptTo(address, _session, callback) {
      const domain = address.address.split('@').pop()?.toLowerCase() ?? '';
      if (domains && !domains.has(domain)) return callback(smtpError(`Relay denied: we do not accept mail for ${domain}`, 550));
      return callback();
    },
    onData(stream, session, reply) {
      // A stream error and its end must not both answer the same transaction.
      let answered = false;
      const callback: typeof reply = (...a) => {
        if (answered) return;
        answered = true;
        reply(...a);
      };
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= config.SMTP_MAX_BYTES) chunks.push(chunk); // past the limit, only drain
      });
      stream.on('error', (err) => callback(err));
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(smtpError(`Message too big: the limit is ${config.SMTP_MAX_BYTES} bytes`, 552));
        const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : null;
        acceptInboundMail(ctx, {
          raw: Buffer.concat(chunks),
          source: 'smtp',
          envelopeFrom: envelopeFrom || null,
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
        }).then(
          ({ id }) => callback(null, `Queued as ${id}`),
          (err) => {
            ctx.logger.error({ err }, 'inbound SMTP: could not store a message');
            callback(smtpError('Temporary failure storing the message; try again later', 451));
          },
        );
      });
    },
  };
  const server = new SMTPServer(options);
  server.on('error', (err) => ctx.logger.warn({ err }, 'inbound SMTP connection error'));
  const port = config.SMTP_LISTEN_PORT === 'off' ? 0 : config.SMTP_LISTEN_PORT;
  await new Promise<void>((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.server.once('error', onError);
    server.listen(port, config.SMTP_LISTEN_HOST, () => {
      server.server.off('error', onError);
      resolve();
    });
  });
  const bound = (server.server.address() as AddressInfo).port;
  return {
    port: bound,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
