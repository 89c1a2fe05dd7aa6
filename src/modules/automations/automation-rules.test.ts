import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk({ now: '2026-04-01T12:00:00Z' });
const settled = () => desk.atende.ctx.events.idle();
const business = await desk.team({ name: 'Business' });
const technical = await desk.team({ name: 'Technical' });
const billingAgent = await desk.person({ role: 'agent', teamIds: [business.id] });
const org = await desk.organization({ plan: 'Premium' });
const customer = await desk.person({ role: 'customer', organizationId: org.id });

describe('automation rules: event, conditions, actions (issue 3)', () => {
  it('routes a request to its department by the words in it (R21) and notes why', async () => {
    const rule = await desk.admin.post('/api/v1/automation-rules', {
      name: 'Invoices go to Business',
      event: 'tickets.created',
      conditions: [{ field: 'body', op: 'matches', value: '\\b(invoice|fatura|boleto|nota fiscal)\\b' }],
      actions: [{ type: 'set_team', teamId: business.id }, { type: 'add_note', body: 'Routed to Business by the invoice rule.' }],
    });
    expect(rule.status).toBe(201);
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'Segunda via', body: 'Preciso da segunda via da fatura de março' })).body;
    await settled();
    const routed = (await billingAgent.client.get(`/api/v1/tickets/${t.id}`)).body;
    expect(routed.teamId).toBe(business.id);
    const notes = (await billingAgent.client.get(`/api/v1/tickets/${t.id}/messages`)).body.items.filter((m: { internal: boolean }) => m.internal);
    expect(notes.map((m: { body: string; authorId: string | null }) => [m.body, m.authorId])).toEqual([['Routed to Business by the invoice rule.', null]]);
    const other = (await customer.client.post('/api/v1/tickets', { subject: 'Login', body: 'Cannot sign in' })).body;
    await settled();
    expect((await desk.admin.get(`/api/v1/tickets/${other.id}`)).body.teamId).not.toBe(business.id);
  });

  it('triage sets priority from severity and plan (R36), and does not loop on its own change', async () => {
    await desk.admin.post('/api/v1/automation-rules', {
      name: 'Critical premium is urgent',
      event: 'tickets.created',
      conditions: [{ field: 'severity', op: 'eq', value: 1 }, { field: 'plan', op: 'in', value: ['premium'] }],
      actions: [{ type: 'set_priority', priority: 'urgent' }, { type: 'set_team', teamId: technical.id }],
    });
    await desk.admin.post('/api/v1/automation-rules', {
      name: 'Any priority change is noted',
      event: 'tickets.updated',
      conditions: [{ field: 'priority', op: 'changed' }],
      actions: [{ type: 'add_note', body: 'Priority changed.' }],
    });
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'API down', body: 'All calls fail', severity: 1 })).body;
    await settled();
    const triaged = (await desk.admin.get(`/api/v1/tickets/${t.id}`)).body;
    expect(triaged).toMatchObject({ priority: 'urgent', teamId: technical.id });
    // The rule's own change does not trigger rules; an agent's change does.
    let notes = (await desk.admin.get(`/api/v1/tickets/${t.id}/messages`)).body.items.filter((m: { body: string }) => m.body === 'Priority changed.');
    expect(notes).toHaveLength(0);
    await desk.admin.patch(`/api/v1/tickets/${t.id}`, { priority: 'high' });
    await settled();
    notes = (await desk.admin.get(`/api/v1/tickets/${t.id}/messages`)).body.items.filter((m: { body: string }) => m.body === 'Priority changed.');
    expect(notes).toHaveLength(1);
  });

  it('a rule that cannot apply is recorded on the ticket, and the ticket is left as it was', async () => {
    const rule = (await desk.admin.post('/api/v1/automation-rules', {
      name: 'Bad: assign a customer',
      event: 'tickets.created',
      conditions: [{ field: 'subject', op: 'contains', value: 'assign-me' }],
      actions: [{ type: 'assign', assigneeId: customer.id }],
    })).body;
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'please assign-me', body: 'x' })).body;
    await settled();
    const events = (await desk.admin.get(`/api/v1/tickets/${t.id}/events`)).body.items;
    expect(events.find((e: { type: string }) => e.type === 'automations.rule_failed').data).toMatchObject({ ruleId: rule.id, code: 'assignee_not_found' });
    expect((await desk.admin.get(`/api/v1/tickets/${t.id}`)).body.assigneeId).toBeNull();
  });

  it('only admins manage rules, and bad rules are refused with the error shape', async () => {
    expect((await billingAgent.client.get('/api/v1/automation-rules')).status).toBe(403);
    const bad = await desk.admin.post('/api/v1/automation-rules', { name: 'x', event: 'tickets.created', actions: [{ type: 'explode' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_request');
    const list = await desk.admin.get('/api/v1/automation-rules');
    expect(list.body.items.length).toBe(4);
  });
});
