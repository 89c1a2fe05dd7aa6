import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { keys } from '../../shared/api/keys';
import type { Ticket } from '../../shared/api/types';

/** PATCH /tickets/:id; the answer replaces the cached ticket, lists and history refresh. */
export function useUpdateTicket(ticketId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: Record<string, unknown>) => api<Ticket>(`/tickets/${ticketId}`, { method: 'PATCH', body: changes }),
    onSuccess: (ticket) => {
      client.setQueryData(keys.ticket(ticketId), ticket);
      void client.invalidateQueries({ queryKey: keys.events(ticketId) });
      void client.invalidateQueries({ queryKey: keys.allTickets });
    },
  });
}
