import type pg from 'pg';
import type { Logger } from 'pino';

const MAX_PER_STATEMENT = 200;

/**
 * Sends NOTIFYs on one channel in the order they were asked for, several per round trip: while one
 * statement is on its way, the next payloads gather and leave together. Each round trip is a socket
 * write that wakes a PostgreSQL backend, which on a small virtual machine costs more than the NOTIFY
 * itself (measured: the largest item of a busy desk's CPU profile). Callers do not wait: a listener
 * that misses a message refetches on reconnect, so a failed send is logged, not retried.
 */
export class NotifyBatcher {
  private pending: string[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly channel: string,
    private readonly logger: Logger,
  ) {}

  send(payload: string): void {
    this.pending.push(payload);
    this.flushing ??= this.flush();
  }

  /** Resolves when everything asked for so far has been sent. */
  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    while (this.pending.length) {
      const batch = this.pending.splice(0, MAX_PER_STATEMENT);
      try {
        await this.pool.query(
          'SELECT pg_notify($1, p) FROM unnest($2::text[]) WITH ORDINALITY AS x(p, n) ORDER BY n',
          [this.channel, batch],
        );
      } catch (err) {
        this.logger.warn({ err, channel: this.channel, count: batch.length }, 'NOTIFY failed; listeners refetch on reconnect');
      }
    }
    this.flushing = null;
  }
}
