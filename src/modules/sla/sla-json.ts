import { clockNames, type ClockName } from './sla-policy.schemas';
import { emptySla, type CallbackRequest, type SlaState } from './sla-state';
import type { SlaClock } from './sla-clock';

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

/**
 * The stored form of a ticket's SLA (tickets.sla): the API's view at the top level (ISO dues,
 * pausedAt, breaches) plus the clocks' exact state, so the presenter needs no computation.
 */
export function slaToJson(state: SlaState): Record<string, unknown> {
  const due = (name: ClockName) => iso(state.clocks[name]?.dueAt);
  return {
    policyId: state.policyId,
    firstResponseDueAt: due('firstResponse'),
    nextResponseDueAt: due('nextResponse'),
    resolutionDueAt: due('resolution'),
    callbackDueAt: due('callback'),
    // When a target was met, so a client can tell a met due from a running one.
    firstResponseMetAt: iso(state.clocks.firstResponse?.metAt),
    resolutionMetAt: iso(state.clocks.resolution?.metAt),
    callbackMetAt: iso(state.clocks.callback?.metAt),
    pausedAt: iso(state.pausedAt),
    breaches: state.breaches.map((b) => ({ target: b.target, at: iso(b.at) })),
    ...(state.waitingForTicketId ? { waitingForTicketId: state.waitingForTicketId } : {}),
    callback: callbackToJson(state.callback),
    clocks: state.clocks,
    pauses: state.pauses,
  };
}

const callbackToJson = (c: CallbackRequest | null) =>
  c && { requestedAt: iso(c.requestedAt), requestedById: c.requestedById, phone: c.phone, completedAt: iso(c.completedAt), completedById: c.completedById };

function callbackFromJson(json: unknown): CallbackRequest | null {
  if (!json || typeof json !== 'object') return null;
  const c = json as Record<string, string | null>;
  return {
    requestedAt: Date.parse(c.requestedAt!),
    requestedById: c.requestedById!,
    phone: c.phone!,
    completedAt: c.completedAt ? Date.parse(c.completedAt) : null,
    completedById: c.completedById ?? null,
  };
}

/** Reads the stored form back; a ticket stored before SLAs existed reads as no SLA. */
export function slaFromJson(json: Record<string, unknown> | null | undefined): SlaState {
  if (!json || typeof json !== 'object' || !('clocks' in json)) return emptySla();
  const clocks: SlaState['clocks'] = {};
  const stored = (json.clocks ?? {}) as Record<string, SlaClock>;
  for (const name of clockNames) if (stored[name]) clocks[name] = stored[name];
  return {
    policyId: (json.policyId as string | null) ?? null,
    clocks,
    pausedAt: json.pausedAt ? Date.parse(json.pausedAt as string) : null,
    pauses: (json.pauses as Array<[number, number]> | undefined) ?? [],
    breaches: ((json.breaches as Array<{ target: ClockName; at: string }>) ?? []).map((b) => ({ target: b.target, at: Date.parse(b.at) })),
    waitingForTicketId: (json.waitingForTicketId as string | undefined) ?? null,
    callback: callbackFromJson(json.callback),
  };
}

/** What the API shows: the stored view without the clocks' internals and pause history. */
export function presentSla(json: Record<string, unknown> | null | undefined) {
  const { clocks: _clocks, pauses: _pauses, ...view } = (json ?? {}) as Record<string, unknown>;
  return {
    policyId: null,
    firstResponseDueAt: null,
    nextResponseDueAt: null,
    resolutionDueAt: null,
    callbackDueAt: null,
    firstResponseMetAt: null,
    resolutionMetAt: null,
    callbackMetAt: null,
    pausedAt: null,
    breaches: [],
    callback: null,
    ...view,
  };
}
