import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestDesk } from '../test/desk';
import { launchBrowser, openPage, screenshot, type WatchedPage } from './browser';
import { PASSWORD } from './seed';
import { signIn } from './steps';
import { buildWidgetIfStale } from '../widget/build';
import { widgetIdentityHash } from '../src/channels/widget/widget-identity';

// The agent's chat console in a real Chromium against a real desk (R1, R19, R35): a customer
// starts a chat in the widget on their own site; it appears in the agent's waiting queue without
// a reload; the agent accepts it, sees the bot's intake in the transcript and the customer's
// company beside it; both write and see each other's lines, typing and read receipts live; the
// agent turns the chat into a ticket and lands on it. Every page must log no error.
// The desk's manual clock stands on Monday 2026-03-02 09:00 in São Paulo while the browser lives
// in real time; sessions last ten years so the browser keeps the cookie.
const WIDGET_SECRET = 'console-widget-secret-0123456789';
const desk = await startTestDesk({ env: { WIDGET_SECRET, SESSION_TTL_HOURS: String(24 * 365 * 10) } });
const base = desk.baseUrl;

let host: Server;
let hostOrigin = '';
let closeBrowser: () => Promise<void>;
let browser: Awaited<ReturnType<typeof launchBrowser>>['browser'];

beforeAll(async () => {
  await buildWidgetIfStale();
  const launched = await launchBrowser();
  browser = launched.browser;
  closeBrowser = launched.close;
});
afterAll(async () => {
  await closeBrowser?.();
  host?.close();
});

/** Serves the customer's own product page, with the widget tag, from another origin than the desk. */
async function serveHostPage(html: string): Promise<void> {
  host = createServer((req, res) => {
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
}

// A 1×1 PNG, a real image the browser decodes.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

const noProblems = (...pages: WatchedPage[]) => expect(pages.flatMap((p) => p.problems)).toEqual([]);

describe('the agent chat console', () => {
  it('shows a new chat live, accepts it, talks both ways and converts it to a ticket (R19)', async () => {
    const team = await desk.team({ name: 'Billing desk' });
    const category = await desk.category({ teamId: team.id, name: 'Invoices' });
    const agent = await desk.person({ role: 'agent', teamIds: [team.id], name: 'Tiago Técnico', languages: ['en'], password: PASSWORD });
    const organization = await desk.organization({ name: 'Transportes Andrade', plan: 'Premium', entitlements: { chat: true, whatsapp: false, email: true } });
    const customer = await desk.person({ role: 'customer', organizationId: organization.id, name: 'Carla Andrade', languages: ['en'] });
    await serveHostPage(
      `<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Andrade</title></head><body><h1>Fleet app</h1>
<script src="${base}/widget.js" data-atende data-user-email="${customer.email}" data-user-hash="${widgetIdentityHash(WIDGET_SECRET, customer.email)}" data-language="en" data-category-id="${category.id}"></script></body></html>`,
    );

    // The agent opens the console first: an empty queue, the chat socket live.
    const agentPage = await openPage(browser);
    await signIn(agentPage.page, `${base}/agent/`, agent.email);
    await agentPage.page.getByRole('link', { name: 'Chats', exact: true }).click();
    await agentPage.page.getByText('No one is waiting. New chats appear here as they arrive.').waitFor();
    await agentPage.page.locator('[data-testid="chat-live"][data-status="open"]').waitFor();

    // The customer goes through the intake bot in the widget and asks for an agent.
    const phone = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await phone.page.goto(`${hostOrigin}/`);
    const widget = phone.page.locator('[data-atende-widget]');
    await widget.getByRole('button', { name: 'Chat with support' }).click();
    const publicId = (await widget.getByText(/^Chat ID: [2-9A-HJKMNP-Z]{6}$/).textContent())!.slice(-6);
    await widget.getByRole('button', { name: 'A question' }).click();
    await widget.getByRole('textbox').fill('Why was I charged twice in March?');
    await widget.getByRole('textbox').press('Enter');
    await widget.getByRole('button', { name: 'Talk to an agent' }).click();
    await widget.getByText('You are number 1 in the queue.').waitFor();

    // It appears in the agent's waiting queue without a reload, first in arrival order.
    const queue = agentPage.page.getByTestId('chat-queue');
    await queue.locator(`[data-public-id="${publicId}"]`).getByText('Carla Andrade').waitFor();
    await expect(queue.locator('li.waiting-chat').first().getAttribute('data-public-id')).resolves.toBe(publicId);
    await agentPage.page.getByRole('button', { name: 'Accept the chat with Carla Andrade' }).click();

    // The chat opens: bot and system lines in the transcript, the customer's company and answers aside.
    await agentPage.page.getByRole('heading', { name: `Carla Andrade · Chat ${publicId}` }).waitFor();
    expect(agentPage.page.url()).toMatch(/\/agent\/chats\/[0-9a-f-]{36}$/);
    const transcript = agentPage.page.getByTestId('chat-transcript');
    await transcript.getByText('Why was I charged twice in March?').waitFor();
    await expect(transcript.locator('[data-kind="bot"]').count()).resolves.toBeGreaterThan(0);
    await expect(transcript.locator('[data-kind="system"]').count()).resolves.toBeGreaterThan(0);
    const context = agentPage.page.getByTestId('chat-customer');
    await context.getByText('Transportes Andrade').waitFor();
    await context.getByText('Premium').waitFor();
    await context.getByTestId('chat-intake').getByText('Why was I charged twice in March?').waitFor();
    await agentPage.page.getByRole('navigation', { name: 'My chats' }).getByRole('link', { name: /Carla Andrade/ }).waitFor();
    await widget.getByText('You are talking to Tiago Técnico.').waitFor();

    // The customer types and writes; the agent sees both live.
    await widget.getByRole('textbox').fill('It is invoice 2026-03');
    await agentPage.page.getByText('Carla Andrade is typing…').waitFor();
    await widget.getByRole('button', { name: 'Send' }).click();
    await transcript.getByText('It is invoice 2026-03').waitFor();

    // The agent answers from the composer (Enter sends); the customer sees it and has read it.
    const composer = agentPage.page.getByLabel('Message to the customer');
    await composer.fill('I see the double charge, Carla. A refund needs our finance team.');
    await composer.press('Enter');
    await widget.getByText('I see the double charge, Carla. A refund needs our finance team.').waitFor();
    await transcript.getByText('Seen', { exact: true }).waitFor();
    // The agent had the customer's lines on screen: the widget shows them as seen.
    await widget.getByText('Seen', { exact: true }).waitFor();

    // Files both ways (R41): the agent attaches a form, the customer sends a screenshot; the
    // widget links the form, the transcript shows the image inline.
    await agentPage.page.getByTestId('chat-attach-input').setInputFiles({ name: 'refund-form.txt', mimeType: 'text/plain', buffer: Buffer.from('Refund request form') });
    await widget.getByRole('link', { name: 'refund-form.txt' }).waitFor();
    await widget.locator('input[type=file]').setInputFiles({ name: 'statement.png', mimeType: 'image/png', buffer: png });
    await transcript.getByRole('img', { name: 'statement.png' }).waitFor();
    await expect.poll(() => transcript.getByRole('img', { name: 'statement.png' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    await screenshot(agentPage.page, 'agent-chat-console');

    // Convert to a ticket for the finance team's work (R19); the agent lands on the new ticket.
    await agentPage.page.getByText('Convert to ticket…').click();
    await agentPage.page.getByLabel('Subject').fill('Double charge on the March invoice');
    await agentPage.page.getByRole('button', { name: 'Convert to ticket', exact: true }).click();
    await agentPage.page.getByRole('heading', { name: /^#\d+ · Double charge on the March invoice$/ }).waitFor();
    const ticketId = /\/agent\/queue\/team\/([0-9a-f-]{36})$/.exec(agentPage.page.url())?.[1];
    expect(ticketId).toBeTruthy();
    const ticket = (await agent.client.get(`/api/v1/tickets/${ticketId}`)).body;
    expect(ticket).toMatchObject({ channel: 'chat', requesterId: customer.id, teamId: team.id, subject: 'Double charge on the March invoice' });
    const firstMessage = (await agent.client.get(`/api/v1/tickets/${ticketId}/messages`)).body.items[0];
    expect(firstMessage.body).toContain('I see the double charge, Carla.');
    expect(firstMessage.attachments.map((a: { filename: string }) => a.filename)).toEqual(['refund-form.txt', 'statement.png']);
    await widget.getByText(new RegExp(`#${ticket.number}`)).first().waitFor();
    await screenshot(agentPage.page, 'agent-chat-converted-ticket');

    noProblems(agentPage, phone);
  });

  it('keeps the queue in arrival order as others accept, transfers a chat to another team and closes one (R19, R25)', async () => {
    const team = await desk.team({ name: 'Support' });
    const otherTeam = await desk.team({ name: 'Finance' });
    const category = await desk.category({ teamId: team.id, name: 'Contracts' });
    const agent = await desk.person({ role: 'agent', teamIds: [team.id], name: 'Rita Suporte', languages: ['en'], password: PASSWORD });
    const colleague = await desk.person({ role: 'agent', teamIds: [team.id], name: 'Caio Suporte' });
    const finance = await desk.person({ role: 'agent', teamIds: [otherTeam.id], name: 'Fábio Finanças' });
    const organization = await desk.organization({ name: 'Frota Sul', plan: 'Regular' });
    const customers = await Promise.all(['Bruno Sul', 'Dora Sul', 'Elisa Sul'].map((name) => desk.person({ role: 'customer', organizationId: organization.id, name })));

    const agentPage = await openPage(browser);
    await signIn(agentPage.page, `${base}/agent/`, agent.email);
    await agentPage.page.getByRole('link', { name: 'Chats', exact: true }).click();
    await agentPage.page.locator('[data-testid="chat-live"][data-status="open"]').waitFor();

    // Three customers start chats as the widget would (REST); they line up in arrival order, live.
    const chats: Array<{ id: string; publicId: string }> = [];
    for (const customer of customers) {
      const started = await customer.client.post('/api/v1/chats', { categoryId: category.id });
      expect(started.status).toBe(201);
      chats.push(started.body);
    }
    const rows = agentPage.page.getByTestId('chat-queue').locator('li.waiting-chat');
    await expect.poll(() => rows.evaluateAll((items) => items.map((i) => i.getAttribute('data-public-id')))).toEqual(chats.map((c) => c.publicId));

    // A colleague takes the first: it leaves this agent's queue without a reload.
    expect((await colleague.client.post(`/api/v1/chats/${chats[0].id}/accept`)).status).toBe(200);
    await expect.poll(() => rows.evaluateAll((items) => items.map((i) => i.getAttribute('data-public-id')))).toEqual([chats[1].publicId, chats[2].publicId]);

    // Accept with the keyboard, answer, then hand the chat to the Finance team's queue.
    const accept = agentPage.page.getByRole('button', { name: 'Accept the chat with Dora Sul' });
    await accept.focus();
    await agentPage.page.keyboard.press('Enter');
    await agentPage.page.getByRole('heading', { name: `Dora Sul · Chat ${chats[1].publicId}` }).waitFor();
    await agentPage.page.getByLabel('Message to the customer').fill('Finance handles contract refunds; I am passing you on.');
    await agentPage.page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(async () => (await customers[1].client.get(`/api/v1/chats/${chats[1].id}/messages`)).body.items.map((m: { text: string }) => m.text)).toContain('Finance handles contract refunds; I am passing you on.');
    await agentPage.page.getByText('Transfer…').click();
    await agentPage.page.getByLabel('Team', { exact: true }).selectOption({ label: 'Finance' });
    await agentPage.page.getByRole('button', { name: 'Transfer', exact: true }).click();
    // The chat now waits in Finance's queue: this agent keeps the transcript, read only.
    await agentPage.page.getByText('This chat belongs to another team: you can read it, not answer it.').waitFor();
    const moved = (await finance.client.get('/api/v1/chats?status=waiting')).body.items.map((c: { id: string }) => c.id);
    expect(moved).toContain(chats[1].id);
    await agentPage.page.getByRole('navigation', { name: 'My chats' }).getByText('You have no active chats. Accept one from the queue.').waitFor();

    // The last one: accept from the queue and close it; the composer gives way to "closed".
    await agentPage.page.getByRole('button', { name: 'Accept the chat with Elisa Sul' }).click();
    await agentPage.page.getByRole('heading', { name: `Elisa Sul · Chat ${chats[2].publicId}` }).waitFor();
    await agentPage.page.getByRole('button', { name: 'Close chat' }).click();
    await agentPage.page.getByText('This chat is closed.').waitFor();
    await agentPage.page.getByRole('button', { name: 'Reopen chat' }).waitFor();
    expect((await agent.client.get(`/api/v1/chats/${chats[2].id}`)).body).toMatchObject({ status: 'closed', closeReason: 'agent' });
    await agentPage.page.getByText('No one is waiting. New chats appear here as they arrive.').waitFor();
    await screenshot(agentPage.page, 'agent-chat-closed');
    noProblems(agentPage);
  });
});
