import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

// A port nobody listens on: the IMAP poller's connection is refused at once, so the page has a
// failed poll to show without a mail server on the machine.
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const imapPort = await closedPort();
const secrets = {
  imap: 'imap-Pa55word-never-shown',
  smtp: 'smtp-Pa55word-never-shown',
  widget: 'widget-secret-0123456789abcdef',
};
const desk = await startTestDesk({
  // Monday 2026-03-02 12:00 UTC is 09:00 in São Paulo: inside business hours.
  now: '2026-03-02T12:00:00Z',
  env: {
    // The refused IMAP connection is logged as a warning on every retry; expected here.
    LOG_LEVEL: 'error',
    PUBLIC_URL: 'https://desk.andrade.example',
    SUPPORT_EMAIL: 'help@andrade.example',
    SMTP_LISTEN_PORT: '0',
    SMTP_URL: `smtp://mailer:${secrets.smtp}@smtp.andrade.example:587`,
    IMAP_URLS: `imap://support%40andrade.example:${secrets.imap}@127.0.0.1:${imapPort}/INBOX?moveTo=Done`,
    WIDGET_SECRET: secrets.widget,
  },
});

describe('the admin channel page: GET /api/v1/admin/channels', () => {
  it('shows an admin how email is set up, with every password masked and a failed IMAP poll with its reason', async () => {
    const label = `support@andrade.example@127.0.0.1:${imapPort}/INBOX`;
    // The poller tries at start; its refused connection is recorded for the page.
    await expect
      .poll(async () => (await desk.admin.get('/api/v1/admin/channels')).body.email.mailboxes[0]?.lastError, { timeout: 15_000 })
      .toMatch(/ECONNREFUSED|connect/i);
    const res = await desk.admin.get('/api/v1/admin/channels');
    expect(res.status).toBe(200);
    const { email } = res.body;
    expect(email).toMatchObject({
      supportAddress: 'help@andrade.example',
      senderName: 'Support',
      inbound: { listening: true, host: '0.0.0.0', acceptDomains: ['andrade.example'], authRequired: false, starttls: false },
      pollSeconds: 60,
      outbound: { mode: 'smtp', server: 'smtp://mailer:****@smtp.andrade.example:587', maxAttempts: 6 },
    });
    expect(email.inbound.port).toBe(desk.atende.smtp!.port);
    expect(email.mailboxes).toEqual([
      {
        label,
        host: '127.0.0.1',
        port: imapPort,
        secure: false,
        user: 'support@andrade.example',
        password: '****',
        folder: 'INBOX',
        moveTo: 'Done',
        lastPolledAt: '2026-03-02T12:00:00.000Z',
        lastSuccessAt: null,
        lastError: expect.any(String),
        lastErrorAt: '2026-03-02T12:00:00.000Z',
      },
    ]);
  });

  it('never returns a secret, not even inside another field', async () => {
    const res = await desk.admin.get('/api/v1/admin/channels');
    const text = JSON.stringify(res.body);
    for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
    expect(res.body.chat.widget.identitySecretSet).toBe(true);
  });

  it('shows the widget snippet, chat hours per team, entitlements and the stored intake flows', async () => {
    const calendar = await desk.admin.post('/api/v1/calendars', {
      name: 'São Paulo business hours',
      timezone: 'America/Sao_Paulo',
      hours: { mon: [['08:30', '18:00']], tue: [['08:30', '18:00']] },
    });
    const technical = await desk.team({ name: 'Technical', calendarId: calendar.body.id });
    const night = await desk.team({ name: 'Night shift', calendarId: (await desk.admin.post('/api/v1/calendars', { name: 'Nights', timezone: 'UTC', hours: { mon: [['22:00', '24:00']] } })).body.id });
    const always = await desk.team({ name: 'Always on' });
    const category = await desk.category({ name: 'Webhooks', teamId: technical.id });
    expect((await desk.admin.request('PUT', `/api/v1/chat-flows/${category.id}`, { steps: [] })).status).toBe(200);
    await desk.organization({ name: 'With chat', entitlements: { chat: true, whatsapp: false, email: true } });
    await desk.organization({ name: 'No chat', entitlements: { chat: false, whatsapp: false, email: true } });
    await desk.organization({ name: 'Lapsed', contractActive: false, entitlements: { chat: true, whatsapp: false, email: true } });
    await desk.admin.patch('/api/v1/settings', { lifecycle: { pendingAutoCloseAfter: 'PT24H' } });

    const { chat } = (await desk.admin.get('/api/v1/admin/channels')).body;
    expect(chat.widget).toMatchObject({
      scriptUrl: 'https://desk.andrade.example/widget.js',
      embedSnippet: '<script src="https://desk.andrade.example/widget.js" data-atende async></script>',
      identitySecretSet: true,
    });
    expect(chat.autoCloseAfter).toBe('PT24H');
    expect(chat.entitlements).toEqual({ organizations: 3, withChat: 1, withoutContract: 1 });
    const byTeam = Object.fromEntries(chat.hours.map((h: { teamId: string }) => [h.teamId, h]));
    expect(byTeam[technical.id]).toMatchObject({ teamName: 'Technical', calendarName: 'São Paulo business hours', openNow: true });
    expect(byTeam[night.id]).toMatchObject({ calendarName: 'Nights', openNow: false });
    expect(byTeam[always.id]).toMatchObject({ calendarId: null, calendarName: null, openNow: true });
    expect(chat.flows).toEqual([{ key: category.id, categoryName: 'Webhooks', updatedAt: '2026-03-02T12:00:00.000Z' }]);
  });

  it('is for admins only: agents and customers are refused, anonymous callers asked to sign in', async () => {
    const agent = await desk.person({ role: 'agent' });
    const customer = await desk.person({ role: 'customer' });
    expect((await agent.client.get('/api/v1/admin/channels')).body.error.code).toBe('admin_only');
    expect((await agent.client.get('/api/v1/admin/channels')).status).toBe(403);
    expect((await customer.client.get('/api/v1/admin/channels')).status).toBe(403);
    expect((await desk.anonymous.get('/api/v1/admin/channels')).status).toBe(401);
  });
});
