import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, startTestDesk } from '../../../test/desk';
import { connect } from '../../db/connection';
import { loadConfig } from '../../server/config';
import { createAtende } from '../../server/create-atende';
import { ChatSocket, chatCast, tokenFor } from './chat.test-support';

// Two desk processes on one PostgreSQL: a customer's socket on one and the agent's on the other
// talk through LISTEN/NOTIFY. PGlite is one process, so this runs in the postgres project only.
const onPostgres = process.env.ATENDE_TEST_DB === 'postgres';

// The body opens a second desk on the first one's pool, so it must not even be collected on PGlite.
(onPostgres ? describe : describe.skip)('chat between two server processes on one PostgreSQL', async () => {
  if (!onPostgres) return;
  const desk = await startTestDesk();
  const url = desk.atende.ctx.database.pool!.options.connectionString!;
  const database = await connect({ kind: 'postgres', url, poolSize: 3 });
  const second = await createAtende(loadConfig({ ATENDE_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: 'warn', DATA_DIR: desk.atende.ctx.config.DATA_DIR, PORT: '0' }), {
    database,
    clock: desk.clock,
  });
  const secondUrl = await second.app.listen({ port: 0, host: '127.0.0.1' });
  const sockets: ChatSocket[] = [];
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await second.close();
    await database.close();
  });

  it('a customer on the first node and an agent on the second hear each other, typing included', async () => {
    const { category, agent, customer } = await chatCast(desk);
    const customerSocket = await ChatSocket.open(desk.baseUrl, { token: await tokenFor(desk, customer) });
    const agentSocket = await ChatSocket.open(secondUrl, { token: await tokenFor(desk, agent) });
    sockets.push(customerSocket, agentSocket);
    await agentSocket.request({ type: 'queue' });

    const chat = (await customer.client.post('/api/v1/chats', { categoryId: category.id })).body;
    await agentSocket.next((f) => f.type === 'chats.queued' && f.chatId === chat.id, 10_000);
    await customerSocket.request({ type: 'join', chatId: chat.id });
    await agentSocket.request({ type: 'join', chatId: chat.id });

    const sent = await customerSocket.request({ type: 'message', chatId: chat.id, text: 'Hello from node one', clientId: 'n1' });
    const heard = await agentSocket.next((f) => f.type === 'chats.message_created' && f.data?.message?.id === sent.message.id, 10_000);
    expect(heard.data!.message.text).toBe('Hello from node one');

    customerSocket.send({ type: 'typing', chatId: chat.id, typing: true });
    await agentSocket.next((f) => f.type === 'chats.typing' && f.chatId === chat.id, 10_000);

    const reply = await agentSocket.request({ type: 'message', chatId: chat.id, text: 'Hello from node two' });
    const back = await customerSocket.next((f) => f.type === 'chats.message_created' && f.data?.message?.id === reply.message.id, 10_000);
    expect(back.data!.message).toMatchObject({ kind: 'agent', text: 'Hello from node two' });
    // The agent wrote in a queued chat, so they joined it; the customer on the other node hears that too.
    await customerSocket.next((f) => f.type === 'chats.accepted' && f.chatId === chat.id, 10_000);
  });
});
