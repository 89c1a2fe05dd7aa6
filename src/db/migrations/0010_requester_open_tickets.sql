-- The requester's latest unfinished ticket (R23 sequencing), read on every create: a partial index
-- in exactly that order, so the answer is the first entry whatever the requester's history holds.
CREATE INDEX tickets_requester_open_idx ON tickets (requester_id, created_at DESC, id DESC)
  WHERE status NOT IN ('resolved', 'closed');
