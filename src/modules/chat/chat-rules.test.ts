import { describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { startTestDesk } from '../../../test/desk';
import { notifications } from '../../db/schema/index';
import { chatCast, widgetApi } from './chat.test-support';

const desk = await startTestDesk();
const advance = (by: string) => desk.admin.post('/api/v1/admin/clock', { advance: by });

describe('who may chat (R2, R29)', () => {
  it('refuses a company without an active contract, offering no channel', async () => {
    const organization = await desk.organization({ contractActive: false });
    const customer = await desk.person({ role: 'customer', organizationId: organization.id });
    const res = await customer.client.post('/api/v1/chats', {});
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'chat_not_entitled', details: { reason: 'no_active_contract', allowedChannels: [] } });
  });

  it('refuses a plan without chat and points to the channels it has', async () => {
    const organization = await desk.organization({ entitlements: { chat: false, whatsapp: false, email: true } });
    const customer = await desk.person({ role: 'customer', organizationId: organization.id });
    const res = await customer.client.post('/api/v1/chats', { intake: true });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('chat_not_entitled');
    expect(res.body.error.details).toMatchObject({ reason: 'chat_not_in_plan', allowedChannels: ['web', 'email'] });
    expect(res.body.error.details.ticketFormUrl).toMatch(/\/portal\/new$/);
  });

  it('refuses to reopen a chat once the plan lost chat (R29)', async () => {
    const { organization, customer } = await chatCast(desk);
    const chat = (await customer.client.post('/api/v1/chats', {})).body;
    await customer.client.post(`/api/v1/chats/${chat.id}/close`);
    await desk.admin.patch(`/api/v1/organizations/${organization.id}`, { entitlements: { chat: false } });
    const res = await customer.client.post(`/api/v1/chats/${chat.id}/reopen`);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('chat_not_entitled');
  });

  it('leaves starting chats to customers', async () => {
    const agent = await desk.person({ role: 'agent' });
    expect((await agent.client.post('/api/v1/chats', {})).body.error.code).toBe('customers_only');
  });
});

describe('a chat waiting for the customer closes by itself (R40)', () => {
  it('closes 48 h after the agent\'s last line, and an answer from the customer restarts the wait', async () => {
    const { category, agent, customer } = await chatCast(desk);
    const chat = (await customer.client.post('/api/v1/chats', { categoryId: category.id })).body;
    await agent.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'Could you send the log?' });
    await advance('PT40H');
    await customer.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'Looking for it' });
    await agent.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'Thanks, waiting for it' });
    await advance('PT47H');
    expect((await agent.client.get(`/api/v1/chats/${chat.id}`)).body.status).toBe('active');
    await advance('PT1H');
    const closed = (await agent.client.get(`/api/v1/chats/${chat.id}`)).body;
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'inactive' });
    const last = (await customer.client.get(`/api/v1/chats/${chat.id}/messages`)).body.items.at(-1);
    expect(last.kind).toBe('system');
  });

  it('uses the lifecycle setting pendingAutoCloseAfter when set, also for an idle intake', async () => {
    const organization = await desk.organization({ settings: { lifecycle: { pendingAutoCloseAfter: 'PT2H' } } });
    const customer = await desk.person({ role: 'customer', organizationId: organization.id });
    const chat = (await customer.client.post('/api/v1/chats', { intake: true })).body;
    expect(chat.status).toBe('bot');
    await advance('PT2H');
    expect((await customer.client.get(`/api/v1/chats/${chat.id}`)).body).toMatchObject({ status: 'closed', closeReason: 'inactive' });
  });

  it('never closes a chat that waits for an agent', async () => {
    const { category, customer } = await chatCast(desk);
    const chat = (await customer.client.post('/api/v1/chats', { categoryId: category.id })).body;
    await advance('P3D');
    expect((await customer.client.get(`/api/v1/chats/${chat.id}`)).body.status).toBe('waiting');
  });
});

describe('access to chats', () => {
  it('customers see only their own chats; agents their teams\' and those they joined', async () => {
    const { category, customer, organization, agent } = await chatCast(desk);
    const colleague = await desk.person({ role: 'customer', organizationId: organization.id });
    const otherAgent = await desk.person({ role: 'agent', teamIds: [(await desk.team()).id] });
    const chat = (await customer.client.post('/api/v1/chats', { categoryId: category.id })).body;

    expect((await colleague.client.get(`/api/v1/chats/${chat.id}`)).status).toBe(404);
    expect((await colleague.client.get(`/api/v1/chats/${chat.id}/messages`)).status).toBe(404);
    expect((await colleague.client.get('/api/v1/chats')).body.items).toEqual([]);
    expect((await otherAgent.client.get(`/api/v1/chats/${chat.id}`)).status).toBe(404);
    expect((await otherAgent.client.get('/api/v1/chats?status=waiting')).body.items.map((c: { id: string }) => c.id)).not.toContain(chat.id);
    expect((await otherAgent.client.post(`/api/v1/chats/${chat.id}/accept`)).status).toBe(404);
    expect((await customer.client.post(`/api/v1/chats/${chat.id}/accept`)).body.error.code).toBe('staff_only');
    expect((await customer.client.post(`/api/v1/chats/${chat.id}/transfer`, { agentId: agent.id })).body.error.code).toBe('staff_only');
    expect((await customer.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'x', internal: true })).body.error.code).toBe('staff_only');
    expect((await customer.client.get('/api/v1/chats')).body.items.map((c: { id: string }) => c.id)).toEqual([chat.id]);

    await agent.client.post(`/api/v1/chats/${chat.id}/accept`);
    const second = await desk.person({ role: 'agent', teamIds: [(await desk.team()).id] });
    expect((await second.client.post(`/api/v1/chats/${chat.id}/transfer`, { agentId: second.id })).status).toBe(404);
    const taken = await desk.person({ role: 'agent', teamIds: [chat.teamId] });
    expect((await taken.client.post(`/api/v1/chats/${chat.id}/accept`)).body.error.code).toBe('chat_taken');
  });
});

describe('bad input', () => {
  it('answers with the documented error shape', async () => {
    const { category, customer, agent } = await chatCast(desk);
    expect((await desk.anonymous.post('/api/v1/chats', {})).status).toBe(401);
    const unknown = await customer.client.post('/api/v1/chats', { colour: 'red' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('invalid_request');
    expect((await customer.client.post('/api/v1/chats', { categoryId: 'nope' })).status).toBe(400);
    const missing = await customer.client.post('/api/v1/chats', { categoryId: '00000000-0000-7000-8000-000000000000' });
    expect(missing.status).toBe(422);
    expect(missing.body.error.code).toBe('category_not_found');
    expect((await customer.client.get('/api/v1/chats/not-a-chat')).body.error.code).toBe('chat_not_found');

    const chat = (await customer.client.post('/api/v1/chats', { categoryId: category.id })).body;
    expect((await customer.client.post(`/api/v1/chats/${chat.id}/messages`, { text: '   ' })).status).toBe(400);
    expect((await customer.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'x'.repeat(4001) })).status).toBe(400);
    expect((await agent.client.post(`/api/v1/chats/${chat.id}/transfer`, { teamId: category.teamId, agentId: agent.id })).status).toBe(400);
    const noTeam = await agent.client.post(`/api/v1/chats/${chat.id}/transfer`, { teamId: '00000000-0000-7000-8000-000000000000' });
    expect(noTeam.status).toBe(422);
    expect(noTeam.body.error.code).toBe('team_not_found');
    expect((await agent.client.get('/api/v1/chats?status=open')).status).toBe(400);
    expect((await agent.client.get('/api/v1/chats?cursor=garbage')).body.error.code).toBe('invalid_cursor');
  });
});

describe('widget sign-in by emailed code', () => {
  it('signs in with the code once; wrong codes and strangers get nothing', async () => {
    const { customer } = await chatCast(desk);
    expect((await desk.anonymous.post('/api/v1/chats/widget-session/code', { email: 'nobody@example.com' })).status).toBe(202);
    expect((await desk.anonymous.post('/api/v1/chats/widget-session/code', { email: customer.email })).status).toBe(202);
    const [mail] = await desk.atende.ctx.db.select().from(notifications).where(eq(notifications.recipient, customer.email)).orderBy(desc(notifications.createdAt)).limit(1);
    const code = /(\d{6})/.exec(mail.subject ?? '')![1];

    const wrong = await desk.anonymous.post('/api/v1/chats/widget-session', { email: customer.email, code: code === '000000' ? '111111' : '000000' });
    expect(wrong.body.error.code).toBe('invalid_widget_code');
    const session = await desk.anonymous.post('/api/v1/chats/widget-session', { email: customer.email, code });
    expect(session.status).toBe(201);
    expect(session.body.token).toMatch(/^atw_/);
    expect((await desk.anonymous.post('/api/v1/chats/widget-session', { email: customer.email, code })).status).toBe(401);
    const chat = await widgetApi(desk, session.body.token).post('/api/v1/chats', {});
    expect(chat.status).toBe(201);
    // The widget token opens the chat API only.
    expect((await desk.anonymous.request('GET', '/api/v1/tickets', undefined, { 'x-atende-widget-token': session.body.token })).status).toBe(401);
  });

  it('answers the browser\'s CORS preflight for the widget on a customer\'s site', async () => {
    const res = await desk.anonymous.request('OPTIONS', '/api/v1/chats', undefined, { origin: 'https://shop.example.com', 'access-control-request-method': 'POST' });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toContain('x-atende-widget-token');
  });
});
