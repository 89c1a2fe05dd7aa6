import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../test/desk';
import { seedDemo } from './seed-demo';
import { DEMO_PASSWORD } from './demo-desk';

const desk = await startTestDesk();
const ctx = desk.atende.ctx;

/** Signs in through the public endpoint and returns a client that carries the session cookie. */
async function signIn(email: string, password = DEMO_PASSWORD) {
  const res = await desk.anonymous.post('/api/v1/auth/login', { email, password });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  expect(cookie).toMatch(/^atende_session=/);
  return { me: res.body, client: desk.anonymous.withCookie(cookie) };
}

describe('demo data on a fresh install', () => {
  it('fills a desk that holds only the bootstrap admin and lists the sign-ins to print', async () => {
    const demo = await seedDemo(ctx, { force: false });
    expect(demo).not.toBeNull();
    const emails = demo!.logins.map((l) => l.email);
    expect(emails).toEqual(
      expect.arrayContaining(['admin@atende.local', 'agent@atende.local', 'agent2@atende.local', 'customer@atende.local']),
    );
    expect(new Set(demo!.logins.map((l) => l.password))).toEqual(new Set([DEMO_PASSWORD]));
  });

  it('the demo agent signs in and works in the Technical department (R21)', async () => {
    const { me, client } = await signIn('agent@atende.local');
    expect(me.role).toBe('agent');
    const teams = await client.get('/api/v1/teams');
    expect(teams.status).toBe(200);
    const names = teams.body.items.filter((t: { id: string }) => me.teamIds.includes(t.id)).map((t: { name: string }) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Technical', 'System errors and trackers']));
  });

  it("the demo agent's queue holds their teams' tickets; the customer sees theirs and those copied to them (R6, R28)", async () => {
    const agent = await signIn('agent@atende.local');
    const queue = (await agent.client.get('/api/v1/tickets')).body.items;
    expect(queue.map((t: { subject: string }) => t.subject).sort()).toEqual([
      'Truck 14 tracker offline since yesterday',
      'Vorlage "order_update" wurde abgelehnt',
      'Webhook callbacks stop after a few minutes',
    ]);
    const customer = await signIn('customer@atende.local');
    const mine = (await customer.client.get('/api/v1/tickets')).body.items;
    expect(mine.map((t: { subject: string }) => t.subject).sort()).toEqual([
      'Invoice 2026/0345 charged twice',
      'Truck 14 tracker offline since yesterday',
      'Webhook callbacks stop after a few minutes',
    ]);
    const webhook = mine.find((t: { subject: string }) => t.subject.startsWith('Webhook'));
    expect(webhook).toMatchObject({ environment: 'production', priority: 'medium' });
    const full = (await customer.client.get(`/api/v1/tickets/${webhook.id}`)).body;
    expect(JSON.stringify(full)).not.toContain('sk_live_51HxQk2LmNoPqRsTuVwXyZ0123456789');
  });

  it('the demo customer signs in and shares a company with a colleague', async () => {
    const { me, client } = await signIn('customer@atende.local');
    expect(me.role).toBe('customer');
    expect(me.organizationId).toBeTruthy();
    const org = await client.get(`/api/v1/organizations/${me.organizationId}`);
    expect(org.body).toMatchObject({ plan: 'Premium', contractActive: true });
    const colleague = await signIn('colleague@atende.local');
    expect(colleague.me.organizationId).toBe(me.organizationId);
  });

  it('models the seeds: three plans, a company without a contract (R2) and one without chat (R29)', async () => {
    const orgs = (await desk.admin.get('/api/v1/organizations?limit=200')).body.items;
    expect(new Set(orgs.map((o: { plan: string }) => o.plan))).toEqual(new Set(['Basic', 'Regular', 'Premium']));
    expect(orgs.some((o: { contractActive: boolean }) => !o.contractActive)).toBe(true);
    expect(orgs.some((o: { entitlements: { chat: boolean } }) => !o.entitlements.chat)).toBe(true);
  });

  it('has a product → document tree that asks for the environment and R41 intake fields', async () => {
    const all = (await desk.admin.get('/api/v1/categories?limit=500')).body.items;
    const api = all.find((c: { name: string }) => c.name === 'Messaging API');
    const webhooks = all.find((c: { name: string }) => c.name === 'Webhooks');
    expect(webhooks).toMatchObject({ parentId: api.id, asksEnvironment: true });
    expect(webhooks.intakeFields.map((f: { key: string }) => f.key)).toEqual(
      expect.arrayContaining(['description', 'screenshot', 'apiRequest', 'apiResponse', 'occurredAt', 'impact']),
    );
  });

  it('leaves a desk in use alone, and a forced second run creates nothing twice', async () => {
    expect(await seedDemo(ctx, { force: false })).toBeNull();
    const before = (await desk.admin.get('/api/v1/people?limit=200')).body.items.length;
    const again = await seedDemo(ctx, { force: true });
    expect(again?.logins.length).toBeGreaterThan(0);
    expect((await desk.admin.get('/api/v1/people?limit=200')).body.items.length).toBe(before);
  });
});
