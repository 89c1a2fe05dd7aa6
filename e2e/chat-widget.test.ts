import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestDesk } from '../test/desk';
import { launchBrowser, openPage, screenshot, type WatchedPage } from './browser';
import { buildWidgetIfStale } from '../widget/build';
import { widgetIdentityHash } from '../src/channels/widget/widget-identity';

// The chat widget embedded in a plain host page on another origin (a customer's product), on a
// phone-sized screen: the intake bot, the hand-over to an agent, live replies both ways, the chat
// ID (R35), resuming after a reload (R5), and the clear refusal for a plan without chat (R29).
const WIDGET_SECRET = 'browser-widget-secret-0123456789';
const desk = await startTestDesk({ env: { WIDGET_SECRET } });
// The desk listens on 127.0.0.1; the host page is served from "localhost", a different origin.
const deskOrigin = desk.baseUrl;

let host: Server;
let hostOrigin = '';
const pages = new Map<string, string>();
let closeBrowser: () => Promise<void>;
let browser: Awaited<ReturnType<typeof launchBrowser>>['browser'];

const hostPage = (attrs: Record<string, string>) =>
  `<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Shop</title></head>
<body><h1>My product</h1><script src="${deskOrigin}/widget.js" data-atende ${Object.entries(attrs).map(([k, v]) => `data-${k}="${v}"`).join(' ')}></script></body></html>`;

beforeAll(async () => {
  await buildWidgetIfStale();
  host = createServer((req, res) => {
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    const page = pages.get(req.url ?? '');
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
  const launched = await launchBrowser();
  browser = launched.browser;
  closeBrowser = launched.close;
});
afterAll(async () => {
  await closeBrowser?.();
  host?.close();
});

// A 1×1 PNG, a real image the browser decodes.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

const shadow = (p: WatchedPage) => p.page.locator('[data-atende-widget]');

describe('the chat widget on a customer\'s page', () => {
  it('runs the intake, hands over to an agent, talks both ways and resumes after a reload', async () => {
    const team = await desk.team();
    const product = await desk.category({ teamId: team.id, name: 'Messaging API' });
    await desk.category({ teamId: team.id, parentId: product.id, name: 'Webhooks' });
    const agent = await desk.person({ role: 'agent', teamIds: [team.id], name: 'Carla Agent' });
    const organization = await desk.organization({ entitlements: { chat: true, whatsapp: false, email: true } });
    const customer = await desk.person({ role: 'customer', organizationId: organization.id, name: 'Ana Customer' });
    pages.set('/ana', hostPage({ 'user-email': customer.email, 'user-hash': widgetIdentityHash(WIDGET_SECRET, customer.email), language: 'en' }));

    const phone = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await phone.page.goto(`${hostOrigin}/ana`);
    const widget = shadow(phone);
    await widget.getByRole('button', { name: 'Chat with support' }).click();
    const chatIdText = await widget.getByText(/^Chat ID: [2-9A-HJKMNP-Z]{6}$/).textContent();
    const publicId = chatIdText!.slice(-6);
    await widget.getByRole('button', { name: 'Messaging API' }).click();
    await widget.getByRole('button', { name: 'Webhooks' }).click();
    await widget.getByRole('button', { name: 'A question' }).click();
    await widget.getByRole('textbox').fill('Why do my callbacks arrive late?');
    await widget.getByRole('textbox').press('Enter');
    await widget.getByRole('button', { name: 'Talk to an agent' }).click();
    await widget.getByText('You are number 1 in the queue.').waitFor();
    // The panel fills the phone's screen.
    const box = await widget.locator('section.panel').boundingBox();
    expect(box!.width).toBe(390);

    const chat = (await agent.client.get('/api/v1/chats?status=waiting')).body.items.find((c: { publicId: string }) => c.publicId === publicId);
    expect(chat).toBeTruthy();
    await agent.client.post(`/api/v1/chats/${chat.id}/accept`);
    await widget.getByText('You are talking to Carla Agent.').waitFor();
    await agent.client.post(`/api/v1/chats/${chat.id}/messages`, { text: 'Hi Ana, callbacks are queued for up to a minute.' });
    await widget.getByText('Hi Ana, callbacks are queued for up to a minute.').waitFor();
    await widget.getByRole('textbox').fill('Thanks, that explains it');
    await widget.getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await agent.client.get(`/api/v1/chats/${chat.id}/messages`)).body.items.map((m: { text: string }) => m.text)).toContain('Thanks, that explains it');
    // The agent's side has seen the customer's line: a read receipt shows under it.
    const last = (await agent.client.get(`/api/v1/chats/${chat.id}/messages`)).body.items.at(-1);
    await agent.client.post(`/api/v1/chats/${chat.id}/read`, { messageId: last.id });
    await widget.getByText('Seen').waitFor();

    // Files both ways (R41): the customer sends a screenshot with the paperclip; the agent's image
    // shows inline, fetched with the widget token from the desk's origin.
    await widget.locator('input[type=file]').setInputFiles({ name: 'callbacks.png', mimeType: 'image/png', buffer: png });
    await expect
      .poll(async () => (await agent.client.get(`/api/v1/chats/${chat.id}/messages`)).body.items.flatMap((m: { attachments: Array<{ filename: string }> }) => m.attachments.map((a) => a.filename)))
      .toContain('callbacks.png');
    const form = new FormData();
    form.append('text', 'Here is where to see them');
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'dashboard.png');
    expect((await agent.client.request('POST', `/api/v1/chats/${chat.id}/attachments`, form)).status).toBe(201);
    await expect.poll(() => widget.getByRole('img', { name: 'dashboard.png' }).getAttribute('src')).toMatch(/^blob:/);
    expect(await widget.getByRole('img', { name: 'callbacks.png' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    await screenshot(phone.page, 'chat-widget-phone');

    await phone.page.reload();
    await shadow(phone).getByRole('button', { name: 'Chat with support' }).click();
    await shadow(phone).getByText(`Chat ID: ${publicId}`).waitFor();
    await shadow(phone).getByText('Thanks, that explains it').waitFor();
    expect(phone.problems).toEqual([]);
  });

  it('tells a customer whose plan has no chat, and links to the ticket form (R29)', async () => {
    const organization = await desk.organization({ entitlements: { chat: false, whatsapp: false, email: true } });
    const customer = await desk.person({ role: 'customer', organizationId: organization.id });
    pages.set('/refused', hostPage({ 'user-email': customer.email, 'user-hash': widgetIdentityHash(WIDGET_SECRET, customer.email), open: '' }));
    const page = await openPage(browser);
    await page.page.goto(`${hostOrigin}/refused`);
    const widget = shadow(page);
    await widget.getByText('Chat is not available for your account').waitFor();
    const link = widget.getByRole('link', { name: 'Open a ticket instead' });
    expect(await link.getAttribute('href')).toMatch(/\/portal\/new$/);
    await screenshot(page.page, 'chat-widget-refused');
    // The refusal itself is the one expected failed request.
    expect(page.problems.filter((p) => !p.includes('403'))).toEqual([]);
  });
});
