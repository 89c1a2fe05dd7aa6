import { afterAll, describe, expect, it } from 'vitest';
import { startTestDesk, ADMIN_TOKEN } from '../../test/desk';
import { connect } from '../db/connection';
import { loadConfig } from '../server/config';
import { createAtende } from '../server/create-atende';
import { TestSocket } from './realtime.test-support';

// Two desk processes on one PostgreSQL: a socket on one hears events committed on the other,
// through LISTEN/NOTIFY. PGlite is one process, so this runs in the postgres project only.
const onPostgres = process.env.ATENDE_TEST_DB === 'postgres';

/** The first desk (the test harness's) and a second process-like desk on the same database. */
async function twoNodes() {
  const desk = await startTestDesk();
  const url = desk.atende.ctx.database.pool!.options.connectionString!;
  const database = await connect({ kind: 'postgres', url, poolSize: 2 });
  const second = await createAtende(loadConfig({ ATENDE_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: 'warn', DATA_DIR: desk.atende.ctx.config.DATA_DIR, PORT: '0' }), {
    database,
    clock: desk.clock,
  });
  const secondUrl = await second.app.listen({ port: 0, host: '127.0.0.1' });
  return { desk, database, second, secondUrl };
}

// Set up while collecting (the harness registers its own clean-up then), and only on PostgreSQL.
const nodes = onPostgres ? await twoNodes() : null;

describe.runIf(onPostgres)('realtime fan-out between processes (PostgreSQL LISTEN/NOTIFY)', () => {
  const sockets: TestSocket[] = [];
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await nodes?.second.close();
    await nodes?.database.close();
  });

  it('an agent connected to the second node sees a ticket created through the first, live', async () => {
    const { desk, secondUrl } = nodes!;
    const team = await desk.team();
    const category = await desk.category({ teamId: team.id });
    const agent = await desk.person({ role: 'agent', teamIds: [team.id] });
    const outsider = await desk.person({ role: 'agent', teamIds: [(await desk.team()).id] });
    const token = async (personId: string) => (await desk.admin.post('/api/v1/tokens', { personId, name: 'socket' })).body.token as string;
    const onSecond = await TestSocket.open(secondUrl, { token: await token(agent.id) });
    const outsiderSocket = await TestSocket.open(secondUrl, { token: await token(outsider.id) });
    sockets.push(onSecond, outsiderSocket);
    await onSecond.subscribe('tickets');
    await outsiderSocket.subscribe('tickets');

    const customer = await desk.person({ role: 'customer' });
    const ticket = (await customer.client.post('/api/v1/tickets', { subject: 'Across nodes', body: 'Hello', categoryId: category.id })).body;
    const frame = await onSecond.next((f) => f.type === 'tickets.created' && f.ticketId === ticket.id, 10_000);
    expect(frame.data).toMatchObject({ number: ticket.number });
    await agent.client.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'On it' });
    await onSecond.next((f) => f.type === 'messages.created' && f.ticketId === ticket.id, 10_000);
    expect(outsiderSocket.frames.some((f) => f.ticketId === ticket.id)).toBe(false);
  });
});
