import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDesk } from '../test/desk';
import path from 'node:path';
import { launchBrowser, openPage, screenshot, screenshotDir, type WatchedPage } from './browser';
import { seedDesk } from './seed';
import { signIn } from './steps';

// Issue 5 in a real Chromium: an agent opens a ticket, sees the colleague's ticket about the same
// problem under "Similar tickets" (R44) and merges it here, then answers with a macro in one click.
const desk = await startTestDesk({ env: { SESSION_TTL_HOURS: String(24 * 365 * 10) } });
const seeded = await seedDesk(desk);
const base = desk.baseUrl;
const billing = (await desk.admin.get('/api/v1/categories')).body.items.find((c: { name: string }) => c.name === 'Billing');

const openTicket = async (who: typeof seeded.customer, subject: string, body: string) => {
  const res = await who.client.post('/api/v1/tickets', { subject, body, categoryId: billing.id });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body as { id: string; number: number };
};
const ticket = await openTicket(seeded.customer, 'Invoice PDF is blank', 'The invoice PDF for March downloads as a blank page.');
const duplicate = await openTicket(seeded.colleague, 'Blank invoice PDF', 'Our March invoice PDF is empty when downloaded.');
const macro = (
  await desk.admin.post('/api/v1/macros', {
    name: 'Ask for the invoice number',
    body: 'Hello {{customer.name}}, could you tell us the invoice number shown in the portal for ticket #{{ticket.number}}?',
    changes: { priority: 'high', assigneeId: 'me' },
  })
).body;

let closeBrowser: () => Promise<void>;
let agent: WatchedPage;
let admin: WatchedPage;
const noProblems = (...pages: WatchedPage[]) => expect(pages.flatMap((p) => p.problems)).toEqual([]);

beforeAll(async () => {
  const launched = await launchBrowser();
  closeBrowser = launched.close;
  agent = await openPage(launched.browser);
  admin = await openPage(launched.browser);
});
afterAll(async () => closeBrowser?.());

describe('similar tickets and macros in the agent workspace', () => {
  it('the agent sees the colleague\'s ticket as a likely duplicate and merges it here (R44)', async () => {
    const { page } = agent;
    await signIn(page, `${base}/agent/`, seeded.agent.email);
    // The session cookie is set when the workspace appears; going to the ticket before would sign in again.
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.goto(`${base}/agent/queue/team/${ticket.id}`);
    await page.getByRole('heading', { name: new RegExp(`#${ticket.number}`) }).waitFor();
    const similar = page.getByTestId('similar-tickets');
    const row = similar.locator(`li[data-similar-id="${duplicate.id}"]`);
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('Same organization');
    await similar.getByText('similar tickets are open', { exact: false }).or(similar.getByText('similar ticket is open', { exact: false })).waitFor();
    await similar.screenshot({ path: path.join(screenshotDir, 'agent-similar-tickets.png') });

    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: `Merge ticket #${duplicate.number} into this one` }).click();
    await row.waitFor({ state: 'detached' });
    const merged = (await desk.admin.get(`/api/v1/tickets/${duplicate.id}`)).body;
    expect(merged).toMatchObject({ status: 'closed', mergedIntoId: ticket.id });
    noProblems(agent);
  });

  it('the agent applies a macro: the reply is written with the customer\'s name and the fields change', async () => {
    const { page } = agent;
    await page.getByRole('button', { name: 'Macros' }).click();
    await page.getByLabel('Macros').selectOption({ label: 'Ask for the invoice number' });
    const confirm = page.getByTestId('macro-confirm');
    await confirm.getByText(`ticket #${ticket.number}?`, { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Macro “Ask for the invoice number” applied.').waitFor();
    await page.getByTestId('public-message').filter({ hasText: 'Hello Carla Andrade, could you tell us the invoice number' }).waitFor();
    await screenshot(page, 'agent-macro-applied');

    const stored = (await desk.admin.get(`/api/v1/tickets/${ticket.id}`)).body;
    expect(stored).toMatchObject({ priority: 'high', assigneeId: seeded.agent.id, status: 'pending' });
    const events = (await desk.admin.get(`/api/v1/tickets/${ticket.id}/events`)).body.items.map((e: { type: string }) => e.type);
    expect(events).toContain('macros.applied');
    expect(macro.id).toBeTruthy();
    noProblems(agent);
  });

  it('an admin writes a macro on the Macros page and agents can pick it', async () => {
    const { page } = admin;
    await signIn(page, `${base}/admin/macros`, seeded.admin.email);
    await page.getByRole('heading', { name: 'Macros' }).waitFor();
    await page.getByRole('row', { name: /Ask for the invoice number/ }).waitFor();
    await page.getByRole('button', { name: 'New' }).click();
    await page.getByLabel('Name').fill('Escalate to level 2');
    await page.getByLabel('Reply or note text').fill('Reproduced; escalating to the product owners.');
    await page.getByLabel('Internal note (agents only), not a reply').check();
    await page.getByLabel('Set level').selectOption('2');
    await page.getByLabel('Set priority').selectOption({ label: 'Urgent' });
    await page.getByRole('button', { name: 'Save' }).click();
    const row = page.getByRole('row', { name: /Escalate to level 2/ });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('Internal note');
    await screenshot(page, 'admin-macros');
    const listed = (await seeded.agent.client.get('/api/v1/macros')).body.items.find((m: { name: string }) => m.name === 'Escalate to level 2');
    expect(listed).toMatchObject({ internal: true, body: 'Reproduced; escalating to the product owners.', changes: { level: 2, priority: 'urgent' } });
    noProblems(admin);
  });
});
