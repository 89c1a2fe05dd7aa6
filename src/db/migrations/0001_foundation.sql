-- Foundation: directory, access, tickets, messages, events, outbox, jobs, audit.
-- Runs unchanged on PostgreSQL 15+ and PGlite (PostgreSQL 18): no PG16+ syntax here.

CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE calendars (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  definition jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE organizations (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  plan text,
  contract_active boolean NOT NULL DEFAULT true,
  entitlements jsonb NOT NULL DEFAULT '{"chat": true, "whatsapp": true, "email": true}',
  language text,
  calendar_id uuid REFERENCES calendars(id),
  settings jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE people (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('customer', 'agent', 'admin')),
  organization_id uuid REFERENCES organizations(id),
  languages text[] NOT NULL DEFAULT '{}',
  phone text,
  password_hash text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX people_organization_idx ON people (organization_id);
CREATE UNIQUE INDEX people_phone_idx ON people (phone) WHERE phone IS NOT NULL;

-- Addresses are stored lower-cased; one address belongs to one person.
CREATE TABLE person_emails (
  email text PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  is_primary boolean NOT NULL DEFAULT false
);
CREATE INDEX person_emails_person_idx ON person_emails (person_id);

CREATE TABLE teams (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  calendar_id uuid REFERENCES calendars(id),
  is_triage boolean NOT NULL DEFAULT false,
  settings jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX teams_one_triage_idx ON teams (is_triage) WHERE is_triage;

CREATE TABLE team_members (
  team_id uuid NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  PRIMARY KEY (team_id, person_id)
);
CREATE INDEX team_members_person_idx ON team_members (person_id);

CREATE TABLE categories (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  parent_id uuid REFERENCES categories(id),
  team_id uuid NOT NULL REFERENCES teams(id),
  asks_environment boolean NOT NULL DEFAULT false,
  intake_fields jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX categories_parent_idx ON categories (parent_id);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  revoked_at timestamptz
);

CREATE TABLE magic_links (
  token_hash text PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

CREATE SEQUENCE ticket_number_seq START 1001;

CREATE TABLE tickets (
  id uuid PRIMARY KEY,
  number bigint NOT NULL UNIQUE DEFAULT nextval('ticket_number_seq'),
  subject text NOT NULL,
  status text NOT NULL CHECK (status IN ('new', 'open', 'pending', 'on_hold', 'resolved', 'closed')),
  priority text NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
  severity smallint CHECK (severity IN (1, 2, 3)),
  availability text CHECK (availability IN ('unavailable', 'partial', 'available')),
  environment text CHECK (environment IN ('production', 'homologation')),
  channel text NOT NULL,
  category_id uuid REFERENCES categories(id),
  team_id uuid REFERENCES teams(id),
  assignee_id uuid REFERENCES people(id),
  requester_id uuid NOT NULL REFERENCES people(id),
  organization_id uuid REFERENCES organizations(id),
  cc text[] NOT NULL DEFAULT '{}',
  level smallint NOT NULL DEFAULT 1 CHECK (level IN (1, 2)),
  eta timestamptz,
  language text,
  intake jsonb NOT NULL DEFAULT '{}',
  merged_into_id uuid REFERENCES tickets(id),
  -- The agent queue sorts on this: the earliest running SLA due, 'infinity' when none runs.
  queue_due_at timestamptz NOT NULL DEFAULT 'infinity',
  sla jsonb NOT NULL DEFAULT '{}',
  first_response_at timestamptz,
  last_customer_message_at timestamptz,
  last_agent_message_at timestamptz,
  status_changed_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  last_activity_at timestamptz NOT NULL
);
-- Keyset pages in queue order: per team and status (the agent queue), and overall (admins).
CREATE INDEX tickets_team_queue_idx ON tickets (team_id, status, queue_due_at, created_at, id);
CREATE INDEX tickets_queue_idx ON tickets (queue_due_at, created_at, id);
CREATE INDEX tickets_requester_idx ON tickets (requester_id, created_at);
CREATE INDEX tickets_assignee_idx ON tickets (assignee_id, status) WHERE assignee_id IS NOT NULL;
CREATE INDEX tickets_cc_idx ON tickets USING gin (cc);
CREATE INDEX tickets_organization_idx ON tickets (organization_id, created_at);

CREATE TABLE messages (
  id uuid PRIMARY KEY,
  ticket_id uuid NOT NULL REFERENCES tickets(id),
  author_id uuid REFERENCES people(id),
  kind text NOT NULL CHECK (kind IN ('public', 'internal', 'system')),
  channel text NOT NULL,
  body text NOT NULL,
  body_html text,
  -- The full original: quoted history, raw source of an email, pre-masking is never kept.
  original jsonb,
  email_message_id text,
  created_at timestamptz NOT NULL
);
CREATE INDEX messages_ticket_idx ON messages (ticket_id, created_at, id);
CREATE INDEX messages_email_message_id_idx ON messages (email_message_id) WHERE email_message_id IS NOT NULL;

CREATE TABLE attachments (
  id uuid PRIMARY KEY,
  ticket_id uuid NOT NULL REFERENCES tickets(id),
  message_id uuid REFERENCES messages(id),
  filename text NOT NULL,
  content_type text NOT NULL,
  size bigint NOT NULL,
  sha256 text NOT NULL,
  storage_key text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX attachments_message_idx ON attachments (message_id);

-- Every change writes one row here in the same transaction; subscribers read it after commit.
CREATE TABLE events (
  id uuid PRIMARY KEY,
  type text NOT NULL,
  ticket_id uuid,
  actor_id uuid,
  data jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL,
  dispatched_at timestamptz
);
CREATE INDEX events_ticket_idx ON events (ticket_id, id) WHERE ticket_id IS NOT NULL;
CREATE INDEX events_undispatched_idx ON events (id) WHERE dispatched_at IS NULL;

-- The notification outbox: one row per recipient and channel, with delivery status (R10).
CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  ticket_id uuid,
  event_id uuid,
  channel text NOT NULL CHECK (channel IN ('email', 'whatsapp', 'in_app')),
  kind text NOT NULL,
  recipient text NOT NULL,
  recipient_id uuid,
  subject text,
  body text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'held')),
  attempts integer NOT NULL DEFAULT 0,
  error text,
  next_attempt_at timestamptz,
  sent_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX notifications_ticket_idx ON notifications (ticket_id, created_at) WHERE ticket_id IS NOT NULL;
CREATE INDEX notifications_due_idx ON notifications (next_attempt_at) WHERE status = 'queued';
CREATE INDEX notifications_recipient_idx ON notifications (recipient, created_at);

-- Durable timers and background work, leased with FOR UPDATE SKIP LOCKED.
CREATE TABLE jobs (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}',
  run_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  dedupe_key text UNIQUE,
  locked_until timestamptz,
  last_error text,
  created_at timestamptz NOT NULL,
  finished_at timestamptz
);
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE status = 'queued';

CREATE TABLE audit_log (
  id uuid PRIMARY KEY,
  actor_id uuid,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text,
  changes jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL
);
CREATE INDEX audit_log_created_idx ON audit_log (created_at, id);

-- Tickets without a category land here until someone routes them (R21).
INSERT INTO teams (id, name, is_triage, created_at, updated_at)
VALUES ('00000000-0000-7000-8000-000000000001', 'Triage', true, now(), now());
