/**
 * Inbound email end to end: a sender process speaks SMTP to the desk's listener (nodemailer,
 * pooled connections, like an MTA delivering a queue); the desk stores each raw message before its
 * 250, and job workers parse it, thread it, create the customer and the ticket or add the reply.
 * Figures: SMTP accept rate, and end-to-end rate = messages / (first send → last one settled).
 * Target (issue 4): ≥ 300 inbound messages/s parsed and stored on PostgreSQL.
 *
 *   npx tsx bench/email-inbound.ts --pg postgres://postgres@127.0.0.1:5432/postgres   # database atende_bench_mail
 *   npx tsx bench/email-inbound.ts                                                     # PGlite in a temp folder
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { readArgs, intArg } from './lib/args';
import { describeMachine } from './lib/machine';
import { createFreshDatabase, dropDatabase } from './lib/postgres';
import { loadConfig } from '../src/server/config';
import { createAtende } from '../src/server/create-atende';
import { JOB_LEASE_BATCH, runNextDueJobs } from '../src/jobs/job-runner';
import { connect } from '../src/db/connection';
import { rows } from '../src/db/rows';
import type { AppContext } from '../src/server/context';

const usage = `Usage: npx tsx bench/email-inbound.ts [--pg <server url>] [--count 6000] [--connections 16] [--workers 16] [--processes 0] [--keep]
  --pg URL         run on PostgreSQL: creates database atende_bench_mail on that server (dropped at the end)
  --count N        messages to send (default 6000)
  --connections N  SMTP connections of the sender (default 16)
  --workers N      concurrent job workers per process (default 16; PostgreSQL commits them in groups)
  --processes N    PostgreSQL only: job-worker processes besides the desk that listens (default 0:
                   on 2 cores extra processes only compete; measured 198/s with 2 vs 251/s with 0),
                   as extra desk nodes on the same database would run them
  --phased         store everything over SMTP first, then process: the two rates apart`;

const args = readArgs(usage, {
  pg: { type: 'string' }, count: { type: 'string' }, connections: { type: 'string' }, workers: { type: 'string' },
  keep: { type: 'boolean' }, phased: { type: 'boolean' }, send: { type: 'string' }, work: { type: 'string' }, processes: { type: 'string' },
});
const count = intArg(args.count, 6000, 'count');
const connections = intArg(args.connections, 16, 'connections');
const workers = intArg(args.workers, 16, 'workers');
const processes = args.processes === '0' ? 0 : intArg(args.processes, 0, 'processes');
const BENCH_DB = 'atende_bench_mail';
const SUPPORT = 'support@bench.example';

// A small PNG-ish blob: a screenshot-sized attachment on one mail in five.
const screenshot = Buffer.alloc(24 * 1024, 0x42);
const names = ['Ana Souza', 'Bruno Lima', 'Carla Andrade', 'Diego Fernández', 'Eva Müller', 'Фёдор Иванов', 'Grace Hopper', 'Hugo Silva'];
const quotes = [
  (s: string) => `\n\nEm seg., 2 de mar. de 2026 às 10:00, Suporte <${s}> escreveu:\n> Poderia enviar o log?\n> Obrigado.`,
  (s: string) => `\n\nEl lun, 2 mar 2026 a las 10:00, Soporte (<${s}>) escribió:\n> ¿Puede enviar el log?`,
  (s: string) => `\n\n-----Original Message-----\nFrom: Support <${s}>\nSent: Monday, March 2, 2026 10:00 AM\nSubject: Log\n\nCould you send the log?`,
  (s: string) => `\n\nAm Mo., 2. März 2026 um 10:00 Uhr schrieb Support <${s}>:\n> Bitte senden Sie das Protokoll.`,
];

/**
 * Message i: most open a ticket (300 senders, a few mails each); one in four replies by
 * In-Reply-To to an earlier mail of the same sender, with quoted history; all are text + HTML.
 */
function message(i: number) {
  const sender = i % 300;
  const name = names[sender % names.length];
  const reply = i >= 600 && i % 4 === 0;
  const text = `Olá equipe,\n\ndesde as 09:40 o webhook ${i} não recebe atualizações de status. ` +
    'As mensagens saem, mas os callbacks param depois de alguns minutos e voltam em rajadas. ' +
    `Nosso endpoint responde 200 em 150 ms.\n\nAtenciosamente,\n${name}` + (reply ? quotes[i % quotes.length](SUPPORT) : '');
  const html = `<div dir="ltr"><p>Olá equipe,</p><p>desde as 09:40 o webhook <b>${i}</b> não recebe atualizações de status.</p>` +
    `<p>Nosso endpoint responde <i>200</i> em 150 ms.</p><p>Atenciosamente,<br>${name}</p></div>` +
    (reply ? '<div class="gmail_quote"><blockquote class="gmail_quote">Poderia enviar o log?</blockquote></div>' : '');
  return {
    from: `"${name}" <customer${sender}@cliente${sender % 40}.example>`,
    to: SUPPORT,
    cc: i % 7 === 0 ? `gestor${sender}@cliente${sender % 40}.example` : undefined,
    subject: reply ? `Re: Webhook sem atualizações ${i - 600}` : `Webhook sem atualizações ${i}`,
    messageId: `<bench-${i}@cliente.example>`,
    ...(reply ? { inReplyTo: `<bench-${i - 600}@cliente.example>`, references: [`<bench-${i - 600}@cliente.example>`] } : {}),
    text,
    html,
    attachments: i % 5 === 0 ? [{ filename: `tela-${i}.png`, content: screenshot, contentType: 'image/png' }] : [],
  };
}

/**
 * The sender, in its own process so it does not share the desk's event loop. Messages are built
 * before the clock starts (building MIME is the load generator's work, not the desk's).
 */
async function sendAll(port: number) {
  const raws = await Promise.all(Array.from({ length: count }, (_, i) => new MailComposer(message(i)).compile().build()));
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: connections, maxMessages: Infinity });
  const startedAt = performance.timeOrigin + performance.now();
  let next = 0;
  let failed = 0;
  const lane = async () => {
    while (next < count) {
      const i = next++;
      await transport.sendMail({ envelope: { from: `customer${i % 300}@bench.example`, to: [SUPPORT] }, raw: raws[i] }).catch(() => failed++);
    }
  };
  await Promise.all(Array.from({ length: connections * 2 }, lane));
  const endedAt = performance.timeOrigin + performance.now();
  transport.close();
  process.stdout.write(JSON.stringify({ failed, startedAt, endedAt }));
}

function spawnSender(port: number): Promise<{ failed: number; startedAt: number; endedAt: number }> {
  const argv = [...process.execArgv, import.meta.filename, '--send', String(port), '--count', String(count), '--connections', String(connections)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`sender exited with ${code}`))));
  });
}

function deskConfig(dataDir: string, databaseUrl: string | undefined, smtp: boolean) {
  return loadConfig({
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    DATA_DIR: dataDir, ATENDE_DEMO: 'off', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: '0',
    SUPPORT_EMAIL: SUPPORT, SMTP_LISTEN_PORT: smtp ? '0' : 'off', SMTP_LISTEN_HOST: '127.0.0.1', INBOUND_RATE_LIMIT_PER_HOUR: '1000000',
  });
}

/** Runs `workers` job loops on a desk until `finished()` and no stored mail waits; answers CPU ms used. */
async function runWorkers(ctx: AppContext, finished: () => boolean): Promise<number> {
  const cpu = process.cpuUsage();
  const pending = async () => Number((await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n FROM inbound_messages WHERE status = 'received'`))[0].n);
  // An idle worker backs off (up to 100 ms) instead of asking the database 200 times a second.
  const worker = async () => {
    for (let idle = 1; ; ) {
      // As the desk's job loop does: a few jobs per lease.
      if ((await runNextDueJobs(ctx, JOB_LEASE_BATCH)) > 0) {
        idle = 1;
        continue;
      }
      if (finished() && (await pending()) === 0) return;
      await new Promise((r) => setTimeout(r, idle));
      idle = Math.min(idle * 2, 100);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000;
}

/** A job-worker process: another desk node on the same PostgreSQL, without a listener. */
async function workProcess(databaseUrl: string, dataDir: string) {
  const database = await connect({ kind: 'postgres', url: databaseUrl, poolSize: workers + 2 });
  const atende = await createAtende(deskConfig(dataDir, databaseUrl, false), { runJobLoop: false, database });
  let finished = false;
  process.on('message', () => (finished = true));
  process.send!({ ready: true });
  const cpuMs = await runWorkers(atende.ctx, () => finished);
  await atende.close();
  await database.close();
  process.send!({ cpuMs }, () => process.exit(0));
}

function spawnWorkProcess(databaseUrl: string, dataDir: string) {
  const argv = [...process.execArgv, import.meta.filename, '--work', databaseUrl, '--keep', '--workers', String(workers)];
  const child = spawn(process.execPath, argv, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, BENCH_DATA_DIR: dataDir } });
  const ready = new Promise<void>((resolve) => child.once('message', () => resolve()));
  const done = new Promise<number>((resolve, reject) => {
    child.on('message', (m: { cpuMs?: number }) => m.cpuMs !== undefined && resolve(m.cpuMs));
    child.on('exit', (code) => code !== 0 && reject(new Error(`worker process exited with ${code}`)));
  });
  return { ready, done, finish: () => child.send('finish') };
}

async function main() {
  if (args.send) return sendAll(Number(args.send));
  if (args.work) return workProcess(args.work, process.env.BENCH_DATA_DIR!);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'atende-bench-mail-'));
  const databaseUrl = args.pg ? await createFreshDatabase(args.pg, BENCH_DB) : undefined;
  console.log(await describeMachine(args.pg));
  console.log(`database: ${databaseUrl ? `PostgreSQL (${BENCH_DB})` : `PGlite in ${dataDir}`}`);
  // A pool as big as the workers plus the SMTP side: each worker holds a connection per statement.
  const database = databaseUrl ? await connect({ kind: 'postgres', url: databaseUrl, poolSize: workers + 8 }) : undefined;
  const atende = await createAtende(deskConfig(dataDir, databaseUrl, true), { runJobLoop: false, database });
  const { ctx } = atende;
  const spawnOthers = () => (databaseUrl ? Array.from({ length: processes }, () => spawnWorkProcess(databaseUrl, dataDir)) : []);
  // Phased: the other nodes start once everything is stored, so they do not process during sending.
  let others = args.phased ? [] : spawnOthers();
  try {
    await Promise.all(others.map((o) => o.ready));
    console.log(`sending ${count} messages over ${connections} SMTP connections; job workers: ${workers} in the listening desk + ${workers} in each of ${others.length} more processes`);
    let sending = true;
    const deskCpu = args.phased ? null : runWorkers(ctx, () => !sending);
    const sent = await spawnSender(atende.smtp!.port);
    const sendSeconds = (sent.endedAt - sent.startedAt) / 1000;
    sending = false;
    if (args.phased) {
      others = spawnOthers();
      await Promise.all(others.map((o) => o.ready));
    }
    const processStart = performance.timeOrigin + performance.now();
    others.forEach((o) => o.finish());
    const cpu = [await (deskCpu ?? runWorkers(ctx, () => true)), ...(await Promise.all(others.map((o) => o.done)))];
    const totalSeconds = (performance.timeOrigin + performance.now() - sent.startedAt) / 1000;
    const processSeconds = (performance.timeOrigin + performance.now() - processStart) / 1000;
    if (args.phased) console.log(`\nprocessing alone (${1 + others.length} process(es)): ${processSeconds.toFixed(1)} s = ${(count / processSeconds).toFixed(0)} msg/s`);
    const byStatus = await rows<{ status: string; n: number }>(ctx.db, sql`SELECT status, count(*)::int AS n FROM inbound_messages GROUP BY status ORDER BY status`);
    const [t] = await rows<{ tickets: number; messages: number; people: number; files: number }>(ctx.db, sql`
      SELECT (SELECT count(*)::int FROM tickets) AS tickets, (SELECT count(*)::int FROM messages) AS messages,
        (SELECT count(*)::int FROM people) AS people, (SELECT count(*)::int FROM attachments) AS files`);
    const stored = byStatus.reduce((s, r) => s + Number(r.n), 0);
    console.log('\ninbound email, end to end');
    console.log(`  SMTP accepted: ${stored} of ${count} (sender errors: ${sent.failed}) in ${sendSeconds.toFixed(1)} s = ${(stored / sendSeconds).toFixed(0)} msg/s stored`);
    console.log(`  all settled after ${totalSeconds.toFixed(1)} s = ${(stored / totalSeconds).toFixed(0)} msg/s parsed, stored and turned into tickets/replies`);
    console.log(`  desk CPU per message: ${(cpu.reduce((a, b) => a + b, 0) / stored).toFixed(2)} ms (processes: ${cpu.map((c) => (c / 1000).toFixed(1)).join(' s, ')} s)`);
    console.log(`  outcomes: ${byStatus.map((r) => `${r.status}=${r.n}`).join(' ')}`);
    console.log(`  created: tickets=${t.tickets} messages=${t.messages} people=${t.people} attachments=${t.files}`);
    console.log(`  load average after: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
  } finally {
    await atende.close();
    await database?.close();
    if (!args.keep) {
      if (args.pg) await dropDatabase(args.pg, BENCH_DB);
      await rm(dataDir, { recursive: true, force: true });
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
