import { and, eq, gt, inArray } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import { chatWidgetTokens, people } from '../../db/schema/index';
import { hashSecret } from '../../server/ids';
import { loadActor } from '../auth/resolve-actor';
import type { Actor } from '../auth/actor';

/** Widget tokens start with this, so a socket's `?token=` tells them from API tokens (atd_). */
export const WIDGET_TOKEN_PREFIX = 'atw_';
/** The header that carries a widget token on chat API calls (Authorization belongs to API tokens). */
export const WIDGET_TOKEN_HEADER = 'x-atende-widget-token';

/** The customer behind a widget token, or null when unknown, expired or deactivated. */
export async function actorFromWidgetToken(ctx: AppContext, token: string): Promise<Actor | null> {
  if (!token.startsWith(WIDGET_TOKEN_PREFIX) || token.length > 200) return null;
  const [row] = await ctx.db
    .select({ personId: chatWidgetTokens.personId })
    .from(chatWidgetTokens)
    .where(and(eq(chatWidgetTokens.tokenHash, hashSecret(token)), gt(chatWidgetTokens.expiresAt, ctx.clock.now())));
  return row ? loadActor(ctx, row.personId) : null;
}

/**
 * Which of these widget tokens still hold (not expired, person active), in one query: the gateway
 * checks a thousand connected widgets every minute without a thousand round trips.
 */
export async function stillValidWidgetTokens(ctx: AppContext, tokens: string[]): Promise<Set<string>> {
  if (tokens.length === 0) return new Set();
  const byHash = new Map(tokens.map((t) => [hashSecret(t), t]));
  const valid = await ctx.db
    .select({ tokenHash: chatWidgetTokens.tokenHash })
    .from(chatWidgetTokens)
    .innerJoin(people, eq(people.id, chatWidgetTokens.personId))
    .where(and(inArray(chatWidgetTokens.tokenHash, [...byHash.keys()]), gt(chatWidgetTokens.expiresAt, ctx.clock.now()), eq(people.active, true)));
  return new Set(valid.map((v) => byHash.get(v.tokenHash)!));
}
