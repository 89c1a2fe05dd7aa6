import pg from 'pg';
import type { Logger } from 'pino';
import type { RealtimeEvent } from './realtime-frame';
import { NotifyBatcher } from '../db/notify-batcher';

/**
 * Carries committed events to the hubs that hold sockets. To add a transport, implement these three
 * methods; `createRealtime` picks one by database kind.
 */
export interface RealtimeBus {
  /** Starts receiving; `onEvent` is called for every event published by any process. */
  start(onEvent: (event: RealtimeEvent) => Promise<void>): Promise<void>;
  publish(event: RealtimeEvent): Promise<void>;
  close(): Promise<void>;
}

/** PGlite is one process: the event goes straight to this process's hub. */
export class InProcessBus implements RealtimeBus {
  private onEvent: ((event: RealtimeEvent) => Promise<void>) | null = null;

  async start(onEvent: (event: RealtimeEvent) => Promise<void>): Promise<void> {
    this.onEvent = onEvent;
  }

  async publish(event: RealtimeEvent): Promise<void> {
    await this.onEvent?.(event);
  }

  async close(): Promise<void> {
    this.onEvent = null;
  }
}

export const NOTIFY_CHANNEL = 'atende_realtime';
// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; larger events travel without data.
const MAX_PAYLOAD_BYTES = 7500;

/** Serialises an event for NOTIFY, dropping its data when it would not fit. */
export function notifyPayload(event: RealtimeEvent): string {
  const full = JSON.stringify(event);
  if (Buffer.byteLength(full) <= MAX_PAYLOAD_BYTES) return full;
  return JSON.stringify({ ...event, data: { truncated: true } });
}

/**
 * Several processes on one PostgreSQL: each publishes with NOTIFY on the pool (batched) and LISTENs on a
 * connection of its own, so a socket on any node hears events committed by any node. The listening
 * connection reconnects with backoff; events published while it is down are missed, which clients
 * cover by refetching when their socket reconnects.
 */
export class PostgresBus implements RealtimeBus {
  private listener: pg.Client | null = null;
  private onEvent: ((event: RealtimeEvent) => Promise<void>) | null = null;
  private closed = false;
  private retryMs = 500;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly notifications: NotifyBatcher;

  constructor(
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
  ) {
    this.notifications = new NotifyBatcher(pool, NOTIFY_CHANNEL, logger);
  }

  async start(onEvent: (event: RealtimeEvent) => Promise<void>): Promise<void> {
    this.onEvent = onEvent;
    await this.listen();
  }

  async publish(event: RealtimeEvent): Promise<void> {
    if (this.closed) return;
    this.notifications.send(notifyPayload(event));
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
    client.on('notification', (message) => {
      if (message.channel !== NOTIFY_CHANNEL || !message.payload) return;
      let event: RealtimeEvent;
      try {
        event = JSON.parse(message.payload);
      } catch {
        return;
      }
      this.onEvent?.(event).catch((err) => this.logger.error({ err }, 'realtime: delivering an event failed'));
    });
    client.on('error', (err) => {
      this.logger.warn({ err }, 'realtime: the LISTEN connection failed; reconnecting');
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
      this.listener = client;
      this.retryMs = 500;
    } catch (err) {
      this.logger.warn({ err }, 'realtime: could not LISTEN; retrying');
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
