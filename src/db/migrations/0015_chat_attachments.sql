-- Files sent in a live chat (a customer's screenshot, an agent's guide) live in the same table and
-- the same store as ticket attachments: one download route, one retention story. A chat's file
-- belongs to a chat line until the chat is converted; then it also points at the ticket's first
-- message (linked, not copied), so the ticket shows it and the chat's transcript keeps it.
ALTER TABLE attachments ALTER COLUMN ticket_id DROP NOT NULL;
ALTER TABLE attachments ADD COLUMN chat_message_id uuid REFERENCES chat_messages(id);
ALTER TABLE attachments ADD CONSTRAINT attachments_owner_check CHECK (ticket_id IS NOT NULL OR chat_message_id IS NOT NULL);
-- Converting a chat and checking a download read a chat line's files; most rows are ticket files.
CREATE INDEX attachments_chat_message_idx ON attachments (chat_message_id) WHERE chat_message_id IS NOT NULL;
