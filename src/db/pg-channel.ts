import pg from 'pg';
import type { Logger } from 'pino';
import { NotifyBatcher } from './notify-batcher';

/**
 * One PostgreSQL NOTIFY channel between the desk's processes: sends through the pool (batched, see
 * NotifyBatcher) and listens on a connection of its own that reconnects with backoff. What is sent
 * while the listener is down is missed; every user of a channel covers that by refetching when its
 * clients reconnect.
 */
export class PgChannel {
  private listener: pg.Client | null = null;
  private onPayload: ((payload: string) => void) | null = null;
  private closed = false;
  private retryMs = 500;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly outgoing: NotifyBatcher;

  constructor(
    private readonly pool: pg.Pool,
    private readonly channel: string,
    private readonly logger: Logger,
  ) {
    this.outgoing = new NotifyBatcher(pool, channel, logger);
  }

  /** Starts listening; resolves once the first LISTEN succeeded or failed (then it keeps retrying). */
  async listen(onPayload: (payload: string) => void): Promise<void> {
    this.onPayload = onPayload;
    await this.connect();
  }

  send(payload: string): void {
    if (!this.closed) this.outgoing.send(payload);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.outgoing.idle();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.pool.options);
    client.on('notification', (note) => {
      if (note.channel === this.channel && note.payload) this.onPayload?.(note.payload);
    });
    client.on('error', (err) => {
      this.logger.warn({ err, channel: this.channel }, 'the LISTEN connection failed; reconnecting');
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      this.listener = client;
      this.retryMs = 500;
    } catch (err) {
      this.logger.warn({ err, channel: this.channel }, 'could not LISTEN; retrying');
      this.reconnect(client);
    }
  }

  private reconnect(failed: pg.Client): void {
    if (this.closed || (this.listener && this.listener !== failed) || this.retryTimer) return;
    this.listener = null;
    failed.end().catch(() => {});
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, 15_000);
  }
}
