import { sql, type SQL } from 'drizzle-orm';
import { AppError, notFound } from '../../server/app-error';
import { isStaff, type Actor } from '../auth/actor';
import type { ChatStatus } from '../../db/schema/index';

/** The fields that decide who sees a chat; every chat event carries them for the socket gateway. */
export interface ChatAccess {
  chatId: string;
  publicId: string;
  customerId: string;
  teamId: string | null;
  assigneeId: string | null;
  agentIds: string[];
  status: ChatStatus;
}

export const chatAccessOf = (chat: { id: string; publicId: string; customerId: string; teamId: string | null; assigneeId: string | null; agentIds: string[]; status: ChatStatus }): ChatAccess => ({
  chatId: chat.id,
  publicId: chat.publicId,
  customerId: chat.customerId,
  teamId: chat.teamId,
  assigneeId: chat.assigneeId,
  agentIds: chat.agentIds,
  status: chat.status,
});

/**
 * Who sees a chat: an admin every chat; an agent the chats of their teams (a chat with no team is
 * the whole desk's unrouted queue), those assigned to them and those they joined (their transcript);
 * a customer only their own chats — never a colleague's.
 */
export function canSeeChat(actor: Actor, chat: Omit<ChatAccess, 'chatId' | 'publicId' | 'status'>): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'agent') {
    return chat.teamId === null || actor.teamIds.includes(chat.teamId) || chat.assigneeId === actor.id || chat.agentIds.includes(actor.id);
  }
  return chat.customerId === actor.id;
}

/** Who may accept, answer, transfer, close or convert a chat: staff of its team, or its agent. */
export function canHandleChat(actor: Actor, chat: Pick<ChatAccess, 'teamId' | 'assigneeId'>): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'agent') return false;
  return chat.teamId === null || actor.teamIds.includes(chat.teamId) || chat.assigneeId === actor.id;
}

/** Unauthorized reads answer 404, so a chat's existence does not leak. */
export function assertCanSeeChat<T extends Omit<ChatAccess, 'chatId' | 'publicId' | 'status'>>(actor: Actor, chat: T | null | undefined): asserts chat is T {
  if (!chat || !canSeeChat(actor, chat)) throw notFound('chat');
}

/** Staff who can see a chat but not handle it (another team's transcript they once joined) get 403. */
export function assertCanHandleChat(actor: Actor, chat: Pick<ChatAccess, 'teamId' | 'assigneeId'>): void {
  if (!isStaff(actor)) throw new AppError('forbidden', 'staff_only', 'Only agents and administrators may do this.');
  if (!canHandleChat(actor, chat)) throw new AppError('forbidden', 'not_your_chat', 'This chat belongs to another team.');
}

/** The same visibility rule as SQL over `chats`, for lists. */
export function visibleChatsFilter(actor: Actor): SQL {
  if (actor.role === 'admin') return sql`true`;
  if (actor.role === 'agent') {
    const teams = `{${actor.teamIds.join(',')}}`;
    return sql`(chats.team_id IS NULL OR chats.team_id = ANY(${teams}::uuid[]) OR chats.assignee_id = ${actor.id} OR ${actor.id}::uuid = ANY(chats.agent_ids))`;
  }
  return sql`chats.customer_id = ${actor.id}`;
}
