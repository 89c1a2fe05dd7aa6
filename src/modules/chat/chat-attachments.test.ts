import { afterAll, describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';
import { widgetIdentityHash } from '../../channels/widget/widget-identity';
import { ChatSocket, chatCast, tokenFor } from './chat.test-support';

const WIDGET_SECRET = 'test-widget-secret-0123456789';
const LIMIT = 256 * 1024;
const desk = await startTestDesk({ env: { WIDGET_SECRET, ATTACHMENT_MAX_BYTES: String(LIMIT) } });
const sockets: ChatSocket[] = [];
afterAll(() => sockets.forEach((s) => s.close()));

const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

function upload(file: { name: string; type: string; data: Buffer }, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name);
  return form;
}

/** Downloads raw bytes with the given credentials (API token or widget token). */
async function download(url: string, auth: { token?: string; widgetToken?: string }) {
  const headers: Record<string, string> = auth.token ? { authorization: `Bearer ${auth.token}` } : { 'x-atende-widget-token': auth.widgetToken! };
  const res = await fetch(desk.baseUrl + url, { headers });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** A chat an agent has accepted, its customer signed in to the widget. */
async function activeChat() {
  const cast = await chatCast(desk);
  const session = await desk.anonymous.post('/api/v1/chats/widget-session', { email: cast.customer.email, hash: widgetIdentityHash(WIDGET_SECRET, cast.customer.email) });
  const widgetToken = session.body.token as string;
  const asWidget = (method: string, path: string, body?: unknown) => desk.anonymous.request(method, path, body, { 'x-atende-widget-token': widgetToken });
  const chat = (await asWidget('POST', '/api/v1/chats', { categoryId: cast.category.id })).body;
  expect((await cast.agent.client.post(`/api/v1/chats/${chat.id}/accept`)).status).toBe(200);
  return { ...cast, chat, widgetToken, asWidget, agentToken: await tokenFor(desk, cast.agent) };
}

describe('files in a live chat (R41, R19)', () => {
  it('a widget customer sends a screenshot, the agent hears it live and downloads the same bytes', async () => {
    const { chat, agent, agentToken, widgetToken, asWidget } = await activeChat();
    const agentSocket = await ChatSocket.open(desk.baseUrl, { token: agentToken });
    sockets.push(agentSocket);
    await agentSocket.request({ type: 'join', chatId: chat.id });

    const sent = await asWidget('POST', `/api/v1/chats/${chat.id}/attachments`, upload({ name: 'erro.png', type: 'image/png', data: png }, { text: 'The error, password: Hunter2Secret!', clientId: 'f-1' }));
    expect(sent.status).toBe(201);
    expect(sent.headers.get('access-control-allow-origin')).toBe('*');
    expect(sent.body).toMatchObject({ kind: 'customer', chatId: chat.id, clientId: 'f-1' });
    expect(sent.body.text).toContain('The error');
    expect(sent.body.text).not.toContain('Hunter2Secret!');
    const [file] = sent.body.attachments;
    expect(file).toEqual({ id: expect.any(String), filename: 'erro.png', contentType: 'image/png', size: png.length, url: `/api/v1/chats/${chat.id}/attachments/${file.id}` });

    const heard = await agentSocket.next((f) => f.type === 'chats.message_created' && f.data?.message?.id === sent.body.id);
    expect(heard.data!.message.attachments).toEqual([file]);

    const byAgent = await download(file.url, { token: agentToken });
    expect(byAgent.status).toBe(200);
    expect(byAgent.headers.get('content-type')).toBe('image/png');
    expect(byAgent.headers.get('content-disposition')).toMatch(/^inline/);
    expect(byAgent.bytes).toEqual(png);
    expect((await download(`/api/v1/attachments/${file.id}`, { token: agentToken })).bytes).toEqual(png);
    const byWidget = await download(file.url, { widgetToken });
    expect(byWidget.status).toBe(200);
    expect(byWidget.bytes).toEqual(png);

    const transcript = (await agent.client.get(`/api/v1/chats/${chat.id}/messages`)).body.items;
    expect(transcript.at(-1).attachments).toEqual([file]);
    expect(transcript.filter((m: { attachments: unknown[] }) => m.attachments.length === 0).length).toBe(transcript.length - 1);
  });

  it('an agent sends a file and the customer hears it over the socket', async () => {
    const { chat, agent, widgetToken } = await activeChat();
    const customerSocket = await ChatSocket.open(desk.baseUrl, { token: widgetToken });
    sockets.push(customerSocket);
    await customerSocket.request({ type: 'join', chatId: chat.id });
    const sent = await agent.client.request('POST', `/api/v1/chats/${chat.id}/attachments`, upload({ name: 'guide.pdf', type: 'application/pdf', data: Buffer.from('%PDF-1.4 guide') }));
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ kind: 'agent', text: '', attachments: [{ filename: 'guide.pdf', contentType: 'application/pdf' }] });
    const heard = await customerSocket.next((f) => f.type === 'chats.message_created' && f.data?.message?.id === sent.body.id);
    expect(heard.data!.message.attachments[0].url).toBe(sent.body.attachments[0].url);
    const got = await download(sent.body.attachments[0].url, { widgetToken });
    expect(got.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(got.bytes.toString()).toBe('%PDF-1.4 guide');
  });

  it('keeps a chat\'s files to those who may see the chat', async () => {
    const { chat, customer } = await activeChat();
    const sent = await customer.client.request('POST', `/api/v1/chats/${chat.id}/attachments`, upload({ name: 'invoice.png', type: 'image/png', data: png }));
    const { id, url } = sent.body.attachments[0];
    const other = await activeChat();
    const otherCustomer = await tokenFor(desk, other.customer);
    for (const path of [url, `/api/v1/attachments/${id}`]) {
      expect((await download(path, { token: otherCustomer })).status).toBe(404);
      // A widget token opens only the chat API: the general download route does not know it.
      expect((await download(path, { widgetToken: other.widgetToken })).status).toBe(path === url ? 404 : 401);
      expect((await download(path, { token: other.agentToken })).status).toBe(404);
      expect((await download(path, { token: await tokenFor(desk, customer) })).status).toBe(200);
    }
    // The file of another chat is not reachable under this chat's address either.
    expect((await download(`/api/v1/chats/${other.chat.id}/attachments/${id}`, { token: other.agentToken })).status).toBe(404);
    const intruder = await other.customer.client.request('POST', `/api/v1/chats/${chat.id}/attachments`, upload({ name: 'x.png', type: 'image/png', data: png }));
    expect(intruder.status).toBe(404);
    expect((await other.agent.client.request('POST', `/api/v1/chats/${chat.id}/attachments`, upload({ name: 'x.png', type: 'image/png', data: png }))).status).toBe(404);
  });

  it('refuses a file over the size limit (413), stores a resend once, and refuses closed chats', async () => {
    const { chat, agent, customer } = await activeChat();
    const before = (await agent.client.get(`/api/v1/chats/${chat.id}/messages`)).body.items.length;
    const big = await customer.client.request('POST', `/api/v1/chats/${chat.id}/attachments`, upload({ name: 'huge.log', type: 'text/plain', data: Buffer.alloc(LIMIT + 10, 1) }));
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('attachment_too_large');
    expect((await agent.client.get(`/api/v1/chats/${chat.id}/messages`)).body.items.length).toBe(before);

    const first = await customer.client.request('POST', `/api/v1/chats/${chat.id}/attachments`, upload({ name: 'a.txt', type: 'text/plain', data: Buffer.from('a') }, { clientId: 'once' }));
    const again = await customer.client.request('POST', `/api/v1/chats/${chat.id}/attachments`, upload({ name: 'a.txt', type: 'text/plain', data: Buffer.from('a') }, { clientId: 'once' }));
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.attachments).toEqual(first.body.attachments);

    const noFile = await customer.client.request('POST', `/api/v1/chats/${chat.id}/attachments`, (() => { const f = new FormData(); f.append('text', 'hi'); return f; })());
    expect(noFile.status).toBe(400);
    const unknownField = await customer.client.request('POST', `/api/v1/chats/${chat.id}/attachments`, upload({ name: 'a.txt', type: 'text/plain', data: Buffer.from('a') }, { colour: 'red' }));
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error.code).toBe('invalid_request');

    await customer.client.post(`/api/v1/chats/${chat.id}/close`);
    const late = await customer.client.request('POST', `/api/v1/chats/${chat.id}/attachments`, upload({ name: 'late.png', type: 'image/png', data: png }));
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('chat_closed');
  });

  it('a converted chat\'s files become attachments of the ticket\'s first message', async () => {
    const { chat, agent, customer } = await activeChat();
    const sent = await customer.client.request('POST', `/api/v1/chats/${chat.id}/attachments`, upload({ name: 'tela.png', type: 'image/png', data: png }, { text: 'This screen' }));
    const file = sent.body.attachments[0];
    const converted = await agent.client.post(`/api/v1/chats/${chat.id}/convert`);
    expect(converted.status).toBe(201);
    const [first] = (await customer.client.get(`/api/v1/tickets/${converted.body.id}/messages`)).body.items;
    expect(first.body).toContain('This screen [file: tela.png]');
    expect(first.attachments).toEqual([{ id: file.id, filename: 'tela.png', contentType: 'image/png', size: png.length, url: `/api/v1/attachments/${file.id}` }]);
    expect((await download(`/api/v1/attachments/${file.id}`, { token: await tokenFor(desk, customer) })).bytes).toEqual(png);
    // The chat keeps showing it where it was sent.
    const line = (await customer.client.get(`/api/v1/chats/${chat.id}/messages`)).body.items.find((m: { id: string }) => m.id === sent.body.id);
    expect(line.attachments).toEqual([file]);
    expect((await download(file.url, { token: await tokenFor(desk, agent) })).status).toBe(200);
  });
});
