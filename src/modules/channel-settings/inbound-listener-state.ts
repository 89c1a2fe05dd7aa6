import type { AppContext } from '../../server/context';

// Whether this process's SMTP listener started, and on which port. Kept in memory because it is a
// fact about this process, not the desk: a busy default port (2525) is skipped at start, so the
// configuration alone would claim a listener that is not there.
const listeners = new WeakMap<AppContext, { port: number | null }>();

/** Records the inbound SMTP listener's bound port at start (null when it did not start). */
export function noteInboundListener(ctx: AppContext, port: number | null): void {
  listeners.set(ctx, { port });
}

/** The bound port of this process's listener; undefined when start-up has not reported yet. */
export function inboundListenerOf(ctx: AppContext): { port: number | null } | undefined {
  return listeners.get(ctx);
}
