import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImapFlow } from 'imapflow';
import { inboundMessages } from '../../db/schema/index';
import { eq } from 'drizzle-orm';
import { startMailDesk, type MailDesk } from './mail-desk.test-support';
import { hasDovecot, startDovecot, type Dovecot } from './dovecot.test-support';
import { startImapPoller } from './imap-poller';
import { parseImapUrl } from './imap-mailbox-url';

describe('IMAP mailbox URLs', () => {
  it('reads user, password, host, port, mailbox and options', () => {
    expect(parseImapUrl('imaps://help%40acme.com:p%40ss@mail.acme.com/Support%20Inbox?moveTo=Done')).toMatchObject({
      host: 'mail.acme.com', port: 993, secure: true, user: 'help@acme.com', password: 'p@ss', path: 'Support Inbox', moveTo: 'Done', label: 'help@acme.com@mail.acme.com:993/Support Inbox',
    });
    expect(parseImapUrl('imap://u:p@127.0.0.1:1143')).toMatchObject({ port: 1143, secure: false, path: 'INBOX', moveTo: null });
    expect(() => parseImapUrl('pop3://u:p@host')).toThrow(/imap:\/\/ or imaps:\/\//);
  });
});

// Runs only where Debian's dovecot-imapd is installed (`apt-get install -y dovecot-imapd`): the
// poller is tested against a real IMAP server, not a mock, and no other IMAP server is at hand.
// Set-up runs in beforeAll: a skipped suite's body is still run to collect its tests.
describe.skipIf(!hasDovecot)('the IMAP poller against a real Dovecot', () => {
  let dovecot: Dovecot;
  let imap: ImapFlow;
  let desk: MailDesk;
  beforeAll(async () => {
    dovecot = await startDovecot();
    imap = new ImapFlow({ host: '127.0.0.1', port: dovecot.port, secure: false, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
    desk = await startMailDesk({ IMAP_POLL_SECONDS: '600' });
    await imap.connect();
  });
  afterAll(async () => {
    await imap?.logout().catch(() => {});
    await dovecot?.stop();
  });

  const mail = (n: string, subject: string) =>
    Buffer.from(`From: Cliente ${n} <imap-${n}@example.org>\r\nTo: support@acme.test\r\nSubject: ${subject}\r\nMessage-ID: <imap-${n}@example.org>\r\n\r\nMensagem ${n} via IMAP.\r\n`);
  const rowsFor = (address: string) => desk.atende.ctx.db.select().from(inboundMessages).where(eq(inboundMessages.fromAddress, address));
  const seen = async (mailbox: string) => {
    const lock = await imap.getMailboxLock(mailbox);
    try {
      await imap.noop(); // collect expunges made by the poller's own connection
      const all = await imap.fetchAll('1:*', { uid: true, flags: true, envelope: true });
      return all.map((m) => ({ subject: m.envelope?.subject, seen: m.flags?.has('\\Seen') ?? false }));
    } finally {
      lock.release();
    }
  };

  it('stores unseen mail, then flags it \\Seen; each becomes a ticket once', async () => {
    await imap.append('INBOX', mail('a', 'Primeira'));
    await imap.append('INBOX', mail('b', 'Segunda'));
    await imap.append('INBOX', mail('old', 'Já lida'), ['\\Seen']);
    const poller = startImapPoller(desk.atende.ctx, parseImapUrl(dovecot.url()));
    try {
      await poller.drained();
      expect(await rowsFor('imap-a@example.org')).toHaveLength(1);
      expect(await rowsFor('imap-old@example.org')).toHaveLength(0);
      expect((await seen('INBOX')).every((m) => m.seen)).toBe(true);
      await desk.runJobs();
      const [row] = await rowsFor('imap-b@example.org');
      expect(row).toMatchObject({ source: 'imap', status: 'processed', sourceRef: expect.stringMatching(/^imap:tester@127\.0\.0\.1:\d+\/INBOX:\d+:\d+$/) });
      const ticket = (await desk.admin.get(`/api/v1/tickets/${row.ticketId}`)).body;
      expect(ticket).toMatchObject({ subject: 'Segunda', channel: 'email' });

      // New mail while the poller waits in IDLE (poll interval 600 s) is picked up at once.
      await imap.append('INBOX', mail('c', 'Durante o IDLE'));
      for (let i = 0; i < 100 && (await rowsFor('imap-c@example.org')).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(await rowsFor('imap-c@example.org')).toHaveLength(1);
    } finally {
      await poller.close();
    }
  });

  it('the same message stored twice (flagging lost in a crash) is kept once', async () => {
    await imap.append('INBOX', mail('d', 'Duplicada'));
    const first = startImapPoller(desk.atende.ctx, parseImapUrl(dovecot.url()));
    await first.drained();
    await first.close();
    // Undo the \Seen flag, as if the poller had died between storing and flagging.
    const lock = await imap.getMailboxLock('INBOX');
    try {
      await imap.messageFlagsRemove({ all: true }, ['\\Seen']);
    } finally {
      lock.release();
    }
    const second = startImapPoller(desk.atende.ctx, parseImapUrl(dovecot.url()));
    await second.drained();
    await second.close();
    expect(await rowsFor('imap-d@example.org')).toHaveLength(1);
  });

  it('moves processed mail to another folder when asked (?moveTo=)', async () => {
    await imap.append('INBOX', mail('e', 'Para mover'));
    const poller = startImapPoller(desk.atende.ctx, parseImapUrl(dovecot.url('INBOX', '?moveTo=Processed')));
    await poller.drained();
    await poller.close();
    expect(await rowsFor('imap-e@example.org')).toHaveLength(1);
    expect((await seen('INBOX')).map((m) => m.subject)).not.toContain('Para mover');
    expect((await seen('Processed')).map((m) => m.subject)).toContain('Para mover');
  });

  it('a wrong password is retried quietly, not crashing the desk', async () => {
    const poller = startImapPoller(desk.atende.ctx, parseImapUrl(`imap://tester:wrong@127.0.0.1:${dovecot.port}/INBOX`));
    await new Promise((r) => setTimeout(r, 300));
    await poller.close();
    expect((await fetch(`${desk.baseUrl}/healthz`)).status).toBe(200);
  });
});
