import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk({ now: '2026-03-02T12:00:00Z' });
const org = await desk.organization({ plan: 'Premium' });
const technical = await desk.team({ name: 'Technical' });
const business = await desk.team({ name: 'Business' });
const hosting = await desk.category({ name: 'Hosting', teamId: technical.id, asksEnvironment: true });
const agent = await desk.person({ role: 'agent', teamIds: [technical.id] });
const customer = await desk.person({ role: 'customer', organizationId: org.id, languages: ['pt-BR'] });

describe('opening tickets', () => {
  it('a customer opens a ticket that is routed to the team owning its category (R21)', async () => {
    const res = await customer.client.post('/api/v1/tickets', {
      subject: 'Site fora do ar',
      body: 'Nosso site não abre desde as 10h.',
      categoryId: hosting.id,
      environment: 'production',
      availability: 'unavailable',
      severity: 1,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      subject: 'Site fora do ar',
      status: 'new',
      teamId: technical.id,
      requesterId: customer.id,
      organizationId: org.id,
      channel: 'web',
      environment: 'production',
      severity: 1,
      level: 1,
      language: 'pt-BR',
      createdAt: '2026-03-02T12:00:00.000Z',
    });
    expect(res.body.number).toBeGreaterThan(1000);
    const messages = await customer.client.get(`/api/v1/tickets/${res.body.id}/messages`);
    expect(messages.body.items.map((m: { body: string }) => m.body)).toEqual(['Nosso site não abre desde as 10h.']);
  });

  it('takes the priority from how available the customer\'s system is when none is given (R7)', async () => {
    const cases = [
      ['unavailable', 'high'],
      ['partial', 'medium'],
      ['available', 'low'],
    ];
    for (const [availability, priority] of cases) {
      const res = await customer.client.post('/api/v1/tickets', { subject: `System ${availability}`, body: 'x', availability });
      expect(res.body.priority, availability).toBe(priority);
    }
    const explicit = await agent.client.post('/api/v1/tickets', { subject: 'Urgent', body: 'x', availability: 'available', priority: 'urgent', requesterId: customer.id });
    expect(explicit.body.priority).toBe('urgent');
  });

  it('a ticket without a category lands in the triage team', async () => {
    const res = await customer.client.post('/api/v1/tickets', { subject: 'Where do I ask?', body: 'Question' });
    const triage = (await desk.admin.get('/api/v1/teams?limit=200')).body.items.find((t: { isTriage: boolean }) => t.isTriage);
    expect(res.body.teamId).toBe(triage.id);
  });

  it('gives every ticket its own increasing number', async () => {
    const a = await customer.client.post('/api/v1/tickets', { subject: 'A', body: 'a' });
    const b = await customer.client.post('/api/v1/tickets', { subject: 'B', body: 'b' });
    expect(b.body.number).toBe(a.body.number + 1);
    const byNumber = await desk.admin.get(`/api/v1/tickets?q=%23${a.body.number}`);
    expect(byNumber.body.items.map((t: { id: string }) => t.id)).toEqual([a.body.id]);
  });

  it('an agent opens a ticket on behalf of a customer, who then sees it', async () => {
    const res = await agent.client.post('/api/v1/tickets', { subject: 'Called by phone', body: 'Customer called', requesterId: customer.id, channel: 'phone', categoryId: hosting.id });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ requesterId: customer.id, channel: 'phone', organizationId: org.id });
    expect((await customer.client.get(`/api/v1/tickets/${res.body.id}`)).status).toBe(200);
  });

  it('customers cannot file for someone else or pick the team', async () => {
    const other = await desk.person({ role: 'customer', organizationId: org.id });
    const forOther = await customer.client.post('/api/v1/tickets', { subject: 'x', body: 'x', requesterId: other.id });
    expect(forOther.status).toBe(403);
    const withTeam = await customer.client.post('/api/v1/tickets', { subject: 'x', body: 'x', teamId: business.id });
    expect(withTeam.body.error.code).toBe('staff_only_fields');
  });

  it('a customer whose company has no active contract gets a clear refusal (R2)', async () => {
    const lapsed = await desk.organization({ contractActive: false });
    const former = await desk.person({ role: 'customer', organizationId: lapsed.id });
    const res = await former.client.post('/api/v1/tickets', { subject: 'Help', body: 'Please' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('no_active_contract');
    expect(res.body.error.message).toMatch(/contract/);
  });

  it('refuses an unknown category, and required intake answers that are missing (R41)', async () => {
    const unknown = await customer.client.post('/api/v1/tickets', { subject: 'x', body: 'x', categoryId: '0190d5a2-0000-7000-8000-000000000000' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('category_not_found');
    const api = await desk.category({
      name: 'API',
      teamId: technical.id,
      intakeFields: [
        { key: 'request', label: 'API request', type: 'textarea', required: true },
        { key: 'timestamp', label: 'When', type: 'datetime', required: false },
      ],
    });
    const missing = await customer.client.post('/api/v1/tickets', { subject: 'x', body: 'x', categoryId: api.id, intake: { timestamp: 'now' } });
    expect(missing.status).toBe(422);
    expect(missing.body.error.details.missing).toEqual(['request']);
    const complete = await customer.client.post('/api/v1/tickets', { subject: 'x', body: 'x', categoryId: api.id, intake: { request: 'GET /v1/contacts' } });
    expect(complete.status).toBe(201);
    expect(complete.body.intake).toEqual({ request: 'GET /v1/contacts' });
  });

  it('rejects bad input with the documented error shape', async () => {
    const cases: Array<[unknown, string]> = [
      [{ body: 'no subject' }, 'invalid_request'],
      [{ subject: 'x', body: 'x', priority: 'critical' }, 'invalid_request'],
      [{ subject: 'x', body: 'x', severity: '1' }, 'invalid_request'],
      [{ subject: 'x', body: 'x', cc: ['not-an-email'] }, 'invalid_request'],
      [{ subject: 'x', body: 'x', colour: 'red' }, 'invalid_request'],
      [{ subject: '   ', body: 'x' }, 'invalid_request'],
    ];
    for (const [body, code] of cases) {
      const res = await customer.client.post('/api/v1/tickets', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe(code);
      expect(typeof res.body.error.message).toBe('string');
    }
    const malformed = await customer.client.request('POST', '/api/v1/tickets', '{"subject": "x",');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('malformed_json');
    const huge = await customer.client.post('/api/v1/tickets', { subject: 'x', body: 'y'.repeat(1_100_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('body_too_large');
  });

  it('masks secrets before the ticket is stored and records that it did (R45)', async () => {
    const res = await customer.client.post('/api/v1/tickets', {
      subject: 'Chave sk_live_51HcQe2KpX9aBcDeFgHiJkLmNoPq vazou',
      body: 'Minha senha: Tr0ub4dor&3xyz e o cartão 4111 1111 1111 1111',
      intake: { apiKey: 'D360-abcdefghijklmnopqrstuvwxyz123456' },
    });
    expect(res.status).toBe(201);
    const stored = JSON.stringify([res.body, (await desk.admin.get(`/api/v1/tickets/${res.body.id}/messages`)).body]);
    expect(stored).not.toContain('sk_live_51HcQe2KpX9aBcDeFgHiJkLmNoPq');
    expect(stored).not.toContain('Tr0ub4dor&3xyz');
    expect(stored).not.toContain('4111 1111 1111 1111');
    expect(stored).not.toContain('abcdefghijklmnopqrstuvwxyz123456');
    expect(res.body.subject).toMatch(/^Chave sk_l\S*\*{4}\S*nOPq vazou$|^Chave sk_l.*NoPq vazou$/);
    const events = await desk.admin.get(`/api/v1/tickets/${res.body.id}/events`);
    const created = events.body.items.find((e: { type: string }) => e.type === 'tickets.created');
    expect(created.data.maskedSecrets.map((m: { field: string }) => m.field)).toEqual(
      expect.arrayContaining(['subject', 'body', 'intake.apiKey']),
    );
  });
});

describe('the queue', () => {
  it('lists in queue order with cursor pages and filters', async () => {
    const team = await desk.team();
    const category = await desk.category({ teamId: team.id });
    const queueAgent = await desk.person({ role: 'agent', teamIds: [team.id] });
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      desk.clock.advance(60_000);
      const res = await customer.client.post('/api/v1/tickets', { subject: `Queue ${i}`, body: 'x', categoryId: category.id });
      created.push(res.body.id);
    }
    const first = await queueAgent.client.get(`/api/v1/tickets?teamId=${team.id}&limit=2`);
    expect(first.body.items.map((t: { id: string }) => t.id)).toEqual(created.slice(0, 2));
    const second = await queueAgent.client.get(`/api/v1/tickets?teamId=${team.id}&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((t: { id: string }) => t.id)).toEqual(created.slice(2, 4));
    const third = await queueAgent.client.get(`/api/v1/tickets?teamId=${team.id}&limit=2&cursor=${second.body.nextCursor}`);
    expect(third.body.items.map((t: { id: string }) => t.id)).toEqual(created.slice(4));
    expect(third.body.nextCursor).toBeNull();

    await queueAgent.client.patch(`/api/v1/tickets/${created[0]}`, { status: 'open', assigneeId: queueAgent.id });
    const open = await queueAgent.client.get(`/api/v1/tickets?teamId=${team.id}&status=open`);
    expect(open.body.items.map((t: { id: string }) => t.id)).toEqual([created[0]]);
    const several = await queueAgent.client.get(`/api/v1/tickets?teamId=${team.id}&status=new,open`);
    expect(several.body.items).toHaveLength(5);
    const mine = await queueAgent.client.get('/api/v1/tickets?assigneeId=me');
    expect(mine.body.items.map((t: { id: string }) => t.id)).toEqual([created[0]]);
    const unassigned = await queueAgent.client.get(`/api/v1/tickets?teamId=${team.id}&assigneeId=none`);
    expect(unassigned.body.items).toHaveLength(4);
    const bad = await queueAgent.client.get('/api/v1/tickets?status=bogus');
    expect(bad.status).toBe(400);
  });
});

describe('priority by availability is configurable (R7, API.md "Settings")', () => {
  it('a global mapping applies, and an organization\'s own mapping beats it', async () => {
    const patch = await desk.admin.patch('/api/v1/settings', { priorityByAvailability: { partial: 'high' } });
    expect(patch.status).toBe(200);
    const global = await customer.client.post('/api/v1/tickets', { subject: 'Partly down', body: 'x', availability: 'partial' });
    expect(global.body.priority).toBe('high');
    const vip = await desk.organization({ settings: { priorityByAvailability: { partial: 'urgent' } } });
    const vipCustomer = await desk.person({ role: 'customer', organizationId: vip.id });
    const own = await vipCustomer.client.post('/api/v1/tickets', { subject: 'Partly down', body: 'x', availability: 'partial' });
    expect(own.body.priority).toBe('urgent');
    await desk.admin.patch('/api/v1/settings', { priorityByAvailability: { partial: 'medium' } });
  });
});
