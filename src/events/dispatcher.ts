import { and, asc, inArray, isNull } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../db/connection';
import { events } from '../db/schema/index';
import type { Clock } from '../server/clock';

const BATCH = 200;

export interface DispatchedEvent {
  id: string;
  type: string;
  ticketId: string | null;
  actorId: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

/** A side effect that reacts to committed events (realtime push, webhooks, channel delivery). */
export interface Subscriber {
  name: string;
  /** Event types handled; '*' for all. */
  types: string[] | '*';
  handle(event: DispatchedEvent): Promise<void>;
}

/**
 * Reads events committed but not yet dispatched and hands them to subscribers. Commands call
 * `kick()` after commit; a crash between commit and dispatch leaves rows that the next drain sends.
 */
export class EventDispatcher {
  private subscribers: Subscriber[] = [];
  private draining: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  subscribe(subscriber: Subscriber): void {
    this.subscribers.push(subscriber);
  }

  /** Schedules a drain soon; cheap to call after every command. */
  kick(): void {
    if (this.subscribers.length === 0) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Dispatches every pending event and resolves when done (tests and the manual clock wait on it). */
  async drain(): Promise<void> {
    if (this.subscribers.length === 0) return;
    for (;;) {
      const batch = await this.db
        .select()
        .from(events)
        .where(isNull(events.dispatchedAt))
        .orderBy(asc(events.id))
        .limit(BATCH);
      if (batch.length === 0) return;
      for (const event of batch) {
        for (const s of this.subscribers) {
          if (s.types !== '*' && !s.types.includes(event.type)) continue;
          try {
            await s.handle(event);
          } catch (err) {
            this.logger.error({ err, subscriber: s.name, eventId: event.id }, 'event subscriber failed');
          }
        }
      }
      await this.db
        .update(events)
        .set({ dispatchedAt: this.clock.now() })
        .where(and(inArray(events.id, batch.map((e) => e.id)), isNull(events.dispatchedAt)));
      // A short batch was everything committed before this read; anything later kicked again
      // (`again`), so a last read that finds nothing would be a wasted round trip.
      if (batch.length < BATCH) return;
    }
  }

  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }
}
