import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk({ now: '2026-05-04T09:00:00Z' });
const org = await desk.organization();
const level1 = await desk.team({ name: 'Level 1' });
const owners = await desk.team({ name: 'Product owners' });
const category = await desk.category({ teamId: level1.id });
const agent = await desk.person({ role: 'agent', teamIds: [level1.id, owners.id] });
const developer = await desk.person({ role: 'agent', teamIds: [owners.id] });
const customer = await desk.person({ role: 'customer', organizationId: org.id });

const open = async (subject = 'Invoice XML rejected') =>
  (await customer.client.post('/api/v1/tickets', { subject, body: 'The SEFAZ rejects our XML', categoryId: category.id })).body;

describe('the status machine', () => {
  it('an agent\'s public reply leaves the ticket pending on the customer, whose reply reopens it (R17)', async () => {
    const t = await open();
    const reply = await agent.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'Please send the XML file.' });
    expect(reply.status).toBe(201);
    expect((await agent.client.get(`/api/v1/tickets/${t.id}`)).body.status).toBe('pending');
    await customer.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'Here it is.' });
    expect((await agent.client.get(`/api/v1/tickets/${t.id}`)).body.status).toBe('open');
  });

  it('an internal note changes no status', async () => {
    const t = await open();
    await agent.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'Looks like a schema bug', internal: true });
    expect((await agent.client.get(`/api/v1/tickets/${t.id}`)).body.status).toBe('new');
  });

  it('refuses a forbidden transition with 409 and the allowed ones', async () => {
    const t = await open();
    await agent.client.patch(`/api/v1/tickets/${t.id}`, { status: 'resolved' });
    const res = await agent.client.patch(`/api/v1/tickets/${t.id}`, { status: 'pending' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'invalid_status_transition', details: { from: 'resolved', to: 'pending', allowed: ['open', 'closed'] } });
  });

  it('closed is final for agents; the customer\'s next message opens a follow-up ticket', async () => {
    const t = await open('Closed case');
    await agent.client.patch(`/api/v1/tickets/${t.id}`, { status: 'closed' });
    const reopen = await agent.client.patch(`/api/v1/tickets/${t.id}`, { status: 'open' });
    expect(reopen.status).toBe(409);
    expect(reopen.body.error.code).toBe('ticket_closed');
    const late = await agent.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'One more thing' });
    expect(late.status).toBe(409);
    const followUp = await customer.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'It happened again' });
    expect(followUp.status).toBe(201);
    expect(followUp.body.ticketId).not.toBe(t.id);
    const next = (await customer.client.get(`/api/v1/tickets/${followUp.body.ticketId}`)).body;
    expect(next).toMatchObject({ subject: 'Closed case', status: 'new', requesterId: customer.id, teamId: level1.id });
    const history = await agent.client.get(`/api/v1/tickets/${next.id}/events`);
    expect(history.body.items[0].data).toMatchObject({ followUpOf: t.id, followUpOfNumber: t.number });
  });

  it('a customer may mark their ticket resolved and reopen it, but change nothing else', async () => {
    const t = await open();
    expect((await customer.client.patch(`/api/v1/tickets/${t.id}`, { status: 'resolved' })).body.status).toBe('resolved');
    expect((await customer.client.patch(`/api/v1/tickets/${t.id}`, { status: 'open' })).body.status).toBe('open');
    const priority = await customer.client.patch(`/api/v1/tickets/${t.id}`, { priority: 'urgent' });
    expect(priority.status).toBe(403);
    expect(priority.body.error.code).toBe('customer_cannot_change');
  });
});

describe('level 2 and the ticket history', () => {
  it('escalation to the product owners records the ETA and every change as an event (R18, R38)', async () => {
    const t = await open();
    desk.clock.advance(3600_000);
    const res = await agent.client.patch(`/api/v1/tickets/${t.id}`, { level: 2, teamId: owners.id, eta: '2026-05-08T18:00:00-03:00', assigneeId: developer.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ level: 2, teamId: owners.id, eta: '2026-05-08T21:00:00.000Z', assigneeId: developer.id, updatedAt: '2026-05-04T10:00:00.000Z' });
    const history = (await developer.client.get(`/api/v1/tickets/${t.id}/events`)).body.items;
    const types = history.map((e: { type: string }) => e.type);
    expect(types).toEqual(['tickets.created', 'tickets.updated', 'tickets.escalated', 'tickets.eta_changed']);
    expect(history[1].data.changes).toMatchObject({ level: { from: 1, to: 2 }, teamId: { from: level1.id, to: owners.id } });
    const customerHistory = (await customer.client.get(`/api/v1/tickets/${t.id}/events`)).body.items.map((e: { type: string }) => e.type);
    expect(customerHistory).toContain('tickets.eta_changed');
  });

  it('refuses an assignee outside the ticket\'s team (R28) and an unknown team', async () => {
    const t = await open();
    const outsider = await desk.person({ role: 'agent', teamIds: [owners.id] });
    const res = await agent.client.patch(`/api/v1/tickets/${t.id}`, { assigneeId: outsider.id });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('assignee_not_in_team');
    const team = await agent.client.patch(`/api/v1/tickets/${t.id}`, { teamId: '0190d5a2-0000-7000-8000-000000000000' });
    expect(team.body.error.code).toBe('team_not_found');
  });

  it('a change of category re-routes to the category\'s team', async () => {
    const t = await open();
    const ownersCategory = await desk.category({ teamId: owners.id });
    const res = await agent.client.patch(`/api/v1/tickets/${t.id}`, { categoryId: ownersCategory.id });
    expect(res.body).toMatchObject({ categoryId: ownersCategory.id, teamId: owners.id });
  });
});

describe('merging duplicates (R44)', () => {
  it('closes the duplicate, points it at the surviving ticket and notes it in both', async () => {
    const first = await open('Webhook not firing');
    const duplicate = await open('Webhook stopped');
    const res = await agent.client.post(`/api/v1/tickets/${duplicate.id}/merge`, { intoTicketId: first.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: duplicate.id, status: 'closed', mergedIntoId: first.id });
    const notes = (await customer.client.get(`/api/v1/tickets/${first.id}/messages`)).body.items.map((m: { body: string }) => m.body);
    expect(notes).toContain(`Ticket #${duplicate.number} was merged into this one.`);
    const again = await agent.client.post(`/api/v1/tickets/${duplicate.id}/merge`, { intoTicketId: first.id });
    expect(again.status).toBe(409);
    const self = await agent.client.post(`/api/v1/tickets/${first.id}/merge`, { intoTicketId: first.id });
    expect(self.status).toBe(422);
    const byCustomer = await customer.client.post(`/api/v1/tickets/${first.id}/merge`, { intoTicketId: duplicate.id });
    expect(byCustomer.status).toBe(403);
  });
});
