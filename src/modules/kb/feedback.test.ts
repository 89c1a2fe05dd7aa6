import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk();
const org = await desk.organization();
const customer = await desk.person({ role: 'customer', organizationId: org.id, name: 'Carla Andrade' });
const otherCustomer = await desk.person({ role: 'customer', organizationId: org.id });
const agent = await desk.person({ role: 'agent' });

const article = async (extra: Record<string, unknown> = {}) => {
  const res = await agent.client.post('/api/v1/kb/articles', { title: 'Reset your password', body: 'Tap **Forgot password**.', language: 'en', ...extra });
  expect(res.status).toBe(201);
  return res.body.id as string;
};
const vote = (client: typeof desk.anonymous, id: string, body: Record<string, unknown>) => client.post(`/api/v1/kb/articles/${id}/votes`, body);

describe('"Did this help?" votes (R12, R47)', () => {
  it('a visitor votes without signing in, and the counts show on the article', async () => {
    const id = await article();
    const res = await vote(desk.anonymous, id, { helpful: true, clientToken: 'browser-one-0123456789' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ articleId: id, helpful: true, helpfulCount: 1, notHelpfulCount: 0 });
    await vote(desk.anonymous, id, { helpful: false, clientToken: 'browser-two-0123456789' });
    const read = await desk.anonymous.get(`/api/v1/kb/articles/${id}`);
    expect(read.body).toMatchObject({ helpfulCount: 1, notHelpfulCount: 1 });
  });

  it('voting again changes the vote instead of adding one: per browser token, and per person when signed in', async () => {
    const id = await article();
    await vote(desk.anonymous, id, { helpful: true, clientToken: 'same-browser-0123456789' });
    const changed = await vote(desk.anonymous, id, { helpful: false, clientToken: 'same-browser-0123456789' });
    expect(changed.body).toMatchObject({ helpfulCount: 0, notHelpfulCount: 1 });
    await vote(customer.client, id, { helpful: true, clientToken: 'token-a-0123456789ab' });
    const again = await vote(customer.client, id, { helpful: true, clientToken: 'token-b-0123456789ab' });
    expect(again.body).toMatchObject({ helpfulCount: 1, notHelpfulCount: 1 });
  });

  it('without a token, one vote per address', async () => {
    const id = await article();
    await vote(desk.anonymous, id, { helpful: true });
    const second = await vote(desk.anonymous, id, { helpful: true });
    expect(second.body).toMatchObject({ helpfulCount: 1 });
  });

  it('a draft cannot be voted on by customers, and bad votes are refused', async () => {
    const draft = await article({ published: false });
    expect((await vote(customer.client, draft, { helpful: true })).status).toBe(404);
    const id = await article();
    expect((await vote(desk.anonymous, id, { helpful: 'yes' })).status).toBe(400);
    expect((await vote(desk.anonymous, id, {})).status).toBe(400);
    expect((await vote(desk.anonymous, id, { helpful: true, clientToken: 'short' })).status).toBe(400);
    expect((await vote(desk.anonymous, '0190f0a0-0000-7000-8000-000000000000', { helpful: true })).status).toBe(404);
  });
});

describe('comments by signed-in customers (R20)', () => {
  it('needs a signed-in person; visitors read comments but cannot write them', async () => {
    const id = await article();
    const anonymous = await desk.anonymous.post(`/api/v1/kb/articles/${id}/comments`, { body: 'Hello' });
    expect(anonymous.status).toBe(401);
    const created = await customer.client.post(`/api/v1/kb/articles/${id}/comments`, { body: 'This worked, thanks!' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ articleId: id, author: { id: customer.id, name: 'Carla Andrade' }, body: 'This worked, thanks!' });
    const list = await desk.anonymous.get(`/api/v1/kb/articles/${id}/comments`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([created.body]);
    expect(list.body.items[0].author).not.toHaveProperty('email');
  });

  it('markup is removed and secrets are masked before a comment is stored (R45)', async () => {
    const id = await article();
    const res = await customer.client.post(`/api/v1/kb/articles/${id}/comments`, {
      body: '<script>alert(1)</script><b>Still</b> failing with password: Hunter2-Secret!99 & "quotes"',
    });
    expect(res.status).toBe(201);
    expect(res.body.body).not.toContain('<');
    expect(res.body.body).not.toContain('Hunter2-Secret!99');
    expect(res.body.body).toContain('Still failing');
    expect(res.body.body).toContain('& "quotes"');
    const onlyMarkup = await customer.client.post(`/api/v1/kb/articles/${id}/comments`, { body: '<img src=x onerror=alert(1)>' });
    expect(onlyMarkup.status).toBe(400);
    expect(onlyMarkup.body.error.code).toBe('empty_comment');
  });

  it('drafts take no comments from customers; the author or staff may remove a comment, nobody else', async () => {
    const draft = await article({ published: false });
    expect((await customer.client.post(`/api/v1/kb/articles/${draft}/comments`, { body: 'Hi' })).status).toBe(404);
    const id = await article();
    const first = (await customer.client.post(`/api/v1/kb/articles/${id}/comments`, { body: 'One' })).body;
    const second = (await customer.client.post(`/api/v1/kb/articles/${id}/comments`, { body: 'Two' })).body;
    const denied = await otherCustomer.client.delete(`/api/v1/kb/comments/${first.id}`);
    expect(denied.status).toBe(403);
    expect((await customer.client.delete(`/api/v1/kb/comments/${first.id}`)).status).toBe(204);
    expect((await agent.client.delete(`/api/v1/kb/comments/${second.id}`)).status).toBe(204);
    expect((await desk.anonymous.get(`/api/v1/kb/articles/${id}/comments`)).body.items).toEqual([]);
  });
});

describe('deflection figures (R14)', () => {
  it('records suggestions shown, what was opened and how it ended; staff read the figures', async () => {
    const solved = await article({ title: 'Webhook checklist' });
    const other = await article({ title: 'Rate limits' });
    const shown = await desk.anonymous.post('/api/v1/kb/deflections', {
      question: 'webhook does not receive, my key is sk_live_51HxYzAbCdEfGhIjKlMnOpQrStUv',
      language: 'en',
      suggestedIds: [solved, other],
      channel: 'portal',
    });
    expect(shown.status).toBe(201);
    expect(shown.body).toMatchObject({ suggestedIds: [solved, other], openedIds: [], outcome: null });
    expect(shown.body.question).not.toContain('sk_live_51HxYzAbCdEfGhIjKlMnOpQrStUv');
    await desk.anonymous.patch(`/api/v1/kb/deflections/${shown.body.id}`, { openedArticleId: solved });
    await desk.anonymous.patch(`/api/v1/kb/deflections/${shown.body.id}`, { openedArticleId: solved });
    const done = await desk.anonymous.patch(`/api/v1/kb/deflections/${shown.body.id}`, { outcome: 'solved', articleId: solved });
    expect(done.body).toMatchObject({ openedIds: [solved], outcome: 'solved', articleId: solved });

    const mine = await customer.client.post('/api/v1/kb/deflections', { question: 'rate limit 429', suggestedIds: [other], outcome: 'ticket' });
    expect(mine.status).toBe(201);
    expect((await otherCustomer.client.patch(`/api/v1/kb/deflections/${mine.body.id}`, { outcome: 'solved' })).status).toBe(404);
    expect((await desk.anonymous.patch(`/api/v1/kb/deflections/${mine.body.id}`, { outcome: 'solved' })).status).toBe(404);
    await desk.anonymous.post('/api/v1/kb/deflections', { question: 'nothing useful', suggestedIds: [other], outcome: 'abandoned' });

    await vote(desk.anonymous, solved, { helpful: true, clientToken: 'stats-browser-0123456789' });
    const stats = await agent.client.get('/api/v1/kb/stats');
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({
      suggested: 3,
      opened: 1,
      markedHelpful: 1,
      ticketFiledAnyway: 1,
      chatStartedAnyway: 0,
      abandoned: 1,
      noOutcome: 0,
      deflectionRate: 0.333,
    });
    expect(stats.body.votes.helpful).toBeGreaterThanOrEqual(1);
    expect(stats.body.articles[0]).toMatchObject({ id: other, suggested: 3, opened: 0, solved: 0 });
    expect(stats.body.articles[1]).toMatchObject({ id: solved, suggested: 1, opened: 1, solved: 1 });
  });

  it('the figures are for staff, and bad records are refused', async () => {
    expect((await customer.client.get('/api/v1/kb/stats')).status).toBe(403);
    expect((await desk.anonymous.get('/api/v1/kb/stats')).status).toBe(401);
    expect((await desk.anonymous.post('/api/v1/kb/deflections', { question: 'x', suggestedIds: ['nope'] })).status).toBe(400);
    expect((await desk.anonymous.post('/api/v1/kb/deflections', { question: 'x', suggestedIds: [], outcome: 'maybe' })).status).toBe(400);
    const future = await agent.client.get('/api/v1/kb/stats?from=2030-01-01T00:00:00Z&to=2030-02-01T00:00:00Z');
    expect(future.body).toMatchObject({ suggested: 0, deflectionRate: 0, articles: [] });
  });
});
