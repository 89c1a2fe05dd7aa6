import { z } from 'zod';

/** Environment variables Atende reads at start; every one is documented in the README. */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('HTTP port'),
  HOST: z.string().default('0.0.0.0').describe('HTTP listen address'),
  DATA_DIR: z.string().default('./data').describe('PGlite data and attachments'),
  DATABASE_URL: z.string().optional().describe('PostgreSQL URL; when set PGlite is not used'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20).describe('PostgreSQL connections per process'),
  PUBLIC_URL: z.string().url().optional().describe('Base URL used in links sent to people'),
  ATENDE_ADMIN_TOKEN: z.string().min(16, 'ATENDE_ADMIN_TOKEN must be at least 16 characters').optional(),
  ATENDE_CLOCK: z.enum(['system', 'manual']).default('system'),
  ATENDE_NOW: z.string().datetime({ offset: true }).optional().describe('Start of the manual clock'),
  ATENDE_DEMO: z.enum(['auto', 'on', 'off']).default('auto').describe('Seed demo data on an empty database'),
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  JSON_BODY_MAX_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10).describe('Sign-in attempts per minute per address'),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(24 * 14),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SUPPORT_EMAIL: z.string().email().default('support@atende.localhost'),
  JOB_POLL_MS: z.coerce.number().int().positive().default(1000),
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional().describe('Jobs run at once per process (default 4 on PostgreSQL, 1 on PGlite)'),
  WIDGET_SECRET: z.string().min(16, 'WIDGET_SECRET must be at least 16 characters').optional().describe('Chat widget: HMAC key of data-user-hash (identity vouched by the host product)'),
  // Outbound email (src/channels/email/outbound): without SMTP_URL mails stay queued in the outbox.
  SMTP_URL: z.string().url().optional().describe('Outgoing mail server, e.g. smtp://user:pass@smtp.example.com:587'),
  SUPPORT_NAME: z.string().default('Support').describe('Display name on outgoing mail'),
  EMAIL_MAX_ATTEMPTS: z.coerce.number().int().positive().default(6).describe('Delivery attempts before a mail is marked failed'),
  // Inbound email (src/channels/email). The listener is off by default under NODE_ENV=test, so
  // parallel test files do not fight over one port; a test asks for it with SMTP_LISTEN_PORT=0.
  SMTP_LISTEN_PORT: z
    .union([z.literal('off'), z.coerce.number().int().min(0).max(65535)])
    .optional()
    .describe('Inbound SMTP port (default 2525; 0 = any free port; "off" = no listener)'),
  SMTP_LISTEN_HOST: z.string().default('0.0.0.0').describe('Inbound SMTP listen address'),
  SMTP_MAX_BYTES: z.coerce.number().int().positive().default(25 * 1024 * 1024).describe('Largest inbound message; larger ones get 552'),
  SMTP_ACCEPT_DOMAINS: z.string().optional().describe('Recipient domains accepted, comma-separated; "*" = any (default: SUPPORT_EMAIL\'s domain)'),
  SMTP_AUTH_USER: z.string().min(1).optional().describe('When set, senders must AUTH with this user and SMTP_AUTH_PASSWORD'),
  SMTP_AUTH_PASSWORD: z.string().min(1).optional(),
  SMTP_TLS_KEY: z.string().optional().describe('PEM key file for STARTTLS (with SMTP_TLS_CERT)'),
  SMTP_TLS_CERT: z.string().optional().describe('PEM certificate file for STARTTLS'),
  IMAP_URLS: z.string().optional().describe('Mailboxes to poll, comma-separated: imaps://user:pass@host:993/INBOX'),
  IMAP_URL: z.string().optional().describe('One mailbox to poll (IMAP_URLS with one entry)'),
  IMAP_POLL_SECONDS: z.coerce.number().int().positive().default(60).describe('Poll interval where IDLE is not offered'),
  INBOUND_RATE_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(60).describe('Inbound mails per sender per hour before rate_limited'),
});

export type Config = Omit<z.infer<typeof configSchema>, 'SMTP_LISTEN_PORT'> & {
  SMTP_LISTEN_PORT: number | 'off';
  /** True when the port is the default 2525, not asked for: a busy default port is logged, not fatal. */
  SMTP_LISTEN_PORT_DEFAULTED: boolean;
};

/** Reads the environment once; lists every problem and throws, so start-up fails loudly. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const config = parsed.data;
  if (Boolean(config.SMTP_AUTH_USER) !== Boolean(config.SMTP_AUTH_PASSWORD)) {
    throw new Error('Invalid configuration:\n  SMTP_AUTH_USER and SMTP_AUTH_PASSWORD go together');
  }
  const testRun = (env.NODE_ENV ?? process.env.NODE_ENV) === 'test';
  return {
    ...config,
    PUBLIC_URL: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`,
    SMTP_LISTEN_PORT: config.SMTP_LISTEN_PORT ?? (testRun ? 'off' : 2525),
    SMTP_LISTEN_PORT_DEFAULTED: config.SMTP_LISTEN_PORT === undefined,
    IMAP_URLS: [config.IMAP_URLS, config.IMAP_URL].filter(Boolean).join(',') || undefined,
  };
}
