import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk();

describe('API tokens for integrations', () => {
  it('an admin issues a token that acts as the person it names, shown once', async () => {
    const agent = await desk.person({ role: 'agent' });
    const res = await desk.admin.post('/api/v1/tokens', { personId: agent.id, name: 'CRM sync' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ personId: agent.id, name: 'CRM sync', revokedAt: null });
    expect(res.body.token).toMatch(/^atd_/);
    const me = await desk.anonymous.withToken(res.body.token).get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(agent.id);
    const list = await desk.admin.get('/api/v1/tokens');
    const listed = list.body.items.find((t: { id: string }) => t.id === res.body.id);
    expect(listed).toMatchObject({ name: 'CRM sync' });
    expect(listed.token).toBeUndefined();
  });

  it('a revoked token stops working at once', async () => {
    const agent = await desk.person({ role: 'agent' });
    const issued = await desk.admin.post('/api/v1/tokens', { personId: agent.id, name: 'to revoke' });
    const client = desk.anonymous.withToken(issued.body.token);
    expect((await client.get('/api/v1/me')).status).toBe(200);
    expect((await desk.admin.delete(`/api/v1/tokens/${issued.body.id}`)).status).toBe(204);
    const me = await client.get('/api/v1/me');
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('invalid_token');
    expect((await desk.admin.delete(`/api/v1/tokens/${issued.body.id}`)).status).toBe(404);
  });

  it('an unknown token and a malformed Authorization header are refused', async () => {
    const unknown = await desk.anonymous.withToken('atd_made_up').get('/api/v1/me');
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('invalid_token');
    const malformed = await desk.anonymous.request('GET', '/api/v1/me', undefined, { authorization: 'Basic abc' });
    expect(malformed.status).toBe(401);
    expect(malformed.body.error.code).toBe('invalid_authorization');
  });

  it('only an admin may issue tokens', async () => {
    const agent = await desk.person({ role: 'agent' });
    const res = await agent.client.post('/api/v1/tokens', { personId: agent.id, name: 'mine' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('admin_only');
  });

  it('a token for a person who does not exist is refused', async () => {
    const res = await desk.admin.post('/api/v1/tokens', { personId: '0190f0a0-0000-7000-8000-000000000000', name: 'ghost' });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('person_not_found');
  });
});

describe('revoking with an id that names nothing', () => {
  it('is a 404, not a server error', async () => {
    const res = await desk.admin.delete('/api/v1/tokens/not-an-id');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('api_token_not_found');
  });
});
