import pino from 'pino';
import { mkdir } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { connect, type Database } from '../db/connection';
import { migrate } from '../db/migrate';
import { ManualClock, SystemClock, type Clock } from './clock';
import type { Config } from './config';
import type { AppContext } from './context';
import { EventDispatcher } from '../events/dispatcher';
import { buildHttpApp } from './http-app';
import { ensureAdminToken } from '../modules/auth/commands/ensure-admin-token';
import { registerSubscribers } from '../events/subscribers';
import { registerJobs } from '../jobs/definitions';
import { startJobLoop } from '../jobs/job-runner';
import { startEmailDelivery } from '../channels/email/outbound/deliver-notifications';
import { startEmailChannel, type EmailChannel } from '../channels/email/start-email-channel';

// PGlite creates its own folder but not the folders above it; a fresh clone has no ./data yet.
async function connectEmbedded(dataDir: string): Promise<Database> {
  await mkdir(dataDir, { recursive: true });
  return connect({ kind: 'pglite', dataDir });
}

export interface Atende {
  app: FastifyInstance;
  ctx: AppContext;
  /** Inbound SMTP, when listening (`smtp.port` is the bound port; SMTP_LISTEN_PORT=0 picks one). */
  smtp: EmailChannel['smtp'];
  close(): Promise<void>;
}

/** Opens the database, migrates, and builds the HTTP app; `main.ts` and the tests both start here. */
export async function createAtende(
  config: Config,
  options: { database?: Database; clock?: Clock; runJobLoop?: boolean } = {},
): Promise<Atende> {
  const logger = pino({ level: config.LOG_LEVEL });
  const database =
    options.database ??
    (config.DATABASE_URL
      ? await connect({ kind: 'postgres', url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE })
      : await connectEmbedded(`${config.DATA_DIR}/pglite`));
  await migrate(database);
  const clock =
    options.clock ??
    (config.ATENDE_CLOCK === 'manual'
      ? new ManualClock(config.ATENDE_NOW ? new Date(config.ATENDE_NOW) : new Date())
      : new SystemClock());
  const events = new EventDispatcher(database.db, clock, logger);
  const ctx: AppContext = { database, db: database.db, clock, config, logger, events };
  registerJobs();
  registerSubscribers(ctx);
  if (config.ATENDE_ADMIN_TOKEN) await ensureAdminToken(ctx, config.ATENDE_ADMIN_TOKEN);
  const app = await buildHttpApp(ctx);
  const email = await startEmailChannel(ctx);
  const stopJobs = options.runJobLoop === false ? async () => {} : startJobLoop(ctx);
  const stopDelivery = startEmailDelivery(ctx);
  return {
    app,
    ctx,
    smtp: email.smtp,
    close: async () => {
      await email.close();
      await stopJobs();
      await stopDelivery();
      // Fastify closes the keep-alive connections that are idle when it starts closing; one whose
      // streamed response (a file download) was still finishing then stays open for the whole
      // keep-alive timeout (72 s) and holds the shutdown. Closing idle ones until the end frees it.
      const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
      await app.close().finally(() => clearInterval(sweep));
      await events.idle();
      if (!options.database) await database.close();
    },
  };
}
