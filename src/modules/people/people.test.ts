import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk();

describe('people in the directory', () => {
  it('an admin adds a customer with a password, who can then sign in', async () => {
    const org = await desk.organization();
    const res = await desk.admin.post('/api/v1/people', {
      name: 'Ana Souza',
      email: 'Ana.Souza@Contele.example',
      role: 'customer',
      organizationId: org.id,
      languages: ['pt-BR', 'en'],
      phone: '+55 11 91234-5678',
      password: 'a long enough secret',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Ana Souza',
      email: 'ana.souza@contele.example',
      role: 'customer',
      organizationId: org.id,
      languages: ['pt-BR', 'en'],
      phone: '+5511912345678',
      active: true,
    });
    expect(res.body.password).toBeUndefined();
    expect(res.body.passwordHash).toBeUndefined();
    const login = await desk.anonymous.post('/api/v1/auth/login', { email: 'ana.souza@contele.example', password: 'a long enough secret' });
    expect(login.status).toBe(200);
    expect(login.body.id).toBe(res.body.id);
  });

  it('an email already used by someone else is a 409 naming it', async () => {
    const first = await desk.person({ role: 'customer' });
    const res = await desk.admin.post('/api/v1/people', { name: 'Copycat', email: first.email.toUpperCase(), role: 'customer' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'email_taken', details: { email: first.email } });
  });

  it('an agent works in the teams given, and the teams list them as members', async () => {
    const support = await desk.team();
    const billing = await desk.team();
    const agent = await desk.person({ role: 'agent', teamIds: [support.id, billing.id] });
    const read = await desk.admin.get(`/api/v1/people/${agent.id}`);
    expect([...read.body.teamIds].sort()).toEqual([support.id, billing.id].sort());
    expect((await desk.admin.get(`/api/v1/teams/${support.id}`)).body.memberIds).toContain(agent.id);
    const moved = await desk.admin.patch(`/api/v1/people/${agent.id}`, { teamIds: [billing.id] });
    expect(moved.body.teamIds).toEqual([billing.id]);
    const byTeam = await desk.admin.get(`/api/v1/people?teamId=${support.id}`);
    expect(byTeam.body.items.map((p: { id: string }) => p.id)).not.toContain(agent.id);
  });

  it('naming a team or organization that does not exist is refused as 422', async () => {
    const team = await desk.admin.post('/api/v1/people', {
      name: 'Lost',
      email: 'lost-agent@example.com',
      role: 'agent',
      teamIds: ['0190f0a0-0000-7000-8000-000000000000'],
    });
    expect(team.status).toBe(422);
    expect(team.body.error.code).toBe('team_not_found');
    const org = await desk.admin.post('/api/v1/people', {
      name: 'Lost',
      email: 'lost-customer@example.com',
      role: 'customer',
      organizationId: '0190f0a0-0000-7000-8000-000000000000',
    });
    expect(org.status).toBe(422);
    expect(org.body.error.code).toBe('organization_not_found');
  });

  it('a customer can read only themselves', async () => {
    const org = await desk.organization();
    const me = await desk.person({ role: 'customer', organizationId: org.id });
    const colleague = await desk.person({ role: 'customer', organizationId: org.id });
    expect((await me.client.get(`/api/v1/people/${me.id}`)).status).toBe(200);
    const other = await me.client.get(`/api/v1/people/${colleague.id}`);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('person_not_found');
    const list = await me.client.get('/api/v1/people');
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([me.id]);
    const change = await me.client.patch(`/api/v1/people/${me.id}`, { role: 'admin' });
    expect(change.status).toBe(403);
  });

  it('staff find people by email, role or name', async () => {
    const agent = await desk.person({ role: 'agent' });
    const customer = await desk.person({ role: 'customer', name: 'Zélia Quaresma' });
    const byEmail = await agent.client.get(`/api/v1/people?email=${encodeURIComponent(customer.email)}`);
    expect(byEmail.body.items.map((p: { id: string }) => p.id)).toEqual([customer.id]);
    const byName = await agent.client.get('/api/v1/people?q=Quaresma');
    expect(byName.body.items.map((p: { id: string }) => p.id)).toEqual([customer.id]);
    const agents = await agent.client.get('/api/v1/people?role=agent&limit=200');
    expect(agents.body.items.every((p: { role: string }) => p.role === 'agent')).toBe(true);
  });

  it('a person who is not there is a 404, even with an id that is not a UUID', async () => {
    expect((await desk.admin.get('/api/v1/people/0190f0a0-0000-7000-8000-000000000000')).status).toBe(404);
    expect((await desk.admin.get('/api/v1/people/not-an-id')).status).toBe(404);
  });

  it('a phone number already used by someone else is a 409, since it identifies WhatsApp senders', async () => {
    const first = await desk.person({ role: 'customer', phone: '+55 11 95555-0001' });
    const res = await desk.admin.post('/api/v1/people', { name: 'Twin', email: 'twin-phone@example.com', role: 'customer', phone: '+5511955550001' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'phone_taken', details: { phone: '+5511955550001' } });
    const other = await desk.person({ role: 'customer' });
    const change = await desk.admin.patch(`/api/v1/people/${other.id}`, { phone: '+55 (11) 95555-0001' });
    expect(change.status).toBe(409);
    expect(change.body.error.code).toBe('phone_taken');
    const own = await desk.admin.patch(`/api/v1/people/${first.id}`, { phone: '+5511955550001', name: 'Same phone' });
    expect(own.status).toBe(200);
  });
});
