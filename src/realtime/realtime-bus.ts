import type pg from 'pg';
import type { Logger } from 'pino';
import type { RealtimeEvent } from './realtime-frame';
import { PgChannel } from '../db/pg-channel';

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
 * Several processes on one PostgreSQL: each publishes with NOTIFY and listens on the same channel,
 * so a socket on any node hears events committed by any node (see PgChannel for reconnects and
 * batching; clients cover a missed event by refetching when their socket reconnects).
 */
export class PostgresBus implements RealtimeBus {
  private readonly channel: PgChannel;

  constructor(
    pool: pg.Pool,
    private readonly logger: Logger,
  ) {
    this.channel = new PgChannel(pool, NOTIFY_CHANNEL, logger);
  }

  async start(onEvent: (event: RealtimeEvent) => Promise<void>): Promise<void> {
    await this.channel.listen((payload) => {
      let event: RealtimeEvent;
      try {
        event = JSON.parse(payload);
      } catch {
        return;
      }
      onEvent(event).catch((err) => this.logger.error({ err }, 'realtime: delivering an event failed'));
    });
  }

  async publish(event: RealtimeEvent): Promise<void> {
    this.channel.send(notifyPayload(event));
  }

  async close(): Promise<void> {
    await this.channel.close();
  }
}
