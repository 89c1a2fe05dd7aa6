import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { keys } from '../../shared/api/keys';
import { postMessage } from '../../shared/api/tickets';
import type { Ticket, TicketStatus } from '../../shared/api/types';
import { FilePicker } from '../../shared/ui/FilePicker';
import { FormError } from '../../shared/ui/states';
import { TemplatePicker } from './TemplatePicker';
import { MacroConfirm, MacroPicker } from './MacroPicker';
import type { Macro } from '../../shared/api/macro-types';

type Mode = 'reply' | 'note';
const sendStatuses: TicketStatus[] = ['open', 'pending', 'on_hold', 'resolved'];

/**
 * Reply to the customer or write an internal note; files by drag and drop; optionally set the
 * status with the send (a reply otherwise leaves the ticket pending on the customer, R17); or apply
 * a macro (a prepared reply or note plus field changes) after seeing what it will do.
 */
export function Composer({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('agent');
  const client = useQueryClient();
  const [mode, setMode] = useState<Mode>('reply');
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [status, setStatus] = useState<string>('');
  const [macro, setMacro] = useState<Macro | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const onCompose = (e: Event) => {
      setMode((e as CustomEvent<Mode>).detail);
      textarea.current?.focus();
    };
    window.addEventListener('atende:compose', onCompose);
    return () => window.removeEventListener('atende:compose', onCompose);
  }, []);

  const send = useMutation({
    mutationFn: () => postMessage(ticket.id, { body, internal: mode === 'note', status: status || undefined, files }),
    onSuccess: () => {
      setBody('');
      setFiles([]);
      setStatus('');
      void client.invalidateQueries({ queryKey: keys.ticket(ticket.id) });
      void client.invalidateQueries({ queryKey: keys.allTickets });
    },
  });
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (body.trim() && !send.isPending) send.mutate();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
  };
  if (ticket.status === 'closed') return <p className="card muted">{t('composer.closed')}</p>;
  const note = mode === 'note';
  return (
    <form className={`card composer${note ? ' internal-mode' : ''}`} onSubmit={submit} aria-label={t('composer.label')}>
      <div className="tabs" role="group" aria-label={t('composer.mode')}>
        <button type="button" aria-pressed={!note} onClick={() => setMode('reply')}>
          {t('composer.reply')}
        </button>
        <button type="button" aria-pressed={note} onClick={() => setMode('note')}>
          {t('composer.note')}
        </button>
        <span className="spacer" style={{ flex: 1 }} />
        {!note && <TemplatePicker ticket={ticket} onPick={(text) => setBody((b) => (b ? `${b}\n\n${text}` : text))} />}
        <MacroPicker
          onPick={(picked) => {
            setApplied(null);
            setMacro(picked);
          }}
        />
      </div>
      {macro && (
        <MacroConfirm
          key={macro.id}
          ticket={ticket}
          macro={macro}
          onDone={(done) => {
            if (done) setApplied(macro.name);
            setMacro(null);
          }}
        />
      )}
      {applied && (
        <p className="small" role="status">
          {t('macros.applied', { name: applied })}
        </p>
      )}
      <label htmlFor="composer-body" className="visually-hidden">
        {note ? t('composer.noteLabel') : t('composer.replyLabel')}
      </label>
      <textarea
        id="composer-body"
        ref={textarea}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder={note ? t('composer.notePlaceholder') : t('composer.replyPlaceholder')}
      />
      <div style={{ margin: '0.5rem 0' }}>
        <FilePicker files={files} onChange={setFiles} />
      </div>
      <FormError error={send.error} />
      <div className="row">
        <label htmlFor="send-status" style={{ margin: 0, fontWeight: 400 }}>
          {t('composer.statusOnSend')}
        </label>
        <select id="send-status" value={status} onChange={(e) => setStatus(e.target.value)} style={{ width: 'auto' }}>
          <option value="">{note ? t('composer.keepStatus') : t('composer.defaultStatus')}</option>
          {sendStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`common:status.${s}`)}
            </option>
          ))}
        </select>
        <span style={{ flex: 1 }} />
        <button type="submit" className="primary" disabled={send.isPending || !body.trim()}>
          {send.isPending ? t('common:sending') : note ? t('composer.addNote') : t('composer.sendReply')}
        </button>
      </div>
    </form>
  );
}
