import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Chat } from '../../shared/api/chat-types';
import { FormError } from '../../shared/ui/states';
import { acceptChat, chatKeys, closeChat, reopenChat } from './chat-api';
import { TransferChat } from './TransferChat';
import { ConvertChat } from './ConvertChat';

/** Accept, transfer, close, reopen, and convert to a ticket (R19), as the chat's state allows. */
export function ChatActions({ chat }: { chat: Chat }) {
  const { t } = useTranslation('chat');
  const client = useQueryClient();
  const action = useMutation({
    mutationFn: (run: (id: string) => Promise<Chat>) => run(chat.id),
    onSuccess: (updated) => {
      client.setQueryData(chatKeys.chat(updated.id), updated);
      void client.invalidateQueries({ queryKey: chatKeys.lists });
    },
  });
  const open = chat.status !== 'closed';
  return (
    <section className="card controls" aria-labelledby="chat-actions-title">
      <h2 id="chat-actions-title">{t('actions.title')}</h2>
      <div className="row">
        {(chat.status === 'waiting' || chat.status === 'bot') && (
          <button type="button" className="primary" disabled={action.isPending} onClick={() => action.mutate(acceptChat)}>
            {t('actions.accept')}
          </button>
        )}
        {open && (
          <button type="button" className="danger" disabled={action.isPending} onClick={() => action.mutate(closeChat)}>
            {t('actions.close')}
          </button>
        )}
        {!open && !chat.ticketId && (
          <button type="button" disabled={action.isPending} onClick={() => action.mutate(reopenChat)}>
            {t('actions.reopen')}
          </button>
        )}
      </div>
      {action.isPending && (
        <p className="small muted" role="status">
          {t('common:saving')}
        </p>
      )}
      <FormError error={action.error} />
      {chat.ticketId && (
        <p style={{ marginTop: '0.75rem' }}>
          <Link to={`/queue/team/${chat.ticketId}`} className="button">
            {t('convert.openTicket')}
          </Link>
        </p>
      )}
      {open && <TransferChat chat={chat} />}
      {!chat.ticketId && <ConvertChat chat={chat} />}
    </section>
  );
}
