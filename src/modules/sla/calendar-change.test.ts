import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk({ now: '2026-03-09T12:00:00Z' }); // Monday 09:00 in São Paulo
const customer = await desk.person({ role: 'customer', organizationId: (await desk.organization()).id });
const day = [['08:00', '18:00']];
const calendar = (await desk.admin.post('/api/v1/calendars', { name: 'Desk', timezone: 'America/Sao_Paulo', hours: { mon: day, tue: day, wed: day, thu: day, fri: day } })).body;
await desk.admin.post('/api/v1/sla-policies', { name: 'All', position: 1, conditions: {}, targets: { firstResponse: { minutes: 600, calendarId: calendar.id } } });

describe('a calendar change moves the dues of open tickets (issue 3)', () => {
  it('shorter hours push a running first-response due later; resolved tickets keep theirs', async () => {
    const open = (await customer.client.post('/api/v1/tickets', { subject: 'Open', body: 'x' })).body;
    const done = (await customer.client.post('/api/v1/tickets', { subject: 'Done', body: 'x' })).body;
    // 600 open minutes from Monday 09:00: 540 on Monday, 60 on Tuesday → Tuesday 09:00.
    expect(open.sla.firstResponseDueAt).toBe('2026-03-10T12:00:00.000Z');
    const resolved = (await desk.admin.patch(`/api/v1/tickets/${done.id}`, { status: 'resolved' })).body;
    // A resolved ticket's clocks are stopped: no due shows, and pausedAt says since when.
    expect(resolved.sla).toMatchObject({ firstResponseDueAt: null, pausedAt: '2026-03-09T12:00:00.000Z' });

    const edited = await desk.admin.patch(`/api/v1/calendars/${calendar.id}`, { hours: { mon: [['08:00', '12:00']], tue: day, wed: day, thu: day, fri: day } });
    expect(edited.body.version).toBe(2);
    expect((await desk.admin.post('/api/v1/admin/clock', { advance: 'PT1S' })).status).toBe(200);

    // Monday now closes at 12:00: 180 minutes on Monday, 420 on Tuesday → Tuesday 15:00.
    expect((await desk.admin.get(`/api/v1/tickets/${open.id}`)).body.sla.firstResponseDueAt).toBe('2026-03-10T18:00:00.000Z');
    expect((await desk.admin.get(`/api/v1/tickets/${done.id}`)).body.sla).toEqual(resolved.sla);
    const preview = await desk.admin.post('/api/v1/calendars/preview', { calendarId: calendar.id, from: '2026-03-09T12:00:00Z', addMinutes: 600 });
    expect(preview.body.due).toBe('2026-03-10T18:00:00.000Z');
  });

  it('refuses a calendar that would never open, and bad preview input, with clear errors', async () => {
    const never = await desk.admin.post('/api/v1/calendars/preview', { calendar: { timezone: 'UTC', hours: {} }, from: '2026-03-09T12:00:00Z', addMinutes: 10 });
    expect(never.status).toBe(422);
    expect(never.body.error.code).toBe('calendar_never_open');
    const both = await desk.admin.post('/api/v1/calendars/preview', { calendarId: calendar.id, from: '2026-03-09T12:00:00Z', addMinutes: 10, to: '2026-03-10T12:00:00Z' });
    expect(both.status).toBe(400);
    const badZone = await desk.admin.post('/api/v1/calendars', { name: 'x', timezone: 'Mars/Olympus', hours: '24/7' });
    expect(badZone.status).toBe(400);
    expect(badZone.body.error.message).toMatch(/IANA/);
    const agent = await desk.person({ role: 'agent' });
    expect((await agent.client.post('/api/v1/calendars', { name: 'x', timezone: 'UTC', hours: '24/7' })).status).toBe(403);
    expect((await agent.client.post('/api/v1/calendars/preview', { calendarId: calendar.id, from: '2026-03-09T12:00:00Z', addMinutes: 1 })).status).toBe(200);
  });
});
