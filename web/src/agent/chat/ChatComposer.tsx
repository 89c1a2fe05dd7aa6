import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Chat } from '../../shared/api/chat-types';
import { useChatLive } from './ChatLiveProvider';

type Mode = 'message' | 'note';
/** The widget shows "typing" for 6 s after each signal; repeating it every 3 s keeps it on while the agent writes. */
const TYPING_REPEAT_MS = 3000;

/**
 * Writes to the customer, or an internal note only agents see. Enter sends and Shift+Enter starts
 * a new line, as in every chat; while the agent writes, the customer sees "typing…". "Attach a
 * file" sends a file to the customer at once (a screenshot, a guide).
 */
export function ChatComposer({ chat, onSend, onAttach }: { chat: Chat; onSend: (text: string, internal: boolean) => void; onAttach: (file: File) => void }) {
  const { t } = useTranslation('chat');
  const { socket } = useChatLive();
  const [mode, setMode] = useState<Mode>('message');
  const [text, setText] = useState('');
  const lastTyping = useRef(0);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const note = mode === 'note';

  const stopTyping = () => {
    if (lastTyping.current === 0) return;
    lastTyping.current = 0;
    socket?.typing(chat.id, false);
  };
  // Leaving the chat (another tab, another page) ends the agent's "typing…" on the customer's side.
  const stopOnLeave = useRef(stopTyping);
  stopOnLeave.current = stopTyping;
  useEffect(() => () => stopOnLeave.current(), []);

  const change = (value: string) => {
    setText(value);
    if (note || !value.trim()) return stopTyping();
    if (Date.now() - lastTyping.current < TYPING_REPEAT_MS) return;
    lastTyping.current = Date.now();
    socket?.typing(chat.id, true);
  };
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const line = text.trim();
    if (!line) return;
    onSend(line, note);
    setText('');
    stopTyping();
    textarea.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  if (chat.status === 'closed') return <p className="card muted">{t('composer.closed')}</p>;
  return (
    <form className={`card composer chat-composer${note ? ' internal-mode' : ''}`} onSubmit={submit} aria-label={t('composer.label')}>
      <div className="tabs" role="group" aria-label={t('composer.mode')}>
        <button type="button" aria-pressed={!note} onClick={() => setMode('message')}>
          {t('composer.message')}
        </button>
        <button type="button" aria-pressed={note} onClick={() => setMode('note')}>
          {t('composer.note')}
        </button>
      </div>
      {chat.status !== 'active' && <p className="small muted">{t('composer.joinsOnSend')}</p>}
      <label htmlFor="chat-composer-text" className="visually-hidden">
        {note ? t('composer.noteLabel') : t('composer.messageLabel')}
      </label>
      <textarea
        id="chat-composer-text"
        ref={textarea}
        rows={3}
        value={text}
        onChange={(e) => change(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={stopTyping}
        placeholder={note ? t('composer.notePlaceholder') : t('composer.placeholder')}
      />
      <div className="row" style={{ marginTop: '0.5rem' }}>
        <span className="small muted" style={{ flex: 1 }}>
          {t('composer.keys')}
        </span>
        {/* Files go to the customer: internal notes carry text only. */}
        {!note && (
          <>
            <input
              ref={picker}
              type="file"
              hidden
              aria-label={t('composer.attach')}
              data-testid="chat-attach-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) onAttach(file);
              }}
            />
            <button type="button" onClick={() => picker.current?.click()}>
              {t('composer.attach')}
            </button>
          </>
        )}
        <button type="submit" className="primary" disabled={!text.trim()}>
          {note ? t('composer.addNote') : t('composer.send')}
        </button>
      </div>
    </form>
  );
}
