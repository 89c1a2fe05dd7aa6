import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk();
const team = await desk.team();

describe('the category tree (R13)', () => {
  it('products hold documents: a child names its parent and lists under it', async () => {
    const product = await desk.category({ name: 'Fleet tracker', teamId: team.id, asksEnvironment: true });
    const res = await desk.admin.post('/api/v1/categories', {
      name: 'Installation guide',
      parentId: product.id,
      teamId: team.id,
      intakeFields: [{ key: 'plate', label: 'Vehicle plate', required: true }],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      parentId: product.id,
      teamId: team.id,
      asksEnvironment: false,
      intakeFields: [{ key: 'plate', label: 'Vehicle plate', type: 'text', required: true }],
    });
    const children = await desk.admin.get(`/api/v1/categories?parentId=${product.id}`);
    expect(children.body.items.map((c: { id: string }) => c.id)).toEqual([res.body.id]);
    const roots = await desk.admin.get('/api/v1/categories?parentId=root');
    const rootIds = roots.body.items.map((c: { id: string }) => c.id);
    expect(rootIds).toContain(product.id);
    expect(rootIds).not.toContain(res.body.id);
  });

  it('customers read the tree to pick a category but cannot change it', async () => {
    const category = await desk.category({ teamId: team.id });
    const customer = await desk.person({ role: 'customer' });
    expect((await customer.client.get(`/api/v1/categories/${category.id}`)).status).toBe(200);
    const change = await customer.client.patch(`/api/v1/categories/${category.id}`, { name: 'Mine' });
    expect(change.status).toBe(403);
  });

  it('a category cannot be moved under itself or its own descendant', async () => {
    const a = await desk.category({ teamId: team.id });
    const b = await desk.category({ teamId: team.id, parentId: a.id });
    const c = await desk.category({ teamId: team.id, parentId: b.id });
    const self = await desk.admin.patch(`/api/v1/categories/${a.id}`, { parentId: a.id });
    expect(self.status).toBe(422);
    expect(self.body.error.code).toBe('category_cycle');
    const loop = await desk.admin.patch(`/api/v1/categories/${a.id}`, { parentId: c.id });
    expect(loop.status).toBe(422);
    expect(loop.body.error.code).toBe('category_cycle');
    expect((await desk.admin.get(`/api/v1/categories/${a.id}`)).body.parentId).toBeNull();
  });

  it('a team or parent that does not exist is refused as 422', async () => {
    const noTeam = await desk.admin.post('/api/v1/categories', { name: 'Orphan', teamId: '0190f0a0-0000-7000-8000-000000000000' });
    expect(noTeam.status).toBe(422);
    expect(noTeam.body.error).toMatchObject({ code: 'team_not_found', details: { teamId: '0190f0a0-0000-7000-8000-000000000000' } });
    const noParent = await desk.admin.post('/api/v1/categories', {
      name: 'Orphan',
      teamId: team.id,
      parentId: '0190f0a0-0000-7000-8000-000000000000',
    });
    expect(noParent.status).toBe(422);
    expect(noParent.body.error.code).toBe('parent_not_found');
  });

  it('moving a category to another team is recorded in the audit log', async () => {
    const other = await desk.team();
    const category = await desk.category({ teamId: team.id });
    const moved = await desk.admin.patch(`/api/v1/categories/${category.id}`, { teamId: other.id });
    expect(moved.body.teamId).toBe(other.id);
    const audit = await desk.admin.get(`/api/v1/audit?entityId=${category.id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['category.updated', 'category.created']);
  });

  it('a category that does not exist is a 404', async () => {
    const res = await desk.admin.patch('/api/v1/categories/0190f0a0-0000-7000-8000-000000000000', { name: 'Ghost' });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('category_not_found');
  });
});
