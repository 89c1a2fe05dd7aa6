import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk({ now: '2026-05-04T12:00:00Z' });
const team = await desk.team();
const category = await desk.category({ teamId: team.id });
const agent = await desk.person({ role: 'agent', teamIds: [team.id] });
const org = await desk.organization();
const customer = await desk.person({ role: 'customer', organizationId: org.id });

const resolvedTicket = async (subject: string) => {
  const t = (await customer.client.post('/api/v1/tickets', { subject, body: 'x', categoryId: category.id })).body;
  await agent.client.post(`/api/v1/tickets/${t.id}/messages`, { body: `Fixed: ${subject}` });
  await agent.client.patch(`/api/v1/tickets/${t.id}`, { status: 'resolved' });
  return t;
};

describe('resolution summary and satisfaction (R3, R39)', () => {
  it('resolving sends the customer the last answer and a feedback request', async () => {
    const t = await resolvedTicket('Webhook retries');
    const asked = (await desk.admin.get(`/api/v1/tickets/${t.id}/notifications`)).body.items.filter((n: { kind: string }) => n.kind === 'feedback_request');
    expect(asked).toHaveLength(1);
    expect(asked[0].recipient).toBe(customer.email);
    expect(asked[0].subject).toBe(`[#${t.number}] Resolved: Webhook retries — how did we do?`);
    expect(asked[0].body).toContain('Fixed: Webhook retries');
  });

  it('the customer rates it; rating again replaces the answer; the report counts it', async () => {
    const t = await resolvedTicket('Template approval');
    const first = await customer.client.post(`/api/v1/tickets/${t.id}/feedback`, { rating: 2, comment: 'slow' });
    expect(first.status).toBe(201);
    const second = await customer.client.post(`/api/v1/tickets/${t.id}/feedback`, { rating: 5, comment: 'solved in the end' });
    expect(second.body).toMatchObject({ rating: 5, comment: 'solved in the end' });
    expect((await agent.client.get(`/api/v1/tickets/${t.id}/feedback`)).body.rating).toBe(5);
    const other = await resolvedTicket('Number migration');
    await customer.client.post(`/api/v1/tickets/${other.id}/feedback`, { rating: 3 });
    const report = (await agent.client.get('/api/v1/reports/csat')).body;
    expect(report).toMatchObject({ responses: 2, average: 4, satisfiedShare: 0.5, feedbackRequests: 3, responseRate: 0.667 });
    expect(report.byRating).toEqual({ '1': 0, '2': 0, '3': 1, '4': 0, '5': 1 });
    expect((await customer.client.get('/api/v1/reports/csat')).status).toBe(403);
  });

  it('an open ticket cannot be rated, nor can agents rate, nor other customers see it', async () => {
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'Open', body: 'x', categoryId: category.id })).body;
    const early = await customer.client.post(`/api/v1/tickets/${t.id}/feedback`, { rating: 5 });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('ticket_not_resolved');
    const done = await resolvedTicket('Agent rating');
    expect((await agent.client.post(`/api/v1/tickets/${done.id}/feedback`, { rating: 5 })).status).toBe(403);
    const stranger = await desk.person({ role: 'customer', organizationId: org.id });
    expect((await stranger.client.post(`/api/v1/tickets/${done.id}/feedback`, { rating: 1 })).status).toBe(404);
    expect((await customer.client.post(`/api/v1/tickets/${done.id}/feedback`, { rating: 6 })).status).toBe(400);
  });
});
