import type { ChatMessageRecord } from './chat.queries';

const hhmm = (d: Date) => new Date(d).toISOString().slice(11, 16);

const speaker = (m: ChatMessageRecord) =>
  m.kind === 'bot' ? 'Bot' : m.kind === 'system' ? 'System' : `${m.authorName ?? 'Unknown'} (${m.kind === 'customer' ? 'customer' : 'agent'})`;

/**
 * The transcript as plain text, one line per message with its UTC time, for the first message of a
 * ticket made from a chat (R19) — what a third party or the dev team reads. Internal notes are left
 * out: that first message is public. Bot prompts list the options offered, so answers make sense;
 * a line with a file names it (the file itself is attached to that message).
 */
export function formatTranscript(chat: { publicId: string; createdAt: Date }, messages: ChatMessageRecord[]): string {
  const lines = messages
    .filter((m) => m.kind !== 'note')
    .map((m) => {
      const options = Array.isArray(m.data?.options) ? ` [${(m.data.options as Array<{ label: string }>).map((o) => o.label).join(' / ')}]` : '';
      const files = Array.isArray(m.data?.attachments) ? (m.data.attachments as Array<{ filename: string }>).map((f) => ` [file: ${f.filename}]`).join('') : '';
      return `[${hhmm(m.createdAt)}] ${speaker(m)}: ${`${m.text}${options}${files}`.trim()}`;
    });
  return [`Chat ${chat.publicId} — ${new Date(chat.createdAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`, ...lines].join('\n');
}
