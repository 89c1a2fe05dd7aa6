import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../../test/desk';
import { startSmtpSink } from '../../../../test/smtp-sink';

const sink = await startSmtpSink();
afterAll(() => sink.close());
const desk = await startTestDesk({ now: '2026-03-02T13:00:00Z', env: { SMTP_URL: sink.url, SUPPORT_EMAIL: 'suporte@itc.example', SUPPORT_NAME: 'itc Suporte' } });
const technical = await desk.team({ name: 'Technical' });
const hosting = await desk.category({ teamId: technical.id });
const agent = await desk.person({ role: 'agent', name: 'Paula Agent', teamIds: [technical.id] });
const org = await desk.organization();
const customer = await desk.person({ role: 'customer', name: 'Ana Souza', email: 'ana@cliente.example', organizationId: org.id, languages: ['pt-BR'] });

const notificationsOf = async (ticketId: string) => (await desk.admin.get(`/api/v1/tickets/${ticketId}/notifications`)).body.items;
type Row = { kind: string; status: string; attempts: number; error: string | null; [k: string]: unknown };
const waitFor = async (ticketId: string, kind: string, done: (n: Row) => boolean, what: string) => {
  for (let i = 0; i < 400; i++) {
    const found = (await notificationsOf(ticketId)).filter((n: Row) => n.kind === kind && done(n));
    if (found.length) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no ${kind} notification ${what}`);
};
const waitForStatus = (ticketId: string, kind: string, status: string) => waitFor(ticketId, kind, (n) => n.status === status, `became ${status}`);

beforeEach(() => {
  sink.mails.length = 0;
});

describe('outbound email (issue 4)', () => {
  it('acknowledges a new ticket with its number and due date, marked as an automatic reply (R4)', async () => {
    await desk.admin.post('/api/v1/sla-policies', { name: 'All', position: 1, conditions: {}, targets: { resolution: { calendarDays: 7 } } });
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'Domínio expirado', body: 'Renovem por favor', categoryId: hosting.id })).body;
    const [mail] = await sink.waitFor(1);
    expect(mail.to).toMatchObject({ text: 'ana@cliente.example' });
    expect(mail.from?.value[0]).toEqual({ address: 'suporte@itc.example', name: 'itc Suporte' });
    expect(mail.subject).toBe(`[#${t.number}] Recebemos sua solicitação: Domínio expirado`);
    expect(mail.text).toContain(`ticket #${t.number}`);
    expect(mail.text).toContain('9 de março de 2026');
    expect(mail.headers.get('auto-submitted')).toBe('auto-replied');
    const [sent] = await waitForStatus(t.id, 'acknowledgement', 'sent');
    expect(sent).toMatchObject({ channel: 'email', recipient: 'ana@cliente.example', attempts: 1 });
  });

  it('every public reply emails the requester and the copied, as greeting + text + signature, threaded (R18, R27)', async () => {
    await desk.admin.post('/api/v1/templates', { name: 'Greeting', kind: 'greeting', body: 'Dear customers,' });
    await desk.admin.post('/api/v1/templates', { name: 'Signature', kind: 'signature', body: 'Thank you for your interest in our products and services.\n{{agent.name}}' });
    await desk.admin.post('/api/v1/templates', { name: 'Saudação técnica', kind: 'greeting', body: 'Prezados clientes,', teamId: technical.id, language: 'pt-BR' });
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'Site lento', body: 'Muito lento', categoryId: hosting.id, cc: ['ti@cliente.example'] })).body;
    await sink.waitFor(1);
    sink.mails.length = 0;
    const reply = (await agent.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'Aumentamos a memória do servidor.' })).body;
    expect(reply.body).toBe('Aumentamos a memória do servidor.');
    const mails = await sink.waitFor(2);
    expect(mails.map((m) => (m.to as { text: string }).text).sort()).toEqual(['ana@cliente.example', 'ti@cliente.example']);
    for (const mail of mails) {
      expect(mail.subject).toBe(`Re: [#${t.number}] Site lento`);
      expect(mail.text?.trim()).toBe('Prezados clientes,\n\nAumentamos a memória do servidor.\n\nThank you for your interest in our products and services.\nPaula Agent');
      expect(mail.messageId).toMatch(/^<msg-.+@itc\.example>$/);
    }
    const delivered = await waitForStatus(t.id, 'reply', 'sent');
    expect(delivered.length).toBe(2);
    expect(delivered[0].body).toContain('Prezados clientes,');
  });

  it('an internal note sends nothing', async () => {
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'Note only', body: 'x', categoryId: hosting.id })).body;
    await sink.waitFor(1);
    sink.mails.length = 0;
    await agent.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'internal', internal: true });
    await new Promise((r) => setTimeout(r, 700));
    expect(sink.mails).toHaveLength(0);
    expect((await notificationsOf(t.id)).filter((n: { kind: string }) => n.kind === 'reply')).toHaveLength(0);
  });

  it('a refused address is retried with backoff, then marked failed with the server\'s answer (R10)', async () => {
    const bounced = await desk.person({ role: 'customer', email: 'gone@cliente.example', organizationId: org.id });
    sink.refuse.add('gone@cliente.example');
    const t = (await bounced.client.post('/api/v1/tickets', { subject: 'Lost mailbox', body: 'x', categoryId: hosting.id })).body;
    const [first] = await waitFor(t.id, 'acknowledgement', (n) => n.attempts === 1 && n.status === 'queued', 'was tried once');
    expect(first.error).toMatch(/550|Mailbox unavailable/);
    for (let attempt = 2; attempt <= 6; attempt++) {
      await desk.admin.post('/api/v1/admin/clock', { advance: 'PT7H' });
      for (let i = 0; i < 400; i++) {
        const [row] = (await notificationsOf(t.id)).filter((n: { kind: string }) => n.kind === 'acknowledgement');
        if (row.attempts >= attempt && row.status !== 'sending') break;
        await new Promise((r) => setTimeout(r, 25));
      }
    }
    const [failed] = await waitForStatus(t.id, 'acknowledgement', 'failed');
    expect(failed.attempts).toBe(6);
    expect(failed.error).toMatch(/550/);
  });

  it('an ETA change tells the customer (R38)', async () => {
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'Level 2 please', body: 'x', categoryId: hosting.id })).body;
    await sink.waitFor(1);
    sink.mails.length = 0;
    await agent.client.patch(`/api/v1/tickets/${t.id}`, { level: 2, eta: '2026-03-05T18:00:00Z' });
    const [mail] = await sink.waitFor(1);
    expect(mail.subject).toBe(`[#${t.number}] New expected resolution time`);
    expect(mail.text).toContain('2026-03-05T18:00:00.000Z');
  });
});
