-- Likely duplicates (R44) and the count of similar open tickets (R7): unfinished tickets whose
-- subject looks like another's anywhere in the desk are found through this trigram index (the `%`
-- operator of pg_trgm, enabled in 0005). Partial, like tickets_requester_open_idx: a duplicate to
-- merge is a case still being worked, and the unfinished tickets are a small share of a desk's
-- history, so a common subject ("Invoice error") does not scan years of closed tickets. The same
-- requester's and organization's tickets, finished ones included, come from tickets_requester_idx
-- and tickets_organization_idx.
CREATE INDEX tickets_open_subject_trgm_idx ON tickets USING gin (subject gin_trgm_ops)
  WHERE status NOT IN ('resolved', 'closed');
