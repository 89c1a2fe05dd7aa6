import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk();

const sessionCookie = (setCookie: string | null) => {
  const match = /atende_session=[^;]+/.exec(setCookie ?? '');
  if (!match) throw new Error(`no session cookie in ${setCookie}`);
  return match[0];
};

describe('signing in with a password', () => {
  it('an agent signs in and the session cookie, HttpOnly, answers /me', async () => {
    const agent = await desk.person({ role: 'agent', password: 'correct horse battery' });
    const res = await desk.anonymous.post('/api/v1/auth/login', { email: agent.email, password: 'correct horse battery' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: agent.id, role: 'agent', email: agent.email });
    const setCookie = res.headers.get('set-cookie');
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const me = await desk.anonymous.withCookie(sessionCookie(setCookie)).get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: agent.id, name: agent.name, role: 'agent' });
  });

  it('the email is matched whatever its case', async () => {
    const agent = await desk.person({ role: 'agent', password: 'correct horse battery' });
    const res = await desk.anonymous.post('/api/v1/auth/login', { email: agent.email.toUpperCase(), password: 'correct horse battery' });
    expect(res.status).toBe(200);
  });

  it('a wrong password and an unknown email get the same 401, revealing nobody', async () => {
    const agent = await desk.person({ role: 'agent', password: 'correct horse battery' });
    const wrong = await desk.anonymous.post('/api/v1/auth/login', { email: agent.email, password: 'not the password' });
    const unknown = await desk.anonymous.post('/api/v1/auth/login', { email: 'nobody-here@example.com', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('a person without a password cannot sign in with one', async () => {
    const customer = await desk.person({ role: 'customer' });
    const res = await desk.anonymous.post('/api/v1/auth/login', { email: customer.email, password: 'anything at all' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_credentials');
  });

  it('signing out ends the session: the same cookie no longer answers /me', async () => {
    const agent = await desk.person({ role: 'agent', password: 'correct horse battery' });
    const login = await desk.anonymous.post('/api/v1/auth/login', { email: agent.email, password: 'correct horse battery' });
    const client = desk.anonymous.withCookie(sessionCookie(login.headers.get('set-cookie')));
    const out = await client.post('/api/v1/auth/logout');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/atende_session=;/);
    const me = await client.get('/api/v1/me');
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('unauthenticated');
  });

  it('a session expires with the clock', async () => {
    const agent = await desk.person({ role: 'agent', password: 'correct horse battery' });
    const login = await desk.anonymous.post('/api/v1/auth/login', { email: agent.email, password: 'correct horse battery' });
    const client = desk.anonymous.withCookie(sessionCookie(login.headers.get('set-cookie')));
    expect((await client.get('/api/v1/me')).status).toBe(200);
    await desk.admin.post('/api/v1/admin/clock', { advance: 'P15D' });
    expect((await client.get('/api/v1/me')).status).toBe(401);
  });

  it('guessing passwords is rate-limited per address and email after 10 attempts a minute', async () => {
    const agent = await desk.person({ role: 'agent', password: 'correct horse battery' });
    for (let i = 0; i < 10; i++) {
      const res = await desk.anonymous.post('/api/v1/auth/login', { email: agent.email, password: `guess ${i}` });
      expect(res.status).toBe(401);
    }
    const blocked = await desk.anonymous.post('/api/v1/auth/login', { email: agent.email, password: 'correct horse battery' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toMatchObject({ code: 'rate_limited', message: expect.any(String), details: {} });
    // Another person signing in from the same address is not locked out by the guesser.
    const colleague = await desk.person({ role: 'agent', password: 'another good password' });
    const ok = await desk.anonymous.post('/api/v1/auth/login', { email: colleague.email, password: 'another good password' });
    expect(ok.status).toBe(200);
  });

  it('a deactivated person can no longer sign in, nor use their API token', async () => {
    const agent = await desk.person({ role: 'agent', password: 'correct horse battery' });
    expect((await agent.client.get('/api/v1/me')).status).toBe(200);
    const off = await desk.admin.patch(`/api/v1/people/${agent.id}`, { active: false });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    const login = await desk.anonymous.post('/api/v1/auth/login', { email: agent.email, password: 'correct horse battery' });
    expect(login.status).toBe(401);
    expect(login.body.error.code).toBe('invalid_credentials');
    const me = await agent.client.get('/api/v1/me');
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('invalid_token');
  });
});
