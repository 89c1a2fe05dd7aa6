import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk();

type Entry = { id: string; actorId: string | null; action: string; entityType: string; entityId: string; changes: Record<string, unknown>; createdAt: string };

describe('the audit log of admin changes', () => {
  it('shows who changed what, newest first', async () => {
    const org = await desk.organization({ name: 'Before' });
    await desk.clock.advance(60_000);
    await desk.admin.patch(`/api/v1/organizations/${org.id}`, { name: 'After' });
    const res = await desk.admin.get(`/api/v1/audit?entityId=${org.id}`);
    expect(res.status).toBe(200);
    const items = res.body.items as Entry[];
    expect(items.map((a) => a.action)).toEqual(['organization.updated', 'organization.created']);
    expect(items[0]).toMatchObject({ entityType: 'organization', entityId: org.id, changes: { name: 'After' }, actorId: expect.any(String) });
    expect(Date.parse(items[0].createdAt)).toBeGreaterThan(Date.parse(items[1].createdAt));
    expect(res.body.nextCursor).toBeNull();
  });

  it('never records a password', async () => {
    const person = await desk.person({ role: 'agent', password: 'very secret words' });
    const res = await desk.admin.get(`/api/v1/audit?entityId=${person.id}`);
    expect(JSON.stringify(res.body)).not.toContain('very secret words');
  });

  it('filters by kind of thing and by who acted', async () => {
    const team = await desk.team();
    const byType = await desk.admin.get('/api/v1/audit?entityType=team&limit=200');
    expect(byType.body.items.every((a: Entry) => a.entityType === 'team')).toBe(true);
    expect(byType.body.items.map((a: Entry) => a.entityId)).toContain(team.id);
    const actorId = byType.body.items[0].actorId;
    const byActor = await desk.admin.get(`/api/v1/audit?actorId=${actorId}&limit=200`);
    expect(byActor.body.items.every((a: Entry) => a.actorId === actorId)).toBe(true);
  });

  it('pages follow the cursor without repeating or skipping', async () => {
    for (let i = 0; i < 5; i++) await desk.team();
    const all = (await desk.admin.get('/api/v1/audit?limit=200')).body.items.map((a: Entry) => a.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: Entry[]; nextCursor: string | null } } = await desk.admin.get(
        `/api/v1/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.body.items.map((a) => a.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('a cursor it did not give out is a 400', async () => {
    const res = await desk.admin.get('/api/v1/audit?cursor=bogus');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_cursor');
  });

  it('is for admins only', async () => {
    const agent = await desk.person({ role: 'agent' });
    const res = await agent.client.get('/api/v1/audit');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('admin_only');
  });
});
