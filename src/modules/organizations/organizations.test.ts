import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk();

describe('customer organizations (R2, R29)', () => {
  it('an admin registers a company with its plan, contract and channel entitlements', async () => {
    const res = await desk.admin.post('/api/v1/organizations', {
      name: 'Contele',
      plan: 'Premium',
      contractActive: true,
      entitlements: { chat: true, whatsapp: false, email: true },
      language: 'pt-BR',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Contele',
      plan: 'Premium',
      contractActive: true,
      entitlements: { chat: true, whatsapp: false, email: true },
      language: 'pt-BR',
    });
    const read = await desk.admin.get(`/api/v1/organizations/${res.body.id}`);
    expect(read.body).toEqual(res.body);
  });

  it('changing entitlements keeps the ones not named', async () => {
    const org = await desk.organization({ entitlements: { chat: true, whatsapp: true, email: true } });
    const res = await desk.admin.patch(`/api/v1/organizations/${org.id}`, { contractActive: false, entitlements: { chat: false } });
    expect(res.status).toBe(200);
    expect(res.body.contractActive).toBe(false);
    expect(res.body.entitlements).toEqual({ chat: false, whatsapp: true, email: true });
  });

  it('lists in pages that follow a cursor without repeating', async () => {
    for (let i = 0; i < 3; i++) await desk.organization();
    const first = await desk.admin.get('/api/v1/organizations?limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await desk.admin.get(`/api/v1/organizations?limit=2&cursor=${first.body.nextCursor}`);
    const ids = [...first.body.items, ...second.body.items].map((o: { id: string }) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a customer sees only their own company and cannot create one', async () => {
    const mine = await desk.organization();
    const other = await desk.organization();
    const customer = await desk.person({ role: 'customer', organizationId: mine.id });
    expect((await customer.client.get(`/api/v1/organizations/${mine.id}`)).status).toBe(200);
    expect((await customer.client.get(`/api/v1/organizations/${other.id}`)).status).toBe(404);
    const list = await customer.client.get('/api/v1/organizations');
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([mine.id]);
    const create = await customer.client.post('/api/v1/organizations', { name: 'Mine' });
    expect(create.status).toBe(403);
    expect(create.body.error.code).toBe('admin_only');
  });

  it('rejects unknown fields and wrong types with the documented error shape', async () => {
    const unknown = await desk.admin.post('/api/v1/organizations', { name: 'X', colour: 'red' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'invalid_request' });
    const wrongType = await desk.admin.post('/api/v1/organizations', { name: 'X', contractActive: 'yes' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.details.issues[0].path).toContain('contractActive');
  });

  it('writes an audit entry for each admin change', async () => {
    const org = await desk.organization({ name: 'Audited' });
    const audit = await desk.admin.get(`/api/v1/audit?entityId=${org.id}`);
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toContain('organization.created');
  });
});
