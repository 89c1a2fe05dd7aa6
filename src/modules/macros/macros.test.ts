import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

// Issue 5: macros — a named set of actions (a reply or note with template variables, field changes)
// that an agent applies to a ticket in one click, through the same rules as doing it by hand.
const desk = await startTestDesk();
const acme = await desk.organization({ name: 'Acme' });
const technical = await desk.team({ name: 'Technical' });
const productOwners = await desk.team({ name: 'Product owners' });
const hosting = await desk.category({ teamId: technical.id });
const ana = await desk.person({ role: 'customer', name: 'Ana Souza', organizationId: acme.id, email: 'ana@acme.example' });
const agent = await desk.person({ role: 'agent', name: 'Bruno Lima', teamIds: [technical.id] });
const outsider = await desk.person({ role: 'agent', teamIds: [productOwners.id] });
const owner = await desk.person({ role: 'agent', teamIds: [productOwners.id] });
const admin = await desk.person({ role: 'admin' });

const openTicket = async (subject = 'Invoices do not load') => {
  const res = await ana.client.post('/api/v1/tickets', { subject, body: 'Since this morning the invoice list stays empty.', categoryId: hosting.id });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body as { id: string; number: number; status: string };
};
const createMacro = async (body: Record<string, unknown>) => {
  const res = await admin.client.post('/api/v1/macros', body);
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body as { id: string; name: string };
};
const apply = (client: typeof agent.client, ticketId: string, macroId: string) => client.post(`/api/v1/tickets/${ticketId}/macros/${macroId}/apply`);
const eventsOf = async (ticketId: string) => (await admin.client.get(`/api/v1/tickets/${ticketId}/events`)).body.items as Array<{ type: string; data: Record<string, unknown> }>;
const messagesOf = async (ticketId: string) => (await admin.client.get(`/api/v1/tickets/${ticketId}/messages`)).body.items as Array<{ body: string; internal: boolean }>;

describe('macros: admins write them, agents list them', () => {
  it('an admin adds a macro; it is audited, and agents list it by name', async () => {
    const res = await admin.client.post('/api/v1/macros', {
      name: 'Ask for logs',
      description: 'When we cannot reproduce',
      body: 'Could you send us the logs?',
      changes: { priority: 'high' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Ask for logs', body: 'Could you send us the logs?', internal: false, changes: { priority: 'high' } });
    const listed = await agent.client.get('/api/v1/macros');
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((m: { name: string }) => m.name)).toContain('Ask for logs');
    expect((await agent.client.get(`/api/v1/macros/${res.body.id}`)).body.id).toBe(res.body.id);
    const audit = await admin.client.get('/api/v1/audit?entityType=macro');
    expect(audit.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'macro.created', entityId: res.body.id })]));
  });

  it('agents may not write macros (403) and customers may not even list them', async () => {
    const byAgent = await agent.client.post('/api/v1/macros', { name: 'Mine', body: 'x' });
    expect(byAgent.status).toBe(403);
    expect(byAgent.body.error.code).toBe('admin_only');
    expect((await ana.client.get('/api/v1/macros')).status).toBe(403);
    expect((await desk.anonymous.get('/api/v1/macros')).status).toBe(401);
  });

  it.each([
    ['no name', { body: 'x' }],
    ['neither a text nor a change', { name: 'Empty' }],
    ['an unknown status', { name: 'Bad status', changes: { status: 'done' } }],
    ['an unknown field change', { name: 'Bad field', changes: { subject: 'x' } }],
    ['an assignee that is not an id', { name: 'Bad assignee', changes: { assigneeId: 'bruno' } }],
  ])('refuses a macro with %s: 400 with the API error shape', async (_, body) => {
    const res = await admin.client.post('/api/v1/macros', body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_request', message: expect.any(String), details: { issues: expect.any(Array) } });
  });

  it('refuses an unknown team or a customer as assignee (422) and a name already taken (409)', async () => {
    const team = await admin.client.post('/api/v1/macros', { name: 'Ghost team', changes: { teamId: '0190d5a2-0000-7000-8000-000000000000' } });
    expect(team.status).toBe(422);
    expect(team.body.error.code).toBe('team_not_found');
    const customer = await admin.client.post('/api/v1/macros', { name: 'To Ana', changes: { assigneeId: ana.id } });
    expect(customer.status).toBe(422);
    expect(customer.body.error.code).toBe('assignee_not_found');
    await createMacro({ name: 'Thanks', body: 'Thank you!' });
    const again = await admin.client.post('/api/v1/macros', { name: 'THANKS', body: 'Thanks again' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('macro_name_taken');
  });

  it('an admin changes and removes a macro, each audited; a macro that would do nothing is refused', async () => {
    const macro = await createMacro({ name: 'Temporary', body: 'Hello' });
    const renamed = await admin.client.patch(`/api/v1/macros/${macro.id}`, { name: 'Still temporary', changes: { level: 2 } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Still temporary', changes: { level: 2 } });
    const emptied = await admin.client.patch(`/api/v1/macros/${macro.id}`, { body: null, changes: {} });
    expect(emptied.status).toBe(422);
    expect(emptied.body.error.code).toBe('macro_does_nothing');
    expect((await admin.client.patch(`/api/v1/macros/${macro.id}`, {})).status).toBe(400);
    expect((await agent.client.delete(`/api/v1/macros/${macro.id}`)).status).toBe(403);
    expect((await admin.client.delete(`/api/v1/macros/${macro.id}`)).status).toBe(204);
    expect((await agent.client.get(`/api/v1/macros/${macro.id}`)).status).toBe(404);
    const actions = (await admin.client.get('/api/v1/audit?entityType=macro')).body.items.filter((a: { entityId: string }) => a.entityId === macro.id).map((a: { action: string }) => a.action);
    expect(actions.sort()).toEqual(['macro.created', 'macro.deleted', 'macro.updated']);
  });
});

describe('applying a macro to a ticket', () => {
  it('writes the reply with its variables filled, sets the fields, and records each change as an event', async () => {
    const ticket = await openTicket();
    const macro = await createMacro({
      name: 'Investigating',
      body: 'Dear {{customer.name}}, we are looking into ticket #{{ticket.number}} ({{ticket.subject}}). {{agent.name}}',
      changes: { status: 'on_hold', priority: 'high', assigneeId: 'me' },
    });
    const res = await apply(agent.client, ticket.id, macro.id);
    expect(res.status).toBe(200);
    expect(res.body.message).toMatchObject({
      ticketId: ticket.id,
      authorId: agent.id,
      internal: false,
      body: `Dear Ana Souza, we are looking into ticket #${ticket.number} (Invoices do not load). Bruno Lima`,
    });
    expect(res.body.ticket).toMatchObject({ id: ticket.id, status: 'on_hold', priority: 'high', assigneeId: agent.id });
    expect((await agent.client.get(`/api/v1/tickets/${ticket.id}`)).body).toMatchObject({ status: 'on_hold', priority: 'high', assigneeId: agent.id });

    const events = await eventsOf(ticket.id);
    const created = events.find((e) => e.type === 'messages.created' && e.data.messageId === res.body.message.id);
    expect(created?.data).toMatchObject({ internal: false, reason: 'macro: Investigating', firstResponse: true });
    const updated = events.find((e) => e.type === 'tickets.updated');
    expect(updated?.data).toMatchObject({ changes: { priority: { from: 'medium', to: 'high' }, assigneeId: { from: null, to: agent.id } }, reason: 'macro: Investigating' });
    expect(events.find((e) => e.type === 'macros.applied')?.data).toMatchObject({ macroId: macro.id, name: 'Investigating', messageId: res.body.message.id });
    // A public reply reaches the customer by e-mail like any agent reply (R18).
    const outbox = await agent.client.get(`/api/v1/tickets/${ticket.id}/notifications`);
    expect(outbox.body.items.some((n: { kind: string; recipient: string }) => n.kind === 'reply' && n.recipient === 'ana@acme.example')).toBe(true);
  });

  it('an internal note stays with the agents and leaves the status alone; a macro without text only changes fields', async () => {
    const ticket = await openTicket('Slow dashboard');
    const note = await createMacro({ name: 'Note: known issue', body: 'Known issue, see the incident.', internal: true });
    const applied = await apply(agent.client, ticket.id, note.id);
    expect(applied.status).toBe(200);
    expect(applied.body.message.internal).toBe(true);
    expect(applied.body.ticket.status).toBe('new');
    const seen = await ana.client.get(`/api/v1/tickets/${ticket.id}/messages`);
    expect(seen.body.items.map((m: { body: string }) => m.body)).not.toContain('Known issue, see the incident.');

    const triage = await createMacro({ name: 'Severity 1', changes: { severity: 1, priority: 'urgent' } });
    const fields = await apply(agent.client, ticket.id, triage.id);
    expect(fields.status).toBe(200);
    expect(fields.body.message).toBeNull();
    expect(fields.body.ticket).toMatchObject({ severity: 1, priority: 'urgent' });
  });

  it('writes the note before transferring, so a macro may hand the ticket to another team (R18)', async () => {
    const ticket = await openTicket('Needs a developer');
    const escalate = await createMacro({ name: 'Escalate to product owners', body: 'Escalated: reproduced on production.', internal: true, changes: { teamId: productOwners.id, level: 2 } });
    const res = await apply(agent.client, ticket.id, escalate.id);
    expect(res.status).toBe(200);
    expect(res.body.ticket).toMatchObject({ teamId: productOwners.id, level: 2 });
    expect((await agent.client.get(`/api/v1/tickets/${ticket.id}`)).status).toBe(404);
    expect((await messagesOf(ticket.id)).map((m) => m.body)).toContain('Escalated: reproduced on production.');
    expect((await eventsOf(ticket.id)).map((e) => e.type)).toContain('tickets.escalated');
  });

  it('applies whole or not at all: a refused assignment leaves no reply behind', async () => {
    const ticket = await openTicket('All or nothing');
    const macro = await createMacro({ name: 'Give to the owner', body: 'Our product owner will answer.', changes: { assigneeId: owner.id } });
    const before = (await messagesOf(ticket.id)).length;
    const res = await apply(agent.client, ticket.id, macro.id);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('assignee_not_in_team');
    expect(await messagesOf(ticket.id)).toHaveLength(before);
    expect((await eventsOf(ticket.id)).map((e) => e.type)).toEqual(['tickets.created']);
    expect((await agent.client.get(`/api/v1/tickets/${ticket.id}/notifications`)).body.items.every((n: { kind: string }) => n.kind !== 'reply')).toBe(true);
  });

  it('keeps the status machine: a closed ticket takes no reply (409) and nothing changes', async () => {
    const ticket = await openTicket('Closed already');
    await agent.client.patch(`/api/v1/tickets/${ticket.id}`, { status: 'closed' });
    const macro = await createMacro({ name: 'Reopen with a word', body: 'Hello again', changes: { priority: 'low' } });
    const res = await apply(agent.client, ticket.id, macro.id);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ticket_closed');
    expect((await agent.client.get(`/api/v1/tickets/${ticket.id}`)).body.priority).toBe('medium');
  });

  it('is described in the OpenAPI document', async () => {
    const paths = Object.keys((await desk.anonymous.get('/api/v1/openapi.json')).body.paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/macros', '/api/v1/macros/{id}', '/api/v1/tickets/{id}/macros/{macroId}/apply', '/api/v1/tickets/{id}/similar']));
  });

  it('answers 404 for another team\'s ticket or an unknown macro, 403 for a customer', async () => {
    const ticket = await openTicket('Access');
    const macro = await createMacro({ name: 'Access check', changes: { priority: 'low' } });
    const other = await apply(outsider.client, ticket.id, macro.id);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('ticket_not_found');
    const unknown = await apply(agent.client, ticket.id, '0190d5a2-0000-7000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('macro_not_found');
    const customer = await apply(ana.client, ticket.id, macro.id);
    expect(customer.status).toBe(403);
    expect((await agent.client.get(`/api/v1/tickets/${ticket.id}`)).body.priority).toBe('medium');
  });
});
