-- Every chat line touches its chat (activity times). None of those columns is indexed any more and
-- pages keep room (fillfactor), so the update stays HOT: no index is rewritten per line. Lists that
-- are not the waiting queue order chats by start instead of last activity.
ALTER TABLE chats SET (fillfactor = 80);
DROP INDEX IF EXISTS chats_status_idx;
CREATE INDEX chats_status_idx ON chats (status, created_at DESC, id);
