import { z } from 'zod';

/** Environment variables Atende reads at start; every one is documented in the README. */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('HTTP port'),
  HOST: z.string().default('0.0.0.0').describe('HTTP listen address'),
  DATA_DIR: z.string().default('./data').describe('PGlite data and attachments'),
  DATABASE_URL: z.string().optional().describe('PostgreSQL URL; when set PGlite is not used'),
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
});

export type Config = z.infer<typeof configSchema>;

/** Reads the environment once; lists every problem and throws, so start-up fails loudly. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const config = parsed.data;
  return { ...config, PUBLIC_URL: config.PUBLIC_URL ?? `http://localhost:${config.PORT}` };
}
