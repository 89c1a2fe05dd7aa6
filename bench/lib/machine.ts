import os from 'node:os';
import pg from 'pg';

/** The machine a figure was measured on, for bench/RESULTS.md. */
export async function describeMachine(pgUrl?: string): Promise<string> {
  const cpus = os.cpus();
  const lines = [
    `date: ${new Date().toISOString()}`,
    `cpus: ${os.availableParallelism()} × ${cpus[0]?.model.trim() ?? 'unknown'}`,
    `memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `node: ${process.version} on ${os.platform()} ${os.release()}`,
    // Other work on the machine skews every figure: note how busy it was at the start.
    `load average (1, 5, 15 min): ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}`,
  ];
  if (pgUrl) {
    const client = new pg.Client({ connectionString: pgUrl });
    try {
      await client.connect();
      const { rows } = await client.query('SHOW server_version');
      lines.push(`postgresql: ${rows[0].server_version} (${pgUrl.replace(/\/\/[^@]*@/, '//')})`);
    } catch (err) {
      lines.push(`postgresql: unreachable (${(err as Error).message})`);
    } finally {
      await client.end().catch(() => {});
    }
  }
  return lines.join('\n');
}
