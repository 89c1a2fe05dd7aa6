import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

// R44: one ticket per case — the desk offers likely duplicates (same customer, same issue, ticket and
// chat) so an agent can merge them; R7: how many similar tickets are open.
const desk = await startTestDesk();
const acme = await desk.organization({ name: 'Acme' });
const beta = await desk.organization({ name: 'Beta' });
const technical = await desk.team({ name: 'Technical' });
const design = await desk.team({ name: 'Design' });
const hosting = await desk.category({ teamId: technical.id });
const layouts = await desk.category({ teamId: design.id });

const ana = await desk.person({ role: 'customer', organizationId: acme.id, email: 'ana@acme.example' });
const carla = await desk.person({ role: 'customer', organizationId: acme.id, email: 'carla@acme.example' });
const dora = await desk.person({ role: 'customer', organizationId: beta.id, email: 'dora@beta.example' });
const technician = await desk.person({ role: 'agent', teamIds: [technical.id] });
const designer = await desk.person({ role: 'agent', teamIds: [design.id] });
const admin = await desk.person({ role: 'admin' });

async function open(who: typeof ana, subject: string, body: string, categoryId = hosting.id) {
  const res = await who.client.post('/api/v1/tickets', { subject, body, categoryId });
  if (res.status !== 201) throw new Error(`ticket not created: ${JSON.stringify(res.body)}`);
  return res.body as { id: string; number: number };
}

const ticket = await open(ana, 'Invoice PDF not generated', 'When I click download, the invoice PDF comes out blank since yesterday.');
const sameCase = await open(ana, 'The invoice PDF is not being generated', 'Downloading the invoice gives a blank PDF file.');
const otherIssue = await open(ana, 'Change my password', 'I forgot my password and want a new one.');
const oldIssue = await open(ana, 'Domain renewal', 'Please renew our domain for another year.');
await admin.client.patch(`/api/v1/tickets/${oldIssue.id}`, { status: 'closed' });
const colleagueCase = await open(carla, 'Invoice PDF blank', 'Our invoices download as a blank PDF.');
const colleagueOther = await open(carla, 'Logo colours', 'Can the logo be darker blue?');
const strangerCase = await open(dora, 'Invoice PDF not generated again', 'The PDF of the invoice is not generated.');
const designCase = await open(dora, 'Invoice PDF not generated', 'The invoice PDF is empty.', layouts.id);
const duplicate = await open(ana, 'Invoice PDF not generated!', 'Same as before: blank invoice PDF.');
await admin.client.post(`/api/v1/tickets/${duplicate.id}/merge`, { intoTicketId: sameCase.id });

type Item = { id: string; number: number; reasons: string[]; score: number; status: string };
const similarTo = async (client: typeof admin.client, id: string, query = '') => client.get(`/api/v1/tickets/${id}/similar${query}`);

describe('likely duplicates of a ticket (R44, R7)', () => {
  it('offers the requester\'s tickets first, then the organization\'s, then alike subjects; open first, by likeness', async () => {
    const res = await similarTo(admin.client, ticket.id);
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i: Item) => i.id);
    expect(ids).toEqual([sameCase.id, otherIssue.id, colleagueCase.id, ...ids.slice(3)]);
    expect(ids.slice(3).sort()).toEqual([strangerCase.id, designCase.id].sort());
    const byId = new Map<string, Item>(res.body.items.map((i: Item) => [i.id, i]));
    expect(byId.get(sameCase.id)!.reasons).toEqual(expect.arrayContaining(['same_requester', 'similar_subject']));
    expect(byId.get(otherIssue.id)!.reasons).toEqual(['same_requester']);
    expect(byId.get(colleagueCase.id)!.reasons).toContain('same_organization');
    expect(byId.get(strangerCase.id)!.reasons).toContain('similar_subject');
    expect(byId.get(sameCase.id)!.score).toBeGreaterThan(byId.get(otherIssue.id)!.score);
    expect(res.body.items[0]).toMatchObject({ number: sameCase.number, subject: 'The invoice PDF is not being generated', status: 'new', requesterId: ana.id });
    expect(typeof res.body.items[0].createdAt).toBe('string');
  });

  it('leaves out the ticket itself, merged tickets, and closed or unrelated ones that only share the company', async () => {
    const ids = (await similarTo(admin.client, ticket.id)).body.items.map((i: Item) => i.id);
    expect(ids).not.toContain(ticket.id);
    expect(ids).not.toContain(duplicate.id);
    expect(ids).not.toContain(oldIssue.id);
    expect(ids).not.toContain(colleagueOther.id);
  });

  it('counts the similar open tickets (R7) and honours the limit', async () => {
    const res = await similarTo(admin.client, ticket.id, '?limit=2');
    expect(res.body.items).toHaveLength(2);
    // Same case, the colleague's and both strangers' read alike and are open; the password one does not.
    expect(res.body.similarOpenCount).toBe(4);
  });

  it('an agent sees only their teams\' tickets among the duplicates (R28)', async () => {
    const res = await similarTo(technician.client, ticket.id);
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i: Item) => i.id);
    expect(ids).toContain(strangerCase.id);
    expect(ids).not.toContain(designCase.id);
    expect(res.body.similarOpenCount).toBe(3);
  });

  it('an agent of another team gets 404, a customer 403, no one signed in 401', async () => {
    const other = await similarTo(designer.client, ticket.id);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('ticket_not_found');
    const customer = await similarTo(ana.client, ticket.id);
    expect(customer.status).toBe(403);
    expect(customer.body.error).toMatchObject({ code: 'staff_only' });
    expect((await similarTo(desk.anonymous, ticket.id)).status).toBe(401);
    expect((await similarTo(admin.client, '0190d5a2-0000-7000-8000-000000000000')).status).toBe(404);
  });

  it('refuses a limit outside 1-50 with the error shape of the API', async () => {
    for (const limit of ['0', '51', 'many']) {
      const res = await similarTo(admin.client, ticket.id, `?limit=${limit}`);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'invalid_request', message: expect.any(String), details: { issues: expect.any(Array) } });
    }
  });

  it('includes the requester\'s unfinished chat, for agents who may see it', async () => {
    const chat = await ana.client.post('/api/v1/chats', { categoryId: hosting.id });
    expect(chat.status).toBe(201);
    const seen = await similarTo(technician.client, ticket.id);
    expect(seen.body.chats).toEqual([expect.objectContaining({ id: chat.body.id, publicId: chat.body.publicId, reasons: ['same_requester'] })]);
    const dorasTicket = await similarTo(designer.client, designCase.id);
    expect(dorasTicket.body.chats).toEqual([]);
  });

  it('after a merge the merged ticket is no longer offered', async () => {
    const merged = await technician.client.post(`/api/v1/tickets/${strangerCase.id}/merge`, { intoTicketId: ticket.id });
    expect(merged.status).toBe(200);
    const ids = (await similarTo(technician.client, ticket.id)).body.items.map((i: Item) => i.id);
    expect(ids).not.toContain(strangerCase.id);
  });

  it('matches words across accents and inflections in the customer\'s language', async () => {
    const maria = await desk.person({ role: 'customer', organizationId: beta.id, languages: ['pt-BR'] });
    const first = await open(maria, 'Notificações por WhatsApp não chegam', 'As notificações dos clientes pararam de chegar hoje.');
    const second = await open(maria, 'Clientes sem notificacao', 'Nenhuma notificacao chega aos clientes desde hoje.');
    const res = await similarTo(admin.client, first.id);
    const found = res.body.items.find((i: Item) => i.id === second.id);
    expect(found.reasons).toContain('similar_description');
  });
});
