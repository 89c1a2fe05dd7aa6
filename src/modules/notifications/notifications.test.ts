import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';
import { notifications } from '../../db/schema/index';
import { newId } from '../../server/ids';
import { listTicketNotifications } from './notification.queries';

const desk = await startTestDesk();
const db = desk.atende.ctx.db;

// Outbox rows as the ticket and channel modules write them; inserted directly so this test does
// not depend on those modules.
type OutboxRow = typeof notifications.$inferInsert;
const outboxRow = async (row: Partial<OutboxRow> = {}) => {
  const id = newId();
  const values: OutboxRow = {
    id,
    channel: 'email',
    kind: 'agent_reply',
    recipient: 'ana@example.com',
    body: 'Hello',
    data: {},
    status: 'queued',
    attempts: 0,
    nextAttemptAt: desk.clock.now(),
    createdAt: desk.clock.now(),
    ...(row as object),
  };
  await db.insert(notifications).values(values);
  desk.clock.advance(1000);
  return id;
};

describe('the notification outbox (R10)', () => {
  it('an admin sees what was sent, to whom, and how delivery went, newest first', async () => {
    const failed = await outboxRow({ recipient: 'bruno@example.com', status: 'failed', attempts: 5, error: '550 mailbox unavailable', nextAttemptAt: null });
    const sent = await outboxRow({ recipient: 'bruno@example.com', status: 'sent', attempts: 1, sentAt: desk.clock.now(), subject: '[#1001] Re: Tracker offline' });
    const res = await desk.admin.get('/api/v1/notifications?recipient=bruno@example.com');
    expect(res.status).toBe(200);
    expect(res.body.items.map((n: { id: string }) => n.id)).toEqual([sent, failed]);
    expect(res.body.items[0]).toMatchObject({ status: 'sent', attempts: 1, subject: '[#1001] Re: Tracker offline', sentAt: expect.any(String), error: null });
    expect(res.body.items[1]).toMatchObject({ status: 'failed', attempts: 5, error: '550 mailbox unavailable', nextAttemptAt: null, sentAt: null });
  });

  it('filters by status, channel and ticket', async () => {
    const ticketId = newId();
    const whatsapp = await outboxRow({ channel: 'whatsapp', recipient: '+5511912345678', ticketId, status: 'held' });
    const byStatus = await desk.admin.get('/api/v1/notifications?status=held');
    expect(byStatus.body.items.map((n: { id: string }) => n.id)).toEqual([whatsapp]);
    const byChannel = await desk.admin.get('/api/v1/notifications?channel=whatsapp');
    expect(byChannel.body.items.map((n: { id: string }) => n.id)).toEqual([whatsapp]);
    const byTicket = await desk.admin.get(`/api/v1/notifications?ticketId=${ticketId}`);
    expect(byTicket.body.items).toHaveLength(1);
    expect(byTicket.body.items[0]).toMatchObject({ ticketId, channel: 'whatsapp', recipient: '+5511912345678' });
    expect((await desk.admin.get('/api/v1/notifications?channel=pigeon')).status).toBe(400);
  });

  it('pages follow the cursor without repeating', async () => {
    for (let i = 0; i < 5; i++) await outboxRow({ recipient: 'pages@example.com' });
    const first = await desk.admin.get('/api/v1/notifications?recipient=pages@example.com&limit=3');
    expect(first.body.items).toHaveLength(3);
    const second = await desk.admin.get(`/api/v1/notifications?recipient=pages@example.com&limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(2);
    expect(second.body.nextCursor).toBeNull();
    const ids = [...first.body.items, ...second.body.items].map((n: { id: string }) => n.id);
    expect(new Set(ids).size).toBe(5);
  });

  it('a ticket lists its own notifications oldest first', async () => {
    const ticketId = newId();
    const a = await outboxRow({ ticketId, kind: 'ticket_created' });
    const b = await outboxRow({ ticketId, kind: 'agent_reply', channel: 'whatsapp', recipient: '+5511900000000' });
    await outboxRow({ ticketId: newId() });
    const items = await listTicketNotifications(db, ticketId);
    expect(items.map((n) => n.id)).toEqual([a, b]);
    expect(items[1]).toMatchObject({ ticketId, kind: 'agent_reply', channel: 'whatsapp', status: 'queued', attempts: 0, error: null });
    expect(typeof items[0].createdAt).toBe('string');
    expect(await listTicketNotifications(db, 'not-an-id')).toEqual([]);
  });

  it('only admins read the outbox', async () => {
    const agent = await desk.person({ role: 'agent' });
    const res = await agent.client.get('/api/v1/notifications');
    expect(res.status).toBe(403);
  });
});
