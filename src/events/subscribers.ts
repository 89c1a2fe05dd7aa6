import type { AppContext } from '../server/context';

/**
 * The one list of side effects that react to committed events. Realtime pushes, webhooks and channel
 * delivery register here as they are built.
 */
export function registerSubscribers(_ctx: AppContext): void {}
