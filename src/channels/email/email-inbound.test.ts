import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../db/rows';
import { startMailDesk, SUPPORT } from './mail-desk.test-support';

const TRIAGE = '00000000-0000-7000-8000-000000000001';
const desk = await startMailDesk();
const agent = await desk.person({ role: 'agent', teamIds: [TRIAGE] });
const org = await desk.organization();
const known = await desk.person({ role: 'customer', organizationId: org.id, email: 'carla@cliente.com.br', name: 'Carla Souza' });

/** Sends, runs the job, and answers the ticket and its messages as the agent sees them. */
async function deliver(mail: Parameters<typeof desk.send>[0]) {
  const { inboundId } = await desk.send(mail);
  await desk.runJobs();
  const row = await desk.inbound(inboundId);
  if (!row.ticketId) return { inboundId, row, ticket: null, messages: [] as any[] };
  const ticket = (await agent.client.get(`/api/v1/tickets/${row.ticketId}`)).body;
  const messages = (await agent.client.get(`/api/v1/tickets/${row.ticketId}/messages`)).body.items;
  return { inboundId, row, ticket, messages };
}

describe('a new email opens a ticket (issue 4, R32)', () => {
  it('an unknown sender becomes a customer, the copied people are on the ticket, and the channel is email', async () => {
    const { row, ticket, messages } = await deliver({
      from: '"Bruno Lima" <Bruno.Lima@Example.org>',
      to: [SUPPORT, 'Ana <ana@example.org>'],
      cc: ['diretor@example.org', SUPPORT],
      subject: 'Rastreador offline desde ontem',
      text: 'Olá, o rastreador 123 não envia posição desde ontem.',
      messageId: '<first-1@example.org>',
    });
    expect(row).toMatchObject({ status: 'processed', fromAddress: 'bruno.lima@example.org' });
    expect(row.reason).toMatch(/^new_ticket: opened #\d+/);
    expect(ticket).toMatchObject({ subject: 'Rastreador offline desde ontem', channel: 'email', status: 'new' });
    expect(ticket.cc.sort()).toEqual(['ana@example.org', 'diretor@example.org']);
    const requester = (await desk.admin.get(`/api/v1/people/${ticket.requesterId}`)).body;
    expect(requester).toMatchObject({ name: 'Bruno Lima', role: 'customer', emails: ['bruno.lima@example.org'] });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ channel: 'email', body: 'Olá, o rastreador 123 não envia posição desde ontem.', authorId: ticket.requesterId });
  });

  it('a known customer\'s mail is filed as theirs, in their organization', async () => {
    const { ticket } = await deliver({ from: 'Carla <CARLA@cliente.com.br>', subject: 'Nota fiscal', text: 'Preciso da segunda via.' });
    expect(ticket).toMatchObject({ requesterId: known.id, organizationId: org.id, channel: 'email' });
  });

  it('mail for another domain is refused at RCPT TO (no open relay)', async () => {
    await expect(desk.send({ from: 'x@example.org', to: 'someone@elsewhere.test', subject: 'relay', text: 'x' })).rejects.toThrow(/550|Relay denied/);
  });
});

describe('replies thread into their ticket', () => {
  let ticketId = '';
  let number = 0;
  it('by In-Reply-To, with the quoted history kept out of the body but in the original', async () => {
    const first = await deliver({ from: 'joana@example.net', cc: 'colega@example.net', subject: 'Erro 500 no login', text: 'Dá erro 500.', messageId: '<t1@example.net>' });
    ticketId = first.ticket.id;
    number = first.ticket.number;
    const reply = await deliver({
      from: 'joana@example.net',
      subject: 'Re: Erro 500 no login',
      text: 'Ainda acontece hoje.\n\nEm seg., 2 de mar. de 2026 às 10:00, Joana <joana@example.net> escreveu:\n> Dá erro 500.',
      inReplyTo: '<t1@example.net>',
      references: ['<t1@example.net>'],
      messageId: '<t2@example.net>',
    });
    expect(reply.row.reason).toMatch(/^reply: added to #\d+ \(threaded by message-id\)/);
    expect(reply.ticket.id).toBe(ticketId);
    expect(reply.messages.map((m: { body: string }) => m.body)).toEqual(['Dá erro 500.', 'Ainda acontece hoje.']);
    const [stored] = await rows<{ original: { text: string; inboundMessageId: string } }>(desk.atende.ctx.db, sql`SELECT original FROM messages WHERE email_message_id = '<t2@example.net>'`);
    expect(stored.original.text).toContain('escreveu:');
    expect(stored.original.inboundMessageId).toBe(reply.inboundId);
  });

  it('by the [#number] token in the subject when the headers are gone', async () => {
    const reply = await deliver({ from: 'joana@example.net', subject: `RE: [#${number}] Erro 500 no login`, text: 'Segue print.' });
    expect(reply.row.reason).toMatch(/threaded by subject/);
    expect(reply.ticket.id).toBe(ticketId);
    const spelled = await deliver({ from: 'joana@example.net', subject: `Sobre o Ticket #${number}`, text: 'Alguma novidade?' });
    expect(spelled.ticket.id).toBe(ticketId);
  });

  it('a copied person\'s reply threads too (R6, R43)', async () => {
    const reply = await deliver({ from: 'colega@example.net', subject: `Re: [#${number}] Erro 500`, text: 'Aqui também.', inReplyTo: '<t2@example.net>' });
    expect(reply.ticket.id).toBe(ticketId);
    expect(reply.messages.at(-1)).toMatchObject({ body: 'Aqui também.', channel: 'email' });
  });

  it('a reply from any other address opens a new ticket linked to the first (R43)', async () => {
    const other = await deliver({ from: 'intruso@example.com', subject: `Re: [#${number}] Erro 500 no login`, text: 'Eu também tenho isso.', inReplyTo: '<t1@example.net>' });
    expect(other.ticket.id).not.toBe(ticketId);
    expect(other.ticket.intake).toEqual({ relatedTicketNumber: number });
    expect(other.ticket.subject).toBe('Re: Erro 500 no login');
    expect(other.row.reason).toMatch(/not the requester or copied on #\d+ \(R43\)/);
    const firstMessages = (await agent.client.get(`/api/v1/tickets/${ticketId}/messages`)).body.items;
    expect(firstMessages.map((m: { body: string }) => m.body)).not.toContain('Eu também tenho isso.');
  });

  it('a reply to a closed ticket opens a follow-up', async () => {
    expect((await agent.client.patch(`/api/v1/tickets/${ticketId}`, { status: 'closed' })).status).toBe(200);
    const reply = await deliver({ from: 'joana@example.net', subject: `Re: [#${number}] Erro 500 no login`, text: 'Voltou a acontecer.', inReplyTo: '<t2@example.net>' });
    expect(reply.row.reason).toMatch(new RegExp(`^follow_up: #${number} is closed; opened #\\d+`));
    expect(reply.ticket.id).not.toBe(ticketId);
    expect(reply.ticket).toMatchObject({ channel: 'email', intake: { followUpOf: number } });
  });
});

describe('content', () => {
  it('HTML is sanitized (no script, handlers, javascript: links) and a plain-text version kept', async () => {
    const { ticket, messages } = await deliver({
      from: 'html@example.org',
      subject: 'HTML',
      html: '<p onclick="steal()">Olá <b>mundo</b></p><script>alert(1)</script><a href="javascript:alert(2)">clique</a><iframe src="https://evil.test"></iframe><img src="x" onerror="alert(3)">',
    });
    expect(ticket.channel).toBe('email');
    const html = messages[0].bodyHtml as string;
    expect(html).toContain('<b>mundo</b>');
    expect(html).not.toMatch(/script|onclick|onerror|javascript:|iframe/i);
    expect(messages[0].body).toContain('Olá mundo');
  });

  it('attachments and inline images are stored and downloadable; cid: images point at them', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const { messages } = await deliver({
      from: 'anexos@example.org',
      subject: 'Print do erro',
      text: 'Veja o print.',
      html: '<p>Veja o print.</p><img src="cid:print@local">',
      attachments: [
        { filename: 'log.txt', content: 'linha 1\nlinha 2\n' },
        { filename: 'print.png', content: png, cid: 'print@local', contentType: 'image/png' },
      ],
    });
    const files = messages[0].attachments as Array<{ filename: string; url: string; size: number }>;
    expect(files.map((f) => f.filename).sort()).toEqual(['log.txt', 'print.png']);
    const image = files.find((f) => f.filename === 'print.png')!;
    expect(messages[0].bodyHtml).toContain(`src="${image.url}"`);
    const download = await agent.client.get(files.find((f) => f.filename === 'log.txt')!.url);
    expect(download.status).toBe(200);
    expect(download.body).toBe('linha 1\nlinha 2\n');
  });

  it('a password in a mail is masked before it is stored or shown (R45)', async () => {
    const { inboundId } = await desk.send({ from: 'seg@example.org', subject: 'Acesso', text: 'Meu usuário é ana e a senha: SuperSecreta2026' });
    await desk.runJobs();
    const row = await desk.inbound(inboundId);
    const shown = JSON.stringify((await agent.client.get(`/api/v1/tickets/${row.ticketId}/messages`)).body);
    expect(shown).not.toContain('SuperSecreta2026');
    const stored = await rows(desk.atende.ctx.db, sql`SELECT body, body_html, original::text AS original FROM messages WHERE ticket_id = ${row.ticketId}`);
    expect(JSON.stringify(stored)).not.toContain('SuperSecreta2026');
  });
});

describe('entitlement (R2)', () => {
  it('a customer whose organization has no active contract gets no ticket; the reason is kept and announced', async () => {
    const lapsed = await desk.organization({ contractActive: false });
    await desk.person({ role: 'customer', organizationId: lapsed.id, email: 'sem.contrato@example.org' });
    const { inboundId, row } = await deliver({ from: 'sem.contrato@example.org', subject: 'Ajuda', text: 'Preciso de suporte.' });
    expect(row).toMatchObject({ status: 'ignored', ticketId: null, reason: expect.stringMatching(/^no_active_contract: /) });
    const [event] = await rows<{ data: Record<string, unknown> }>(desk.atende.ctx.db, sql`SELECT data FROM events WHERE type = 'inbound_mail.ignored' AND data->>'inboundMessageId' = ${inboundId}`);
    expect(event.data).toMatchObject({ reason: 'no_active_contract', from: 'sem.contrato@example.org' });
  });

  it('a plan without email is refused the same way', async () => {
    const chatOnly = await desk.organization({ entitlements: { chat: true, whatsapp: true, email: false } });
    await desk.person({ role: 'customer', organizationId: chatOnly.id, email: 'so.chat@example.org' });
    const { row } = await deliver({ from: 'so.chat@example.org', subject: 'Ajuda', text: 'Oi' });
    expect(row).toMatchObject({ status: 'ignored', reason: expect.stringMatching(/^email_not_entitled: /) });
  });
});

describe('admins see what arrived and why (issue 4)', () => {
  it('lists inbound mail by status, newest first, without raw bytes', async () => {
    const res = await desk.admin.get('/api/v1/admin/inbound-mail?status=processed&limit=2');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items[0]).toMatchObject({ status: 'processed', source: 'smtp', envelopeTo: [SUPPORT] });
    expect(res.body.items[0]).not.toHaveProperty('raw');
    expect(res.body.nextCursor).toEqual(expect.any(String));
    const customer = await desk.person({ role: 'customer' });
    expect((await customer.client.get('/api/v1/admin/inbound-mail')).status).toBe(403);
  });
});
