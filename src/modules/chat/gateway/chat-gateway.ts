import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import type { DispatchedEvent, Subscriber } from '../../../events/dispatcher';
import { events } from '../../../db/schema/index';
import { isId } from '../../../server/ids';
import { actorFromApiToken, actorFromSession } from '../../auth/resolve-actor';
import { chatEventTypes } from '../chat.events';
import { chatMessageBody } from '../chat.schemas';
import { getChat, listChatMessages } from '../chat.queries';
import { presentChat, presentChatMessage } from '../chat.presenter';
import { postChatMessage } from '../commands/post-chat-message';
import { markChatRead } from '../commands/mark-chat-read';
import { actorFromWidgetToken, stillValidWidgetTokens } from '../widget-auth';
import { onChatAnnounced } from '../chat-announce';
import { InProcessChatBus, PostgresChatBus, type ChatBus, type ChatBusEvent, type ChatBusMessage } from './chat-bus';
import { ChatHub } from './chat-hub';

/** Events older than this when dispatched are a backlog (a restart), not news for open sockets. */
const STALE_AFTER_MS = 10 * 60_000;
const REFRESH_EVERY_MS = 60_000;

const toBusEvent = (e: { id: string; type: string; actorId: string | null; ticketId: string | null; data: Record<string, unknown> | null; createdAt: Date }): ChatBusEvent => ({
  kind: 'event',
  id: e.id,
  type: e.type,
  actorId: e.actorId,
  ticketId: e.ticketId,
  data: e.data ?? {},
  at: new Date(e.createdAt).toISOString(),
});

/**
 * The live-chat gateway of one desk (docs/chat-protocol.md): the hub of this process's chat sockets,
 * the bus between processes (LISTEN/NOTIFY on PostgreSQL), and the subscriber that publishes every
 * committed chat event to the bus. The general realtime gateway (src/realtime) serves ticket rooms
 * only, so chats have their own socket at /api/v1/chats/socket.
 */
export class ChatGateway {
  readonly hub: ChatHub;
  private readonly bus: ChatBus;
  private started: Promise<void> | null = null;
  private refreshTimer: NodeJS.Timeout | null = null;
  /** This process's tag on the bus. */
  private readonly origin = randomUUID();
  /** Events already sent at commit time, which the dispatcher then need not send again. */
  private readonly announced = new Set<string>();

  constructor(private readonly ctx: AppContext) {
    const pool = ctx.database.kind === 'postgres' ? ctx.database.pool : undefined;
    this.bus = pool ? new PostgresChatBus(pool, ctx.logger) : new InProcessChatBus();
    this.hub = new ChatHub({
      logger: ctx.logger,
      join: async (actor, chatId) => {
        const chat = await getChat(ctx, { actor, id: chatId });
        const messages = await listChatMessages(ctx, { actor, id: chatId });
        return { chat: presentChat(chat), messages: messages.map(presentChatMessage) };
      },
      post: async (actor, chatId, frame) => {
        const data = chatMessageBody.parse({ text: frame.text, choice: frame.choice, internal: frame.internal, clientId: frame.clientId });
        return presentChatMessage((await postChatMessage(ctx, { actor, chatId, data })).message);
      },
      read: async (actor, chatId, messageId) => {
        await markChatRead(ctx, { actor, id: chatId, messageId });
      },
      publishTyping: (typing) => this.share(typing),
      loadEvent: async (id) => {
        if (!isId(id)) return null;
        const [row] = await ctx.db.select().from(events).where(eq(events.id, id));
        return row ? toBusEvent(row) : null;
      },
      validWidgetTokens: (tokens) => stillValidWidgetTokens(ctx, tokens),
      reloadActor: async (client) => {
        const { credential } = client;
        if (!credential) return client.actor;
        if (credential.kind === 'widget') return actorFromWidgetToken(ctx, credential.value);
        return credential.kind === 'session' ? actorFromSession(ctx, credential.value) : actorFromApiToken(ctx, credential.value);
      },
    });
  }

  /** Starts listening between processes and subscribes to committed events (idempotent). */
  start(): Promise<void> {
    // Messages this process sent were delivered here already; the bus brings the others' only.
    this.started ??= this.bus.start((message) => (message.origin === this.origin ? Promise.resolve() : this.hub.deliver(message))).then(() => {
      this.ctx.events.subscribe(this.subscriber());
      onChatAnnounced(this.ctx, (event) => {
        this.announced.add(event.id);
        if (this.announced.size > 10_000) this.announced.delete(this.announced.values().next().value as string);
        this.share(toBusEvent(event)).catch((err) => this.ctx.logger.error({ err }, 'chat: announcing an event failed'));
      });
      this.refreshTimer = setInterval(() => void this.hub.refreshAll(), REFRESH_EVERY_MS);
      this.refreshTimer.unref();
    });
    return this.started;
  }

  private subscriber(): Subscriber {
    return {
      name: 'chat-sockets',
      types: [...chatEventTypes],
      handle: async (event: DispatchedEvent) => {
        if (this.ctx.clock.now().getTime() - event.createdAt.getTime() > STALE_AFTER_MS) return;
        if (this.announced.has(event.id)) return; // sent at commit (chat-announce.ts)
        await this.share(toBusEvent(event));
      },
    };
  }

  /**
   * Delivers to this process's sockets at once, then queues the NOTIFY for the other processes (the
   * bus sends them in order, batched, without making the dispatcher or a command wait a round trip).
   */
  private async share(message: ChatBusMessage): Promise<void> {
    await this.hub.deliver(message);
    await this.bus.publish({ ...message, origin: this.origin });
  }

  async close(): Promise<void> {
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    for (const client of this.hub.clients) client.socket.close(1001, 'server stopping');
    await this.bus.close();
  }
}

const gateways = new WeakMap<AppContext, ChatGateway>();

/** The desk's one chat gateway; the socket route and the subscriber share it. */
export function chatGatewayOf(ctx: AppContext): ChatGateway {
  let gateway = gateways.get(ctx);
  if (!gateway) {
    gateway = new ChatGateway(ctx);
    gateways.set(ctx, gateway);
  }
  return gateway;
}
