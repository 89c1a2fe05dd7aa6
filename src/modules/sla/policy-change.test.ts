import { describe, expect, it } from 'vitest';
import { startTestDesk, type TestDesk } from '../../../test/desk';

// A ticket whose priority (or team, category…) changes may fall under another policy. The new
// targets count from the clocks' real starts, and the time the ticket spent paused stays paused.
const advance = (desk: TestDesk, by: string) => desk.admin.post('/api/v1/admin/clock', { advance: by });
const setClock = (desk: TestDesk, at: string) => desk.admin.post('/api/v1/admin/clock', { set: at });
const hours = (n: number) => n * 3600_000;

describe('a new policy keeps the time the clocks already spent, in calendar time (issue 3)', async () => {
  const desk = await startTestDesk({ now: '2026-03-02T12:00:00Z' });
  const team = await desk.team({ name: 'Support' });
  const category = await desk.category({ teamId: team.id });
  const agent = await desk.person({ role: 'agent', teamIds: [team.id] });
  const customer = await desk.person({ role: 'customer', organizationId: (await desk.organization()).id });
  await desk.admin.post('/api/v1/sla-policies', { name: 'High', position: 1, conditions: { priority: 'high' }, targets: { firstResponse: { minutes: 90 }, resolution: { hours: 4 } } });
  await desk.admin.post('/api/v1/sla-policies', { name: 'Medium', position: 2, conditions: { priority: 'medium' }, targets: { firstResponse: { hours: 2 }, resolution: { hours: 8 } } });
  await desk.admin.post('/api/v1/sla-policies', { name: 'Low: no SLA', position: 3, conditions: { priority: 'low' }, targets: {} });
  const open = async () => (await customer.client.post('/api/v1/tickets', { subject: 'Export fails', body: 'x', categoryId: category.id })).body;

  it('paused five hours on pending, then raised to high: each due is start + new target + the five hours', async () => {
    await setClock(desk, '2026-03-02T12:00:00Z');
    const t = await open();
    expect(t.priority).toBe('medium');
    expect(t.sla).toMatchObject({ firstResponseDueAt: '2026-03-02T14:00:00.000Z', resolutionDueAt: '2026-03-02T20:00:00.000Z' });
    await advance(desk, 'PT30M');
    await agent.client.patch(`/api/v1/tickets/${t.id}`, { status: 'pending' });
    await advance(desk, 'PT5H');
    const resumed = (await agent.client.patch(`/api/v1/tickets/${t.id}`, { status: 'open' })).body;
    expect(resumed.sla).toMatchObject({ firstResponseDueAt: '2026-03-02T19:00:00.000Z', resolutionDueAt: '2026-03-03T01:00:00.000Z', pausedAt: null });
    await advance(desk, 'PT30M');

    const raised = (await agent.client.patch(`/api/v1/tickets/${t.id}`, { priority: 'high' })).body;
    expect(raised.sla.policyId).not.toBe(t.sla.policyId);
    // 12:00 + 1 h 30 min + 5 h paused; 12:00 + 4 h + 5 h paused.
    expect(raised.sla).toMatchObject({ firstResponseDueAt: '2026-03-02T18:30:00.000Z', resolutionDueAt: '2026-03-02T21:00:00.000Z', pausedAt: null, breaches: [] });
    await advance(desk, 'PT1M');
    const later = (await agent.client.get(`/api/v1/tickets/${t.id}`)).body;
    expect(later.sla.breaches).toEqual([]);
    expect(later.priority).toBe('high');
  });

  it('raised while still pending: the clocks stay paused and resume with what the new targets leave', async () => {
    await setClock(desk, '2026-03-04T12:00:00Z');
    const t = await open();
    await advance(desk, 'PT1H');
    await agent.client.patch(`/api/v1/tickets/${t.id}`, { status: 'pending' });
    await advance(desk, 'PT3H');
    const raised = (await agent.client.patch(`/api/v1/tickets/${t.id}`, { priority: 'high' })).body;
    expect(raised.sla).toMatchObject({ resolutionDueAt: null, firstResponseDueAt: null, pausedAt: '2026-03-04T13:00:00.000Z' });
    await advance(desk, 'PT6H');
    await customer.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'Any news?' });
    const reopened = (await agent.client.get(`/api/v1/tickets/${t.id}`)).body;
    expect(reopened.status).toBe('open');
    // One open hour was spent before the pause: 3 of the 4 hours and 30 of the 90 minutes are left.
    const now = desk.clock.now().getTime();
    expect(Date.parse(reopened.sla.resolutionDueAt) - now).toBe(hours(3));
    expect(Date.parse(reopened.sla.firstResponseDueAt) - now).toBe(hours(0.5));
    expect(reopened.sla.breaches).toEqual([]);
  });

  it('from a policy without SLA to one with targets: the new clocks count from the ticket\'s creation, minus its pauses', async () => {
    await setClock(desk, '2026-03-05T12:00:00Z');
    const t = (await agent.client.post('/api/v1/tickets', { subject: 'Question', body: 'x', requesterId: customer.id, categoryId: category.id, priority: 'low' })).body;
    expect(t.sla).toMatchObject({ firstResponseDueAt: null, resolutionDueAt: null });
    await advance(desk, 'PT30M');
    await agent.client.patch(`/api/v1/tickets/${t.id}`, { status: 'on_hold' });
    await advance(desk, 'PT2H');
    await agent.client.patch(`/api/v1/tickets/${t.id}`, { status: 'open' });
    await advance(desk, 'PT30M');
    const raised = (await agent.client.patch(`/api/v1/tickets/${t.id}`, { priority: 'high' })).body;
    expect(raised.sla).toMatchObject({ firstResponseDueAt: '2026-03-05T15:30:00.000Z', resolutionDueAt: '2026-03-05T18:00:00.000Z' });
  });

  it('a stricter policy whose target already passed is missed at its real due and escalates (R46)', async () => {
    await setClock(desk, '2026-03-06T12:00:00Z');
    const t = await open();
    await advance(desk, 'PT1H45M');
    const raised = (await agent.client.patch(`/api/v1/tickets/${t.id}`, { priority: 'high' })).body;
    expect(raised.sla).toMatchObject({ firstResponseDueAt: '2026-03-06T13:30:00.000Z', resolutionDueAt: '2026-03-06T16:00:00.000Z' });
    await advance(desk, 'PT1S');
    const late = (await agent.client.get(`/api/v1/tickets/${t.id}`)).body;
    expect(late.sla.breaches).toEqual([{ target: 'firstResponse', at: '2026-03-06T13:30:00.000Z' }]);
    expect(late.priority).toBe('urgent');
  });
});

describe('a new policy keeps the time the clocks already spent, on a business calendar (issue 3, R8)', async () => {
  const desk = await startTestDesk({ now: '2026-03-09T12:00:00Z' }); // Monday 09:00 in São Paulo
  const team = await desk.team({ name: 'Support' });
  const category = await desk.category({ teamId: team.id });
  const agent = await desk.person({ role: 'agent', teamIds: [team.id] });
  const customer = await desk.person({ role: 'customer', organizationId: (await desk.organization()).id });
  const day = [['08:00', '18:00']];
  const calendar = (await desk.admin.post('/api/v1/calendars', { name: 'Desk', timezone: 'America/Sao_Paulo', hours: { mon: day, tue: day, wed: day, thu: day, fri: day } })).body;
  await desk.admin.post('/api/v1/sla-policies', { name: 'High', position: 1, conditions: { priority: 'high' }, targets: { resolution: { hours: 8, calendarId: calendar.id } } });
  await desk.admin.post('/api/v1/sla-policies', { name: 'Medium', position: 2, conditions: { priority: 'medium' }, targets: { resolution: { hours: 16, calendarId: calendar.id } } });

  it('pending from Monday 10:00 to Tuesday 11:00, raised Tuesday 12:00: due Tuesday 18:00, not Monday 17:00', async () => {
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'Login loop', body: 'x', categoryId: category.id })).body;
    // 16 open hours from Monday 09:00: 9 on Monday, 7 on Tuesday → Tuesday 15:00 local.
    expect(t.sla.resolutionDueAt).toBe('2026-03-10T18:00:00.000Z');
    await advance(desk, 'PT1H');
    await agent.client.patch(`/api/v1/tickets/${t.id}`, { status: 'pending' });
    await setClock(desk, '2026-03-10T14:00:00Z'); // Tuesday 11:00 local: 8 + 3 open hours paused
    const resumed = (await agent.client.patch(`/api/v1/tickets/${t.id}`, { status: 'open' })).body;
    expect(resumed.sla.resolutionDueAt).toBe('2026-03-11T19:00:00.000Z'); // 15 h left: Tuesday 7, Wednesday 8 → 16:00
    await advance(desk, 'PT1H');

    const raised = (await agent.client.patch(`/api/v1/tickets/${t.id}`, { priority: 'high' })).body;
    // Monday 09:00 + 8 open hours = Monday 17:00, plus the 11 open hours paused → Tuesday 18:00 local.
    expect(raised.sla.resolutionDueAt).toBe('2026-03-10T21:00:00.000Z');
    await advance(desk, 'PT1M');
    expect((await agent.client.get(`/api/v1/tickets/${t.id}`)).body.sla.breaches).toEqual([]);
  });
});
