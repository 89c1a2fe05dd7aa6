import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk();
const team = await desk.team();
const product = await desk.category({ name: 'Messaging API', teamId: team.id });
const org = await desk.organization();
const customer = await desk.person({ role: 'customer', organizationId: org.id });
const agent = await desk.person({ role: 'agent', teamIds: [team.id] });

const article = async (body: Record<string, unknown> = {}) => {
  const res = await agent.client.post('/api/v1/kb/articles', { title: 'Webhook set-up', body: 'Register the **URL**.', language: 'en', ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
};

describe('knowledge-base articles (R9, R31)', () => {
  it('an agent writes a Markdown article: stored as written, shown as sanitized HTML, published by default', async () => {
    const created = await article({ body: '# Steps\n\n1. Open **Numbers**\n2. Copy the `key`\n\n<script>alert(1)</script>', categoryId: product.id });
    expect(created).toMatchObject({ language: 'en', categoryId: product.id, published: true, translationOf: null, helpfulCount: 0, notHelpfulCount: 0 });
    expect(created.body).toContain('<script>alert(1)</script>');
    expect(created.bodyHtml).toContain('<h1>Steps</h1>');
    expect(created.bodyHtml).toContain('<ol><li>Open <strong>Numbers</strong></li><li>Copy the <code>key</code></li></ol>');
    expect(created.bodyHtml).not.toContain('<script');
    expect(created.publishedAt).toBe(created.createdAt);
    expect(created.translationGroupId).toBe(created.id);
    const read = await desk.anonymous.get(`/api/v1/kb/articles/${created.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created);
  });

  it('translations join the source\'s group, inherit its category and are listed together', async () => {
    const source = await article({ categoryId: product.id });
    const pt = await agent.client.post('/api/v1/kb/articles', { title: 'Configurar o webhook', body: 'Cadastre a URL.', language: 'pt-br', translationOf: source.id });
    expect(pt.status).toBe(201);
    expect(pt.body).toMatchObject({ language: 'pt-BR', translationOf: source.id, translationGroupId: source.id, categoryId: product.id });
    const de = await agent.client.post('/api/v1/kb/articles', { title: 'Webhook einrichten', body: 'URL hinterlegen.', language: 'de', translationOf: pt.body.id });
    expect(de.body.translationGroupId).toBe(source.id);
    const list = await desk.anonymous.get(`/api/v1/kb/articles/${de.body.id}/translations`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((t: { language: string }) => t.language)).toEqual(['de', 'en', 'pt-BR']);
  });

  it('a second version in the same language is a conflict; a missing source is 422', async () => {
    const source = await article();
    const again = await agent.client.post('/api/v1/kb/articles', { title: 'Other', body: 'Other.', language: 'EN', translationOf: source.id });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('translation_exists');
    const orphan = await agent.client.post('/api/v1/kb/articles', { title: 'X', body: 'Y', language: 'de', translationOf: '0190f0a0-0000-7000-8000-000000000000' });
    expect(orphan.status).toBe(422);
    expect(orphan.body.error.code).toBe('translation_source_not_found');
    const noCategory = await agent.client.post('/api/v1/kb/articles', { title: 'X', body: 'Y', language: 'de', categoryId: '0190f0a0-0000-7000-8000-000000000000' });
    expect(noCategory.status).toBe(422);
    expect(noCategory.body.error.code).toBe('category_not_found');
  });

  it('drafts are visible to staff only: customers and visitors get 404 and never see them listed', async () => {
    const draft = await article({ title: 'Unreleased feature', published: false });
    expect(draft.published).toBe(false);
    expect(draft.publishedAt).toBeNull();
    for (const client of [desk.anonymous, customer.client]) {
      const res = await client.get(`/api/v1/kb/articles/${draft.id}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('article_not_found');
      expect((await client.get(`/api/v1/kb/articles/${draft.id}/translations`)).status).toBe(404);
      const list = await client.get('/api/v1/kb/articles?limit=200&published=false');
      expect(list.body.items.map((a: { id: string }) => a.id)).not.toContain(draft.id);
    }
    expect((await agent.client.get(`/api/v1/kb/articles/${draft.id}`)).status).toBe(200);
    const drafts = await agent.client.get('/api/v1/kb/articles?limit=200&published=false');
    expect(drafts.body.items.map((a: { id: string }) => a.id)).toContain(draft.id);
    const published = await agent.client.patch(`/api/v1/kb/articles/${draft.id}`, { published: true });
    expect(published.body.published).toBe(true);
    expect(published.body.publishedAt).not.toBeNull();
    expect((await desk.anonymous.get(`/api/v1/kb/articles/${draft.id}`)).status).toBe(200);
  });

  it('only staff write: a customer gets 403, a visitor 401', async () => {
    const existing = await article();
    const byCustomer = await customer.client.post('/api/v1/kb/articles', { title: 'Mine', body: 'Mine', language: 'en' });
    expect(byCustomer.status).toBe(403);
    expect(byCustomer.body.error.code).toBe('staff_only');
    expect((await customer.client.patch(`/api/v1/kb/articles/${existing.id}`, { title: 'Hacked' })).status).toBe(403);
    expect((await customer.client.delete(`/api/v1/kb/articles/${existing.id}`)).status).toBe(403);
    const anonymous = await desk.anonymous.post('/api/v1/kb/articles', { title: 'Mine', body: 'Mine', language: 'en' });
    expect(anonymous.status).toBe(401);
    expect((await desk.anonymous.delete(`/api/v1/kb/articles/${existing.id}`)).status).toBe(401);
  });

  it('editing the body re-renders it, and deleting leaves the translations', async () => {
    const source = await article();
    const es = await agent.client.post('/api/v1/kb/articles', { title: 'Configurar el webhook', body: 'Registra la URL.', language: 'es', translationOf: source.id });
    const edited = await agent.client.patch(`/api/v1/kb/articles/${source.id}`, { body: 'Now with a [link](https://example.com).' });
    expect(edited.status).toBe(200);
    expect(edited.body.bodyHtml).toContain('<a href="https://example.com" rel="nofollow noopener noreferrer">link</a>');
    expect((await agent.client.delete(`/api/v1/kb/articles/${source.id}`)).status).toBe(204);
    expect((await agent.client.get(`/api/v1/kb/articles/${source.id}`)).status).toBe(404);
    const left = await agent.client.get(`/api/v1/kb/articles/${es.body.id}`);
    expect(left.body).toMatchObject({ translationOf: null, translationGroupId: source.id });
    const audit = await desk.admin.get(`/api/v1/audit?entityId=${source.id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['kb_article.deleted', 'kb_article.updated', 'kb_article.created']);
  });

  it('lists by language and category in pages that follow a cursor', async () => {
    const other = await desk.category({ name: 'Hosting', teamId: team.id });
    for (let i = 0; i < 3; i++) await article({ language: 'ru', title: `Статья ${i}`, categoryId: other.id });
    await article({ language: 'ru', title: 'Без категории' });
    const first = await desk.anonymous.get(`/api/v1/kb/articles?lang=ru&categoryId=${other.id}&limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]).toMatchObject({ language: 'ru', categoryId: other.id, published: true });
    expect(first.body.items[0].summary).toBeTypeOf('string');
    const second = await desk.anonymous.get(`/api/v1/kb/articles?lang=ru&categoryId=${other.id}&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
  });

  it('rejects bad input with the documented error shape', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: '', body: 'x', language: 'en' }, 'title'],
      [{ title: 'x', body: 'x', language: 'english!' }, 'language'],
      [{ title: 'x', body: 'x', language: 'en', colour: 'red' }, 'body'],
      [{ title: 'x', language: 'en' }, 'body'],
      [{ title: 'x', body: 'x', language: 'en', published: 'yes' }, 'published'],
    ];
    for (const [body, path] of cases) {
      const res = await agent.client.post('/api/v1/kb/articles', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
      expect(res.body.error.details.issues[0].path).toContain(path);
    }
    const empty = await agent.client.patch('/api/v1/kb/articles/0190f0a0-0000-7000-8000-000000000000', {});
    expect(empty.status).toBe(400);
    expect((await agent.client.patch('/api/v1/kb/articles/0190f0a0-0000-7000-8000-000000000000', { title: 'Ghost' })).status).toBe(404);
    expect((await desk.anonymous.get('/api/v1/kb/articles/not-a-uuid')).status).toBe(404);
  });
});
