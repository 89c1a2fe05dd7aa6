import type { AppContext } from '../server/context';
import type { DispatchedEvent, Subscriber } from '../events/dispatcher';
import { actorFromApiToken, actorFromSession } from '../modules/auth/resolve-actor';
import { InProcessBus, PostgresBus, type RealtimeBus } from './realtime-bus';
import { RealtimeHub } from './realtime-hub';
import type { RealtimeEvent } from './realtime-frame';
import { loadTicketAccess } from './ticket-access';

/** Events older than this when dispatched are a backlog (a restart, a long outage), not news. */
const STALE_AFTER_MS = 10 * 60_000;
/** How often connected people are read again (expired sessions close, team changes apply). */
const REFRESH_EVERY_MS = 60_000;

/** The realtime gateway of one desk: its hub of local sockets and the bus between processes. */
export class Realtime {
  readonly hub: RealtimeHub;
  private readonly bus: RealtimeBus;
  private started: Promise<void> | null = null;
  private refreshTimer: NodeJS.Timeout | null = null;

  constructor(private readonly ctx: AppContext) {
    this.hub = new RealtimeHub({
      logger: ctx.logger,
      loadAccess: (ticketId) => loadTicketAccess(ctx.db, ticketId),
      reloadActor: async (client) => {
        const { credential } = client;
        if (!credential) return client.actor;
        return credential.kind === 'session' ? actorFromSession(ctx, credential.value) : actorFromApiToken(ctx, credential.value);
      },
    });
    const pool = ctx.database.kind === 'postgres' ? ctx.database.pool : undefined;
    this.bus = pool ? new PostgresBus(pool, ctx.logger) : new InProcessBus();
  }

  /** Starts listening between processes (idempotent); the HTTP app awaits it before serving. */
  start(): Promise<void> {
    this.started ??= this.bus.start((event) => this.hub.deliver(event)).then(() => {
      this.refreshTimer = setInterval(() => void this.hub.refreshAll(), REFRESH_EVERY_MS);
      this.refreshTimer.unref();
    });
    return this.started;
  }

  /** The event-dispatch side: every committed event is published to the bus. */
  subscriber(): Subscriber {
    return {
      name: 'realtime',
      types: '*',
      handle: async (event: DispatchedEvent) => {
        if (this.ctx.clock.now().getTime() - event.createdAt.getTime() > STALE_AFTER_MS) return;
        // Hubs deliver ticket events only; the others (chat lines, people, inbound mail) need no NOTIFY.
        if (!event.ticketId) return;
        await this.bus.publish(toRealtimeEvent(event));
      },
    };
  }

  async close(): Promise<void> {
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    for (const client of this.hub.clients) client.socket.close(1001, 'server stopping');
    await this.bus.close();
  }
}

const toRealtimeEvent = (event: DispatchedEvent): RealtimeEvent => ({
  id: event.id,
  type: event.type,
  ticketId: event.ticketId,
  actorId: event.actorId,
  data: event.data ?? {},
  at: event.createdAt.toISOString(),
});

const gateways = new WeakMap<AppContext, Realtime>();

/** The desk's one realtime gateway; the subscriber registry and the WebSocket route share it. */
export function realtimeOf(ctx: AppContext): Realtime {
  let realtime = gateways.get(ctx);
  if (!realtime) {
    realtime = new Realtime(ctx);
    gateways.set(ctx, realtime);
  }
  return realtime;
}
