import type { ChatFlow, FlowStep } from './flow.schemas';
import { localize, say } from './bot-texts';

// The intake bot as pure functions of (context, state, answer) → (state, replies, outcome). The
// command around it stores the replies as chat messages and the state on the chat row, so a customer
// who closes the widget resumes at the same question (R5), and it performs the outcome (search
// articles, open a ticket, hand over to an agent) between transactions.

export interface CategoryNode {
  id: string;
  name: string;
  parentId: string | null;
  teamId: string;
}

/** What the bot knows about the desk, loaded before each turn. */
export interface BotContext {
  language: string | null;
  customerName: string;
  categories: CategoryNode[];
  /** The flow of a category: its own, its nearest ancestor's, else the default. */
  flowFor(categoryId: string | null): ChatFlow;
  /** Whether the team that would take chats of this category is within business hours (R8). */
  isOpenFor(categoryId: string | null): boolean;
}

export interface BotState {
  phase: 'category' | 'flow' | 'handoff' | 'done';
  /** Category phase: the level being chosen (null = products). */
  parentId: string | null;
  categoryId: string | null;
  /** The question waiting for an answer. */
  step: string | null;
  answers: Record<string, string>;
  /** Work to do before the next reply; kept so a crash or a reconnect can finish it. */
  pending: null | { kind: 'suggest'; q: string } | { kind: 'ticket' };
  deflectionId?: string | null;
}

export interface BotOption {
  value: string;
  label: string;
}

export interface BotReply {
  text: string;
  step: string | null;
  input: 'choice' | 'text' | 'none';
  options?: BotOption[];
  articles?: Array<{ id: string; title: string; url: string }>;
}

export type BotOutcome = null | { kind: 'suggest'; q: string } | { kind: 'ticket' } | { kind: 'handover' } | { kind: 'solved' };

export interface Turn {
  state: BotState;
  replies: BotReply[];
  outcome: BotOutcome;
}

export interface BotInput {
  text: string;
  choice?: string;
}

const normalize = (s: string) => s.trim().toLowerCase().replace(/[.!]+$/, '');

/** The option a customer picked: by value (widget buttons), number, value or label typed. */
function pick(options: BotOption[], input: BotInput): string | null {
  if (input.choice !== undefined) return options.find((o) => o.value === input.choice)?.value ?? null;
  const typed = normalize(input.text);
  const index = /^\d{1,2}$/.test(typed) ? Number(typed) : 0;
  if (index >= 1 && index <= options.length) return options[index - 1].value;
  return options.find((o) => normalize(o.value) === typed || normalize(o.label) === typed)?.value ?? null;
}

const matches = (when: FlowStep['when'], answers: Record<string, string>) =>
  Object.entries(when ?? {}).every(([key, want]) => (Array.isArray(want) ? want.includes(answers[key]) : answers[key] === want));

function categoryOptions(ctx: BotContext, parentId: string | null): BotOption[] {
  return ctx.categories
    .filter((c) => c.parentId === parentId)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => ({ value: c.id, label: c.name }));
}

function stepOptions(ctx: BotContext, step: FlowStep): BotOption[] | undefined {
  if (step.type === 'choice') return step.options!.map((o) => ({ value: o.value, label: localize(o.label, ctx.language) }));
  if (step.type === 'articles') return [{ value: 'yes', label: say('yes', ctx.language) }, { value: 'no', label: say('no', ctx.language) }];
  return step.optional ? [{ value: 'skip', label: say('skip', ctx.language) }] : undefined;
}

function handoffOptions(ctx: BotContext, state: BotState): BotOption[] {
  const ticket = { value: 'ticket', label: say('openTicket', ctx.language) };
  // Outside business hours the widget offers a ticket instead of the queue (R8).
  return ctx.isOpenFor(state.categoryId) ? [ticket, { value: 'agent', label: say('talkToAgent', ctx.language) }] : [ticket];
}

/** The current question again, as a reply (for a wrong answer, or a customer who resumes). */
export function currentPrompt(ctx: BotContext, state: BotState): BotReply | null {
  if (state.phase === 'category') {
    const parent = ctx.categories.find((c) => c.id === state.parentId);
    const text = parent ? say('document', ctx.language, { product: parent.name }) : say('product', ctx.language);
    return { text, step: state.step, input: 'choice', options: categoryOptions(ctx, state.parentId) };
  }
  if (state.phase === 'handoff') {
    const open = ctx.isOpenFor(state.categoryId);
    return { text: say(open ? 'handoff' : 'offHours', ctx.language), step: 'handoff', input: 'choice', options: handoffOptions(ctx, state) };
  }
  if (state.phase !== 'flow' || !state.step) return null;
  const step = ctx.flowFor(state.categoryId).steps.find((s) => s.key === state.step);
  if (!step) return null;
  const options = stepOptions(ctx, step);
  return { text: localize(step.prompt, ctx.language), step: step.key, input: step.type === 'text' ? 'text' : 'choice', ...(options ? { options } : {}) };
}

/** Moves to the next unanswered question and asks it, or ends the intake with an outcome. */
function advance(ctx: BotContext, state: BotState, replies: BotReply[]): Turn {
  if (state.phase === 'category') {
    const asks = ctx.flowFor(state.categoryId).askCategory;
    if (asks && categoryOptions(ctx, state.parentId).length > 0) {
      state.step = state.parentId ? 'document' : 'product';
      return { state, replies: [...replies, currentPrompt(ctx, state)!], outcome: null };
    }
    state.phase = 'flow';
  }
  if (state.phase === 'flow') {
    const flow = ctx.flowFor(state.categoryId);
    for (const step of flow.steps) {
      if (state.answers[step.key] !== undefined || !matches(step.when, state.answers)) continue;
      state.step = step.key;
      if (step.type === 'articles') {
        const q = state.answers[step.from!];
        if (!q) {
          state.answers[step.key] = 'none';
          continue;
        }
        state.pending = { kind: 'suggest', q };
        return { state, replies, outcome: { kind: 'suggest', q } };
      }
      return { state, replies: [...replies, currentPrompt(ctx, state)!], outcome: null };
    }
    state.phase = 'handoff';
    state.step = 'handoff';
  }
  const finish = ctx.flowFor(state.categoryId).finish;
  const open = ctx.isOpenFor(state.categoryId);
  if (finish === 'ticket' || (finish === 'agent' && !open)) return openTicketNext(state, replies);
  if (finish === 'agent') return handOver(state, replies);
  return { state, replies: [...replies, currentPrompt(ctx, state)!], outcome: null };
}

function openTicketNext(state: BotState, replies: BotReply[]): Turn {
  state.pending = { kind: 'ticket' };
  return { state, replies, outcome: { kind: 'ticket' } };
}

function handOver(state: BotState, replies: BotReply[]): Turn {
  state.phase = 'done';
  state.step = null;
  return { state, replies, outcome: { kind: 'handover' } };
}

/** The first turn of a new chat: a greeting and the first question. */
export function startBot(ctx: BotContext, categoryId: string | null): Turn {
  const state: BotState = { phase: categoryId ? 'flow' : 'category', parentId: null, categoryId, step: null, answers: {}, pending: null };
  const greeting: BotReply = { text: say('welcome', ctx.language, { name: ctx.customerName }), step: null, input: 'none' };
  return advance(ctx, state, [greeting]);
}

/** The bot's answer to what the customer wrote or picked. */
export function answerBot(ctx: BotContext, previous: BotState, input: BotInput): Turn {
  const state: BotState = structuredClone(previous);
  const prompt = currentPrompt(ctx, state);
  if (!prompt || state.pending) return { state, replies: [], outcome: null };
  const retry = (): Turn => ({ state, replies: [{ ...prompt, text: `${say('pickOne', ctx.language)} ${prompt.text}` }], outcome: null });

  if (state.phase === 'category') {
    const chosen = pick(prompt.options ?? [], input);
    if (!chosen) return retry();
    const category = ctx.categories.find((c) => c.id === chosen)!;
    state.answers[state.parentId ? 'document' : 'product'] = category.name;
    state.categoryId = category.id;
    state.parentId = category.id;
    return advance(ctx, state, []);
  }
  if (state.phase === 'handoff') {
    const chosen = pick(prompt.options ?? [], input);
    if (!chosen) return retry();
    state.answers.handoff = chosen;
    return chosen === 'agent' ? handOver(state, []) : openTicketNext(state, []);
  }
  const step = ctx.flowFor(state.categoryId).steps.find((s) => s.key === state.step)!;
  if (step.type === 'text') {
    const skipped = step.optional && pick(prompt.options ?? [], input) === 'skip';
    state.answers[step.key] = skipped ? '' : input.text.trim();
    return advance(ctx, state, []);
  }
  const chosen = pick(prompt.options ?? [], input);
  if (!chosen) return retry();
  state.answers[step.key] = chosen;
  if (step.type === 'articles' && chosen === 'yes') {
    state.phase = 'done';
    state.step = null;
    return { state, replies: [{ text: say('solved', ctx.language), step: null, input: 'none' }], outcome: { kind: 'solved' } };
  }
  return advance(ctx, state, []);
}

/** Continues after the article search of an `articles` step (R14). */
export function showSuggestions(ctx: BotContext, previous: BotState, articles: NonNullable<BotReply['articles']>): Turn {
  const state: BotState = structuredClone(previous);
  state.pending = null;
  if (articles.length === 0) {
    state.answers[state.step!] = 'none';
    return advance(ctx, state, [{ text: say('noArticles', ctx.language), step: null, input: 'none' }]);
  }
  const prompt = currentPrompt(ctx, state)!;
  return { state, replies: [{ ...prompt, articles }], outcome: null };
}
