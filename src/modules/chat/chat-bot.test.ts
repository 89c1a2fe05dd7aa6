import { describe, expect, it } from 'vitest';
import { startTestDesk, type TestPerson } from '../../../test/desk';
import { ChatSocket, tokenFor } from './chat.test-support';

const desk = await startTestDesk();
// R4's due date comes from the SLA: high priority (system down) is due in 5 calendar days (R7).
await desk.admin.post('/api/v1/sla-policies', { name: 'Contele high', position: 1, conditions: { priority: 'high' }, targets: { resolution: { calendarDays: 5 } } });
const stats = async (who: TestPerson) => (await who.client.get('/api/v1/kb/stats?from=2020-01-01T00:00:00Z&to=2030-01-01T00:00:00Z')).body;

type Line = { kind: string; text: string; options: Array<{ value: string; label: string }> | null; input: string | null; articles: Array<{ id: string; title: string }> | null };

async function productTree() {
  const team = await desk.team();
  const product = await desk.category({ teamId: team.id, name: `Invoicing ${Math.random().toString(36).slice(2, 6)}` });
  const document = await desk.category({ teamId: team.id, parentId: product.id, name: 'NFe' });
  const agent = await desk.person({ role: 'agent', teamIds: [team.id] });
  const organization = await desk.organization();
  const customer = await desk.person({ role: 'customer', organizationId: organization.id, languages: ['en'] });
  return { team, product, document, agent, customer };
}

const lines = async (who: TestPerson, chatId: string): Promise<Line[]> => (await who.client.get(`/api/v1/chats/${chatId}/messages`)).body.items;
const lastBot = async (who: TestPerson, chatId: string) => (await lines(who, chatId)).filter((l) => l.kind === 'bot').at(-1)!;
const answer = async (who: TestPerson, chatId: string, body: { text: string; choice?: string }) => {
  const res = await who.client.post(`/api/v1/chats/${chatId}/messages`, body);
  expect(res.status).toBe(201);
  return lastBot(who, chatId);
};

describe('the intake bot (R4, R13-R15, R41)', () => {
  it('walks product → document → problem details and opens a ticket with the due date', async () => {
    const { product, document, customer } = await productTree();
    const started = await customer.client.post('/api/v1/chats', { intake: true });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: 'bot', botStep: 'product', queuePosition: null });
    const chatId = started.body.id;
    const first = await lastBot(customer, chatId);
    expect(first.options!.map((o) => o.value)).toContain(product.id);

    const doc = await answer(customer, chatId, { text: String(product.name), choice: product.id });
    expect(doc.options).toEqual([{ value: document.id, label: 'NFe' }]);
    const kind = await answer(customer, chatId, { text: 'nfe' }); // typed label, any case
    expect(kind.options!.map((o) => o.value)).toEqual(['question', 'problem']);
    const wrong = await answer(customer, chatId, { text: 'maybe' });
    expect(wrong.text).toMatch(/^Please pick one of the options/);
    expect((await answer(customer, chatId, { text: 'A problem', choice: 'problem' })).options!.map((o) => o.value)).toEqual(['production', 'homologation']);
    await answer(customer, chatId, { text: 'Production', choice: 'production' });
    await answer(customer, chatId, { text: 'No, it is down', choice: 'unavailable' });
    const describe = await answer(customer, chatId, { text: '1' }); // the first option by number
    expect(describe.input).toBe('text');
    await answer(customer, chatId, { text: 'Every invoice returns error 500 since 9:00' });
    await answer(customer, chatId, { text: 'Skip', choice: 'skip' }); // screenshot
    await answer(customer, chatId, { text: 'POST /invoices → 500 {"error":"internal"}' });
    await answer(customer, chatId, { text: 'Skip', choice: 'skip' }); // timestamp
    const handoff = await answer(customer, chatId, { text: 'All sales are blocked' });
    expect(handoff.options!.map((o) => o.value)).toEqual(['ticket', 'agent']);
    const opened = await answer(customer, chatId, { text: 'Open a ticket', choice: 'ticket' });
    expect(opened.text).toMatch(/^Ticket #\d+ is open\. We will answer by /);

    const chat = (await customer.client.get(`/api/v1/chats/${chatId}`)).body;
    expect(chat).toMatchObject({ status: 'closed', closeReason: 'ticket', categoryId: document.id });
    const ticket = (await customer.client.get(`/api/v1/tickets/${chat.ticketId}`)).body;
    expect(ticket).toMatchObject({ channel: 'chat', environment: 'production', availability: 'unavailable', priority: 'high', severity: 1, categoryId: document.id });
    expect(ticket.subject).toBe('Every invoice returns error 500 since 9:00');
    expect(ticket.intake).toMatchObject({ product: product.name, document: 'NFe', kind: 'problem', impact: 'All sales are blocked', chatPublicId: chat.publicId });
    expect(opened.text).toContain(`#${ticket.number}`);
    expect(ticket.sla.resolutionDueAt).toBe('2026-03-07T12:00:00.000Z');
    expect(opened.text).toContain('March 7, 2026');
    const body = (await customer.client.get(`/api/v1/tickets/${ticket.id}/messages`)).body.items[0].body;
    expect(body).toContain('Which product is it about?');
  });

  it('resumes at the same question after the widget was closed (R5)', async () => {
    const { product, customer } = await productTree();
    const chatId = (await customer.client.post('/api/v1/chats', { intake: true })).body.id;
    await answer(customer, chatId, { text: 'x', choice: product.id });
    const asked = await lastBot(customer, chatId);

    // The widget comes back later: POST /chats gives the same chat at the same step...
    const back = await customer.client.post('/api/v1/chats', { intake: true });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ id: chatId, status: 'bot', botStep: 'document' });
    // ...and a socket join hands over the transcript ending with that question and its options.
    const socket = await ChatSocket.open(desk.baseUrl, { token: await tokenFor(desk, customer) });
    const joined = await socket.request({ type: 'join', chatId });
    socket.close();
    const lastLine = joined.messages.filter((m: Line) => m.kind === 'bot').at(-1);
    expect(lastLine).toMatchObject({ text: asked.text, options: asked.options });
  });

  it('suggests articles for a question first and records that one solved it (R14)', async () => {
    const { document, customer, agent } = await productTree();
    const article = await desk.admin.post('/api/v1/kb/articles', { title: 'How to cancel an invoice', body: 'To cancel an invoice open it and press Cancel within 24 hours.', language: 'en' });
    expect(article.status).toBe(201);
    const before = await stats(agent);
    const chatId = (await customer.client.post('/api/v1/chats', { intake: true, categoryId: document.id })).body.id;
    await answer(customer, chatId, { text: 'A question', choice: 'question' });
    const suggested = await answer(customer, chatId, { text: 'how do I cancel an invoice?' });
    expect(suggested.articles!.map((a) => a.id)).toContain(article.body.id);
    expect(suggested.options!.map((o) => o.value)).toEqual(['yes', 'no']);
    const bye = await answer(customer, chatId, { text: 'Yes, solved', choice: 'yes' });
    expect(bye.text).toMatch(/^Glad it helped/);
    expect((await customer.client.get(`/api/v1/chats/${chatId}`)).body).toMatchObject({ status: 'closed', closeReason: 'solved' });
    const after = await stats(agent);
    expect(after.suggested).toBe(before.suggested + 1);
    expect(after.markedHelpful).toBe(before.markedHelpful + 1);
  });

  it('hands a question the articles did not solve to an agent, in the queue', async () => {
    const { document, customer, agent } = await productTree();
    const chatId = (await customer.client.post('/api/v1/chats', { intake: true, categoryId: document.id })).body.id;
    await answer(customer, chatId, { text: 'A question', choice: 'question' });
    const next = await answer(customer, chatId, { text: 'zzqx unknown words nobody wrote about' });
    // Nothing found: the bot says so and goes on to the hand-over.
    expect(next.options!.map((o) => o.value)).toEqual(['ticket', 'agent']);
    await customer.client.post(`/api/v1/chats/${chatId}/messages`, { text: 'Talk to an agent', choice: 'agent' });
    const chat = (await customer.client.get(`/api/v1/chats/${chatId}`)).body;
    expect(chat).toMatchObject({ status: 'waiting', queuePosition: 1, intake: { kind: 'question', handoff: 'agent' } });
    expect((await lines(customer, chatId)).at(-1)!.text).toMatch(/number 1 in the queue/);
    const queue = (await agent.client.get('/api/v1/chats?status=waiting')).body.items.map((c: { id: string }) => c.id);
    expect(queue).toContain(chatId);
  });

  it('outside business hours offers a ticket instead of an agent (R8)', async () => {
    const calendar = await desk.admin.post('/api/v1/calendars', { name: 'Weekends only', timezone: 'America/Sao_Paulo', hours: { sat: [['08:30', '18:00']] } });
    expect(calendar.status).toBe(201);
    const team = await desk.team({ calendarId: calendar.body.id });
    const category = await desk.category({ teamId: team.id });
    const customer = await desk.person({ role: 'customer', organizationId: (await desk.organization()).id });
    await desk.admin.request('PUT', `/api/v1/chat-flows/${category.id}`, { steps: [{ key: 'orderId', type: 'text', prompt: 'Order number?' }] });
    const started = await customer.client.post('/api/v1/chats', { intake: true, categoryId: category.id });
    expect(started.body).toMatchObject({ offHours: true });
    expect(started.body.notice).toMatch(/outside business hours/);
    const handoff = await answer(customer, started.body.id, { text: 'A-1234' });
    expect(handoff.text).toMatch(/offline/);
    expect(handoff.options!.map((o) => o.value)).toEqual(['ticket']);

    const other = await desk.person({ role: 'customer' });
    const queued = await other.client.post('/api/v1/chats', { categoryId: category.id });
    expect(queued.body).toMatchObject({ status: 'waiting', offHours: true });
  });

  it('follows a category\'s own flow, validated when stored', async () => {
    const { document, customer } = await productTree();
    const bad = await desk.admin.request('PUT', `/api/v1/chat-flows/${document.id}`, { steps: [{ key: 'plan', type: 'choice', prompt: 'Plan?' }] });
    expect(bad.status).toBe(400);
    const flow = { steps: [{ key: 'orderId', type: 'text', prompt: { en: 'Which order?', 'pt-BR': 'Qual pedido?' } }], finish: 'agent' };
    const saved = await desk.admin.request('PUT', `/api/v1/chat-flows/${document.id}`, flow);
    expect(saved.status).toBe(200);
    expect((await desk.admin.get(`/api/v1/chat-flows/${document.id}`)).body).toMatchObject({ isDefault: false, flow: { finish: 'agent' } });
    expect((await customer.client.request('PUT', `/api/v1/chat-flows/${document.id}`, flow)).status).toBe(403);

    const chatId = (await customer.client.post('/api/v1/chats', { intake: true, categoryId: document.id })).body.id;
    expect((await lastBot(customer, chatId)).text).toBe('Which order?');
    await customer.client.post(`/api/v1/chats/${chatId}/messages`, { text: '#991' });
    expect((await customer.client.get(`/api/v1/chats/${chatId}`)).body).toMatchObject({ status: 'waiting', intake: { orderId: '#991' } });
  });
});
