-- Customer satisfaction (R3, R39): one rating per ticket, from its requester or a copied customer.
CREATE TABLE ticket_feedback (
  ticket_id uuid PRIMARY KEY REFERENCES tickets(id),
  person_id uuid NOT NULL REFERENCES people(id),
  rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment text,
  team_id uuid,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX ticket_feedback_created_idx ON ticket_feedback (created_at);
