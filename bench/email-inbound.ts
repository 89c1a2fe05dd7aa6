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
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { readArgs, intArg } from './lib/args';
import { describeMachine } from './lib/machine';
import { createFreshDatabase, dropDatabase } from './lib/postgres';
import { loadConfig } from '../src/server/config';
import { createAtende } from '../src/server/create-atende';
import { runNextDueJob } from '../src/jobs/job-runner';
import { rows } from '../src/db/rows';

const usage = `Usage: npx tsx bench/email-inbound.ts [--pg <server url>] [--count 6000] [--connections 8] [--workers 6] [--keep]
  --pg URL         run on PostgreSQL: creates database atende_bench_mail on that server (dropped at the end)
  --count N        messages to send (default 6000)
  --connections N  SMTP connections of the sender (default 8)
  --workers N      concurrent job workers in the desk (default 6)`;

const args = readArgs(usage, {
  pg: { type: 'string' }, count: { type: 'string' }, connections: { type: 'string' }, workers: { type: 'string' },
  keep: { type: 'boolean' }, send: { type: 'string' },
});
const count = intArg(args.count, 6000, 'count');
const connections = intArg(args.connections, 8, 'connections');
const workers = intArg(args.workers, 6, 'workers');
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

/** The sender, in its own process so it does not share the desk's event loop. */
async function sendAll(port: number) {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: connections, maxMessages: Infinity });
  let next = 0;
  let failed = 0;
  const lane = async () => {
    while (next < count) {
      const i = next++;
      await transport.sendMail(message(i)).catch(() => failed++);
    }
  };
  await Promise.all(Array.from({ length: connections * 2 }, lane));
  transport.close();
  process.stdout.write(JSON.stringify({ failed }));
}

function spawnSender(port: number): Promise<{ failed: number }> {
  const argv = [...process.execArgv, import.meta.filename, '--send', String(port), '--count', String(count), '--connections', String(connections)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`sender exited with ${code}`))));
  });
}

async function main() {
  if (args.send) return sendAll(Number(args.send));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'atende-bench-mail-'));
  const databaseUrl = args.pg ? await createFreshDatabase(args.pg, BENCH_DB) : undefined;
  console.log(await describeMachine(args.pg));
  console.log(`database: ${databaseUrl ? `PostgreSQL (${BENCH_DB})` : `PGlite in ${dataDir}`}`);
  const config = loadConfig({
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    DATA_DIR: dataDir, ATENDE_DEMO: 'off', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: '0',
    SUPPORT_EMAIL: SUPPORT, SMTP_LISTEN_PORT: '0', SMTP_LISTEN_HOST: '127.0.0.1', INBOUND_RATE_LIMIT_PER_HOUR: '1000000',
  });
  // The job workers are ours, so their number is a parameter (the desk's loop is one worker).
  const atende = await createAtende(config, { runJobLoop: false });
  const { ctx } = atende;
  let sending = true;
  const worker = async () => {
    for (;;) {
      if (await runNextDueJob(ctx)) continue;
      if (!sending && (await pending()) === 0) return;
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  const pending = async () => Number((await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n FROM inbound_messages WHERE status = 'received'`))[0].n);
  try {
    console.log(`sending ${count} messages over ${connections} SMTP connections; ${workers} job workers`);
    const started = performance.now();
    const workersDone = Promise.all(Array.from({ length: workers }, worker));
    const sent = await spawnSender(atende.smtp!.port);
    const sendSeconds = (performance.now() - started) / 1000;
    sending = false;
    await workersDone;
    const totalSeconds = (performance.now() - started) / 1000;
    const byStatus = await rows<{ status: string; n: number }>(ctx.db, sql`SELECT status, count(*)::int AS n FROM inbound_messages GROUP BY status ORDER BY status`);
    const [t] = await rows<{ tickets: number; messages: number; people: number; files: number }>(ctx.db, sql`
      SELECT (SELECT count(*)::int FROM tickets) AS tickets, (SELECT count(*)::int FROM messages) AS messages,
        (SELECT count(*)::int FROM people) AS people, (SELECT count(*)::int FROM attachments) AS files`);
    const stored = byStatus.reduce((s, r) => s + Number(r.n), 0);
    console.log('\ninbound email, end to end');
    console.log(`  SMTP accepted: ${stored} of ${count} (sender errors: ${sent.failed}) in ${sendSeconds.toFixed(1)} s = ${(stored / sendSeconds).toFixed(0)} msg/s stored`);
    console.log(`  all settled after ${totalSeconds.toFixed(1)} s = ${(stored / totalSeconds).toFixed(0)} msg/s parsed, stored and turned into tickets/replies`);
    console.log(`  outcomes: ${byStatus.map((r) => `${r.status}=${r.n}`).join(' ')}`);
    console.log(`  created: tickets=${t.tickets} messages=${t.messages} people=${t.people} attachments=${t.files}`);
    console.log(`  database: ${databaseUrl ? 'PostgreSQL' : 'PGlite'}, SMTP connections: ${connections}, workers: ${workers}`);
  } finally {
    await atende.close();
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
