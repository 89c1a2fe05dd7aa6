import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestDesk } from '../test/desk';
import { launchBrowser, openPage, screenshot, type WatchedPage } from './browser';
import { seedDesk } from './seed';
import { choose, pngBytes, signIn } from './steps';

// The "must show", in a real Chromium against a real desk: a customer files a problem
// through the portal flow; an agent sees it appear live in the queue with its SLA badge and
// replies; the customer sees the reply; an admin edits a calendar and sees the preview change.
// Every page records console errors, failed requests and HTTP errors; each test ends by checking
// that its pages logged none.
// The desk's manual clock stands on 2026-03-02 while the browser lives in real time; sessions last
// ten years so the browser does not drop the session cookie as already expired.
const desk = await startTestDesk({ env: { SESSION_TTL_HOURS: String(24 * 365 * 10) } });
const seeded = await seedDesk(desk);
const base = desk.baseUrl;

let closeBrowser: () => Promise<void>;
let agent: WatchedPage;
let customer: WatchedPage;
let admin: WatchedPage;
let ticket: { id: string; number: number };

const noProblems = (...pages: WatchedPage[]) => expect(pages.flatMap((p) => p.problems)).toEqual([]);
const liveOn = (page: Page) => page.locator('.live[data-status="open"]').waitFor({ state: 'attached' });

beforeAll(async () => {
  const launched = await launchBrowser();
  closeBrowser = launched.close;
  agent = await openPage(launched.browser);
  // The customer is on a phone: the portal must work at 390 px.
  customer = await openPage(launched.browser, { viewport: { width: 390, height: 844 } });
  admin = await openPage(launched.browser);
});
afterAll(async () => closeBrowser?.());

describe('the web app in a browser', () => {
  it('an agent signs in and watches the team queue, live', async () => {
    await signIn(agent.page, `${base}/agent/`, seeded.agent.email);
    await agent.page.getByText('Nothing here. Well done!').waitFor();
    await liveOn(agent.page);
    noProblems(agent);
  });

  it('a customer files a problem through the portal flow (R13, R15, R7, R33, R41) and is told the due dates (R4)', async () => {
    const { page } = customer;
    await signIn(page, `${base}/portal/`, seeded.customer.email);
    await page.getByRole('heading', { name: 'My tickets' }).waitFor();
    await page.getByText('You have no tickets yet.').waitFor();
    await page.getByRole('link', { name: 'New request' }).first().click();
    await choose(page, 'Messaging API');
    await choose(page, 'Webhooks');
    await choose(page, 'A problem');
    await choose(page, 'Production');
    await choose(page, 'Partially available');
    await choose(page, '2 — Major');
    await page.getByLabel('Subject').fill('Webhook callbacks stop after a few minutes');
    await page.getByLabel(/^Description/).fill('Status callbacks stop arriving after 5–10 minutes, then come in bursts.');
    await page.locator('input[type=file]').setInputFiles({ name: 'callbacks.png', mimeType: 'image/png', buffer: pngBytes });
    await page.getByLabel(/^API request/).fill('POST /v1/configs/webhook {"url": "https://andrade.example/hooks"}');
    await page.getByLabel(/^API response/).fill('200 {"url": "https://andrade.example/hooks"}');
    await page.getByLabel(/^When did it happen/).fill('2026-03-02T08:45');
    await page.getByLabel(/^Impact/).selectOption('Down for some users');
    await screenshot(page, 'portal-new-request-details');
    await page.getByRole('button', { name: 'Send request' }).click();

    const submitted = page.getByTestId('request-submitted');
    await submitted.waitFor();
    const number = Number((await page.getByTestId('ticket-number').innerText()).replace('#', ''));
    expect(number).toBeGreaterThan(0);
    await expect(page.getByTestId('first-response-due').innerText()).resolves.not.toBe('');
    await expect(page.getByTestId('resolution-due').innerText()).resolves.not.toBe('');
    await screenshot(page, 'portal-request-submitted');

    // What the desk stored: the flow's answers in the ticket and intake, the screenshot attached.
    const list = await desk.admin.get(`/api/v1/tickets?q=${number}`);
    ticket = list.body.items.find((t: { number: number }) => t.number === number);
    const stored = (await desk.admin.get(`/api/v1/tickets/${ticket.id}`)).body;
    expect(stored).toMatchObject({ environment: 'production', availability: 'partial', severity: 2, priority: 'medium', channel: 'web' });
    expect(stored.intake).toMatchObject({ kind: 'problem', impact: 'Down for some users', screenshot: 'callbacks.png', occurredAt: '2026-03-02T11:45:00.000Z' });
    expect(stored.sla.firstResponseDueAt).toBe('2026-03-02T12:30:00.000Z');
    const messages = (await desk.admin.get(`/api/v1/tickets/${ticket.id}/messages`)).body.items;
    expect(messages.flatMap((m: { attachments: Array<{ filename: string }> }) => m.attachments.map((a) => a.filename))).toEqual(['callbacks.png']);

    await page.getByRole('link', { name: 'View the ticket' }).click();
    await page.getByRole('heading', { name: new RegExp(`#${number}`) }).waitFor();
    await liveOn(page);
    noProblems(customer);
  });

  it('the agent sees it appear in the queue without a reload, with a green SLA badge', async () => {
    const row = agent.page.locator(`li[data-ticket-number="${ticket.number}"]`);
    await row.waitFor({ timeout: 15_000 });
    await expect(row.locator('[data-sla]').getAttribute('data-sla')).resolves.toBe('ok');
    await agent.page.getByText(`New ticket #${ticket.number}`).waitFor();
    await screenshot(agent.page, 'agent-queue-live');
    noProblems(agent);
  });

  it('the agent writes an internal note and a reply from the keyboard; the customer sees the reply live, never the note', async () => {
    const { page } = agent;
    await page.locator(`li[data-ticket-number="${ticket.number}"] a`).click();
    await page.getByRole('heading', { name: new RegExp(`#${ticket.number}`) }).waitFor();
    await page.getByText('Details from the customer').waitFor();

    await page.keyboard.press('n');
    await page.keyboard.type('Looks like the load balancer drops idle connections.');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('internal-note').filter({ hasText: 'load balancer' }).waitFor();

    await page.keyboard.press('Escape');
    await page.keyboard.press('r');
    await page.keyboard.type('Thanks, Carla. We found the cause and are deploying a fix now.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByTestId('public-message').filter({ hasText: 'deploying a fix' }).waitFor();
    await page.locator('.event-line', { hasText: 'Pending' }).first().waitFor();
    await screenshot(page, 'agent-ticket');

    const portal = customer.page;
    await portal.getByText('deploying a fix').waitFor({ timeout: 15_000 });
    await expect(portal.getByText('load balancer').count()).resolves.toBe(0);
    await portal.locator('.badge.status-pending').waitFor();
    await screenshot(portal, 'portal-ticket-reply');
    noProblems(agent, customer);
  });

  it('the customer signs in by emailed link on a new device and finds the ticket in "My tickets" (R6)', async () => {
    const context = await customer.context.browser()!.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US', timezoneId: 'America/Sao_Paulo' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(`${base}/portal/`);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByLabel('Email').fill(seeded.customer.email);
    await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await page.getByTestId('magic-link-sent').waitFor();
    const outbox = await desk.admin.get(`/api/v1/notifications?kind=magic_link&recipient=${encodeURIComponent(seeded.customer.email)}`);
    const link = new URL(outbox.body.items[0].data.link);
    await page.goto(`${base}/portal/sign-in${link.search}`);
    await page.getByRole('heading', { name: 'My tickets' }).waitFor();
    await page.locator(`tr[data-ticket-number="${ticket.number}"]`).waitFor();
    await screenshot(page, 'portal-my-tickets-phone');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('a question gets suggested articles first; the customer still opens a ticket with it (R14)', async () => {
    const article = await desk.admin.post('/api/v1/kb/articles', {
      title: 'Rotating your API key',
      body: 'Open **Settings → API keys**, create a new key, update your integration, then revoke the old key.',
      language: 'en',
    });
    expect(article.status).toBe(201);
    const { page } = customer;
    await page.getByRole('link', { name: 'New request' }).first().click();
    await choose(page, 'Billing');
    await choose(page, 'A question');
    await page.getByLabel('Describe your question in a few words').fill('How do I rotate my API key?');
    await page.getByRole('button', { name: 'Find answers' }).click();
    await page.getByRole('heading', { name: 'Rotating your API key' }).waitFor();
    await page.getByRole('button', { name: 'Read' }).click();
    await page.getByText('revoke the old key').waitFor();
    await screenshot(page, 'portal-question-suggestions');
    await page.getByRole('button', { name: 'I still need help' }).click();
    await page.getByLabel('Subject').fill('Rotating the API key');
    await expect(page.getByLabel(/^Description/).inputValue()).resolves.toBe('How do I rotate my API key?');
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByTestId('request-submitted').waitFor();
    noProblems(customer);
  });

  it('shows the portal in the customer\'s profile language and switches to the others (R31)', async () => {
    const context = await customer.context.browser()!.newContext({ locale: 'en-US', timezoneId: 'America/Sao_Paulo' });
    const watched = { page: await context.newPage(), context, problems: [] as string[] };
    watched.page.on('console', (m) => m.type() === 'error' && watched.problems.push(m.text()));
    await signIn(watched.page, `${base}/portal/`, seeded.colleague.email);
    await watched.page.getByRole('heading', { name: 'Meus chamados' }).waitFor();
    await screenshot(watched.page, 'portal-pt-BR');
    for (const [language, heading] of [['es', 'Mis tickets'], ['de', 'Meine Tickets'], ['ru', 'Мои заявки'], ['en', 'My tickets']]) {
      await watched.page.getByRole('combobox').first().selectOption(language);
      await watched.page.getByRole('heading', { name: heading }).waitFor();
    }
    await context.close();
    expect(watched.problems).toEqual([]);
  });

  it('an admin edits a calendar and sees the due-time preview change as they type', async () => {
    const { page } = admin;
    await signIn(page, `${base}/admin/calendars`, seeded.admin.email);
    await page.getByRole('row', { name: /São Paulo business hours/ }).getByRole('button', { name: 'Edit' }).click();
    const due = page.getByTestId('preview-due');
    // The desk's clock is Monday 2026-03-02 09:00 in São Paulo; 240 open minutes later is 13:00.
    await expect.poll(() => due.getAttribute('data-due'), { timeout: 15_000 }).toBe('2026-03-02T16:00:00.000Z');
    await page.getByLabel('Monday').fill('08:30-10:00');
    // One open hour on Monday, then 180 minutes from Tuesday 08:30: 11:30 in São Paulo.
    await expect.poll(() => due.getAttribute('data-due'), { timeout: 15_000 }).toBe('2026-03-03T14:30:00.000Z');
    await screenshot(page, 'admin-calendar-preview');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: /mon 08:30–10:00/ }).waitFor();
    noProblems(admin);
  });

  it('every admin screen opens without an error', async () => {
    const { page } = admin;
    const screens: Array<[string, string]> = [
      ['organizations', 'Organizations'],
      ['people', 'People'],
      ['teams', 'Teams'],
      ['categories', 'Categories'],
      ['sla-policies', 'SLA policies'],
      ['templates', 'Templates'],
      ['macros', 'Macros'],
      ['automation-rules', 'Automation rules'],
      ['channels', 'Channels'],
      ['settings', 'Settings'],
      ['tokens', 'API tokens'],
      ['notifications', 'Notification outbox'],
      ['audit', 'Audit log'],
    ];
    for (const [path, title] of screens) {
      await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: title }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.locator('.state[role=status]').waitFor({ state: 'detached' });
      expect(page.url()).toBe(`${base}/admin/${path}`);
      await screenshot(page, `admin-${path}`);
    }
    await page.getByRole('link', { name: 'SLA policies' }).click();
    await page.getByRole('cell', { name: 'Premium', exact: true }).waitFor();
    noProblems(admin);
  });
});
