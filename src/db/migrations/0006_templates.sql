-- Message templates: greetings, signatures, acknowledgements and canned replies (R27, R4).
CREATE TABLE templates (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('greeting', 'signature', 'acknowledgement', 'reply')),
  body text NOT NULL,
  subject text,
  language text,
  team_id uuid REFERENCES teams(id) ON DELETE CASCADE,
  channel text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX templates_kind_idx ON templates (kind);
