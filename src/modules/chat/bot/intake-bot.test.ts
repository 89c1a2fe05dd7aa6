import { describe, expect, it } from 'vitest';
import { answerBot, showSuggestions, startBot, type BotContext } from './intake-bot';
import { chatFlowSchema, type ChatFlow } from './flow.schemas';
import { defaultChatFlow } from './default-flow';

const context = (options: { flow?: ChatFlow; open?: boolean; language?: string } = {}): BotContext => ({
  language: options.language ?? 'en',
  customerName: 'Ana',
  categories: [
    { id: 'p1', name: 'Invoicing', parentId: null, teamId: 't1' },
    { id: 'd1', name: 'NFe', parentId: 'p1', teamId: 't1' },
    { id: 'p2', name: 'Payroll', parentId: null, teamId: 't2' },
  ],
  flowFor: () => options.flow ?? defaultChatFlow,
  isOpenFor: () => options.open ?? true,
});

describe('the intake bot, step by step', () => {
  it('asks product, then document, in the customer\'s language', () => {
    const ctx = context({ language: 'pt-BR' });
    const first = startBot(ctx, null);
    expect(first.replies.map((r) => r.text)).toEqual(['Olá, Ana! Vou reunir alguns detalhes para a pessoa certa ajudar.', 'Sobre qual produto?']);
    expect(first.replies[1].options).toEqual([{ value: 'p1', label: 'Invoicing' }, { value: 'p2', label: 'Payroll' }]);
    const second = answerBot(ctx, first.state, { text: '1' });
    expect(second.replies[0]).toMatchObject({ text: 'Qual parte de Invoicing?', options: [{ value: 'd1', label: 'NFe' }] });
    const third = answerBot(ctx, second.state, { text: 'NFe' });
    expect(third.state).toMatchObject({ categoryId: 'd1', answers: { product: 'Invoicing', document: 'NFe' }, step: 'kind' });
  });

  it('asks again, unchanged, after an answer that is not an option', () => {
    const ctx = context();
    const start = startBot(ctx, 'd1');
    const wrong = answerBot(ctx, start.state, { text: 'perhaps' });
    expect(wrong.state).toEqual(start.state);
    expect(wrong.replies[0].text).toBe('Please pick one of the options. Is this a question or a problem?');
    expect(answerBot(ctx, start.state, { text: 'x', choice: 'nope' }).state.step).toBe('kind');
  });

  it('skips steps whose condition does not hold and optional ones the customer skips', () => {
    const ctx = context();
    let turn = answerBot(ctx, startBot(ctx, 'd1').state, { text: 'A problem' });
    expect(turn.state.step).toBe('environment');
    for (const text of ['Production', 'Partly', '2', 'It is slow']) turn = answerBot(ctx, turn.state, { text });
    expect(turn.replies[0].options).toEqual([{ value: 'skip', label: 'Skip' }]);
    turn = answerBot(ctx, turn.state, { text: 'Skip', choice: 'skip' });
    expect(turn.state.answers.screenshot).toBe('');
    expect(turn.state.answers.question).toBeUndefined();
  });

  it('searches articles for a question, and closes as solved on "yes"', () => {
    const ctx = context();
    let turn = answerBot(ctx, startBot(ctx, 'd1').state, { text: 'question', choice: 'question' });
    turn = answerBot(ctx, turn.state, { text: 'How do I cancel?' });
    expect(turn.outcome).toEqual({ kind: 'suggest', q: 'How do I cancel?' });
    expect(answerBot(ctx, turn.state, { text: 'hello' }).replies).toEqual([]); // busy searching
    turn = showSuggestions(ctx, turn.state, [{ id: 'a1', title: 'Cancel an invoice', url: 'https://desk/help/articles/a1' }]);
    expect(turn.replies[0].articles).toHaveLength(1);
    const solved = answerBot(ctx, turn.state, { text: 'yes', choice: 'yes' });
    expect(solved.outcome).toEqual({ kind: 'solved' });
    expect(solved.state.phase).toBe('done');
  });

  it('offers only a ticket outside business hours (R8), and follows a fixed finish', () => {
    const closed = context({ open: false, flow: chatFlowSchema.parse({ steps: [] }) });
    const turn = startBot(closed, 'd1');
    expect(turn.replies.at(-1)!.options!.map((o) => o.value)).toEqual(['ticket']);
    expect(answerBot(closed, turn.state, { text: 'Talk to an agent' }).replies[0].text).toMatch(/^Please pick one/);
    expect(answerBot(closed, turn.state, { text: 'ticket', choice: 'ticket' }).outcome).toEqual({ kind: 'ticket' });

    const toAgent = context({ flow: chatFlowSchema.parse({ steps: [], finish: 'agent' }) });
    expect(startBot(toAgent, 'd1').outcome).toEqual({ kind: 'handover' });
    const agentOffHours = context({ open: false, flow: chatFlowSchema.parse({ steps: [], finish: 'agent' }) });
    expect(startBot(agentOffHours, 'd1').outcome).toEqual({ kind: 'ticket' });
  });

  it('refuses flows that cannot run', () => {
    const problems = (flow: unknown) => chatFlowSchema.safeParse(flow).error?.issues.map((i) => i.message) ?? [];
    expect(problems({ steps: [{ key: 'a', type: 'choice', prompt: 'A?' }] })).toContain('a choice step needs options');
    expect(problems({ steps: [{ key: 'a', type: 'articles', prompt: 'A?', from: 'q' }] })).toContain('an articles step names an earlier text step in from');
    expect(problems({ steps: [{ key: 'a', type: 'text', prompt: 'A?' }, { key: 'a', type: 'text', prompt: 'B?' }] })).toContain('the key a is used twice');
    expect(problems(defaultChatFlow)).toEqual([]);
  });
});
