import { describe, expect, it } from 'vitest';
import { startTestDesk, type TestDesk } from '../../../test/desk';

// Each seed company's numbers, through the public API and the manual clock.
const advance = (desk: TestDesk, by: string) => desk.admin.post('/api/v1/admin/clock', { advance: by });
const setClock = (desk: TestDesk, at: string) => desk.admin.post('/api/v1/admin/clock', { set: at });

describe('Contele: resolution by availability in calendar days; business hours 08:30–18:00 São Paulo (R7, R8)', async () => {
  const desk = await startTestDesk({ now: '2026-03-06T20:00:00Z' }); // Friday 17:00 in São Paulo
  const org = await desk.organization({ name: 'Contele client' });
  const customer = await desk.person({ role: 'customer', organizationId: org.id });
  const calendar = (
    await desk.admin.post('/api/v1/calendars', {
      name: 'Contele',
      timezone: 'America/Sao_Paulo',
      hours: { mon: [['08:30', '18:00']], tue: [['08:30', '18:00']], wed: [['08:30', '18:00']], thu: [['08:30', '18:00']], fri: [['08:30', '18:00']] },
      holidays: { country: 'BR' },
    })
  ).body;
  for (const [priority, days, position] of [['high', 5, 1], ['medium', 15, 2], ['low', 30, 3]] as const) {
    const res = await desk.admin.post('/api/v1/sla-policies', {
      name: `Contele ${priority}`,
      position,
      conditions: { priority },
      targets: { resolution: { calendarDays: days }, firstResponse: { businessDays: 1, calendarId: calendar.id } },
    });
    expect(res.status).toBe(201);
  }

  it.each([
    ['unavailable', 'high', '2026-03-11T20:00:00.000Z'],
    ['partial', 'medium', '2026-03-21T20:00:00.000Z'],
    ['available', 'low', '2026-04-05T20:00:00.000Z'],
  ])('a system %s gets priority %s and is due %s', async (availability, priority, due) => {
    const res = await customer.client.post('/api/v1/tickets', { subject: `Tracker ${availability}`, body: 'GPS', availability });
    expect(res.body.priority).toBe(priority);
    expect(res.body.sla.resolutionDueAt).toBe(due);
    // One business day from Friday 17:00 is Monday 17:00 on the business calendar.
    expect(res.body.sla.firstResponseDueAt).toBe('2026-03-09T20:00:00.000Z');
  });

  it('the preview shows Friday 17:00 + 3 business days is Wednesday 17:00, and a national holiday is closed', async () => {
    const plain = await desk.admin.post('/api/v1/calendars/preview', { calendarId: calendar.id, from: '2026-03-06T20:00:00Z', addBusinessDays: 3 });
    expect(plain.body).toEqual({ due: '2026-03-11T20:00:00.000Z' });
    // Tiradentes is Tuesday 21 April 2026: Monday 17:00 + 1 business day is Wednesday 17:00.
    const holiday = await desk.admin.post('/api/v1/calendars/preview', { calendarId: calendar.id, from: '2026-04-20T20:00:00Z', addBusinessDays: 1 });
    expect(holiday.body).toEqual({ due: '2026-04-22T20:00:00.000Z' });
    const elapsed = await desk.admin.post('/api/v1/calendars/preview', { calendarId: calendar.id, from: '2026-03-06T20:00:00Z', to: '2026-03-09T12:30:00Z' });
    expect(elapsed.body).toEqual({ elapsedMinutes: 60 + 60 });
  });
});

describe('Tecnospeed: first answer within 3 business days; pending 10 days then resolved (R16, R17)', async () => {
  const desk = await startTestDesk({ now: '2026-03-06T20:00:00Z' });
  const team = await desk.team({ name: 'Level 1' });
  const category = await desk.category({ teamId: team.id, name: 'NF-e' });
  const agent = await desk.person({ role: 'agent', teamIds: [team.id] });
  const customer = await desk.person({ role: 'customer', organizationId: (await desk.organization()).id });
  const calendar = (
    await desk.admin.post('/api/v1/calendars', { name: 'Tecnospeed', timezone: 'America/Sao_Paulo', hours: { mon: [['08:00', '18:00']], tue: [['08:00', '18:00']], wed: [['08:00', '18:00']], thu: [['08:00', '18:00']], fri: [['08:00', '18:00']] }, holidays: { country: 'BR', region: 'PR' } })
  ).body;
  await desk.admin.post('/api/v1/sla-policies', { name: 'Level 1', position: 1, conditions: {}, targets: { firstResponse: { businessDays: 3, calendarId: calendar.id } } });

  it('a ticket registered Friday 17:00 is due Wednesday 17:00; missing it is a breach that escalates (R46)', async () => {
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'Rejeição 539', body: 'x', categoryId: category.id })).body;
    expect(t.sla.firstResponseDueAt).toBe('2026-03-11T20:00:00.000Z');
    expect(t.priority).toBe('medium');
    await setClock(desk, '2026-03-11T20:00:01Z');
    const late = (await agent.client.get(`/api/v1/tickets/${t.id}`)).body;
    expect(late.sla.breaches).toEqual([{ target: 'firstResponse', at: '2026-03-11T20:00:00.000Z' }]);
    expect(late.priority).toBe('high');
    const types = (await agent.client.get(`/api/v1/tickets/${t.id}/events`)).body.items.map((e: { type: string }) => e.type);
    expect(types).toEqual(expect.arrayContaining(['sla.warning', 'sla.breached', 'tickets.escalated']));
    const alerts = (await desk.admin.get(`/api/v1/tickets/${t.id}/notifications`)).body.items;
    expect(alerts.some((n: { kind: string; recipient: string }) => n.kind === 'sla_breached' && n.recipient === agent.id)).toBe(true);
  });

  it('an answer in time is no breach; ten days pending without a reply resolves the ticket', async () => {
    await setClock(desk, '2026-03-16T12:00:00Z');
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'Certificado', body: 'x', categoryId: category.id })).body;
    await advance(desk, 'PT2H');
    await agent.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'Please renew the certificate.' });
    const answered = (await agent.client.get(`/api/v1/tickets/${t.id}`)).body;
    expect(answered.status).toBe('pending');
    expect(answered.sla.firstResponseMetAt).toBe('2026-03-16T14:00:00.000Z');
    await advance(desk, 'P9DT23H');
    expect((await agent.client.get(`/api/v1/tickets/${t.id}`)).body.status).toBe('pending');
    await advance(desk, 'PT1H');
    const resolved = (await agent.client.get(`/api/v1/tickets/${t.id}`)).body;
    expect(resolved.status).toBe('resolved');
    expect(resolved.sla.breaches).toEqual([]);
  });

  it('a customer reply during the ten days reopens the ticket and restarts the wait after the next answer', async () => {
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'Timeout', body: 'x', categoryId: category.id })).body;
    await agent.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'Try again now?' });
    await advance(desk, 'P5D');
    await customer.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'Still failing' });
    expect((await agent.client.get(`/api/v1/tickets/${t.id}`)).body.status).toBe('open');
    await advance(desk, 'P6D');
    expect((await agent.client.get(`/api/v1/tickets/${t.id}`)).body.status).toBe('open');
    await agent.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'Fixed on our side.' });
    await advance(desk, 'P10D');
    expect((await agent.client.get(`/api/v1/tickets/${t.id}`)).body.status).toBe('resolved');
  });
});

describe('itc: split shift, 7 days at most, the next issue within 24 hours (R22, R23, R24)', async () => {
  const desk = await startTestDesk({ now: '2026-03-09T14:00:00Z' }); // Monday 11:00 in São Paulo
  const org = await desk.organization();
  const customer = await desk.person({ role: 'customer', organizationId: org.id });
  const agent = await desk.person({ role: 'agent', teamIds: [(await desk.admin.get('/api/v1/teams')).body.items[0].id] });
  const shift = [['08:00', '12:00'], ['13:30', '16:30']];
  const calendar = (
    await desk.admin.post('/api/v1/calendars', { name: 'itc guidance', timezone: 'America/Sao_Paulo', hours: { mon: shift, tue: shift, wed: shift, thu: shift, fri: shift } })
  ).body;
  await desk.admin.post('/api/v1/sla-policies', { name: 'itc', position: 1, conditions: {}, targets: { firstResponse: { minutes: 180, calendarId: calendar.id }, resolution: { calendarDays: 7 } } });
  await desk.admin.patch('/api/v1/settings', { lifecycle: { customerSequencingWindow: 'PT24H' } });

  it('three open hours from Monday 11:00 skip the lunch break and end at 15:30; resolution is due in 7 days', async () => {
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'Mail account', body: 'x' })).body;
    expect(t.sla.firstResponseDueAt).toBe('2026-03-09T18:30:00.000Z');
    expect(t.sla.resolutionDueAt).toBe('2026-03-16T14:00:00.000Z');
  });

  it('a second ticket waits for the first; once that is resolved its clock starts, due within 24 hours', async () => {
    const first = (await customer.client.post('/api/v1/tickets', { subject: 'Invoice', body: 'x' })).body;
    const second = (await customer.client.post('/api/v1/tickets', { subject: 'Domain', body: 'x' })).body;
    expect(second.sla.firstResponseDueAt).toBeNull();
    expect(second.sla.waitingForTicketId).toBe(first.id);
    await advance(desk, 'PT1H');
    await agent.client.patch(`/api/v1/tickets/${first.id}`, { status: 'resolved' });
    const released = (await agent.client.get(`/api/v1/tickets/${second.id}`)).body;
    expect(released.sla.waitingForTicketId).toBeUndefined();
    // Resolved Monday 12:00 local, at lunch: the 180 open minutes are the afternoon shift, 13:30–16:30.
    expect(released.sla.firstResponseDueAt).toBe('2026-03-09T19:30:00.000Z');
  });
});

describe('360dialog: first response by plan, 48 h resolution, 48 h waiting closes (R32, R34, R40, R46)', async () => {
  const desk = await startTestDesk({ now: '2026-06-01T10:00:00Z' });
  const support = await desk.team({ name: 'Support' });
  const meta = await desk.team({ name: 'Meta escalations' });
  const agent = await desk.person({ role: 'agent', teamIds: [support.id] });
  await desk.admin.patch(`/api/v1/teams/${support.id}`, { isTriage: true });
  const plans = { Basic: 24 * 60, Regular: 4 * 60, Premium: 30 };
  for (const [plan, minutes] of Object.entries(plans)) {
    await desk.admin.post('/api/v1/sla-policies', { name: plan, position: 10, conditions: { plan, channel: ['web', 'chat', 'api'] }, targets: { firstResponse: { minutes }, resolution: { hours: 48 } }, escalation: { raisePriority: true, level: 2 } });
  }
  await desk.admin.post('/api/v1/sla-policies', { name: 'Email and form', position: 20, conditions: { channel: ['email'] }, targets: { firstResponse: { hours: 24 }, resolution: { hours: 48 } } });
  await desk.admin.post('/api/v1/sla-policies', { name: 'Owned by Meta: no SLA', position: 1, conditions: { teamId: meta.id }, targets: {} });
  await desk.admin.patch('/api/v1/settings', { lifecycle: { pendingAutoCloseAfter: 'PT48H', pendingAutoResolveAfter: null } });

  const customerOf = async (plan: string) => desk.person({ role: 'customer', organizationId: (await desk.organization({ plan })).id });

  it.each([
    ['Basic', '2026-06-02T10:00:00.000Z'],
    ['Regular', '2026-06-01T14:00:00.000Z'],
    ['Premium', '2026-06-01T10:30:00.000Z'],
  ])('a %s customer is due a first response at %s; resolution in 48 h', async (plan, due) => {
    const customer = await customerOf(plan);
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'Webhook down', body: 'x' })).body;
    expect(t.sla.firstResponseDueAt).toBe(due);
    expect(t.sla.resolutionDueAt).toBe('2026-06-03T10:00:00.000Z');
  });

  it('an email to a Premium customer\'s ticket gets the 24 h first response', async () => {
    const customer = await customerOf('Premium');
    const t = (await agent.client.post('/api/v1/tickets', { subject: 'By mail', body: 'x', requesterId: customer.id, channel: 'email' })).body;
    expect(t.sla.firstResponseDueAt).toBe('2026-06-02T10:00:00.000Z');
  });

  it('a Premium breach at 30 minutes escalates to level 2; moving the problem to Meta stops the SLA', async () => {
    const customer = await customerOf('Premium');
    await setClock(desk, '2026-06-01T10:00:00Z');
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'Number blocked', body: 'x' })).body;
    await advance(desk, 'PT31M');
    const late = (await agent.client.get(`/api/v1/tickets/${t.id}`)).body;
    expect(late.sla.breaches.map((b: { target: string }) => b.target)).toEqual(['firstResponse']);
    expect(late.level).toBe(2);
    const moved = (await agent.client.patch(`/api/v1/tickets/${t.id}`, { teamId: meta.id })).body;
    expect(moved.sla).toMatchObject({ firstResponseDueAt: null, resolutionDueAt: null });
    await advance(desk, 'P5D');
    expect((await desk.admin.get(`/api/v1/tickets/${t.id}`)).body.sla.breaches).toHaveLength(1);
  });

  it('waiting on the customer pauses the clocks and closes the ticket after 48 hours', async () => {
    const customer = await customerOf('Regular');
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'Template rejected', body: 'x' })).body;
    await advance(desk, 'PT1H');
    await agent.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'Which template name?' });
    const pending = (await agent.client.get(`/api/v1/tickets/${t.id}`)).body;
    expect(pending.sla.pausedAt).not.toBeNull();
    expect(pending.sla.resolutionDueAt).toBeNull();
    await advance(desk, 'PT47H');
    await customer.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'welcome_v2' });
    const resumed = (await agent.client.get(`/api/v1/tickets/${t.id}`)).body;
    expect(resumed.status).toBe('open');
    // 47 of the 48 hours were left when it paused; they count again from the customer's reply.
    expect(Date.parse(resumed.sla.resolutionDueAt) - Date.parse(desk.clock.now().toISOString())).toBe(47 * 3600_000);
    await agent.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'Approved now.' });
    await advance(desk, 'PT48H');
    expect((await agent.client.get(`/api/v1/tickets/${t.id}`)).body.status).toBe('closed');
  });
});

describe('Contele on a national holiday: only the "system errors" team works (R8)', async () => {
  const desk = await startTestDesk({ now: '2026-04-20T20:00:00Z' }); // Monday 17:00; Tuesday 21 April is Tiradentes
  const weekday = [['08:30', '18:00']];
  const hours = { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday };
  const withHolidays = (await desk.admin.post('/api/v1/calendars', { name: 'Support', timezone: 'America/Sao_Paulo', hours, holidays: { country: 'BR' } })).body;
  const everyWeekday = (await desk.admin.post('/api/v1/calendars', { name: 'System errors', timezone: 'America/Sao_Paulo', hours })).body;
  const support = await desk.team({ name: 'Support', calendarId: withHolidays.id });
  const systemErrors = await desk.team({ name: 'System errors and trackers', calendarId: everyWeekday.id });
  const questions = await desk.category({ name: 'Questions', teamId: support.id });
  const trackers = await desk.category({ name: 'Tracker errors', teamId: systemErrors.id });
  await desk.admin.post('/api/v1/sla-policies', { name: 'First answer next business day', position: 1, conditions: {}, targets: { firstResponse: { businessDays: 1, calendarId: 'team' } } });
  const customer = await desk.person({ role: 'customer', organizationId: (await desk.organization()).id });

  it('a question waits for Wednesday; a tracker error is due on the holiday itself', async () => {
    const question = (await customer.client.post('/api/v1/tickets', { subject: 'How do I export?', body: 'x', categoryId: questions.id })).body;
    const tracker = (await customer.client.post('/api/v1/tickets', { subject: 'Tracker offline', body: 'x', categoryId: trackers.id })).body;
    expect(question.sla.firstResponseDueAt).toBe('2026-04-22T20:00:00.000Z');
    expect(tracker.sla.firstResponseDueAt).toBe('2026-04-21T20:00:00.000Z');
  });

  it('moving a ticket to the other team moves its due to that team\'s calendar', async () => {
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'Is it an error?', body: 'x', categoryId: questions.id })).body;
    const moved = (await desk.admin.patch(`/api/v1/tickets/${t.id}`, { teamId: systemErrors.id })).body;
    expect(moved.sla.firstResponseDueAt).toBe('2026-04-21T20:00:00.000Z');
  });
});
