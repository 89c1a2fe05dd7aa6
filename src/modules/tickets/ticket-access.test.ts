import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

// The access matrix of R6 and R28: who may read, list and act on whose tickets.
const desk = await startTestDesk();
const acme = await desk.organization({ name: 'Acme' });
const technical = await desk.team({ name: 'Technical' });
const design = await desk.team({ name: 'Design' });
const hosting = await desk.category({ teamId: technical.id });
const layouts = await desk.category({ teamId: design.id });

const requester = await desk.person({ role: 'customer', organizationId: acme.id, email: 'ana@acme.example' });
const copied = await desk.person({ role: 'customer', organizationId: acme.id, email: 'bruno@acme.example' });
const colleague = await desk.person({ role: 'customer', organizationId: acme.id, email: 'carla@acme.example' });
const technician = await desk.person({ role: 'agent', teamIds: [technical.id] });
const designer = await desk.person({ role: 'agent', teamIds: [design.id] });
const admin = await desk.person({ role: 'admin' });

const ticket = (
  await requester.client.post('/api/v1/tickets', { subject: 'Domain expired', body: 'Please renew', categoryId: hosting.id, cc: ['Bruno@Acme.example'] })
).body;

const who = { requester, copied, colleague, technician, designer, admin };
type Who = keyof typeof who;

const matrix: Array<[Who, boolean]> = [
  ['requester', true],
  ['copied', true],
  ['colleague', false],
  ['technician', true],
  ['designer', false],
  ['admin', true],
];

describe('who may see a ticket (R6, R28)', () => {
  it.each(matrix)('%s reading the ticket: visible=%s (404 otherwise, never 403)', async (name, visible) => {
    const res = await who[name].client.get(`/api/v1/tickets/${ticket.id}`);
    expect(res.status).toBe(visible ? 200 : 404);
    if (!visible) expect(res.body.error.code).toBe('ticket_not_found');
  });

  it.each(matrix)('%s listing tickets: contains it=%s', async (name, visible) => {
    const res = await who[name].client.get('/api/v1/tickets?limit=200');
    expect(res.status).toBe(200);
    expect(res.body.items.some((t: { id: string }) => t.id === ticket.id)).toBe(visible);
  });

  it.each(matrix)('%s reading its messages and history: allowed=%s', async (name, visible) => {
    expect((await who[name].client.get(`/api/v1/tickets/${ticket.id}/messages`)).status).toBe(visible ? 200 : 404);
    expect((await who[name].client.get(`/api/v1/tickets/${ticket.id}/events`)).status).toBe(visible ? 200 : 404);
  });

  it.each(matrix)('%s replying: allowed=%s', async (name, visible) => {
    const res = await who[name].client.post(`/api/v1/tickets/${ticket.id}/messages`, { body: `A word from ${name}` });
    expect(res.status).toBe(visible ? 201 : 404);
  });

  it('an agent of another team cannot change, merge or note on it', async () => {
    expect((await designer.client.patch(`/api/v1/tickets/${ticket.id}`, { priority: 'high' })).status).toBe(404);
    expect((await designer.client.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'note', internal: true })).status).toBe(404);
    const own = (await requester.client.post('/api/v1/tickets', { subject: 'Logo', body: 'x', categoryId: layouts.id })).body;
    expect((await designer.client.post(`/api/v1/tickets/${own.id}/merge`, { intoTicketId: ticket.id })).status).toBe(404);
  });

  it('an agent assigned to a ticket sees it after it moves to another team; others of the old team do not', async () => {
    const t = (await requester.client.post('/api/v1/tickets', { subject: 'Move me', body: 'x', categoryId: hosting.id })).body;
    await admin.client.patch(`/api/v1/tickets/${t.id}`, { assigneeId: technician.id });
    const moved = await technician.client.patch(`/api/v1/tickets/${t.id}`, { teamId: design.id });
    expect(moved.body).toMatchObject({ teamId: design.id, assigneeId: null });
    expect((await technician.client.get(`/api/v1/tickets/${t.id}`)).status).toBe(404);
    expect((await designer.client.get(`/api/v1/tickets/${t.id}`)).status).toBe(200);
  });

  it('a customer never receives internal notes nor their history entries', async () => {
    await technician.client.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Registrar owes us money', internal: true });
    const seen = await requester.client.get(`/api/v1/tickets/${ticket.id}/messages`);
    expect(seen.body.items.map((m: { body: string }) => m.body)).not.toContain('Registrar owes us money');
    const agentView = await technician.client.get(`/api/v1/tickets/${ticket.id}/messages`);
    expect(agentView.body.items.find((m: { body: string }) => m.body === 'Registrar owes us money').internal).toBe(true);
    const history = await requester.client.get(`/api/v1/tickets/${ticket.id}/events`);
    expect(history.body.items.every((e: { type: string }) => e.type !== 'messages.created' && e.type !== 'tickets.updated')).toBe(true);
  });

  it('an unauthenticated request gets 401, and a made-up id 404', async () => {
    expect((await desk.anonymous.get(`/api/v1/tickets/${ticket.id}`)).status).toBe(401);
    expect((await admin.client.get('/api/v1/tickets/not-a-uuid')).status).toBe(404);
    expect((await admin.client.get('/api/v1/tickets/0190d5a2-0000-7000-8000-000000000000')).status).toBe(404);
  });
});
