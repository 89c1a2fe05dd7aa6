import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Chat } from '../../shared/api/chat-types';
import { keys } from '../../shared/api/keys';
import { FormError } from '../../shared/ui/states';
import { chatKeys, convertChat } from './chat-api';

const priorities = ['low', 'medium', 'high', 'urgent'] as const;

/**
 * R19: turns the chat into a ticket for work that needs a third party or the dev team. The ticket
 * holds the transcript and the bot's answers; the chat closes; the agent lands on the ticket.
 */
export function ConvertChat({ chat }: { chat: Chat }) {
  const { t } = useTranslation('chat');
  const client = useQueryClient();
  const navigate = useNavigate();
  const [subject, setSubject] = useState('');
  const [priority, setPriority] = useState('');
  const convert = useMutation({
    mutationFn: () => convertChat(chat.id, { ...(subject.trim() ? { subject: subject.trim() } : {}), ...(priority ? { priority } : {}) }),
    onSuccess: (ticket) => {
      client.setQueryData(keys.ticket(ticket.id), ticket);
      void client.invalidateQueries({ queryKey: chatKeys.lists });
      void client.invalidateQueries({ queryKey: chatKeys.chat(chat.id) });
      void client.invalidateQueries({ queryKey: keys.allTickets });
      navigate(`/queue/team/${ticket.id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!convert.isPending) convert.mutate();
  };
  return (
    <details className="chat-convert">
      <summary>{t('convert.title')}…</summary>
      <form onSubmit={submit} aria-label={t('convert.title')}>
        <p className="small muted">{t('convert.hint')}</p>
        <div className="field">
          <label htmlFor="convert-subject">{t('convert.subject')}</label>
          <input id="convert-subject" value={subject} onChange={(e) => setSubject(e.target.value)} placeholder={t('convert.subjectPlaceholder')} maxLength={500} />
        </div>
        <div className="field">
          <label htmlFor="convert-priority">{t('convert.priority')}</label>
          <select id="convert-priority" value={priority} onChange={(e) => setPriority(e.target.value)}>
            <option value="">{t('convert.defaultPriority')}</option>
            {priorities.map((p) => (
              <option key={p} value={p}>
                {t(`common:priority.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary" disabled={convert.isPending}>
          {convert.isPending ? t('convert.converting') : t('convert.submit')}
        </button>
        <FormError error={convert.error} />
      </form>
    </details>
  );
}
