import { useQuery } from '@tanstack/react-query';
import { api, query } from './client';
import { keys } from './keys';
import type { Message, Page, Ticket, TicketEvent } from './types';

export interface TicketFilter {
  status?: string;
  teamId?: string;
  assigneeId?: string;
  requesterId?: string;
  q?: string;
  limit?: number;
}

/** Tickets the signed-in person may see, in the queue order the server keeps (R25). */
export function useTickets(filter: TicketFilter, enabled = true) {
  return useQuery({
    queryKey: keys.tickets({ ...filter }),
    queryFn: ({ signal }) => api<Page<Ticket>>(`/tickets${query({ limit: 50, ...filter })}`, { signal }),
    enabled,
  });
}

export function useTicket(id: string | undefined) {
  return useQuery({
    queryKey: keys.ticket(id ?? ''),
    queryFn: ({ signal }) => api<Ticket>(`/tickets/${id}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useMessages(ticketId: string | undefined) {
  return useQuery({
    queryKey: keys.messages(ticketId ?? ''),
    queryFn: ({ signal }) => api<{ items: Message[] }>(`/tickets/${ticketId}/messages`, { signal }).then((r) => r.items),
    enabled: Boolean(ticketId),
  });
}

export function useTicketEvents(ticketId: string | undefined) {
  return useQuery({
    queryKey: keys.events(ticketId ?? ''),
    queryFn: ({ signal }) => api<{ items: TicketEvent[] }>(`/tickets/${ticketId}/events`, { signal }).then((r) => r.items),
    enabled: Boolean(ticketId),
  });
}

/** Posts a reply or note; with files it goes as multipart (the API stores them as attachments). */
export function postMessage(ticketId: string, input: { body: string; internal?: boolean; status?: string; files?: File[] }) {
  const files = input.files ?? [];
  if (files.length === 0) {
    return api<Message>(`/tickets/${ticketId}/messages`, {
      method: 'POST',
      body: { body: input.body, ...(input.internal ? { internal: true } : {}), ...(input.status ? { status: input.status } : {}) },
    });
  }
  const form = new FormData();
  form.set('body', input.body);
  if (input.internal) form.set('internal', 'true');
  if (input.status) form.set('status', input.status);
  for (const file of files) form.append('files', file, file.name);
  return api<Message>(`/tickets/${ticketId}/messages`, { method: 'POST', body: form });
}
