import { afterAll, describe, expect, it } from 'vitest';
import { startTestDesk } from '../../test/desk';
import { TestSocket, type Frame } from './realtime.test-support';

// The realtime gateway through real WebSockets: who hears what (the rules of ticket.policy.ts),
// and that internal notes never reach a customer's socket.
const desk = await startTestDesk();
const acme = await desk.organization({ name: 'Acme' });
const technical = await desk.team({ name: 'Technical' });
const design = await desk.team({ name: 'Design' });
const hosting = await desk.category({ teamId: technical.id });

const requester = await desk.person({ role: 'customer', organizationId: acme.id, email: 'ana@acme.example', password: 'ana password 123' });
const copied = await desk.person({ role: 'customer', organizationId: acme.id, email: 'bruno@acme.example' });
const colleague = await desk.person({ role: 'customer', organizationId: acme.id, email: 'carla@acme.example' });
const technician = await desk.person({ role: 'agent', teamIds: [technical.id] });
const designer = await desk.person({ role: 'agent', teamIds: [design.id] });

const tokenOf = async (personId: string) => (await desk.admin.post('/api/v1/tokens', { personId, name: 'socket' })).body.token as string;
const sockets: TestSocket[] = [];
const open = async (options: Parameters<typeof TestSocket.open>[1]) => {
  const socket = await TestSocket.open(desk.baseUrl, options);
  sockets.push(socket);
  return socket;
};
afterAll(() => sockets.forEach((s) => s.close()));

const login = await desk.anonymous.post('/api/v1/auth/login', { email: requester.email, password: 'ana password 123' });
const cookie = /atende_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];

// The requester by session cookie, the copied customer by ?token=, the rest by Authorization.
const ana = await open({ cookie });
const bruno = await open({ query: `?token=${await tokenOf(copied.id)}` });
const carla = await open({ token: await tokenOf(colleague.id) });
const tech = await open({ token: await tokenOf(technician.id) });
const des = await open({ token: await tokenOf(designer.id) });
const admin = await open({ token: 'test-admin-token-0123456789abcdef' });
for (const s of [ana, bruno, carla, tech, des, admin]) await s.subscribe('tickets');

const ofTicket = (id: string, type: string) => (f: Frame) => f.ticketId === id && f.type === type;

describe('the realtime socket', () => {
  it('greets the person it authenticated and confirms rooms', async () => {
    expect(await ana.next((f) => f.type === 'hello')).toMatchObject({ person: { id: requester.id, role: 'customer' } });
    expect(await tech.next((f) => f.type === 'hello')).toMatchObject({ person: { id: technician.id, role: 'agent' } });
  });

  it('refuses an unauthenticated socket with 401 and a foreign page\'s cookie with 403', async () => {
    await expect(TestSocket.open(desk.baseUrl)).rejects.toMatchObject({ status: 401 });
    await expect(TestSocket.open(desk.baseUrl, { query: '?token=not-a-token' })).rejects.toMatchObject({ status: 401 });
    await expect(TestSocket.open(desk.baseUrl, { cookie, origin: 'https://evil.example' })).rejects.toMatchObject({ status: 403 });
  });

  it('refuses rooms that do not exist or tickets the person may not see, without telling which', async () => {
    const [bad] = await carla.subscribe('everything');
    expect(bad).toMatchObject({ type: 'error', code: 'invalid_room' });
  });

  let ticketId = '';
  it('a new ticket reaches its team, the requester, the copied customer and admins — nobody else', async () => {
    const res = await requester.client.post('/api/v1/tickets', { subject: 'Site down', body: 'Our site answers 502', categoryId: hosting.id, cc: ['bruno@acme.example'] });
    expect(res.status).toBe(201);
    ticketId = res.body.id;
    const created = ofTicket(ticketId, 'tickets.created');
    expect((await tech.next(created)).data).toMatchObject({ number: res.body.number, teamId: technical.id, priority: 'medium' });
    expect((await ana.next(created)).data).toEqual({ number: res.body.number });
    await bruno.next(created);
    await admin.next(created);
    // A later event the outsiders would hear proves the earlier one was not sent to them.
    const [notVisible] = await carla.subscribe(`ticket:${ticketId}`);
    expect(notVisible).toMatchObject({ type: 'error', code: 'ticket_not_found' });
    expect(carla.frames.some((f) => f.ticketId === ticketId)).toBe(false);
    expect(des.frames.some((f) => f.ticketId === ticketId)).toBe(false);
  });

  it('an internal note reaches the agents only; the public reply after it reaches the customers', async () => {
    expect((await technician.client.post(`/api/v1/tickets/${ticketId}/messages`, { body: 'Check the load balancer', internal: true })).status).toBe(201);
    expect((await technician.client.post(`/api/v1/tickets/${ticketId}/messages`, { body: 'We are on it.' })).status).toBe(201);
    const note = await tech.next((f) => f.type === 'messages.created' && f.data?.internal === true);
    expect(note.ticketId).toBe(ticketId);
    const reply = (f: Frame) => f.type === 'messages.created' && f.ticketId === ticketId && f.data?.authorRole === 'agent';
    for (const customer of [ana, bruno]) {
      const frame = await customer.next(reply);
      expect(frame.data).toEqual({ messageId: expect.any(String), authorRole: 'agent' });
      // Events are delivered in order: the note came first and was never sent to a customer.
      expect(customer.frames.filter((f) => f.type === 'messages.created' && f.ticketId === ticketId)).toHaveLength(1);
    }
    // The reply left the ticket pending: the customer hears the status, not the internals.
    expect((await ana.next(ofTicket(ticketId, 'tickets.status_changed'))).data).toEqual({ from: 'new', to: 'pending' });
  });

  it('an agent\'s update shows staff the details and customers only that something changed', async () => {
    expect((await technician.client.patch(`/api/v1/tickets/${ticketId}`, { priority: 'high' })).status).toBe(200);
    const staff = await tech.next((f) => f.type === 'tickets.updated' && f.ticketId === ticketId && f.data?.changes?.priority);
    expect(staff.data!.changes.priority).toEqual({ from: 'medium', to: 'high' });
    expect((await ana.next(ofTicket(ticketId, 'tickets.updated'))).data).toEqual({});
  });

  it('a transfer reaches the new team and tells the old one the ticket left its view (R21)', async () => {
    expect((await technician.client.patch(`/api/v1/tickets/${ticketId}`, { teamId: design.id })).status).toBe(200);
    const moved = await des.next(ofTicket(ticketId, 'tickets.updated'));
    expect(moved.data!.changes.teamId).toEqual({ from: technical.id, to: design.id });
    expect(await tech.next(ofTicket(ticketId, 'tickets.left_view'))).toMatchObject({ data: {} });
  });

  it('a ticket room carries only that ticket; unsubscribing stops it', async () => {
    const other = (await requester.client.post('/api/v1/tickets', { subject: 'Another', body: 'Second issue', categoryId: hosting.id })).body;
    const watcher = await open({ token: await tokenOf(designer.id) });
    const [ok] = await watcher.subscribe(`ticket:${ticketId}`);
    expect(ok).toMatchObject({ type: 'subscribed' });
    await requester.client.post(`/api/v1/tickets/${other.id}/messages`, { body: 'More details' });
    await requester.client.post(`/api/v1/tickets/${ticketId}/messages`, { body: 'Still down' });
    await watcher.next(ofTicket(ticketId, 'messages.created'));
    expect(watcher.frames.some((f) => f.ticketId === other.id)).toBe(false);
    watcher.send({ type: 'unsubscribe', rooms: [`ticket:${ticketId}`] });
    await watcher.next((f) => f.type === 'unsubscribed');
    watcher.send({ type: 'ping' });
    await watcher.next((f) => f.type === 'pong');
  });

  it('answers malformed frames with an error instead of closing', async () => {
    carla.ws.send('not json');
    expect(await carla.next((f) => f.type === 'error' && f.code === 'invalid_json')).toBeTruthy();
    carla.send({ type: 'shout' });
    expect(await carla.next((f) => f.type === 'error' && f.code === 'unknown_type')).toBeTruthy();
  });
});
