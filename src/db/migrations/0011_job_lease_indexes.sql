-- Leasing a job reads two small sets, each from its own index in the order it is taken: queued jobs
-- that are due (oldest first), and running jobs whose lease expired (a worker died). Before, one
-- query with an OR of both scanned the whole table, done jobs included, on every lease.
DROP INDEX IF EXISTS jobs_due_idx;
CREATE INDEX jobs_due_idx ON jobs (run_at, id) WHERE status = 'queued';
CREATE INDEX jobs_expired_lease_idx ON jobs (locked_until) WHERE status = 'running';
