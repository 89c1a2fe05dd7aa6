import type { Chat } from '../../shared/api/chat-types';
import type { Me } from '../../shared/api/types';

/**
 * Whether the signed-in person may accept, answer, transfer, close or convert a chat: the desk's
 * rule (src/modules/chat/chat.policy.ts canHandleChat) mirrored, so the console offers only what
 * will succeed. Another team's chat an agent once joined stays readable, not actionable.
 */
export function canHandleChat(me: Me, chat: Pick<Chat, 'teamId' | 'assigneeId'>): boolean {
  if (me.role === 'admin') return true;
  if (me.role !== 'agent') return false;
  return chat.teamId === null || me.teamIds.includes(chat.teamId) || chat.assigneeId === me.id;
}
