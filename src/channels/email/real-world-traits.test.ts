import { describe, expect, it } from 'vitest';
import { parseMail } from './parse-mail';
import { stripQuotedText } from './strip-quoted-text';
import { startMailDesk } from './mail-desk.test-support';

/**
 * Traits seen in mail that real clients and servers send, each in a small hand-made message:
 * the way the pipeline read them before lost the sender, garbled text, or buried files in the body.
 */
const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');
const bytes = (...parts: Array<string | Buffer>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)));
// Legacy charsets the test needs to write raw; TextDecoder only decodes, so the tables are built here.
const encodeWith = (label: string, text: string) => {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((c) => table.get(c) ?? 0x3f));
};

describe('headers and charsets as real senders write them (issue 4)', () => {
  it('a message saved with a blank line before its headers still has a sender, subject and thread', async () => {
    const mail = await parseMail(crlf([
      '', 'From: Rita Alves <rita@cliente.example>', 'To: support@acme.test', 'Subject: Re: Boleto duplicado',
      'In-Reply-To: <ticket-7@acme.test>', 'Message-ID: <r1@cliente.example>', 'Content-Type: text/plain; charset=utf-8', '', 'Já resolvi, obrigada.', '',
    ]));
    expect(mail.from).toEqual({ address: 'rita@cliente.example', name: 'Rita Alves' });
    expect(mail.subject).toBe('Re: Boleto duplicado');
    expect(mail.threadIds).toEqual(['<ticket-7@acme.test>']);
    expect(mail.text.trim()).toBe('Já resolvi, obrigada.');
  });

  it('UTF-8 text labelled Big5 is read as UTF-8, not as Big5 mojibake', async () => {
    const body = Buffer.from('打印机无法连接，请帮忙。', 'utf8').toString('base64');
    const mail = await parseMail(crlf([
      'From: wang@cliente.example', 'Subject: printer', 'Content-Type: text/plain; charset=Big5', 'Content-Transfer-Encoding: base64', '', body, '',
    ]));
    expect(mail.text.trim()).toBe('打印机无法连接，请帮忙。');
    expect(mail.repairs.join(' ')).toMatch(/UTF-8/);
  });

  it('UTF-8 text labelled ISO-8859-1 is read as UTF-8, not as "Ã§"', async () => {
    const mail = await parseMail(bytes(
      'From: joao@cliente.example\r\nSubject: nota\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n',
      Buffer.from('A emissão da nota fiscal não funciona.\r\n', 'utf8'),
    ));
    expect(mail.text.trim()).toBe('A emissão da nota fiscal não funciona.');
  });

  it('text really in Windows-1252 under an ISO-8859-1 label stays as it was', async () => {
    const mail = await parseMail(bytes(
      'From: joao@cliente.example\r\nSubject: nota\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n',
      Buffer.from([...Buffer.from('A\xe7\xe3o conclu\xedda ', 'latin1'), 0x96, ...Buffer.from(' obrigado.\r\n', 'latin1')]), // 0x96: an en dash
    ));
    expect(mail.text.trim()).toBe('Ação concluída – obrigado.');
    expect(mail.repairs).toEqual([]);
  });

  it('raw 8-bit Subject and From in the charset the message declares (Windows-1251) are read in it', async () => {
    const mail = await parseMail(bytes(
      'From: ', encodeWith('windows-1251', 'Ирина Петрова'), ' <irina@client.example>\r\n',
      'Subject: ', encodeWith('windows-1251', 'Ошибка входа в систему'), '\r\n',
      'Content-Type: text/plain; charset=windows-1251\r\nContent-Transfer-Encoding: 8bit\r\n\r\n',
      encodeWith('windows-1251', 'Не могу войти с утра.\r\n'),
    ));
    expect(mail.subject).toBe('Ошибка входа в систему');
    expect(mail.from).toEqual({ address: 'irina@client.example', name: 'Ирина Петрова' });
    expect(mail.text.trim()).toBe('Не могу войти с утра.');
  });

  it('a subject whose encoded words carry line breaks reads as one line', async () => {
    const word = (text: string) => `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
    const mail = await parseMail(crlf(['From: li@client.example', `Subject: ${word('\r\nPedido 55:')}`, ` ${word('\r\natraso na entrega')}`, '', 'Oi.', '']));
    expect(mail.subject.trim()).toBe('Pedido 55: atraso na entrega');
  });

  it('a raw Windows-1252 subject keeps its curly quotes and dashes', async () => {
    const mail = await parseMail(bytes('From: ana@cliente.example\r\nSubject: ', Buffer.from([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]), '\r\n\r\nOi.\r\n'));
    expect(mail.subject).toBe('“A” – €5');
  });

  it('an encoded-word subject that names Latin-1 but holds UTF-8 bytes is read as UTF-8', async () => {
    const word = Buffer.from('Cotação urgente', 'utf8').toString('base64');
    const mail = await parseMail(crlf([
      'From: =?iso-8859-1?B?' + Buffer.from('José Araújo', 'utf8').toString('base64') + '?= <jose@cliente.example>',
      `Subject: =?iso-8859-1?B?${word}?=`, 'Content-Type: text/plain; charset=utf-8', '', 'Segue.', '',
    ]));
    expect(mail.subject).toBe('Cotação urgente');
    expect(mail.from?.name).toBe('José Araújo');
  });

  it('a raw 8-bit attachment name in the declared charset (GB2312) is decoded in it', async () => {
    const name = Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]); // "报告" in GB2312
    const mail = await parseMail(bytes(
      'From: li@client.example\r\nSubject: report\r\nContent-Type: multipart/mixed; boundary="b"; charset="GB2312"\r\n\r\n',
      '--b\r\nContent-Type: text/plain\r\n\r\nSee the file.\r\n',
      '--b\r\nContent-Type: application/octet-stream; name="', name, '.xls"\r\nContent-Disposition: attachment; filename="', name, '.xls"\r\nContent-Transfer-Encoding: base64\r\n\r\nAAEC\r\n--b--\r\n',
    ));
    expect(mail.attachments.map((a) => a.filename)).toEqual(['报告.xls']);
  });
});

describe('bodies and files as real clients send them (issue 4)', () => {
  it('a reply written under the quote (bottom-posting) shows the reply, not the quote', () => {
    const text = 'Em 02/03/2026 10:00, Suporte escreveu:\n> Pode testar de novo?\n>\n> Suporte\nTestei agora e funcionou.\n\nAbraço,\nCarla\n';
    expect(stripQuotedText(text)).toEqual({ visible: 'Testei agora e funcionou.\n\nAbraço,\nCarla', quoted: true });
  });

  it('a bottom-posted reply under a folded attribution and a blank line shows the reply', () => {
    const text = 'On Mon, Mar 2, 2026 at 10:00 AM, Support Team <support@acme.test>\nwrote:\n\n> Please try again.\n>\n\nIt works now, thanks.\n';
    expect(stripQuotedText(text).visible).toBe('It works now, thanks.');
  });

  it('answers written between quoted lines are kept whole', () => {
    const text = 'On Mon, Support wrote:\n> Which version?\n2.4\n> Which browser?\nFirefox\n';
    expect(stripQuotedText(text).visible).toContain('Which browser?');
  });

  it('a text file attached "inline" with a name (Apple Mail) is an attachment, not more body', async () => {
    const mail = await parseMail(crlf([
      'From: ana@cliente.example', 'Subject: log', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="x"', '',
      '--x', 'Content-Type: text/plain; charset=us-ascii', '', 'O log segue anexo.', '',
      '--x', 'Content-Type: text/plain; name="server.log"', 'Content-Disposition: inline;', '\tfilename="server.log"', '', 'ERROR 42 at boot', '',
      '--x', 'Content-Type: text/plain; charset=us-ascii', 'Content-Disposition: inline', '', 'Obrigada.', '',
      '--x--', '',
    ]));
    expect(mail.attachments.map((a) => a.filename)).toEqual(['server.log']);
    expect(mail.attachments[0].content.toString()).toContain('ERROR 42');
    expect(mail.text).not.toContain('ERROR 42');
    expect(mail.text).toContain('O log segue anexo.');
    expect(mail.text).toContain('Obrigada.'); // an unnamed inline text part is still body
  });

  it('a uuencoded file in a plain-text body (Lotus Notes) becomes an attachment and leaves the text', async () => {
    const file = Buffer.from('%PDF-1.4 a small file\n'.repeat(5));
    const uu = [];
    for (let i = 0; i < file.length; i += 45) {
      const chunk = file.subarray(i, i + 45);
      let line = String.fromCharCode(32 + chunk.length);
      for (let j = 0; j < chunk.length; j += 3) {
        const [a, b = 0, c = 0] = chunk.subarray(j, j + 3);
        line += [a >> 2, ((a << 4) | (b >> 4)) & 63, ((b << 2) | (c >> 6)) & 63, c & 63].map((n) => String.fromCharCode(n === 0 ? 96 : n + 32)).join('');
      }
      uu.push(line);
    }
    const mail = await parseMail(crlf([
      'From: pedro@cliente.example', 'Subject: contrato', '', 'Segue o contrato assinado.', '', 'begin 644 contrato.pdf', ...uu, '`', 'end', '', 'Pedro', '',
    ]));
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([['contrato.pdf', 'application/pdf']]);
    expect(mail.attachments[0].content.equals(file)).toBe(true);
    expect(mail.text).toContain('Segue o contrato assinado.');
    expect(mail.text).toContain('Pedro');
    expect(mail.text).not.toContain('begin 644');
  });

  it('an attachment with Content-Transfer-Encoding x-uuencode is decoded', async () => {
    const mail = await parseMail(crlf([
      'From: pedro@cliente.example', 'Subject: nota', 'Content-Type: multipart/mixed; boundary="u"', '',
      '--u', 'Content-Type: text/plain', '', 'Anexo.', '',
      '--u', 'Content-Type: application/octet-stream; name="nota.txt"', 'Content-Disposition: attachment; filename="nota.txt"', 'Content-Transfer-Encoding: x-uuencode', '',
      'begin 644 nota.txt', '#86)C', '`', 'end', '',
      '--u--', '',
    ]));
    expect(mail.attachments[0].content.toString()).toBe('abc');
  });
});

const desk = await startMailDesk();

describe('through the desk (issue 4)', () => {
  it('a mail with a leading blank line and a uuencoded file opens a ticket from its real sender with the file', async () => {
    {
      const inboundId = await desk.receiveRaw([
        '', 'From: Pedro Lima <pedro@cliente.example>', 'To: support@acme.test', 'Subject: Contrato assinado', 'Message-ID: <uu-1@cliente.example>', '',
        'Segue o contrato.', '', 'begin 644 contrato.txt', '#86)C', '`', 'end', '',
      ].join('\r\n'));
      await desk.runJobs();
      const row = await desk.inbound(inboundId);
      expect(row).toMatchObject({ status: 'processed', fromAddress: 'pedro@cliente.example', subject: 'Contrato assinado' });
      const [message] = (await desk.admin.get(`/api/v1/tickets/${row.ticketId}/messages`)).body.items;
      expect(message.body).toBe('Segue o contrato.');
      expect(message.attachments.map((a: { filename: string }) => a.filename)).toEqual(['contrato.txt']);
    }
  });
});
