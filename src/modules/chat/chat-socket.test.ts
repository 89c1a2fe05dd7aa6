import { afterAll, describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';
import { widgetIdentityHash } from '../../channels/widget/widget-identity';
import { ChatSocket, chatCast, tokenFor, widgetApi } from './chat.test-support';
import { chatGatewayOf } from './gateway/chat-gateway';

const WIDGET_SECRET = 'test-widget-secret-0123456789';
const desk = await startTestDesk({ env: { WIDGET_SECRET } });
const sockets: ChatSocket[] = [];
afterAll(() => sockets.forEach((s) => s.close()));
const open = async (token: string) => {
  const socket = await ChatSocket.open(desk.baseUrl, { token });
  sockets.push(socket);
  return socket;
};

describe('chat over the WebSocket (docs/chat-protocol.md)', () => {
  it('a widget customer and an agent talk both ways, with typing, read receipts and no internal notes', async () => {
    const { category, agent, customer } = await chatCast(desk);
    const session = await desk.anonymous.post('/api/v1/chats/widget-session', { email: customer.email, hash: widgetIdentityHash(WIDGET_SECRET, customer.email) });
    expect(session.status).toBe(201);
    expect(session.body.person.id).toBe(customer.id);
    const widget = widgetApi(desk, session.body.token);

    const agentSocket = await open(await tokenFor(desk, agent));
    expect((await agentSocket.request({ type: 'queue' })).on).toBe(true);
    const chat = (await widget.post('/api/v1/chats', { categoryId: category.id })).body;
    await agentSocket.next((f) => f.type === 'chats.queued' && f.chatId === chat.id);

    const customerSocket = await open(session.body.token);
    const joined = await customerSocket.request({ type: 'join', chatId: chat.id });
    expect(joined).toMatchObject({ type: 'joined', chat: { id: chat.id, publicId: chat.publicId, status: 'waiting' } });

    expect((await agent.client.post(`/api/v1/chats/${chat.id}/accept`)).status).toBe(200);
    await customerSocket.next((f) => f.type === 'chats.accepted' && f.chatId === chat.id);
    await agentSocket.request({ type: 'join', chatId: chat.id });

    const ack = await customerSocket.request({ type: 'message', chatId: chat.id, text: 'Hello, the app is down', clientId: 'w-1' });
    expect(ack).toMatchObject({ type: 'ack', clientId: 'w-1', message: { kind: 'customer', text: 'Hello, the app is down' } });
    const heard = await agentSocket.next((f) => f.type === 'chats.message_created' && f.data?.message?.clientId === 'w-1');
    expect(heard.data!.message.id).toBe(ack.message.id);

    const start = customerSocket.frames.length;
    agentSocket.send({ type: 'typing', chatId: chat.id, typing: true });
    await customerSocket.next((f) => f.type === 'chats.typing' && f.data?.by === 'agent', 5000, start);
    await agentSocket.request({ type: 'message', chatId: chat.id, text: 'Internal: check the status page', internal: true });
    const answer = await agentSocket.request({ type: 'message', chatId: chat.id, text: 'We are on it' });
    await customerSocket.next((f) => f.type === 'chats.message_created' && f.data?.message?.id === answer.message.id, 5000, start);
    expect(customerSocket.frames.some((f) => JSON.stringify(f).includes('status page'))).toBe(false);

    await customerSocket.request({ type: 'read', chatId: chat.id, messageId: answer.message.id });
    const receipt = await agentSocket.next((f) => f.type === 'chats.read' && f.chatId === chat.id);
    expect(receipt.data).toMatchObject({ by: 'customer', messageId: answer.message.id });
  });

  it('a customer who drops the socket gets every line written meanwhile when they join again', async () => {
    const { category, agent, customer } = await chatCast(desk);
    const customerToken = await tokenFor(desk, customer);
    const chat = (await customer.client.post('/api/v1/chats', { categoryId: category.id })).body;
    expect((await agent.client.post(`/api/v1/chats/${chat.id}/accept`)).status).toBe(200);
    const first = await open(customerToken);
    await first.request({ type: 'join', chatId: chat.id });
    await first.request({ type: 'message', chatId: chat.id, text: 'Are you there?' });
    first.close();
    await agent.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'Yes, sorry for the wait' });

    const again = await open(customerToken);
    const joined = await again.request({ type: 'join', chatId: chat.id });
    expect(joined.messages.map((m: { text: string }) => m.text)).toEqual(expect.arrayContaining(['Are you there?', 'Yes, sorry for the wait']));
  });

  it('keeps sockets to what their person may see', async () => {
    const { category, customer } = await chatCast(desk);
    const stranger = await desk.person({ role: 'customer' });
    const otherTeamAgent = await desk.person({ role: 'agent', teamIds: [(await desk.team()).id] });
    const outsider = await open(await tokenFor(desk, otherTeamAgent));
    await outsider.request({ type: 'queue' });
    const strangerSocket = await open(await tokenFor(desk, stranger));
    const chat = (await customer.client.post('/api/v1/chats', { categoryId: category.id })).body;
    await customer.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'private words' });

    const refused = await strangerSocket.request({ type: 'join', chatId: chat.id });
    expect(refused).toMatchObject({ type: 'error', code: 'chat_not_found' });
    const queueRefused = await strangerSocket.request({ type: 'queue' });
    expect(queueRefused.code).toBe('staff_only');
    await new Promise((r) => setTimeout(r, 300));
    expect(outsider.frames.some((f) => f.chatId === chat.id)).toBe(false);
    expect(strangerSocket.frames.some((f) => JSON.stringify(f).includes('private words'))).toBe(false);
  });

  it('closes a widget socket once its sign-in expired', async () => {
    const { customer } = await chatCast(desk);
    const session = await desk.anonymous.post('/api/v1/chats/widget-session', { email: customer.email, hash: widgetIdentityHash(WIDGET_SECRET, customer.email) });
    const socket = await open(session.body.token);
    const closed = new Promise<number>((resolve) => socket.ws.once('close', (code) => resolve(code)));
    await chatGatewayOf(desk.atende.ctx).hub.refreshAll();
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
    await desk.admin.post('/api/v1/admin/clock', { advance: 'P31D' });
    await chatGatewayOf(desk.atende.ctx).hub.refreshAll();
    expect(await closed).toBe(4401);
  });

  it('refuses a socket without credentials and a widget session with a forged hash', async () => {
    await expect(ChatSocket.open(desk.baseUrl)).rejects.toMatchObject({ status: 401 });
    await expect(ChatSocket.open(desk.baseUrl, { token: 'atw_not-a-token' })).rejects.toMatchObject({ status: 401 });
    const forged = await desk.anonymous.post('/api/v1/chats/widget-session', { email: 'ceo@example.com', hash: 'a'.repeat(64) });
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('invalid_widget_identity');
    const badToken = await desk.anonymous.request('GET', '/api/v1/chats', undefined, { 'x-atende-widget-token': 'atw_nope' });
    expect(badToken.status).toBe(401);
  });

  it('takes an agent\'s session cookie only from the desk\'s own pages (cross-site WebSocket hijacking)', async () => {
    const { team } = await chatCast(desk);
    const agent = await desk.person({ role: 'agent', teamIds: [team.id], password: 'console password 1' });
    const login = await desk.anonymous.post('/api/v1/auth/login', { email: agent.email, password: 'console password 1' });
    const cookie = /atende_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];
    await expect(ChatSocket.open(desk.baseUrl, { headers: { cookie, origin: 'https://evil.example' } })).rejects.toMatchObject({ status: 403 });
    const own = await ChatSocket.open(desk.baseUrl, { headers: { cookie, origin: desk.baseUrl } });
    sockets.push(own);
    expect((await own.request({ type: 'queue' })).on).toBe(true);
  });
});
