import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';
import { chatCast } from './chat.test-support';

const desk = await startTestDesk();

describe('live chat through the REST API (R19, R35)', () => {
  it('queues customers in arrival order and gives an unfinished chat back (R5)', async () => {
    const { category, agent, organization } = await chatCast(desk);
    const first = await desk.person({ role: 'customer', organizationId: organization.id });
    const second = await desk.person({ role: 'customer', organizationId: organization.id });

    const a = await first.client.post('/api/v1/chats', { categoryId: category.id });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ status: 'waiting', queuePosition: 1 });
    expect(a.body.publicId).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    const b = await second.client.post('/api/v1/chats', { categoryId: category.id });
    expect(b.body.queuePosition).toBe(2);

    const again = await first.client.post('/api/v1/chats', {});
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(a.body.id);

    const waiting = await agent.client.get('/api/v1/chats?status=waiting');
    expect(waiting.status).toBe(200);
    const mine = waiting.body.items.filter((c: { id: string }) => c.id === a.body.id || c.id === b.body.id);
    expect(mine.map((c: { id: string }) => c.id)).toEqual([a.body.id, b.body.id]);
  });

  it('an agent accepts, both write, and the transcript keeps every line in order', async () => {
    const { category, agent, customer } = await chatCast(desk);
    const chat = (await customer.client.post('/api/v1/chats', { categoryId: category.id })).body;
    const hello = await customer.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'My invoices do not load' });
    expect(hello.status).toBe(201);
    expect(hello.body).toMatchObject({ kind: 'customer', text: 'My invoices do not load', authorId: customer.id });

    const accepted = await agent.client.post(`/api/v1/chats/${chat.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'active', assigneeId: agent.id, queuePosition: null });
    expect(accepted.body.agentIds).toEqual([agent.id]);

    const reply = await agent.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'Looking at it now' });
    expect(reply.body.kind).toBe('agent');
    const note = await agent.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'Customer is on the old plan', internal: true });
    expect(note.body.kind).toBe('note');

    const seenByCustomer = (await customer.client.get(`/api/v1/chats/${chat.id}/messages`)).body.items;
    expect(seenByCustomer.map((m: { kind: string }) => m.kind)).toEqual(['system', 'customer', 'system', 'agent']);
    expect(seenByCustomer.some((m: { text: string }) => m.text.includes('old plan'))).toBe(false);
    const seenByAgent = (await agent.client.get(`/api/v1/chats/${chat.id}/messages`)).body.items;
    expect(seenByAgent.map((m: { kind: string }) => m.kind)).toEqual(['system', 'customer', 'system', 'agent', 'note']);
  });

  it('masks secrets before storing a line (R45) and stores a resend once', async () => {
    const { customer } = await chatCast(desk);
    const chat = (await customer.client.post('/api/v1/chats', {})).body;
    const sent = await customer.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'my password: Hunter2Secret!', clientId: 'c-1' });
    expect(sent.status).toBe(201);
    expect(sent.body.text).not.toContain('Hunter2Secret!');
    const resent = await customer.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'my password: Hunter2Secret!', clientId: 'c-1' });
    expect(resent.status).toBe(200);
    expect(resent.body.id).toBe(sent.body.id);
    const lines = (await customer.client.get(`/api/v1/chats/${chat.id}/messages`)).body.items;
    expect(lines.filter((m: { kind: string }) => m.kind === 'customer')).toHaveLength(1);
  });

  it('turns a chat into a ticket whose first message holds the transcript (R19)', async () => {
    const { category, agent, customer, team } = await chatCast(desk);
    const chat = (await customer.client.post('/api/v1/chats', { categoryId: category.id })).body;
    await customer.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'The export to the tax office fails' });
    await agent.client.post(`/api/v1/chats/${chat.id}/accept`);
    await agent.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'I will ask the dev team' });
    await agent.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'internal: probably bug 42', internal: true });

    const converted = await agent.client.post(`/api/v1/chats/${chat.id}/convert`);
    expect(converted.status).toBe(201);
    expect(converted.body).toMatchObject({ channel: 'chat', requesterId: customer.id, teamId: team.id, categoryId: category.id });
    expect(converted.body.intake).toMatchObject({ chatPublicId: chat.publicId });
    const messages = (await agent.client.get(`/api/v1/tickets/${converted.body.id}/messages`)).body.items;
    expect(messages[0].body).toContain(`Chat ${chat.publicId}`);
    expect(messages[0].body).toContain('The export to the tax office fails');
    expect(messages[0].body).toContain('I will ask the dev team');
    expect(messages[0].body).not.toContain('bug 42');

    const after = (await customer.client.get(`/api/v1/chats/${chat.id}`)).body;
    expect(after).toMatchObject({ status: 'closed', closeReason: 'converted', ticketId: converted.body.id });
    const lines = (await customer.client.get(`/api/v1/chats/${chat.id}/messages`)).body.items;
    expect(lines.at(-1).text).toContain(`#${converted.body.number}`);
    expect((await agent.client.post(`/api/v1/chats/${chat.id}/convert`)).body.error.code).toBe('chat_already_converted');
  });

  it('transfers to another team\'s queue and to an agent', async () => {
    const { category, agent, customer } = await chatCast(desk);
    const otherTeam = await desk.team();
    const otherAgent = await desk.person({ role: 'agent', teamIds: [otherTeam.id] });
    const chat = (await customer.client.post('/api/v1/chats', { categoryId: category.id })).body;
    await agent.client.post(`/api/v1/chats/${chat.id}/accept`);

    const moved = await agent.client.post(`/api/v1/chats/${chat.id}/transfer`, { teamId: otherTeam.id });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ status: 'waiting', teamId: otherTeam.id, assigneeId: null, queuePosition: 1 });
    const theirQueue = (await otherAgent.client.get('/api/v1/chats?status=waiting')).body.items.map((c: { id: string }) => c.id);
    expect(theirQueue).toContain(chat.id);
    // The first agent joined, so they still read the transcript, but it is no longer theirs to handle.
    expect((await agent.client.get(`/api/v1/chats/${chat.id}`)).status).toBe(200);
    expect((await agent.client.post(`/api/v1/chats/${chat.id}/accept`)).body.error.code).toBe('not_your_chat');

    const handed = await otherAgent.client.post(`/api/v1/chats/${chat.id}/transfer`, { agentId: agent.id });
    expect(handed.body).toMatchObject({ status: 'active', assigneeId: agent.id });
    expect(handed.body.agentIds).toEqual([agent.id]);
    expect((await agent.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'Back with you' })).status).toBe(201);
  });

  it('closes and reopens a finished chat into the queue (R5)', async () => {
    const { category, agent, customer } = await chatCast(desk);
    const chat = (await customer.client.post('/api/v1/chats', { categoryId: category.id })).body;
    await agent.client.post(`/api/v1/chats/${chat.id}/accept`);
    const closed = await agent.client.post(`/api/v1/chats/${chat.id}/close`);
    expect(closed.body).toMatchObject({ status: 'closed', closeReason: 'agent' });
    const refused = await customer.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'one more thing' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('chat_closed');

    const reopened = await customer.client.post(`/api/v1/chats/${chat.id}/reopen`);
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'waiting', queuePosition: 1, closedAt: null });
    expect((await customer.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'one more thing' })).status).toBe(201);
  });
});
