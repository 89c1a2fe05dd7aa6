/** The one source of "now" for domain code, so tests and demos can move time instead of sleeping. */
export interface Clock {
  now(): Date;
  readonly manual: boolean;
}

export class SystemClock implements Clock {
  readonly manual = false;
  now(): Date {
    return new Date();
  }
}

/** A frozen clock that moves only when told (ATENDE_CLOCK=manual, POST /api/v1/admin/clock). */
export class ManualClock implements Clock {
  readonly manual = true;
  private current: number;

  constructor(start: Date) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date): void {
    this.current = at.getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
