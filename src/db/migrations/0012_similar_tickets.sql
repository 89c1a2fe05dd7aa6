-- Likely duplicates (R44) and the count of similar open tickets (R7): tickets whose subject looks
-- like another's anywhere in the desk are found through this trigram index (the `%` operator of
-- pg_trgm, enabled in 0005). The same requester's and organization's tickets already come from
-- tickets_requester_idx and tickets_organization_idx.
CREATE INDEX tickets_subject_trgm_idx ON tickets USING gin (subject gin_trgm_ops);
