import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk();
const team = await desk.team();
const hosting = await desk.category({ name: 'Hosting', teamId: team.id });
const domains = (await desk.admin.post('/api/v1/categories', { name: 'Domains and DNS', parentId: hosting.id, teamId: team.id })).body;
const agent = await desk.person({ role: 'agent' });
const PASSWORD = 'correct horse battery 42';
const editor = await desk.person({ role: 'agent', password: PASSWORD });
const customer = await desk.person({ role: 'customer', password: PASSWORD, name: 'Carla Andrade' });

/** Signs in through the API and returns the session cookie, as a browser would keep it. */
async function signIn(email: string): Promise<string> {
  const res = await desk.anonymous.post('/api/v1/auth/login', { email, password: PASSWORD });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

const write = async (body: Record<string, unknown>) => {
  const res = await agent.client.post('/api/v1/kb/articles', body);
  expect(res.status).toBe(201);
  return res.body;
};

const dns = await write({ title: 'Point your domain <to> us', body: '## DNS\n\nAdd an **A record**. <script>alert("x")</script>', language: 'en', categoryId: domains.id });
const dnsDe = await write({ title: 'Domain umstellen', body: 'Einen A-Eintrag anlegen.', language: 'de', translationOf: dns.id });
const loose = await write({ title: 'General questions', body: 'Anything else.', language: 'en' });
const draft = await write({ title: 'Secret draft', body: 'Not yet.', language: 'en', published: false });

const page = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(desk.baseUrl + path, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
};

describe('the public help center at /help (R9)', () => {
  it('lists published articles by category path without signing in, with a strict CSP', async () => {
    const res = await page('/help?lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.text).toContain('Hosting › Domains and DNS');
    expect(res.text).toContain(`/help/articles/${dns.id}?lang=en`);
    expect(res.text).toContain('Point your domain &lt;to&gt; us');
    expect(res.text).toContain('General questions');
    expect(res.text).not.toContain('Secret draft');
    expect(res.text).not.toMatch(/<script>(?!<\/script>)/);
    expect(res.text).not.toContain('<style');
    void loose;
  });

  it('searches from the box, escaping what was typed', async () => {
    const res = await page(`/help?lang=en&q=${encodeURIComponent('domain <b>record</b>')}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('domain &lt;b&gt;record&lt;/b&gt;');
    expect(res.text).toContain(`/help/articles/${dns.id}`);
    expect(res.text).toContain('<mark>');
  });

  it('shows an article: sanitized Markdown, its translations, "Did this help?" and comments', async () => {
    const res = await page(`/help/articles/${dns.id}?lang=en`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h2>DNS</h2>');
    expect(res.text).toContain('<strong>A record</strong>');
    expect(res.text).not.toContain('alert("x")</script>');
    expect(res.text).toContain('Did this answer your question?');
    expect(res.text).toContain(`data-vote-article="${dns.id}"`);
    expect(res.text).toContain(`/help/articles/${dnsDe.id}?lang=de`);
    expect(res.text).toContain('Sign in to comment.');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('speaks the visitor\'s language: ?lang first, then Accept-Language', async () => {
    const de = await page(`/help/articles/${dnsDe.id}`);
    expect(de.text).toContain('<html lang="de">');
    expect(de.text).toContain('Hat das Ihre Frage beantwortet?');
    const ru = await page('/help', { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' });
    expect(ru.text).toContain('Центр помощи');
    const pt = await page('/help?lang=pt-br');
    expect(pt.text).toContain('Central de ajuda');
  });

  it('a draft or unknown article is a 404 page for visitors; staff preview drafts', async () => {
    expect((await page(`/help/articles/${draft.id}`)).status).toBe(404);
    expect((await page('/help/articles/nope')).status).toBe(404);
    const cookie = await signIn(editor.email);
    const preview = await page(`/help/articles/${draft.id}`, { cookie });
    expect(preview.status).toBe(200);
    expect(preview.text).toContain('class="badge">Draft</span>');
  });

  it('a signed-in customer gets the comment form and sees comments, escaped', async () => {
    const commented = await customer.client.post(`/api/v1/kb/articles/${dns.id}/comments`, { body: 'Worked for me <3 & thanks' });
    expect(commented.status).toBe(201);
    const cookie = await signIn(customer.email);
    const res = await page(`/help/articles/${dns.id}?lang=en`, { cookie });
    expect(res.text).toContain(`data-comment-article="${dns.id}"`);
    expect(res.text).toContain('Worked for me &lt;3 &amp; thanks');
    expect(res.text).toContain('Carla Andrade');
  });

  it('serves its script and stylesheet from /help/assets', async () => {
    const js = await page('/help/assets/help.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(js.text).toContain('/votes');
    const css = await page('/help/assets/help.css');
    expect(css.headers.get('content-type')).toContain('text/css');
  });
});
