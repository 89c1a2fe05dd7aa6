import { eq } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import { chatFlows } from '../../db/schema/index';
import { iso } from '../../contracts/common';
import { requireStaff, type Actor } from '../auth/actor';
import { defaultChatFlow } from './bot/default-flow';
import { assertFlowKey } from './commands/save-chat-flow';

/** The flow stored under a key; where none is, the built-in default (`isDefault`), for staff. */
export async function getChatFlow(ctx: AppContext, input: { actor: Actor; key: string }) {
  requireStaff(input.actor);
  await assertFlowKey(ctx, input.key);
  const [row] = await ctx.db.select().from(chatFlows).where(eq(chatFlows.key, input.key));
  if (row) return { key: row.key, isDefault: false, flow: row.flow, updatedAt: iso(row.updatedAt) };
  return { key: input.key, isDefault: true, flow: defaultChatFlow as unknown as Record<string, unknown>, updatedAt: null };
}
