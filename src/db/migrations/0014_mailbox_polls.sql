-- The last poll of each IMAP mailbox, so the admin's channel page can tell "mail is arriving" from
-- "the password was changed on the mail server" without reading logs. One row per mailbox label
-- (user@host:port/folder, never the password), overwritten by every pass; any node may write it.
CREATE TABLE mailbox_polls (
  mailbox text PRIMARY KEY,
  last_polled_at timestamptz NOT NULL,
  last_success_at timestamptz,
  last_error text,
  last_error_at timestamptz
);
