import { useEffect, useState } from 'react';

// The desk's clock may differ from the browser's (a skewed laptop, or ATENDE_CLOCK=manual in
// demos and tests), and SLA countdowns must count to the desk's due times. /healthz reports the
// desk's now; the offset from the browser's clock is kept and applied to Date.now().
let offsetMs = 0;

/** Reads the desk's clock once per page load. */
export async function syncServerClock(): Promise<void> {
  try {
    const before = Date.now();
    const res = await fetch('/healthz', { credentials: 'same-origin' });
    const after = Date.now();
    const body = (await res.json()) as { now?: string };
    if (body.now) offsetMs = new Date(body.now).getTime() - (before + after) / 2;
  } catch {
    offsetMs = 0;
  }
}

/** The desk's now, in epoch milliseconds. */
export const serverNow = (): number => Date.now() + offsetMs;

/** Re-renders every `everyMs` with the desk's now (for countdowns). */
export function useServerNow(everyMs = 1000): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
