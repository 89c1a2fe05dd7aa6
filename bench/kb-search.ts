// Measures kb suggest/search latency over the demo question set, on the demo knowledge base plus
// N filler copies of it (paragraph words shuffled, so the vocabulary is real):
//   npx tsx bench/kb-search.ts [N]                 embedded PGlite
//   KB_BENCH_DATABASE_URL=postgres://… npx tsx bench/kb-search.ts [N]   an EMPTY PostgreSQL database
import { connect } from '../src/db/connection';
import { migrate } from '../src/db/migrate';
import { createAtende } from '../src/server/create-atende';
import { loadConfig } from '../src/server/config';
import { ManualClock } from '../src/server/clock';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedKnowledgeBase, demoArticles } from '../playbooks/kb/articles';
import { demoQuestions } from '../playbooks/kb/questions';
import { suggestArticles, searchArticles } from '../src/modules/kb/kb-search.queries';
import { createArticle } from '../src/modules/kb/commands/create-article';
import { createArticleBody } from '../src/modules/kb/kb.schemas';
import { systemActor } from '../src/modules/auth/actor';

const extra = Number(process.argv[2] ?? 0);
const dataDir = await mkdtemp(path.join(tmpdir(), 'atende-kb-bench-'));
const url = process.env.KB_BENCH_DATABASE_URL;
const database = url ? await connect({ kind: 'postgres', url }) : await connect({ kind: 'pglite' });
await migrate(database);
const config = loadConfig({ ATENDE_CLOCK: 'manual', LOG_LEVEL: 'warn', DATA_DIR: dataDir, PORT: '0' });
const atende = await createAtende(config, { database, clock: new ManualClock(new Date('2026-03-02T12:00:00Z')), runJobLoop: false });
const ctx = atende.ctx;
await seedKnowledgeBase(ctx);

// Filler: demo articles with their paragraphs shuffled between them, so the vocabulary is real.
const words = demoArticles.map((a) => ({ lang: a.language, words: a.body.split(/\s+/) }));
for (let i = 0; i < extra; i++) {
  for (const source of words) {
    const body = Array.from({ length: 180 }, () => source.words[Math.floor(Math.random() * source.words.length)]).join(' ');
    const title = Array.from({ length: 6 }, () => source.words[Math.floor(Math.random() * source.words.length)]).join(' ');
    await createArticle(ctx, { actor: systemActor, data: createArticleBody.parse({ title, body, language: source.lang }) });
  }
}
await database.execScript('ANALYZE');

async function time(name: string, fn: (q: (typeof demoQuestions)[number]) => Promise<unknown>) {
  const samples: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of demoQuestions) {
      const start = performance.now();
      await fn(q);
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))].toFixed(1);
  console.log(`${name}: n=${samples.length} p50=${at(0.5)} ms p95=${at(0.95)} ms p99=${at(0.99)} ms`);
}

const total = demoArticles.length * (extra + 1);
console.log(`${total} articles, ${database.kind}`);
await time('suggest', (q) => suggestArticles(ctx, { q: q.q, lang: q.lang, limit: 5 }));
await time('search', (q) => searchArticles(ctx, { q: q.q, lang: q.lang, limit: 10 }));
await atende.close();
await rm(dataDir, { recursive: true, force: true });
