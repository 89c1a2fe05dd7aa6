import { iso } from '../../contracts/common';
import type { MessageRecord } from './commands/add-message';

/** A message as the API shows it; `internal` is derived from the kind for clients. */
export const presentMessage = (m: MessageRecord) => ({
  id: m.id,
  ticketId: m.ticketId,
  authorId: m.authorId,
  internal: m.kind === 'internal',
  kind: m.kind,
  channel: m.channel,
  body: m.body,
  bodyHtml: m.bodyHtml,
  createdAt: iso(m.createdAt),
  attachments: m.attachments.map((a) => ({
    id: a.id,
    filename: a.filename,
    contentType: a.contentType,
    size: a.size,
    url: `/api/v1/attachments/${a.id}`,
  })),
});
