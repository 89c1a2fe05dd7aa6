import { describe, expect, it } from 'vitest';
import { stripQuotedText } from './strip-quoted-text';
import { cutQuotedHtml, htmlToText, sanitizeEmailHtml } from './email-html';
import { ticketNumberInSubject, withoutTicketToken } from './find-thread';
import { messageIdsIn, normalizeMessageId, readEnvelopeHeaders } from './mail-headers';
import { parseMail } from './parse-mail';
import { readBounce } from './read-bounce';

describe('the visible reply is separated from quoted history (R31 languages)', () => {
  it.each([
    ['Gmail en', 'Works now.\n\nOn Mon, Mar 2, 2026 at 10:00 AM Support <support@acme.test> wrote:\n> Try again', 'Works now.'],
    ['Gmail en, folded', 'Works now.\n\nOn Mon, Mar 2, 2026 at 10:00 AM Support Team <support@acme.test>\nwrote:\n> Try again', 'Works now.'],
    ['Gmail pt-BR', 'Funcionou.\n\nEm seg., 2 de mar. de 2026 às 10:00, Suporte <support@acme.test> escreveu:\n> Tente', 'Funcionou.'],
    ['Gmail es', 'Funciona.\n\nEl lun, 2 mar 2026 a las 10:00, Soporte (<support@acme.test>) escribió:\n> Pruebe', 'Funciona.'],
    ['Gmail de', 'Geht.\n\nAm Mo., 2. März 2026 um 10:00 Uhr schrieb Support <support@acme.test>:\n> Bitte', 'Geht.'],
    ['Gmail ru', 'Работает.\n\nпн, 2 мар. 2026 г. в 10:00, Support <support@acme.test>:\n> Попробуйте', 'Работает.'],
    ['Thunderbird ru', 'Работает.\n\n02.03.2026 10:00, Поддержка пишет:\n> Попробуйте', 'Работает.'],
    ['Mail.ru ru', 'Работает.\n\nПонедельник, 2 марта 2026, 10:00 +03:00 от Поддержка <support@acme.test> написал(а):\n> Попробуйте', 'Работает.'],
    ['Outlook en', 'Thanks.\n\n-----Original Message-----\nFrom: Support <support@acme.test>\nSent: Monday\nTo: me\n\nOld', 'Thanks.'],
    ['Outlook pt-BR', 'Obrigado.\n\n________________________________\nDe: Suporte <support@acme.test>\nEnviado: segunda-feira\nPara: eu\nAssunto: x\n\nAntigo', 'Obrigado.'],
    ['Outlook es', 'Gracias.\n\nDe: Soporte <support@acme.test>\nEnviado el: lunes\nPara: yo\nAsunto: x\n\nViejo', 'Gracias.'],
    ['Outlook de', 'Danke.\n\nVon: Support <support@acme.test>\nGesendet: Montag\nAn: mich\nBetreff: x\n\nAlt', 'Danke.'],
    ['Outlook de, separator', 'Danke.\n\n-----Ursprüngliche Nachricht-----\nVon: Support\nGesendet: Montag\n\nAlt', 'Danke.'],
    ['Outlook ru', 'Спасибо.\n\nОт: Support <support@acme.test>\nОтправлено: понедельник\nКому: мне\nТема: x\n\nСтарое', 'Спасибо.'],
    ['phone signature', 'Sim, pode fechar.\n\nEnviado do meu iPhone', 'Sim, pode fechar.'],
    ['signature delimiter', 'Resolved.\n-- \nJohn Smith\nACME Corp', 'Resolved.'],
  ])('%s', (_style, text, visible) => {
    expect(stripQuotedText(text)).toEqual({ visible, quoted: true });
  });

  it('keeps a lone "From:" line in the text (it is not an Outlook header block)', () => {
    const text = 'The report says:\nFrom: 2026-03-01\nTo: 2026-03-02\nand shows nothing.';
    expect(stripQuotedText(text).visible).toContain('and shows nothing.');
  });

  it('keeps forwarded messages whole: they are what the sender wants read', () => {
    const text = 'See below.\n\n________________________________\nDe: Cliente <c@x.test>\nEnviado: segunda\nAssunto: erro\n\nO erro é 502.';
    expect(stripQuotedText(text, { subject: 'ENC: erro' }).visible).toContain('O erro é 502.');
    expect(stripQuotedText('Olhem isso.\n\n---------- Forwarded message ---------\nFrom: A <a@x.test>\nDate: Mon\n\nConteúdo').visible).toContain('Conteúdo');
  });

  it('a mail that is only a quote keeps its whole text rather than nothing', () => {
    expect(stripQuotedText('> only quoted\n> text')).toEqual({ visible: '> only quoted\n> text', quoted: false });
  });

  it('stays fast on a hostile 1 MB line', () => {
    const started = performance.now();
    stripQuotedText(`On ${'x '.repeat(500_000)}wrote:\n> q`);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('HTML', () => {
  it('keeps formatting, drops everything active, maps cid: images to attachment URLs', () => {
    const html = sanitizeEmailHtml(
      '<p style="x" onclick="a()">Oi <b>b</b> <i>i</i> <u>u</u></p><ul><li>1</li></ul><table><tr><td colspan="2">t</td></tr></table>' +
        '<a href="https://x.test/a" onmouseover="b()">link</a><a href="javascript:c()">j</a><img src="cid:Logo@Mail"><img src="cid:missing">' +
        '<img src="data:image/png;base64,AA"><script>d()</script><style>p{}</style><iframe src="https://x"></iframe><form><input></form>',
      new Map([['logo@mail', '/api/v1/attachments/1']]),
    );
    expect(html).toBe(
      '<p>Oi <b>b</b> <i>i</i> <u>u</u></p><ul><li>1</li></ul><table><tr><td colspan="2">t</td></tr></table>' +
        '<a href="https://x.test/a" target="_blank" rel="noopener noreferrer nofollow">link</a><a target="_blank" rel="noopener noreferrer nofollow">j</a>' +
        '<img src="/api/v1/attachments/1" /><img /><img />',
    );
  });

  it('cuts Gmail, Apple Mail and Outlook quote blocks', () => {
    expect(cutQuotedHtml('<div>Yes</div><div class="gmail_quote">old</div>')).toBe('<div>Yes</div>');
    expect(cutQuotedHtml('<p>Yes</p><blockquote type="cite">old</blockquote>')).toBe('<p>Yes</p>');
    expect(cutQuotedHtml('<p>Yes</p><div id="divRplyFwdMsg">From: x</div>')).toBe('<p>Yes</p>');
    expect(cutQuotedHtml('<p>No quote here</p>')).toBeNull();
  });

  it('turns HTML into readable text', () => {
    expect(htmlToText('<div>Um &amp; dois</div><div>três<br>quatro</div><script>x</script>')).toBe('Um & dois\ntrês\nquatro');
  });
});

describe('headers', () => {
  it('finds the ticket token in a subject', () => {
    expect(ticketNumberInSubject('Re: [#10042] Printer')).toBe(10042);
    expect(ticketNumberInSubject('About Ticket #77 again')).toBe(77);
    expect(ticketNumberInSubject('Chamado #5 sem resposta')).toBe(5);
    expect(ticketNumberInSubject('Invoice 2026 #1')).toBeNull();
    expect(withoutTicketToken('Re: [#10042] Printer')).toBe('Re: Printer');
  });

  it('reads the sender and Message-ID without a full parse, and Message-ID lists', () => {
    const raw = Buffer.from('Received: x\r\nFROM: "Ana, a Chefe" <Ana@Example.ORG>\r\nMessage-Id:\r\n <abc@host>\r\n\r\nFrom: fake@x.test\r\n');
    expect(readEnvelopeHeaders(raw)).toEqual({ fromAddress: 'ana@example.org', messageId: '<abc@host>' });
    expect(normalizeMessageId('no-brackets@host')).toBe('<no-brackets@host>');
    expect(messageIdsIn(['<a@x> <b@x>', '<c@x>'])).toEqual(['<a@x>', '<b@x>', '<c@x>']);
  });

  it('orders thread ids: In-Reply-To first, then References newest first', async () => {
    const mail = await parseMail(Buffer.from('From: a@x.test\r\nIn-Reply-To: <c@x>\r\nReferences: <a@x> <b@x> <c@x>\r\n\r\nhi\r\n'));
    expect(mail.threadIds).toEqual(['<c@x>', '<b@x>', '<a@x>']);
  });

  it('reads a free-text bounce from a mailer daemon', async () => {
    const mail = await parseMail(Buffer.from('From: MAILER-DAEMON@mx.test\r\nSubject: failure notice\r\nMessage-ID: <own@mx.test>\r\n\r\n<gone@cliente.test>: 550 no mailbox\r\n\r\n--- copy ---\r\nMessage-ID: <sent-1@acme.test>\r\nSubject: x\r\n'));
    expect(readBounce(mail)).toMatchObject({ messageId: '<sent-1@acme.test>', recipient: 'gone@cliente.test', action: 'failed' });
  });
});
