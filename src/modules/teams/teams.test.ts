import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk();

const triageTeams = async () => {
  const res = await desk.admin.get('/api/v1/teams?limit=200');
  return res.body.items.filter((t: { isTriage: boolean }) => t.isTriage).map((t: { id: string }) => t.id);
};

describe('teams (departments, R21)', () => {
  it('a fresh desk has one Triage team that receives uncategorized tickets', async () => {
    const res = await desk.admin.get('/api/v1/teams');
    const triage = res.body.items.filter((t: { isTriage: boolean }) => t.isTriage);
    expect(triage).toHaveLength(1);
    expect(triage[0].name).toBe('Triage');
  });

  it('an admin creates a team and renames it', async () => {
    const created = await desk.admin.post('/api/v1/teams', { name: 'Technical' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Technical', isTriage: false, calendarId: null, memberIds: [] });
    const renamed = await desk.admin.patch(`/api/v1/teams/${created.body.id}`, { name: 'Technical support' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('Technical support');
  });

  it('naming another team as triage moves the role: only one team holds it', async () => {
    const first = await desk.team({ isTriage: true });
    expect(await triageTeams()).toEqual([first.id]);
    const second = await desk.team();
    const moved = await desk.admin.patch(`/api/v1/teams/${second.id}`, { isTriage: true });
    expect(moved.body.isTriage).toBe(true);
    expect(await triageTeams()).toEqual([second.id]);
  });

  it('the triage team cannot simply drop the role: another team must take it', async () => {
    const holder = await desk.team({ isTriage: true });
    const res = await desk.admin.patch(`/api/v1/teams/${holder.id}`, { isTriage: false, name: 'Renamed' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('triage_team_required');
    const after = await desk.admin.get(`/api/v1/teams/${holder.id}`);
    expect(after.body).toMatchObject({ isTriage: true, name: holder.name });
  });

  it('a calendar that does not exist is refused, for a team as for an organization', async () => {
    const missing = '0190f0a0-0000-7000-8000-000000000000';
    const team = await desk.admin.post('/api/v1/teams', { name: 'Night shift', calendarId: missing });
    expect(team.status).toBe(422);
    expect(team.body.error.code).toBe('calendar_not_found');
    const org = await desk.admin.post('/api/v1/organizations', { name: 'Night owls', calendarId: missing });
    expect(org.status).toBe(422);
    expect(org.body.error).toMatchObject({ code: 'calendar_not_found', details: { calendarId: missing } });
    const existing = await desk.organization();
    const change = await desk.admin.patch(`/api/v1/organizations/${existing.id}`, { calendarId: missing });
    expect(change.status).toBe(422);
  });

  it('customers cannot see teams and agents cannot change them', async () => {
    const team = await desk.team();
    const customer = await desk.person({ role: 'customer' });
    const agent = await desk.person({ role: 'agent' });
    expect((await customer.client.get('/api/v1/teams')).status).toBe(403);
    expect((await agent.client.get(`/api/v1/teams/${team.id}`)).status).toBe(200);
    const change = await agent.client.patch(`/api/v1/teams/${team.id}`, { name: 'Mine now' });
    expect(change.status).toBe(403);
    expect(change.body.error.code).toBe('admin_only');
  });
});
