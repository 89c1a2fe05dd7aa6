import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { eq, sql } from 'drizzle-orm';
import { rows } from '../../db/rows';
import { startTestDesk, type TestDesk } from '../../../test/desk';
import { inboundMessages } from '../../db/schema/index';
import { acceptInboundMail } from './accept-inbound-mail';

export const SUPPORT = 'support@acme.test';

export interface MailDesk extends TestDesk {
  smtpPort: number;
  /** Sends through our SMTP listener with nodemailer, as a mail server would; answers the queue id. */
  send(mail: Mail.Options): Promise<{ inboundId: string; response: string }>;
  /** Sends raw bytes over SMTP (hostile messages nodemailer would not build). */
  sendRaw(raw: Buffer | string, envelope?: { from?: string; to?: string[] }): Promise<{ inboundId: string; response: string }>;
  /** Stores raw bytes without SMTP (what the IMAP poller does). */
  receiveRaw(raw: Buffer | string): Promise<string>;
  /** Runs every due job, as the manual clock does when moved. */
  runJobs(): Promise<void>;
  /** The stored inbound row (without raw bytes). */
  inbound(id: string): Promise<{ status: string; reason: string | null; ticketId: string | null; attempts: number; lastError: string | null; fromAddress: string | null; subject: string | null }>;
}

/** A test desk with its SMTP listener on a free port and SUPPORT_EMAIL at acme.test. */
export async function startMailDesk(env: Record<string, string> = {}): Promise<MailDesk> {
  const desk = await startTestDesk({ env: { SMTP_LISTEN_PORT: '0', SMTP_LISTEN_HOST: '127.0.0.1', SUPPORT_EMAIL: SUPPORT, ...env } });
  const smtpPort = desk.atende.smtp!.port;
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true, tls: { rejectUnauthorized: false } });
  const queued = (response: string) => {
    const id = /Queued as ([0-9a-f-]{36})/.exec(response)?.[1];
    if (!id) throw new Error(`unexpected SMTP answer: ${response}`);
    return { inboundId: id, response };
  };
  return {
    ...desk,
    smtpPort,
    send: async (mail) => queued((await transport.sendMail({ to: SUPPORT, ...mail })).response),
    sendRaw: async (raw, envelope = {}) =>
      queued(
        (await transport.sendMail({
          envelope: { from: envelope.from ?? 'sender@example.com', to: envelope.to ?? [SUPPORT] },
          raw: typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw,
        })).response,
      ),
    receiveRaw: async (raw) => (await acceptInboundMail(desk.atende.ctx, { raw: typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw, source: 'api', envelopeTo: [SUPPORT] })).id,
    runJobs: async () => {
      // The desk's own job loop may have leased a job just before the clock move looked; the move
      // then finds nothing queued. Repeat until no job is due or running.
      for (let i = 0; i < 600; i++) {
        const res = await desk.admin.post('/api/v1/admin/clock', { set: desk.clock.now().toISOString() });
        if (res.status !== 200) throw new Error(`clock answered ${res.status}`);
        const [busy] = await rows<{ n: number }>(desk.atende.ctx.db, sql`
          SELECT count(*)::int AS n FROM jobs WHERE status = 'running' OR (status = 'queued' AND run_at <= ${desk.clock.now()})`);
        if (Number(busy.n) === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('jobs still running after 30 s');
    },
    inbound: async (id) => {
      const [row] = await desk.atende.ctx.db
        .select({ status: inboundMessages.status, reason: inboundMessages.reason, ticketId: inboundMessages.ticketId, attempts: inboundMessages.attempts, lastError: inboundMessages.lastError, fromAddress: inboundMessages.fromAddress, subject: inboundMessages.subject })
        .from(inboundMessages)
        .where(eq(inboundMessages.id, id));
      return row;
    },
  };
}
