import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/client';
import { keys } from '../../shared/api/keys';
import type { Ticket } from '../../shared/api/types';
import type { SimilarTicket, SimilarTickets as Similar } from '../../shared/api/macro-types';
import { StatusBadge } from '../../shared/ui/badges';
import { FormError, Loading } from '../../shared/ui/states';

// Under the ticket's own key, so whatever refreshes the ticket (a reply, a merge) refreshes this too.
const similarKey = (ticketId: string) => [...keys.ticket(ticketId), 'similar'] as const;

/**
 * Likely duplicates (R44): the requester's other tickets, their organization's and alike subjects,
 * with why each is offered, how many similar ones are open (R7), and "Merge here" to fold a
 * duplicate into this ticket after a confirmation.
 */
export function SimilarTickets({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('agent');
  const { queue = 'team' } = useParams();
  const client = useQueryClient();
  const similar = useQuery({
    queryKey: similarKey(ticket.id),
    queryFn: ({ signal }) => api<Similar>(`/tickets/${ticket.id}/similar?limit=20`, { signal }),
  });
  const merge = useMutation({
    mutationFn: (duplicate: SimilarTicket) => api<Ticket>(`/tickets/${duplicate.id}/merge`, { method: 'POST', body: { intoTicketId: ticket.id } }),
    onSuccess: (_, duplicate) => {
      void client.invalidateQueries({ queryKey: keys.ticket(ticket.id) });
      void client.invalidateQueries({ queryKey: keys.ticket(duplicate.id) });
      void client.invalidateQueries({ queryKey: keys.allTickets });
    },
  });
  const confirmMerge = (duplicate: SimilarTicket) => {
    if (window.confirm(t('similar.confirmMerge', { from: duplicate.number, into: ticket.number }))) merge.mutate(duplicate);
  };
  const items = similar.data?.items ?? [];
  const chats = similar.data?.chats ?? [];
  return (
    <div data-testid="similar-tickets">
      <h3 style={{ marginTop: '0.75rem' }}>{t('similar.title')}</h3>
      {similar.isPending ? (
        <Loading />
      ) : similar.isError ? (
        <FormError error={similar.error} />
      ) : items.length === 0 && chats.length === 0 ? (
        <p className="small muted">{t('similar.none')}</p>
      ) : (
        <>
          {similar.data.similarOpenCount > 0 && <p className="small">{t('similar.openCount', { count: similar.data.similarOpenCount })}</p>}
          <ul className="small" style={{ paddingLeft: '1rem' }}>
            {chats.map((chat) => (
              <li key={chat.id}>
                {t('similar.chat', { publicId: chat.publicId })} <span className="badge neutral">{t(`similar.chatStatus.${chat.status}`, { defaultValue: chat.status })}</span>
              </li>
            ))}
            {items.map((item) => (
              <li key={item.id} data-similar-id={item.id}>
                <Link to={`/queue/${queue}/${item.id}`}>
                  #{item.number} {item.subject}
                </Link>{' '}
                <StatusBadge status={item.status} />
                <br />
                <span className="muted">{item.reasons.map((reason) => t(`similar.reason.${reason}`)).join(' · ')}</span>
                {item.status !== 'closed' && ticket.status !== 'closed' && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="link"
                      onClick={() => confirmMerge(item)}
                      disabled={merge.isPending}
                      aria-label={t('similar.mergeLabel', { number: item.number })}
                    >
                      {t('similar.mergeHere')}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <FormError error={merge.error} />
    </div>
  );
}
