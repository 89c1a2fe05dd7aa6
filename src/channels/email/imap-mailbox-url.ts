/** One IMAP mailbox to poll, read from an IMAP_URLS entry. */
export interface ImapMailbox {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  path: string;
  /** Move processed mail here instead of flagging it \Seen (`?moveTo=Processed`). */
  moveTo: string | null;
  /** Accept a self-signed certificate (`?insecure=1`; test servers only). */
  insecure: boolean;
  /** For logs and source references: never the password. */
  label: string;
}

/**
 * Reads `imaps://user:pass@host:993/INBOX?moveTo=Done` (imap:// for plain or STARTTLS). User and
 * password are URL-encoded (`%40` for an @ in the user name).
 */
export function parseImapUrl(value: string): ImapMailbox {
  const url = new URL(value.trim());
  if (url.protocol !== 'imap:' && url.protocol !== 'imaps:') throw new Error(`IMAP URL must start with imap:// or imaps://, got ${url.protocol}`);
  const secure = url.protocol === 'imaps:';
  const user = decodeURIComponent(url.username);
  const path = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'INBOX';
  const port = url.port ? Number(url.port) : secure ? 993 : 143;
  return {
    host: url.hostname,
    port,
    secure,
    user,
    password: decodeURIComponent(url.password),
    path,
    moveTo: url.searchParams.get('moveTo'),
    insecure: url.searchParams.get('insecure') === '1',
    label: `${user}@${url.hostname}:${port}/${path}`,
  };
}

/** Every mailbox named in IMAP_URLS (comma-separated). */
export const parseImapUrls = (value: string | undefined): ImapMailbox[] =>
  (value ?? '').split(',').map((s) => s.trim()).filter(Boolean).map(parseImapUrl);
