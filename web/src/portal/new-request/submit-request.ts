import { api } from '../../shared/api/client';
import { postMessage } from '../../shared/api/tickets';
import type { Category, Ticket } from '../../shared/api/types';
import { fromLocalInput } from '../../shared/format/dates';
import { detailFields, type RequestDraft } from './request-draft';

/**
 * Opens the ticket from the draft: answers go to `intake` (R41), the description becomes the
 * first message, and screenshots follow as a message with attachments (the create endpoint takes
 * JSON only). Returns the ticket as created, with its SLA due times (R4).
 */
export async function submitRequest(draft: RequestDraft, category: Category | undefined, attachmentNote: string): Promise<{ ticket: Ticket; uploadError?: unknown }> {
  const fields = detailFields(draft, category);
  const intake: Record<string, unknown> = { kind: draft.kind };
  const files: File[] = [];
  for (const field of fields) {
    if (field.type === 'file') {
      const picked = draft.files[field.key] ?? [];
      if (picked.length) intake[field.key] = picked.map((f) => f.name).join(', ');
      files.push(...picked);
      continue;
    }
    const value = draft.intake[field.key]?.trim();
    if (!value) continue;
    intake[field.key] = field.type === 'datetime' ? (fromLocalInput(value) ?? value) : value;
  }
  const body = String(intake.description ?? draft.question ?? draft.subject);
  const ticket = await api<Ticket>('/tickets', {
    method: 'POST',
    body: {
      subject: draft.subject.trim(),
      body,
      ...(category ? { categoryId: category.id } : {}),
      ...(draft.environment ? { environment: draft.environment } : {}),
      ...(draft.availability ? { availability: draft.availability } : {}),
      ...(draft.severity ? { severity: draft.severity } : {}),
      channel: 'web',
      intake,
    },
  });
  if (draft.deflectionId) {
    void api(`/kb/deflections/${draft.deflectionId}`, { method: 'PATCH', body: { outcome: 'ticket', ticketId: ticket.id } }).catch(() => {});
  }
  if (files.length === 0) return { ticket };
  try {
    await postMessage(ticket.id, { body: attachmentNote, files });
    return { ticket };
  } catch (uploadError) {
    return { ticket, uploadError };
  }
}
