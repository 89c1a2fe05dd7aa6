import { loadConfig } from './config';
import { createAtende } from './create-atende';
import { seedDemo } from '../../playbooks/demo/seed-demo';

/** Starts the desk: configuration, database, demo data when empty, HTTP, and a graceful stop. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
  const atende = await createAtende(config);
  const { app, ctx } = atende;
  const demo = config.ATENDE_DEMO === 'off' ? null : await seedDemo(ctx, { force: config.ATENDE_DEMO === 'on' });
  await app.listen({ port: config.PORT, host: config.HOST });
  // Plain lines, not log records: the last thing on the terminal is where to go and how to sign in.
  console.log(`Atende is running at ${config.PUBLIC_URL} (database: ${ctx.database.kind})`);
  if (demo) {
    console.log('Demo data loaded. Sign in with:');
    for (const login of demo.logins) {
      console.log(`  ${login.role.padEnd(8)} ${login.email.padEnd(28)} password: ${login.password}`);
    }
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    ctx.logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await atende.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
