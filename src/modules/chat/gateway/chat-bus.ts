import pg from 'pg';
import { NotifyBatcher } from '../../../db/notify-batcher';
import type { Logger } from 'pino';
import type { ChatAccess } from '../chat.policy';

/** A committed chat event, as the bus carries it between processes (JSON-safe). */
export interface ChatBusEvent {
  kind: 'event';
  id: string;
  type: string;
  actorId: string | null;
  ticketId: string | null;
  /** Null when the event was too large for NOTIFY; the receiver reads it from the events table. */
  data: Record<string, unknown> | null;
  at: string;
}

/** Someone typing: ephemeral, never stored, so it travels on the bus only. */
export interface ChatBusTyping {
  kind: 'typing';
  chat: ChatAccess;
  by: 'customer' | 'agent';
  personId: string;
  name: string;
  typing: boolean;
}

/** A bus message, tagged with the process that sent it (which already delivered it locally). */
export type ChatBusMessage = (ChatBusEvent | ChatBusTyping) & { origin?: string };

/**
 * Carries chat events and typing between the processes that hold chat sockets. To add a transport,
 * implement these three methods; `createChatBus` picks one by database kind.
 */
export interface ChatBus {
  start(onMessage: (message: ChatBusMessage) => Promise<void>): Promise<void>;
  publish(message: ChatBusMessage): Promise<void>;
  close(): Promise<void>;
}

/** PGlite is one process: the gateway already delivered locally, so there is no one else to tell. */
export class InProcessChatBus implements ChatBus {
  async start(): Promise<void> {}
  async publish(): Promise<void> {}
  async close(): Promise<void> {}
}

export const CHAT_NOTIFY_CHANNEL = 'atende_chat';
// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; a long message travels without data.
const MAX_PAYLOAD_BYTES = 7500;

/**
 * Several processes on one PostgreSQL (DESIGN.md): each publishes with NOTIFY and LISTENs on a
 * connection of its own, so a customer's socket on one node and the agent's on another hear the
 * same chat. The listener reconnects with backoff; what is published while it is down is missed,
 * which clients cover by re-joining (and so refetching) when their socket reconnects.
 */
export class PostgresChatBus implements ChatBus {
  private listener: pg.Client | null = null;
  private onMessage: ((message: ChatBusMessage) => Promise<void>) | null = null;
  private closed = false;
  private retryMs = 500;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly notifications: NotifyBatcher;

  constructor(
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
  ) {
    this.notifications = new NotifyBatcher(pool, CHAT_NOTIFY_CHANNEL, logger);
  }

  async start(onMessage: (message: ChatBusMessage) => Promise<void>): Promise<void> {
    this.onMessage = onMessage;
    await this.listen();
  }

  async publish(message: ChatBusMessage): Promise<void> {
    if (this.closed) return;
    let payload = JSON.stringify(message);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES && message.kind === 'event') payload = JSON.stringify({ ...message, data: null });
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) return;
    this.notifications.send(payload);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.notifications.idle();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => {});
  }

  private async listen(): Promise<void> {
    const client = new pg.Client(this.pool.options);
    client.on('notification', (note) => {
      if (note.channel !== CHAT_NOTIFY_CHANNEL || !note.payload) return;
      let message: ChatBusMessage;
      try {
        message = JSON.parse(note.payload);
      } catch {
        return;
      }
      this.onMessage?.(message).catch((err) => this.logger.error({ err }, 'chat: delivering a bus message failed'));
    });
    client.on('error', (err) => {
      this.logger.warn({ err }, 'chat: the LISTEN connection failed; reconnecting');
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHAT_NOTIFY_CHANNEL}`);
      this.listener = client;
      this.retryMs = 500;
    } catch (err) {
      this.logger.warn({ err }, 'chat: could not LISTEN; retrying');
      this.reconnect(client);
    }
  }

  private reconnect(failed: pg.Client): void {
    if (this.closed || (this.listener && this.listener !== failed) || this.retryTimer) return;
    this.listener = null;
    failed.end().catch(() => {});
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.listen();
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, 15_000);
  }
}
