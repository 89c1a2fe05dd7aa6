import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { notifications } from '../../db/schema/index';
import { newId } from '../../server/ids';
import { startMailDesk, SUPPORT } from './mail-desk.test-support';

const desk = await startMailDesk({ SMTP_MAX_BYTES: String(200 * 1024), INBOUND_RATE_LIMIT_PER_HOUR: '3' });
const tickets = async () => (await desk.admin.get('/api/v1/tickets?limit=200')).body.items.length;

describe('loop and noise protection (issue 4)', () => {
  it.each([
    ['Auto-Submitted: auto-replied', { 'Auto-Submitted': 'auto-replied' }, 'Automatic reply: Rastreador'],
    ['X-Autoreply', { 'X-Autoreply': 'yes' }, 'Férias'],
    ['X-Autorespond', { 'X-Autorespond': 'Out of office' }, 'Fora do escritório'],
    ['Precedence: bulk', { Precedence: 'bulk' }, 'Newsletter'],
    ['Precedence: auto_reply', { Precedence: 'auto_reply' }, 'Re: suporte'],
    ['X-Auto-Response-Suppress', { 'X-Auto-Response-Suppress': 'All' }, 'Abwesenheit'],
    ['List-Id', { 'List-Id': '<news.example.org>' }, 'Weekly digest'],
  ])('an auto-reply (%s) is stored and ignored: no ticket, no reply', async (_label, headers, subject) => {
    const before = await tickets();
    const { inboundId } = await desk.send({ from: `robot-${newId()}@example.org`, subject, text: 'I am away until Monday.', headers });
    await desk.runJobs();
    const row = await desk.inbound(inboundId);
    expect(row.status).toBe('ignored');
    expect(row.reason).toMatch(/^auto_reply: /);
    expect(await tickets()).toBe(before);
  });

  it('Auto-Submitted: no is a person writing', async () => {
    const { inboundId } = await desk.send({ from: 'pessoa@example.org', subject: 'Dúvida', text: 'Oi', headers: { 'Auto-Submitted': 'no' } });
    await desk.runJobs();
    expect((await desk.inbound(inboundId)).status).toBe('processed');
  });

  it('mail from our own address is dropped (loop)', async () => {
    const { inboundId } = await desk.send({ from: SUPPORT, subject: 'Re: [#1] Seu chamado', text: 'eco' });
    await desk.runJobs();
    expect(await desk.inbound(inboundId)).toMatchObject({ status: 'ignored', reason: `loop: sent from our own address ${SUPPORT}` });
  });

  it('a bounce marks the outbound notification failed with the reason (R10)', async () => {
    const id = newId();
    await desk.atende.ctx.db.insert(notifications).values({
      id, channel: 'email', kind: 'agent_reply', recipient: 'nobody@cliente.test', body: 'Olá', status: 'sent', attempts: 1,
      data: { messageId: '<reply-42@acme.test>' }, createdAt: desk.clock.now(),
    });
    const dsn = [
      'From: Mail Delivery System <MAILER-DAEMON@mx.cliente.test>',
      `To: ${SUPPORT}`,
      'Subject: Undelivered Mail Returned to Sender',
      'Auto-Submitted: auto-replied',
      'Message-ID: <dsn-1@mx.cliente.test>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"',
      '',
      '--BOUNDARY',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--BOUNDARY',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.cliente.test',
      '',
      'Final-Recipient: rfc822; nobody@cliente.test',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 <nobody@cliente.test>: Recipient address rejected: User unknown',
      '',
      '--BOUNDARY',
      'Content-Type: text/rfc822-headers',
      '',
      `From: ${SUPPORT}`,
      'To: nobody@cliente.test',
      'Message-ID: <reply-42@acme.test>',
      'Subject: [#1001] Re: Rastreador',
      '',
      '--BOUNDARY--',
      '',
    ].join('\r\n');
    const { inboundId } = await desk.sendRaw(dsn, { from: '', to: [SUPPORT] });
    await desk.runJobs();
    expect(await desk.inbound(inboundId)).toMatchObject({ status: 'processed', reason: expect.stringMatching(/^bounce: 1 notification/) });
    const [row] = await desk.atende.ctx.db.select().from(notifications).where(eq(notifications.id, id));
    expect(row.status).toBe('failed');
    expect(row.error).toMatch(/5\.1\.1.*User unknown/);
    const listed = await desk.admin.get(`/api/v1/notifications?status=failed&recipient=nobody@cliente.test`);
    expect(listed.body.items[0]).toMatchObject({ id, status: 'failed' });
  });

  it('a bounce about mail that is not ours is kept as ignored', async () => {
    const raw = `From: MAILER-DAEMON@mx.test\r\nTo: ${SUPPORT}\r\nSubject: failure notice\r\n\r\nSorry, I could not deliver.\r\n\r\n--- Below this line is a copy of the message.\r\n\r\nMessage-ID: <unknown-9@elsewhere.test>\r\nSubject: hi\r\n`;
    const { inboundId } = await desk.sendRaw(raw, { from: '' });
    await desk.runJobs();
    expect(await desk.inbound(inboundId)).toMatchObject({ status: 'ignored', reason: expect.stringMatching(/^bounce_unmatched/) });
  });

  it('a sender over the hourly limit is kept as rate_limited; an hour later they are heard again', async () => {
    const from = 'flood@example.org';
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await desk.send({ from, subject: `Spam ${i}`, text: 'x' })).inboundId);
    await desk.runJobs();
    const statuses = await Promise.all(ids.map(async (id) => (await desk.inbound(id)).status));
    expect(statuses).toEqual(['processed', 'processed', 'processed', 'rate_limited', 'rate_limited']);
    expect((await desk.inbound(ids[4])).reason).toMatch(/^rate_limit: 4 mails from flood@example.org/);
    const listed = await desk.admin.get('/api/v1/admin/inbound-mail?status=rate_limited');
    expect(listed.body.items.map((m: { id: string }) => m.id).sort()).toEqual(ids.slice(3).sort());
    // An admin lets one through anyway.
    expect((await desk.admin.post(`/api/v1/admin/inbound-mail/${ids[4]}/retry`)).status).toBe(202);
    await desk.runJobs();
    expect((await desk.inbound(ids[4])).status).toBe('processed');
    await desk.admin.post('/api/v1/admin/clock', { advance: 'PT61M' });
    const later = await desk.send({ from, subject: 'Later', text: 'y' });
    await desk.runJobs();
    expect((await desk.inbound(later.inboundId)).status).toBe('processed');
  });

  it('an oversize message is refused at SMTP with 552 and nothing is stored', async () => {
    const before = (await desk.admin.get('/api/v1/admin/inbound-mail?limit=200')).body.items.length;
    const err = await desk.send({ from: 'big@example.org', subject: 'Big', text: 'x', attachments: [{ filename: 'big.bin', content: Buffer.alloc(300 * 1024, 7) }] }).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as { responseCode?: number }).responseCode).toBe(552);
    expect((await desk.admin.get('/api/v1/admin/inbound-mail?limit=200')).body.items.length).toBe(before);
    expect((await fetch(`${desk.baseUrl}/healthz`)).status).toBe(200);
  });
});

describe('bounded retries', () => {
  it('a mail whose processing keeps failing is tried 3 times, then kept as failed with the error — never looped', async () => {
    const { rm, writeFile } = await import('node:fs/promises');
    // A file where the attachment folder should be: every attachment save fails, even as root.
    const folder = `${desk.atende.ctx.config.DATA_DIR}/attachments`;
    await rm(folder, { recursive: true, force: true });
    await writeFile(folder, 'not a folder');
    try {
      const { inboundId } = await desk.send({ from: 'retry@example.org', subject: 'Com anexo', text: 'x', attachments: [{ filename: 'a.txt', content: 'a' }] });
      await desk.runJobs();
      expect(await desk.inbound(inboundId)).toMatchObject({ status: 'received', attempts: 1, lastError: expect.stringMatching(/ENOTDIR|EEXIST/) });
      await desk.admin.post('/api/v1/admin/clock', { advance: 'PT10M' });
      const row = await desk.inbound(inboundId);
      expect(row).toMatchObject({ status: 'failed', attempts: 3, reason: expect.stringMatching(/^error: 3 attempts failed; last: .*(ENOTDIR|EEXIST)/) });
      await desk.admin.post('/api/v1/admin/clock', { advance: 'P1D' });
      expect((await desk.inbound(inboundId)).attempts).toBe(3);
    } finally {
      await rm(folder, { force: true });
    }
  });
});

describe('SMTP AUTH', async () => {
  const authDesk = await startMailDesk({ SMTP_AUTH_USER: 'relay', SMTP_AUTH_PASSWORD: 'relay-secret-123' });
  const send = (auth?: { user: string; pass: string }) =>
    nodemailer.createTransport({ host: '127.0.0.1', port: authDesk.smtpPort, secure: false, ignoreTLS: true, auth })
      .sendMail({ from: 'a@example.org', to: SUPPORT, subject: 'auth', text: 'x' });

  it('requires the configured credentials when AUTH is on', async () => {
    await expect(send()).rejects.toThrow(/auth/i);
    await expect(send({ user: 'relay', pass: 'wrong' })).rejects.toThrow(/535|Authentication failed/);
    expect((await send({ user: 'relay', pass: 'relay-secret-123' })).response).toMatch(/^250 .*Queued as/);
  });
});

describe('STARTTLS', async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/atende-tls-`);
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${dir}/key.pem`, '-out', `${dir}/cert.pem`, '-days', '1', '-subj', '/CN=acme.test'], { stdio: 'ignore' });
  const tlsDesk = await startMailDesk({ SMTP_TLS_KEY: `${dir}/key.pem`, SMTP_TLS_CERT: `${dir}/cert.pem`, SMTP_AUTH_USER: 'relay', SMTP_AUTH_PASSWORD: 'relay-secret-123' });

  it('upgrades the connection before AUTH, and stores what it receives', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: tlsDesk.smtpPort, secure: false, requireTLS: true, tls: { rejectUnauthorized: false }, auth: { user: 'relay', pass: 'relay-secret-123' } });
    const info = await transport.sendMail({ from: 'tls@example.org', to: SUPPORT, subject: 'Over TLS', text: 'encrypted' });
    const id = /Queued as (\S+)/.exec(info.response)![1];
    await tlsDesk.runJobs();
    expect((await tlsDesk.inbound(id)).status).toBe('processed');
  });
});
