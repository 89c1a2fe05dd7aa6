import { useTranslation } from 'react-i18next';
import { useChatLive } from './ChatLiveProvider';

/** "Live" while the chat socket is connected, "Reconnecting…" otherwise (same look as the ticket socket's). */
export function ChatLiveIndicator() {
  const { t } = useTranslation('chat');
  const { status } = useChatLive();
  return (
    <span className="live" data-status={status} data-testid="chat-live" role="status" aria-live="polite">
      {status === 'open' ? t('live.open') : t('live.connecting')}
    </span>
  );
}
