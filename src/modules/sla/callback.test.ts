import { describe, expect, it } from 'vitest';
import { startTestDesk, type TestDesk } from '../../../test/desk';

// R11 (Contele): "when more information is needed, a phone call-back within 5 minutes" — a
// call-back task an agent promises, with its own 5-minute target on the business calendar.
const advance = (desk: TestDesk, by: string) => desk.admin.post('/api/v1/admin/clock', { advance: by });
const setClock = (desk: TestDesk, at: string) => desk.admin.post('/api/v1/admin/clock', { set: at });
const typesOf = (res: { body: { items: Array<{ type: string }> } }) => res.body.items.map((e) => e.type);

describe('call-backs with their own 5-minute target (R11, R46)', async () => {
  const desk = await startTestDesk({ now: '2026-03-09T12:00:00Z' }); // Monday 09:00 in São Paulo
  const weekday = [['08:30', '18:00']];
  const calendar = (
    await desk.admin.post('/api/v1/calendars', { name: 'Contele', timezone: 'America/Sao_Paulo', hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday }, holidays: { country: 'BR' } })
  ).body;
  const team = await desk.team({ name: 'Trackers' });
  const category = await desk.category({ teamId: team.id, name: 'Tracker offline' });
  const agent = await desk.person({ role: 'agent', teamIds: [team.id] });
  const outsider = await desk.person({ role: 'agent', teamIds: [(await desk.team()).id] });
  const org = await desk.organization({ name: 'Fleet client' });
  const customer = await desk.person({ role: 'customer', organizationId: org.id, phone: '+55 11 91234-5678' });
  const noPhone = await desk.person({ role: 'customer', organizationId: org.id });
  await desk.admin.post('/api/v1/sla-policies', { name: 'Low: no call-back target', position: 1, conditions: { priority: 'low' }, targets: { firstResponse: { hours: 8, calendarId: calendar.id } } });
  await desk.admin.post('/api/v1/sla-policies', { name: 'Urgent: 2-minute call-back', position: 2, conditions: { priority: 'urgent' }, targets: { firstResponse: { hours: 1 }, callback: { minutes: 2 } } });
  await desk.admin.post('/api/v1/sla-policies', {
    name: 'Contele',
    position: 10,
    conditions: {},
    targets: { firstResponse: { hours: 4, calendarId: calendar.id }, callback: { minutes: 5, calendarId: calendar.id } },
  });
  const open = async (by = customer) => (await by.client.post('/api/v1/tickets', { subject: 'Tracker offline since 08:00', body: 'No positions', categoryId: category.id })).body;

  it('an agent who needs more information promises a call: due in 5 minutes, running while the ticket waits, met when made', async () => {
    await setClock(desk, '2026-03-09T12:00:00Z');
    const t = await open();
    const res = await agent.client.post(`/api/v1/tickets/${t.id}/callback`, { note: 'Ask for the tracker serial and the last position seen' });
    expect(res.status).toBe(201);
    expect(res.body.sla).toMatchObject({
      callbackDueAt: '2026-03-09T12:05:00.000Z',
      callbackMetAt: null,
      callback: { requestedAt: '2026-03-09T12:00:00.000Z', requestedById: agent.id, phone: '+5511912345678', completedAt: null, completedById: null },
    });
    // Pending on the customer pauses the other clocks, not the agents' own promise to call.
    const pending = (await agent.client.patch(`/api/v1/tickets/${t.id}`, { status: 'pending' })).body;
    expect(pending.sla).toMatchObject({ firstResponseDueAt: null, callbackDueAt: '2026-03-09T12:05:00.000Z' });
    expect(pending.sla.pausedAt).toBe('2026-03-09T12:00:00.000Z');
    // A pending ticket with a call due heads the queue.
    await open();
    expect((await agent.client.get('/api/v1/tickets?limit=1')).body.items[0].id).toBe(t.id);

    await advance(desk, 'PT1M');
    const again = await agent.client.post(`/api/v1/tickets/${t.id}/callback`, { phone: '+55 11 90000-0000' });
    expect(again.status).toBe(200);
    expect(again.body.sla.callback).toEqual(res.body.sla.callback);
    expect(again.body.sla.callbackDueAt).toBe('2026-03-09T12:05:00.000Z');

    await advance(desk, 'PT2M');
    const done = await agent.client.post(`/api/v1/tickets/${t.id}/callback/done`, { note: 'Serial 8812; it lost power on Sunday' });
    expect(done.status).toBe(200);
    expect(done.body.sla).toMatchObject({ callbackMetAt: '2026-03-09T12:03:00.000Z', callback: { completedAt: '2026-03-09T12:03:00.000Z', completedById: agent.id }, breaches: [] });
    expect(done.body.status).toBe('pending');
    await advance(desk, 'PT10M');
    expect((await agent.client.get(`/api/v1/tickets/${t.id}`)).body.sla.breaches).toEqual([]);

    const history = (await agent.client.get(`/api/v1/tickets/${t.id}/events`)).body.items as Array<{ type: string; actorId: string; data: Record<string, unknown> }>;
    const requested = history.filter((e) => e.type === 'sla.callback_requested');
    expect(requested).toHaveLength(1);
    expect(requested[0]).toMatchObject({ actorId: agent.id, data: { phone: '+5511912345678', note: 'Ask for the tracker serial and the last position seen', dueAt: '2026-03-09T12:05:00.000Z' } });
    expect(history.find((e) => e.type === 'sla.callback_completed')).toMatchObject({ actorId: agent.id, data: { met: true, note: 'Serial 8812; it lost power on Sunday', dueAt: '2026-03-09T12:05:00.000Z' } });
    expect(typesOf(await desk.admin.get(`/api/v1/tickets/${t.id}/events`))).not.toContain('sla.warning');
    // The agents' notes stay with the agents; the customer sees the promise in the ticket's sla.
    expect(typesOf(await customer.client.get(`/api/v1/tickets/${t.id}/events`))).not.toContain('sla.callback_requested');
    expect((await customer.client.get(`/api/v1/tickets/${t.id}`)).body.sla.callback.completedAt).toBe('2026-03-09T12:03:00.000Z');

    const twice = await agent.client.post(`/api/v1/tickets/${t.id}/callback/done`, {});
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('callback_not_requested');
  });

  it('a call not made within 5 minutes warns at 4, is missed at 5 and escalates (R46)', async () => {
    await setClock(desk, '2026-03-10T13:00:00Z');
    const t = await open();
    expect(t.priority).toBe('medium');
    await agent.client.post(`/api/v1/tickets/${t.id}/callback`, { phone: '+55 11 3333-4444' });
    await advance(desk, 'PT4M');
    expect(typesOf(await agent.client.get(`/api/v1/tickets/${t.id}/events`))).toContain('sla.warning');
    await advance(desk, 'PT1M1S');
    const late = (await agent.client.get(`/api/v1/tickets/${t.id}`)).body;
    expect(late.sla.breaches).toEqual([{ target: 'callback', at: '2026-03-10T13:05:00.000Z' }]);
    expect(late.priority).toBe('high');
    const history = (await agent.client.get(`/api/v1/tickets/${t.id}/events`)).body.items as Array<{ type: string; data: Record<string, unknown> }>;
    expect(history.find((e) => e.type === 'sla.breached')?.data).toMatchObject({ target: 'callback', dueAt: '2026-03-10T13:05:00.000Z' });
    expect(history.find((e) => e.type === 'tickets.escalated')?.data).toMatchObject({ reason: 'sla_breached', targets: ['callback'] });
    const alerts = (await desk.admin.get(`/api/v1/tickets/${t.id}/notifications`)).body.items as Array<{ kind: string; recipient: string }>;
    expect(alerts.some((n) => n.kind === 'sla_breached' && n.recipient === agent.id)).toBe(true);

    await advance(desk, 'PT2M');
    const done = (await agent.client.post(`/api/v1/tickets/${t.id}/callback/done`, {})).body;
    expect(done.sla.callbackMetAt).toBe('2026-03-10T13:07:01.000Z');
    expect(done.sla.breaches).toHaveLength(1);
    const completed = ((await agent.client.get(`/api/v1/tickets/${t.id}/events`)).body.items as Array<{ type: string; data: Record<string, unknown> }>).find((e) => e.type === 'sla.callback_completed');
    expect(completed?.data).toMatchObject({ met: false, dueAt: '2026-03-10T13:05:00.000Z' });
  });

  it('asked for at 17:58 on a Friday, the 5 minutes end at 08:33 on Monday (business time)', async () => {
    await setClock(desk, '2026-03-13T20:58:00Z'); // Friday 17:58 in São Paulo
    const t = await open();
    const res = await agent.client.post(`/api/v1/tickets/${t.id}/callback`, {});
    expect(res.body.sla.callbackDueAt).toBe('2026-03-16T11:33:00.000Z');
  });

  it('a new request after the call was made starts a new clock', async () => {
    await setClock(desk, '2026-03-17T13:00:00Z');
    const t = await open();
    await agent.client.post(`/api/v1/tickets/${t.id}/callback`, {});
    await advance(desk, 'PT1M');
    await agent.client.post(`/api/v1/tickets/${t.id}/callback/done`, {});
    await advance(desk, 'PT1H');
    const second = await agent.client.post(`/api/v1/tickets/${t.id}/callback`, { note: 'One more question' });
    expect(second.status).toBe(201);
    expect(second.body.sla).toMatchObject({ callbackDueAt: '2026-03-17T14:06:00.000Z', callbackMetAt: null, callback: { requestedAt: '2026-03-17T14:01:00.000Z', completedAt: null } });
  });

  it('raised to a policy with a stricter call-back target, the open call is due from its request', async () => {
    await setClock(desk, '2026-03-18T13:00:00Z');
    const t = await open();
    await agent.client.post(`/api/v1/tickets/${t.id}/callback`, {});
    await advance(desk, 'PT1M');
    const raised = (await agent.client.patch(`/api/v1/tickets/${t.id}`, { priority: 'urgent' })).body;
    expect(raised.sla).toMatchObject({ callbackDueAt: '2026-03-18T13:02:00.000Z', callback: { requestedAt: '2026-03-18T13:00:00.000Z', completedAt: null } });
  });

  it('under a policy without a call-back target the request is kept without a due', async () => {
    await setClock(desk, '2026-03-19T13:00:00Z');
    const t = (await agent.client.post('/api/v1/tickets', { subject: 'How to export', body: 'x', requesterId: customer.id, categoryId: category.id, priority: 'low' })).body;
    const res = await agent.client.post(`/api/v1/tickets/${t.id}/callback`, { phone: '+55 11 95555-1212' });
    expect(res.status).toBe(201);
    expect(res.body.sla).toMatchObject({ callbackDueAt: null, callback: { phone: '+5511955551212', completedAt: null } });
    const done = (await agent.client.post(`/api/v1/tickets/${t.id}/callback/done`, {})).body;
    expect(done.sla).toMatchObject({ callbackMetAt: null, callback: { completedAt: '2026-03-19T13:00:00.000Z' } });
    const completed = ((await agent.client.get(`/api/v1/tickets/${t.id}/events`)).body.items as Array<{ type: string; data: Record<string, unknown> }>).find((e) => e.type === 'sla.callback_completed');
    expect(completed?.data).toMatchObject({ met: null, dueAt: null });
  });

  it('refuses what cannot be a call-back, with clear errors', async () => {
    const t = await open();
    const byCustomer = await customer.client.post(`/api/v1/tickets/${t.id}/callback`, {});
    expect(byCustomer.status).toBe(403);
    expect(byCustomer.body.error.code).toBe('staff_only');
    expect((await outsider.client.post(`/api/v1/tickets/${t.id}/callback`, {})).status).toBe(404);
    expect((await agent.client.post('/api/v1/tickets/not-a-ticket/callback', {})).status).toBe(404);
    const badPhone = await agent.client.post(`/api/v1/tickets/${t.id}/callback`, { phone: 'call me maybe' });
    expect(badPhone.status).toBe(400);
    expect((await agent.client.post(`/api/v1/tickets/${t.id}/callback`, { when: 'now' })).status).toBe(400);
    expect((await agent.client.post(`/api/v1/tickets/${t.id}/callback/done`, {})).body.error.code).toBe('callback_not_requested');

    const unknown = await open(noPhone);
    const missing = await agent.client.post(`/api/v1/tickets/${unknown.id}/callback`, {});
    expect(missing.status).toBe(422);
    expect(missing.body.error).toMatchObject({ code: 'callback_phone_missing', details: { requesterId: noPhone.id } });

    await agent.client.patch(`/api/v1/tickets/${t.id}`, { status: 'resolved' });
    const resolved = await agent.client.post(`/api/v1/tickets/${t.id}/callback`, {});
    expect(resolved.status).toBe(409);
    expect(resolved.body.error).toMatchObject({ code: 'ticket_not_open', details: { status: 'resolved' } });
  });
});
