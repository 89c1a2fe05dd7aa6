import EmailReplyParser from 'email-reply-parser';

// Quote headers are short lines; anything longer is text, and skipping it keeps every test linear.
const MAX_HEADER_LINE = 400;

// "On <date>, <name> wrote:" as Gmail, Apple Mail and Thunderbird write it in the desk's languages
// (R31). Bounded repeats: a hostile line cannot make these backtrack for long.
const attributionLines: RegExp[] = [
  /^On\b.{1,300}\bwrote:\s*$/i, // en
  /^Em\b.{1,300}\bescreveu:\s*$/i, // pt-BR
  /^El\b.{1,300}\bescribió:\s*$/i, // es
  /^Am\b.{1,300}\bschrieb\b.{0,300}:\s*$/i, // de ("Am Mo., 2. März 2026 um 10:00 schrieb Max <m@x>:")
  /^.{1,300}\s(пишет|написал|написала|написал\(а\)):\s*$/i, // ru (Thunderbird, Mail.ru, Yandex)
  /^.{1,200}\sг\.\s?в\s\d{1,2}:\d{2}.{0,200}<[^<>\s]+@[^<>\s]+>:\s*$/, // ru (Gmail: "пн, 2 мар. 2026 г. в 10:00, Имя <a@b>:")
  /^Le\b.{1,300}\bécrit\s?:\s*$/i, // fr
];

// Outlook's separator line, in the desk's languages.
const originalMessage = /^-{2,}\s*(Original Message|Ursprüngliche Nachricht|Mensagem original|Mensaje original|Исходное сообщение|Message d'origine)\s*-{2,}\s*$/i;

// Outlook's header block: "From: … / Sent: …" (or Date), in the desk's languages, bold or not.
const headerFrom = /^\*?(From|De|Von|От|Van|Da)\s?:\*?\s/i;
const headerSent = /^\*?(Sent|Date|Enviado|Enviada|Enviado el|Enviada em|Data|Fecha|Gesendet|Datum|Отправлено|Дата|Envoyé)\s?:\*?\s/i;
const underscoreRule = /^_{10,}\s*$/;

// A forwarded message is what the sender wants us to read, not history to hide.
const forwardMarker = /^(-{2,}\s*(Forwarded message|Mensagem encaminhada|Mensaje reenviado|Weitergeleitete Nachricht|Пересылаемое сообщение|Message transféré)\s*-{2,}|Begin forwarded message:|Início da mensagem encaminhada:)/i;
const forwardSubject = /^\s*(fwd?|enc|rv|wg|tr|пересл|fw)\s*:/i;

// Phone signatures that end a reply.
const mobileSignature = /^(Sent from my|Enviado do meu|Enviado desde mi|Von meinem .{1,40} gesendet|Отправлено с|Get Outlook for)\b/i;

/** Where quoted history starts (a line index), or -1 when the text quotes nothing. */
export function findQuoteStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.length > MAX_HEADER_LINE) continue;
    if (originalMessage.test(line)) return i;
    if (headerFrom.test(line)) {
      // An Outlook block has Sent/Date within the next few lines; a lone "From:" in text is not one.
      const next = lines.slice(i + 1, i + 5).some((l) => l.trim().length <= MAX_HEADER_LINE && headerSent.test(l.trim()));
      if (next) return i > 0 && underscoreRule.test(lines[i - 1].trim()) ? i - 1 : i;
    }
    // Gmail folds a long attribution over two lines.
    const joined = i + 1 < lines.length ? `${line} ${lines[i + 1].trim()}` : line;
    if (attributionLines.some((re) => re.test(line))) return i;
    if (joined.length <= MAX_HEADER_LINE && /^(On|Em|El|Am)\b/.test(line) && attributionLines.some((re) => re.test(joined))) return i;
    // A trailing block of "> " lines is quoted history even without an attribution line.
    if (line.startsWith('>') && lines.slice(i).every((l) => !l.trim() || l.trimStart().startsWith('>'))) return i;
  }
  return -1;
}

/**
 * The lines under a leading quote (attribution line, then "> " lines), or null when there is no
 * text there or the quote goes on further down (an answer written between quoted lines is kept
 * whole: cutting it would lose the questions it answers).
 */
function replyBelowQuote(lines: string[], start: number): string[] | null {
  let i = start;
  // The attribution line, folded over at most two lines and followed by a blank one, then the
  // quoted block itself.
  const firstQuoted = lines.slice(start, start + 4).findIndex((l) => l.trimStart().startsWith('>'));
  if (firstQuoted < 0) return null;
  i = start + firstQuoted;
  while (i < lines.length && (!lines[i].trim() || lines[i].trimStart().startsWith('>'))) i++;
  const rest = lines.slice(i);
  if (!rest.some((l) => l.trim()) || rest.some((l) => l.trimStart().startsWith('>'))) return null;
  return rest;
}

/**
 * The reply a person wrote, without the quoted history and signature under it: our own markers
 * first (Outlook blocks and attribution lines in en, pt-BR, es, de, ru), then email-reply-parser for
 * the forms it knows. Forwarded messages (by subject or marker line) are content and stay whole.
 * Answers the full text when nothing
 * would be left, and `quoted: true` when something was cut.
 */
export function stripQuotedText(text: string, options: { subject?: string } = {}): { visible: string; quoted: boolean } {
  const normalized = text.replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n');
  let start = findQuoteStart(lines);
  const forwarded = forwardSubject.test(options.subject ?? '') || lines.slice(0, start >= 0 ? start + 1 : lines.length).some((l) => l.length <= MAX_HEADER_LINE && forwardMarker.test(l.trim()));
  if (forwarded) start = -1;
  let kept = start >= 0 ? lines.slice(0, start) : lines;
  // Bottom-posting: nothing above the quote, the reply written under it (old Thunderbird and
  // mailing-list habit). The reply is then what follows the quoted block.
  const below = start >= 0 && kept.every((l) => !l.trim()) ? replyBelowQuote(lines, start) : null;
  if (below) kept = below;
  const sigDelimiter = kept.findIndex((l) => l === '-- ' || l === '--');
  if (sigDelimiter >= 0) kept = kept.slice(0, sigDelimiter);
  while (kept.length && (!kept[kept.length - 1].trim() || mobileSignature.test(kept[kept.length - 1].trim()))) kept.pop();
  let visible = kept.join('\n').trim();
  // email-reply-parser runs whole-text regular expressions; only short, sane text is given to it.
  if (!forwarded && visible && visible.length <= 20_000 && kept.every((l) => l.length <= 2_000)) {
    const parsed = new EmailReplyParser().read(visible).getVisibleText().trim();
    if (parsed) visible = parsed;
  }
  const full = normalized.trim();
  if (!visible) return { visible: full, quoted: false };
  return { visible, quoted: visible !== full };
}
