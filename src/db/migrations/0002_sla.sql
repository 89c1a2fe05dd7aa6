-- SLA policies: ordered, first match wins (API.md "Calendars and SLA").
CREATE TABLE sla_policies (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  position integer NOT NULL,
  conditions jsonb NOT NULL DEFAULT '{}',
  targets jsonb NOT NULL DEFAULT '{}',
  -- Statuses that pause the clocks, breach warnings and escalation; see sla-policy.schemas.ts.
  options jsonb NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX sla_policies_position_idx ON sla_policies (position, created_at);

-- Tickets waiting for the requester's earlier ticket (R23) are found by the one they wait for.
CREATE INDEX tickets_sla_waiting_idx ON tickets ((sla->>'waitingForTicketId')) WHERE sla ? 'waitingForTicketId';
