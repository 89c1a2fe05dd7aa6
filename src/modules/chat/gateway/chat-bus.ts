import type pg from 'pg';
import { PgChannel } from '../../../db/pg-channel';
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
  private readonly channel: PgChannel;

  constructor(
    pool: pg.Pool,
    private readonly logger: Logger,
  ) {
    this.channel = new PgChannel(pool, CHAT_NOTIFY_CHANNEL, logger);
  }

  async start(onMessage: (message: ChatBusMessage) => Promise<void>): Promise<void> {
    await this.channel.listen((payload) => {
      let message: ChatBusMessage;
      try {
        message = JSON.parse(payload);
      } catch {
        return;
      }
      onMessage(message).catch((err) => this.logger.error({ err }, 'chat: delivering a bus message failed'));
    });
  }

  async publish(message: ChatBusMessage): Promise<void> {
    let payload = JSON.stringify(message);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES && message.kind === 'event') payload = JSON.stringify({ ...message, data: null });
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) return;
    this.channel.send(payload);
  }

  async close(): Promise<void> {
    await this.channel.close();
  }
}
