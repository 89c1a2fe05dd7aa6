import { useTranslation } from 'react-i18next';
import type { ChatStatus } from '../../shared/api/chat-types';

const tone: Record<ChatStatus, string> = { bot: 'neutral', waiting: 'warning', active: 'ok', closed: 'status-closed' };

/** A chat's state: with the bot, waiting in the queue, talking with an agent, or closed. */
export function ChatStatusBadge({ status }: { status: ChatStatus }) {
  const { t } = useTranslation('chat');
  return <span className={`badge ${tone[status]}`}>{t(`status.${status}`)}</span>;
}
