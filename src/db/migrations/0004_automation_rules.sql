-- Automation rules: when an event happens and the conditions hold, the actions run (issue 3).
CREATE TABLE automation_rules (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  event text NOT NULL,
  conditions jsonb NOT NULL DEFAULT '[]',
  actions jsonb NOT NULL DEFAULT '[]',
  position integer NOT NULL DEFAULT 0,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX automation_rules_event_idx ON automation_rules (event, position) WHERE active;
