-- Live chat (R1, R4, R5, R8, R13-R15, R19, R29, R35, R40, R41): chats with their intake-bot state,
-- transcripts, per-category bot flows and the widget's sign-in tokens and codes.
-- Runs unchanged on PostgreSQL 15+ and PGlite (PostgreSQL 18).

CREATE TABLE chats (
  id uuid PRIMARY KEY,
  -- The short id the widget shows (R35): 6 characters of an alphabet without 0/O, 1/I/L.
  public_id text NOT NULL UNIQUE,
  status text NOT NULL CHECK (status IN ('bot', 'waiting', 'active', 'closed')),
  customer_id uuid NOT NULL REFERENCES people(id),
  organization_id uuid REFERENCES organizations(id),
  team_id uuid REFERENCES teams(id),
  -- The agent handling the chat now; agent_ids keeps everyone who joined (transcript readers).
  assignee_id uuid REFERENCES people(id),
  agent_ids uuid[] NOT NULL DEFAULT '{}',
  language text,
  category_id uuid REFERENCES categories(id),
  -- Intake-bot state (step, answers, pending effect), so a customer resumes where they left (R5).
  bot jsonb NOT NULL DEFAULT '{}',
  ticket_id uuid REFERENCES tickets(id),
  close_reason text,
  created_at timestamptz NOT NULL,
  -- Arrival in the queue: the waiting list's order and a chat's queue position.
  queued_at timestamptz,
  accepted_at timestamptz,
  closed_at timestamptz,
  last_message_at timestamptz NOT NULL,
  last_customer_activity_at timestamptz NOT NULL,
  -- Set by an agent or bot message, cleared by the customer's: the start of R40's 48 hours.
  awaiting_customer_since timestamptz,
  customer_read_id uuid,
  agent_read_id uuid,
  updated_at timestamptz NOT NULL
);
-- One unfinished chat per customer: starting again returns it (R5), even when two tabs race.
CREATE UNIQUE INDEX chats_one_open_per_customer ON chats (customer_id) WHERE status <> 'closed';
-- The waiting queue in arrival order, per team (GET /chats?status=waiting, queue positions).
CREATE INDEX chats_queue_idx ON chats (team_id, queued_at, id) WHERE status = 'waiting';
CREATE INDEX chats_status_idx ON chats (status, last_message_at DESC, id);
CREATE INDEX chats_customer_idx ON chats (customer_id, created_at DESC);

CREATE TABLE chat_messages (
  id uuid PRIMARY KEY,
  chat_id uuid NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
  author_id uuid,
  kind text NOT NULL CHECK (kind IN ('customer', 'agent', 'bot', 'system', 'note')),
  -- Masked before storage (R45).
  text text NOT NULL,
  -- Bot prompts: the options offered, suggested articles, the step they belong to.
  data jsonb NOT NULL DEFAULT '{}',
  -- The sender's own id for the message: a resend after a lost acknowledgement is not stored twice.
  client_id text,
  created_at timestamptz NOT NULL
);
CREATE INDEX chat_messages_chat_idx ON chat_messages (chat_id, id);
CREATE UNIQUE INDEX chat_messages_client_idx ON chat_messages (chat_id, client_id) WHERE client_id IS NOT NULL;

-- An intake flow per category ('default' for the rest), edited by admins (R13-R15, R41).
CREATE TABLE chat_flows (
  key text PRIMARY KEY,
  flow jsonb NOT NULL,
  updated_at timestamptz NOT NULL
);

-- Widget sign-ins: only the SHA-256 of the token is kept; a token opens the chat API only.
CREATE TABLE chat_widget_tokens (
  token_hash text PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX chat_widget_tokens_person_idx ON chat_widget_tokens (person_id);

-- One-time codes emailed to a customer who types their address into the widget.
CREATE TABLE chat_widget_codes (
  email text PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
