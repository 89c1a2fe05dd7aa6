import type { AppContext } from '../../server/context';
import { requireAdmin, type Actor } from '../auth/actor';

/** The clock's now and whether it may be moved (admin). */
export function getClock(ctx: AppContext, input: { actor: Actor }): { now: Date; manual: boolean } {
  requireAdmin(input.actor);
  return { now: ctx.clock.now(), manual: ctx.clock.manual };
}
