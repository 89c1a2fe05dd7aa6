import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { keys } from '../shared/api/keys';
import { postMessage } from '../shared/api/tickets';
import type { Ticket } from '../shared/api/types';
import { FilePicker } from '../shared/ui/FilePicker';
import { FormError } from '../shared/ui/states';

/**
 * Adds a message or images to a ticket (R6). On a closed ticket the server opens a follow-up
 * ticket instead; the page then moves to it.
 */
export function ReplyForm({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('portal');
  const client = useQueryClient();
  const navigate = useNavigate();
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const send = useMutation({
    mutationFn: () => postMessage(ticket.id, { body, files }),
    onSuccess: (message) => {
      setBody('');
      setFiles([]);
      void client.invalidateQueries({ queryKey: keys.ticket(ticket.id) });
      void client.invalidateQueries({ queryKey: keys.allTickets });
      if (message.ticketId !== ticket.id) navigate(`/tickets/${message.ticketId}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (body.trim()) send.mutate();
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="reply-title">
      <h2 id="reply-title">{t('reply.title')}</h2>
      {ticket.status === 'closed' && <p className="muted">{t('reply.closedNote')}</p>}
      <div className="field">
        <label htmlFor="reply-body">{t('reply.message')}</label>
        <textarea id="reply-body" required value={body} onChange={(e) => setBody(e.target.value)} />
      </div>
      <div className="field">
        <FilePicker files={files} onChange={setFiles} accept="image/*" label={t('reply.images')} />
      </div>
      <FormError error={send.error} />
      <button className="primary" type="submit" disabled={send.isPending || !body.trim()}>
        {send.isPending ? t('common:sending') : t('reply.send')}
      </button>
    </form>
  );
}
