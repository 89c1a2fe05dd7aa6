-- Macros (issue 5): named, shared sets of actions an agent applies to a ticket in one click — an
-- optional reply or internal note (with template variables) and optional field changes.
CREATE TABLE macros (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  description text,
  -- The reply or note text; NULL when the macro only changes fields.
  body text,
  internal boolean NOT NULL DEFAULT false,
  -- {status?, priority?, severity?, teamId?, assigneeId? ('me' = whoever applies it), level?}
  changes jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (body IS NOT NULL OR changes <> '{}'::jsonb)
);
-- Agents pick macros by name, so two macros may not share one (case aside).
CREATE UNIQUE INDEX macros_name_idx ON macros (lower(name));
