import type { AppContext } from '../../server/context';
import { circumstancesOf, loadTeamHours } from './chat-hours';
import { presentChat } from './chat.presenter';
import type { ChatRecord } from './chat.queries';
import type { ChatView } from './chat.schemas';

/** Chats as the API shows them now: each with whether its team is outside business hours (R8). */
export async function chatViews(ctx: AppContext, chats: ChatRecord[]): Promise<ChatView[]> {
  if (chats.length === 0) return [];
  const hours = await loadTeamHours(ctx.db);
  const now = ctx.clock.now();
  return chats.map((chat) => presentChat(chat, circumstancesOf(chat, hours, now)));
}
