-- Inbound email (issue 4): every message is stored raw before the SMTP 250 or the IMAP \Seen flag,
-- then processed by a job. Nothing accepted is lost; a message that fails stays here with a reason.
CREATE TABLE inbound_messages (
  id uuid PRIMARY KEY,
  source text NOT NULL CHECK (source IN ('smtp', 'imap', 'api')),
  -- Where it came from, for de-duplication: an IMAP mailbox, UIDVALIDITY and UID.
  source_ref text,
  envelope_from text,
  envelope_to text[] NOT NULL DEFAULT '{}',
  -- Read from the headers at receipt (cheap), so the per-sender rate limit and duplicates work
  -- before the full parse.
  from_address text,
  message_id text,
  subject text,
  -- The raw message. On the embedded database (PGlite) a message over 256 KiB is kept in a file
  -- under DATA_DIR/inbound-mail instead (raw_file), written and synced before the row commits:
  -- PGlite takes seconds per megabyte of bytea, 10 s to 80 s for a 25 MB mail (measured).
  raw bytea,
  raw_file text,
  size integer NOT NULL,
  status text NOT NULL DEFAULT 'received'
    CHECK (status IN ('received', 'processed', 'failed', 'ignored', 'rate_limited')),
  reason text,
  -- No foreign key: the ticket may later be merged or erased, the record of the mail stays.
  ticket_id uuid,
  ticket_message_id uuid,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  received_at timestamptz NOT NULL,
  processed_at timestamptz,
  CHECK (raw IS NOT NULL OR raw_file IS NOT NULL)
);
-- The admin list: newest first, optionally by status.
CREATE INDEX inbound_messages_received_idx ON inbound_messages (received_at, id);
CREATE INDEX inbound_messages_status_idx ON inbound_messages (status, received_at, id);
-- The per-sender rate limit counts one sender's mails in the last hour.
CREATE INDEX inbound_messages_sender_idx ON inbound_messages (from_address, received_at) WHERE from_address IS NOT NULL;
CREATE INDEX inbound_messages_message_id_idx ON inbound_messages (message_id) WHERE message_id IS NOT NULL;
CREATE UNIQUE INDEX inbound_messages_source_ref_idx ON inbound_messages (source_ref) WHERE source_ref IS NOT NULL;

-- A bounce names the Message-ID of the mail that failed; outbound mails keep theirs in
-- notifications.data.messageId (markNotificationBounced looks it up).
CREATE INDEX notifications_message_id_idx ON notifications ((data->>'messageId'));
