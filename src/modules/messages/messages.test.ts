import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk({ env: { ATTACHMENT_MAX_BYTES: String(1024 * 1024) } });
const org = await desk.organization();
const team = await desk.team();
const category = await desk.category({ teamId: team.id });
const agent = await desk.person({ role: 'agent', teamIds: [team.id] });
const customer = await desk.person({ role: 'customer', organizationId: org.id });
const ticket = (await customer.client.post('/api/v1/tickets', { subject: 'Screenshot of the error', body: 'See attached', categoryId: category.id })).body;

const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

function form(fields: Record<string, string>, files: Array<{ name: string; type: string; data: Buffer }>) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  for (const f of files) body.append('file', new Blob([new Uint8Array(f.data)], { type: f.type }), f.name);
  return body;
}

describe('replies with attachments (R1, R6)', () => {
  it('a customer adds a message with an image, and the agent downloads the same bytes', async () => {
    const res = await customer.client.request('POST', `/api/v1/tickets/${ticket.id}/messages`, form({ body: 'Here is the screen' }, [{ name: 'tela.png', type: 'image/png', data: png }]));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ body: 'Here is the screen', internal: false, ticketId: ticket.id });
    expect(res.body.attachments).toEqual([{ id: expect.any(String), filename: 'tela.png', contentType: 'image/png', size: png.length, url: expect.stringMatching(/^\/api\/v1\/attachments\//) }]);
    const download = await fetch(desk.baseUrl + res.body.attachments[0].url, { headers: { authorization: `Bearer ${(agent.client as any).auth.token}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(png);
    const listed = await agent.client.get(`/api/v1/tickets/${ticket.id}/messages`);
    expect(listed.body.items.at(-1).attachments[0].filename).toBe('tela.png');
  });

  it('a file over the size limit answers 413 with a clear message and stores nothing', async () => {
    const before = (await agent.client.get(`/api/v1/tickets/${ticket.id}/messages`)).body.items.length;
    const big = Buffer.alloc(1024 * 1024 + 10, 1);
    const res = await customer.client.request('POST', `/api/v1/tickets/${ticket.id}/messages`, form({ body: 'Big log' }, [{ name: 'log.txt', type: 'text/plain', data: big }]));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('attachment_too_large');
    expect(res.body.error.message).toMatch(/size limit/);
    const after = (await agent.client.get(`/api/v1/tickets/${ticket.id}/messages`)).body.items.length;
    expect(after).toBe(before);
  });

  it('multipart fields are validated like JSON ones', async () => {
    const res = await customer.client.request('POST', `/api/v1/tickets/${ticket.id}/messages`, form({ body: '', internal: 'false' }, []));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    const unknown = await customer.client.request('POST', `/api/v1/tickets/${ticket.id}/messages`, form({ body: 'x', colour: 'red' }, []));
    expect(unknown.status).toBe(400);
  });

  it('an attachment on an internal note is hidden from the customer', async () => {
    const note = await agent.client.request('POST', `/api/v1/tickets/${ticket.id}/messages`, form({ body: 'Server log', internal: 'true' }, [{ name: 'server.log', type: 'text/plain', data: Buffer.from('secret log') }]));
    expect(note.status).toBe(201);
    const url = note.body.attachments[0].url;
    expect((await agent.client.get(url)).status).toBe(200);
    expect((await customer.client.get(url)).status).toBe(404);
    const colleague = await desk.person({ role: 'customer', organizationId: org.id });
    const publicUrl = (await agent.client.get(`/api/v1/tickets/${ticket.id}/messages`)).body.items.find((m: { attachments: unknown[]; internal: boolean }) => m.attachments.length && !m.internal).attachments[0].url;
    expect((await colleague.client.get(publicUrl)).status).toBe(404);
  });

  it('customers cannot write internal notes', async () => {
    const res = await customer.client.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'psst', internal: true });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('customer_cannot_post_internal');
  });

  it('masks a password in a reply before it is stored (R45)', async () => {
    const res = await customer.client.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Meu login é ana e a senha: SuperSecreta2026' });
    expect(res.status).toBe(201);
    expect(res.body.body).not.toContain('SuperSecreta2026');
    const listed = JSON.stringify((await agent.client.get(`/api/v1/tickets/${ticket.id}/messages`)).body);
    expect(listed).not.toContain('SuperSecreta2026');
  });

  it('the first public reply by an agent is recorded as the first response; notes are not', async () => {
    const t = (await customer.client.post('/api/v1/tickets', { subject: 'New one', body: 'x', categoryId: category.id })).body;
    await agent.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'checking', internal: true });
    await agent.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'We are on it' });
    await agent.client.post(`/api/v1/tickets/${t.id}/messages`, { body: 'Fixed' });
    const events = (await agent.client.get(`/api/v1/tickets/${t.id}/events`)).body.items.filter((e: { type: string }) => e.type === 'messages.created');
    expect(events.map((e: { data: { firstResponse?: boolean } }) => e.data.firstResponse ?? false)).toEqual([false, true, false]);
  });
});
