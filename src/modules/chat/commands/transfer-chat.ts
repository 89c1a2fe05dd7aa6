import type { AppContext } from '../../../server/context';
import { AppError } from '../../../server/app-error';
import { isStaff, type Actor } from '../../auth/actor';
import { loadActor } from '../../auth/resolve-actor';
import { findTeam } from '../../teams/team.queries';
import { findChat, getChat, type ChatRecord } from '../chat.queries';
import { assertCanHandleChat } from '../chat.policy';
import { joinChatRow, lockChat, updateChat, writeChatMessage } from '../chat-writes';
import { recordChatEvent } from '../chat.events';
import type { TransferChat } from '../chat.schemas';
import { enterQueue } from '../bot/apply-turn';
import { say } from '../bot/bot-texts';
import { loadTeamHours } from '../chat-hours';

/**
 * Hands a chat to another team's queue or straight to an agent (R19, R37). To a team: the chat
 * waits in that team's queue, keeping its place by arrival, and the previous agent lets go. To an
 * agent: they join at once, whatever their team (they then see it as its agent).
 */
export async function transferChat(ctx: AppContext, input: { actor: Actor; id: string; data: TransferChat }): Promise<ChatRecord> {
  const { actor, data } = input;
  const chat = await getChat(ctx, input);
  assertCanHandleChat(actor, chat);
  const team = data.teamId ? await findTeam(ctx.db, data.teamId) : null;
  if (data.teamId && !team) throw new AppError('unprocessable', 'team_not_found', 'The team does not exist.', { teamId: data.teamId });
  const agent = data.agentId ? await loadActor(ctx, data.agentId) : null;
  if (data.agentId && (!agent || !isStaff(agent))) throw new AppError('unprocessable', 'agent_not_found', 'The agent does not exist or is not active.', { agentId: data.agentId });
  const hours = team ? await loadTeamHours(ctx.db) : null;
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await lockChat(tx, chat.id);
    if (!row || row.status === 'closed') throw new AppError('conflict', 'chat_closed', 'This chat is closed.');
    const from = { teamId: row.teamId, assigneeId: row.assigneeId };
    if (agent) {
      await joinChatRow(tx, row, agent, { now, event: 'chats.transferred', data: { from, to: { agentId: agent.id }, byId: actor.id } });
      return;
    }
    const moved = await updateChat(tx, row.id, { teamId: team!.id, assigneeId: null, queuedAt: row.queuedAt ?? now }, now);
    await recordChatEvent(tx, { type: 'chats.transferred', chat: moved, actorId: actor.id, data: { from, to: { teamId: team!.id } }, at: now });
    const line = say('transferredTeam', row.language);
    const told = (await writeChatMessage(tx, moved, { kind: 'system', authorId: null, authorName: null, text: line, data: { event: 'transferred', teamId: team!.id } }, now)).chat;
    await enterQueue(tx, told, { actorId: actor.id, now, offHours: !hours!(team!.id, now), language: row.language });
  });
  ctx.events.kick();
  return (await findChat(ctx.db, chat.id))!;
}
