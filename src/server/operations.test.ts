import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../test/desk';

const desk = await startTestDesk();

describe('running the desk in production', () => {
  it('the health check answers 200 with the database kind', async () => {
    const res = await desk.anonymous.get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: expect.stringMatching(/pglite|postgres/) });
  });

  it('metrics expose request durations for Prometheus', async () => {
    await desk.admin.get('/api/v1/organizations');
    const res = await desk.anonymous.get('/metrics');
    expect(res.status).toBe(200);
    expect(res.body).toContain('atende_http_request_duration_seconds');
  });

  it('the OpenAPI description lists the public API', async () => {
    const res = await desk.anonymous.get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    const paths = Object.keys(res.body.paths);
    for (const path of ['/api/v1/tickets', '/api/v1/organizations', '/api/v1/people', '/api/v1/settings', '/api/v1/admin/clock', '/api/v1/audit', '/api/v1/notifications']) {
      expect(paths).toContain(path);
    }
  });
});

describe('requests the desk refuses, with the documented error shape', () => {
  it('malformed JSON is a 400 malformed_json', async () => {
    const res = await desk.admin.request('POST', '/api/v1/organizations', '{"name": "Broken', { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'malformed_json', message: expect.any(String), details: {} } });
  });

  it('a body over 1 MB is a 413 body_too_large', async () => {
    const res = await desk.admin.post('/api/v1/organizations', { name: 'Big', plan: 'x'.repeat(1024 * 1024 + 10) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('body_too_large');
  });

  it('an unknown route is a 404 route_not_found', async () => {
    const res = await desk.admin.get('/api/v1/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'route_not_found', message: expect.stringContaining('/api/v1/no-such-thing') });
  });

  it('an API call without a session or token is a 401 unauthenticated', async () => {
    for (const path of ['/api/v1/me', '/api/v1/organizations', '/api/v1/settings', '/api/v1/notifications', '/api/v1/audit']) {
      const res = await desk.anonymous.get(path);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    }
  });

  it('a wrong type names the field', async () => {
    const res = await desk.admin.post('/api/v1/people', { name: 'X', email: 'not-an-email', role: 'customer' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.details.issues[0].path).toBe('body.email');
  });
});
