import type { AppContext } from '../server/context';
import { realtimeOf } from '../realtime/realtime';
import { runAutomationRules } from '../modules/automations/commands/run-automation-rules';
import { ruleEvents } from '../modules/automations/automation-rule.schemas';

/**
 * The one list of side effects that react to committed events. Realtime pushes, webhooks and channel
 * delivery register here as they are built.
 */
export function registerSubscribers(ctx: AppContext): void {
  ctx.events.subscribe({
    name: 'automation-rules',
    types: [...ruleEvents],
    handle: (event) => runAutomationRules(ctx, event),
  });
  // Pushes committed events to the WebSocket clients allowed to see them (src/realtime).
  ctx.events.subscribe(realtimeOf(ctx).subscriber());
}
