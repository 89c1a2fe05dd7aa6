import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk();

/** The outbox rows sent to one address, newest first, as an admin sees them. */
const outboxFor = async (email: string) => {
  const res = await desk.admin.get(`/api/v1/notifications?recipient=${encodeURIComponent(email)}`);
  expect(res.status).toBe(200);
  return res.body.items as Array<{ kind: string; channel: string; status: string; body: string; data: { link?: string } }>;
};

const tokenFrom = (link: string | undefined) => new URL(link!).searchParams.get('token')!;

describe('customers signing in by emailed link (R6)', () => {
  it('a known customer gets a one-time link in the outbox; unknown addresses get the same answer and nothing', async () => {
    const customer = await desk.person({ role: 'customer' });
    const known = await desk.anonymous.post('/api/v1/auth/magic-link', { email: customer.email });
    const unknown = await desk.anonymous.post('/api/v1/auth/magic-link', { email: 'stranger@example.com' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);

    const sent = await outboxFor(customer.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: 'magic_link', channel: 'email' });
    expect(sent[0].data.link).toContain('/portal/sign-in?token=');
    expect(sent[0].body).toContain(sent[0].data.link);
    expect(await outboxFor('stranger@example.com')).toEqual([]);
  });

  it('agents and admins sign in with their password only, so no link is sent to them', async () => {
    const agent = await desk.person({ role: 'agent' });
    const res = await desk.anonymous.post('/api/v1/auth/magic-link', { email: agent.email });
    expect(res.status).toBe(202);
    expect(await outboxFor(agent.email)).toEqual([]);
  });

  it('the link signs the customer in once; a second use is refused', async () => {
    const customer = await desk.person({ role: 'customer' });
    await desk.anonymous.post('/api/v1/auth/magic-link', { email: customer.email });
    const token = tokenFrom((await outboxFor(customer.email))[0].data.link);

    const first = await desk.anonymous.post('/api/v1/auth/magic-link/redeem', { token });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id: customer.id, role: 'customer' });
    const cookie = /atende_session=[^;]+/.exec(first.headers.get('set-cookie') ?? '')![0];
    const me = await desk.anonymous.withCookie(cookie).get('/api/v1/me');
    expect(me.body.id).toBe(customer.id);

    const second = await desk.anonymous.post('/api/v1/auth/magic-link/redeem', { token });
    expect(second.status).toBe(401);
    expect(second.body.error.code).toBe('invalid_magic_link');
  });

  it('a link not used within 30 minutes has expired', async () => {
    const customer = await desk.person({ role: 'customer' });
    await desk.anonymous.post('/api/v1/auth/magic-link', { email: customer.email });
    const token = tokenFrom((await outboxFor(customer.email))[0].data.link);
    const moved = await desk.admin.post('/api/v1/admin/clock', { advance: 'PT31M' });
    expect(moved.status).toBe(200);
    const res = await desk.anonymous.post('/api/v1/auth/magic-link/redeem', { token });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_magic_link');
  });

  it('a made-up token is refused like a used one', async () => {
    const res = await desk.anonymous.post('/api/v1/auth/magic-link/redeem', { token: 'not-a-real-token-at-all' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_magic_link');
  });
});
