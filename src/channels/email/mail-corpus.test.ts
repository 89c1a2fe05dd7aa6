import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startMailDesk } from './mail-desk.test-support';

/**
 * A corpus of hostile and broken mail (test/fixtures/mail, expectations.json beside it): every one
 * is stored, then processed or kept with a clear reason — none lost, none crashing the server.
 * About two thirds travel over real SMTP, the rest are stored directly as the IMAP poller does.
 */
interface Expectation {
  status: 'processed' | 'failed' | 'ignored';
  via?: 'raw' | 'smtp';
  reason?: string;
  body?: string;
  bodyNot?: string[];
  subject?: string;
  sender?: string;
  senderName?: string;
  attachments?: string[];
  htmlHas?: string[];
  htmlNot?: string[];
}

const dir = path.resolve(import.meta.dirname, '../../../test/fixtures/mail');
const expectations: Record<string, Expectation> = JSON.parse(readFileSync(path.join(dir, 'expectations.json'), 'utf8'));
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
const desk = await startMailDesk({ INBOUND_RATE_LIMIT_PER_HOUR: '10000', SMTP_MAX_BYTES: String(32 * 1024 * 1024) });

const stored = new Map<string, string>();
const viaOf = (file: string, index: number) => expectations[file]?.via ?? (index % 3 === 2 ? 'raw' : 'smtp');

describe('the hostile mail corpus (issue 4)', () => {
  it('has at least 40 messages, each with an expectation', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    expect(fixtures.filter((f) => !expectations[f])).toEqual([]);
  });

  it('stores every message, over SMTP or directly', async () => {
    for (const [index, file] of fixtures.entries()) {
      const raw = readFileSync(path.join(dir, file));
      if (viaOf(file, index) === 'raw') stored.set(file, await desk.receiveRaw(raw));
      else stored.set(file, (await desk.sendRaw(raw, { from: file.startsWith('36-') ? '' : `envelope-${index}@example.org` })).inboundId);
    }
    expect(stored.size).toBe(fixtures.length);
    expect(fixtures.filter((f, i) => viaOf(f, i) === 'smtp').length).toBeGreaterThan(fixtures.length / 2);
    await desk.runJobs();
  });

  it.each(fixtures)('%s ends as expected, with a reason', async (file) => {
    const want = expectations[file];
    const row = await desk.inbound(stored.get(file)!);
    expect(row.status, `${file}: ${row.reason}`).toBe(want.status);
    expect(row.reason).toEqual(expect.any(String));
    if (want.reason) expect(row.reason).toMatch(new RegExp(`^${want.reason}\\b`));
    if (want.sender) expect(row.fromAddress).toBe(want.sender);
    if (want.status !== 'processed' || !row.ticketId) return;
    const ticket = (await desk.admin.get(`/api/v1/tickets/${row.ticketId}`)).body;
    expect(ticket.channel).toBe('email');
    if (want.subject) expect(ticket.subject).toBe(want.subject);
    if (want.senderName) expect((await desk.admin.get(`/api/v1/people/${ticket.requesterId}`)).body.name).toBe(want.senderName);
    const [message] = (await desk.admin.get(`/api/v1/tickets/${row.ticketId}/messages`)).body.items;
    expect(message.body).not.toContain('\u0000');
    if (want.body) expect(message.body).toContain(want.body);
    for (const text of want.bodyNot ?? []) expect(message.body).not.toContain(text);
    if (want.attachments) expect(message.attachments.map((a: { filename: string }) => a.filename).sort()).toEqual([...want.attachments].sort());
    for (const text of want.htmlHas ?? []) expect(message.bodyHtml).toContain(text);
    for (const text of want.htmlNot ?? []) expect((message.bodyHtml ?? '').toLowerCase()).not.toContain(text.toLowerCase());
  });

  it('a 20 MB attachment travels over SMTP, is stored and downloadable whole', async () => {
    const big = Buffer.alloc(20_000_000, 0x5a);
    big.write('START', 0);
    big.write('END', big.length - 3);
    const raw = [
      'From: big@example.org', 'To: support@acme.test', 'Subject: Log completo', 'Message-ID: <big-20mb@example.org>',
      'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="big"', '', '--big', 'Content-Type: text/plain', '', 'Segue o log.',
      '--big', 'Content-Type: application/octet-stream; name="server.log"', 'Content-Disposition: attachment; filename="server.log"',
      'Content-Transfer-Encoding: base64', '', big.toString('base64').replace(/.{76}/g, '$&\r\n'), '--big--', '',
    ].join('\r\n');
    const { inboundId } = await desk.sendRaw(raw, { from: 'big@example.org' });
    await desk.runJobs();
    const row = await desk.inbound(inboundId);
    expect(row.status).toBe('processed');
    const [message] = (await desk.admin.get(`/api/v1/tickets/${row.ticketId}/messages`)).body.items;
    expect(message.attachments[0]).toMatchObject({ filename: 'server.log', size: 20_000_000 });
    const download = await fetch(desk.baseUrl + message.attachments[0].url, { headers: { authorization: `Bearer ${(desk.admin as unknown as { auth: { token: string } }).auth.token}` } });
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.length).toBe(20_000_000);
    expect(bytes.subarray(0, 5).toString()).toBe('START');
  }, 120_000);

  it('a 2 MB single line is processed; a 1,200-part message and a 1 MB header are kept as unparseable', async () => {
    const line = await desk.receiveRaw(`From: line@example.org\r\nSubject: one line\r\n\r\n${'On '.padEnd(2_000_000, 'x wrote ')}\r\n`);
    const parts = Array.from({ length: 1200 }, (_, i) => `--p\r\nContent-Type: text/plain\r\n\r\npart ${i}\r\n`).join('');
    const many = await desk.receiveRaw(`From: parts@example.org\r\nSubject: many parts\r\nContent-Type: multipart/mixed; boundary="p"\r\n\r\n${parts}--p--\r\n`);
    const hugeHeader = await desk.receiveRaw(`From: header@example.org\r\nSubject: huge header\r\nX-Junk: ${'a'.repeat(1_100_000)}\r\n\r\nbody\r\n`);
    const started = performance.now();
    await desk.runJobs();
    expect(performance.now() - started).toBeLessThan(20_000);
    expect((await desk.inbound(line)).status).toBe('processed');
    expect(await desk.inbound(many)).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^unparseable: .*child nodes/), attempts: 1 });
    expect(await desk.inbound(hugeHeader)).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^unparseable: .*header size/), attempts: 1 });
  }, 60_000);

  it('nothing is left unprocessed, nothing was lost, and the server still answers', async () => {
    const waiting = await desk.admin.get('/api/v1/admin/inbound-mail?status=received');
    expect(waiting.body.items).toEqual([]);
    const all = (await desk.admin.get('/api/v1/admin/inbound-mail?limit=200')).body.items;
    expect(all.length).toBe(fixtures.length + 4);
    const failed = (await desk.admin.get('/api/v1/admin/inbound-mail?status=failed&limit=200')).body.items;
    for (const f of failed) expect(f.reason).toMatch(/^(no_sender|unparseable): /);
    expect((await fetch(`${desk.baseUrl}/healthz`)).status).toBe(200);
  });
});
