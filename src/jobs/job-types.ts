import type { z } from 'zod';
import type { AppContext } from '../server/context';

/**
 * A kind of background work. To add one: write a definition with a stable name, a zod payload and
 * a handler in `src/jobs/definitions/` or the owning module, then list it in `registry.ts`.
 */
export interface JobDefinition<P extends z.ZodType = z.ZodType> {
  name: string;
  payload: P;
  /** Attempts before the job is marked failed. */
  maxAttempts: number;
  /** Delay before retry n (1-based), in ms. */
  backoffMs(attempt: number): number;
  handle(ctx: AppContext, payload: z.infer<P>, job: { id: string; runAt: Date }): Promise<void>;
}

export const exponentialBackoff = (baseMs: number) => (attempt: number) => baseMs * 2 ** (attempt - 1);
