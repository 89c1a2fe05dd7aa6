import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';
import { seedKnowledgeBase, seededKey } from '../../../playbooks/kb/articles';
import { demoQuestions } from '../../../playbooks/kb/questions';

const desk = await startTestDesk();
const seeded = await seedKnowledgeBase(desk.atende.ctx);

interface Outcome {
  lang: string;
  q: string;
  expect: string;
  rank: number | null;
  got: string[];
}

const titleOf = new Map<string, string>();

async function ask(question: (typeof demoQuestions)[number]): Promise<Outcome> {
  const expectedId = seeded.get(seededKey(question.expect, question.lang));
  if (!expectedId) throw new Error(`No ${question.lang} article in group ${question.expect}`);
  const res = await desk.anonymous.get(`/api/v1/kb/suggest?q=${encodeURIComponent(question.q)}&lang=${question.lang}`);
  expect(res.status).toBe(200);
  const items: Array<{ id: string; title: string }> = res.body.items;
  for (const item of items) titleOf.set(item.id, item.title);
  const index = items.findIndex((i) => i.id === expectedId);
  return { ...question, rank: index < 0 ? null : index + 1, got: items.slice(0, 3).map((i) => i.title) };
}

describe('suggestion quality on the demo knowledge base (R14, R31)', () => {
  it('has at least 30 questions, six or more in each of the five languages', () => {
    expect(demoQuestions.length).toBeGreaterThanOrEqual(30);
    for (const lang of ['en', 'pt-BR', 'es', 'de', 'ru']) {
      expect(demoQuestions.filter((q) => q.lang === lang).length, lang).toBeGreaterThanOrEqual(6);
    }
  });

  it('puts the expected article in the top 3 for at least 90 % of the questions', async () => {
    const outcomes: Outcome[] = [];
    for (const question of demoQuestions) outcomes.push(await ask(question));
    const rate = (list: Outcome[], n: number) => list.filter((o) => o.rank !== null && o.rank <= n).length / list.length;
    const lines = ['lang   n   top-1   top-3'];
    for (const lang of ['en', 'pt-BR', 'es', 'de', 'ru', 'all']) {
      const list = lang === 'all' ? outcomes : outcomes.filter((o) => o.lang === lang);
      lines.push(`${lang.padEnd(6)} ${String(list.length).padStart(2)}  ${(rate(list, 1) * 100).toFixed(0).padStart(4)} %  ${(rate(list, 3) * 100).toFixed(0).padStart(4)} %`);
    }
    const misses = outcomes.filter((o) => o.rank === null || o.rank > 3);
    for (const miss of misses) {
      lines.push(`MISS [${miss.lang}] "${miss.q}" → expected ${miss.expect} (rank ${miss.rank ?? '-'}), got: ${miss.got.join(' | ') || 'nothing'}`);
    }
    const notFirst = outcomes.filter((o) => o.rank !== null && o.rank > 1 && o.rank <= 3);
    for (const o of notFirst) lines.push(`rank ${o.rank} [${o.lang}] "${o.q}" → first: ${o.got[0]}`);
    console.log(lines.join('\n'));
    expect(rate(outcomes, 3)).toBeGreaterThanOrEqual(0.9);
  });
});
