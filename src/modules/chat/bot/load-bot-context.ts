import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { rows } from '../../../db/rows';
import { chatFlows, type IntakeField } from '../../../db/schema/index';
import { loadTeamHours, type TeamHours } from '../chat-hours';
import { chatFlowSchema, type ChatFlow, type FlowStep } from './flow.schemas';
import { defaultChatFlow } from './default-flow';
import type { BotContext, CategoryNode } from './intake-bot';

export interface LoadedBotContext extends BotContext {
  /** The team that takes chats of a category: its own, else the triage team, else none. */
  teamFor(categoryId: string | null): string | null;
}

type CategoryRow = CategoryNode & { intakeFields: IntakeField[] };

// A category's own required intake fields (categories.intake_fields) are asked after its flow's
// steps, so the ticket the bot opens is never refused as `intake_incomplete`.
function withCategoryFields(flow: ChatFlow, fields: IntakeField[]): ChatFlow {
  const known = new Set(flow.steps.map((s) => s.key));
  const extra: FlowStep[] = fields
    .filter((f) => !known.has(f.key))
    .map((f) =>
      f.options?.length
        ? { key: f.key, type: 'choice', prompt: f.label, options: f.options.map((o) => ({ value: o, label: o })) }
        : { key: f.key, type: 'text', prompt: f.label, optional: !f.required },
    );
  return extra.length ? { ...flow, steps: [...flow.steps, ...extra] } : flow;
}

/**
 * Everything the intake bot consults, read in three small queries: the category tree, the stored
 * flows and the teams' business hours (R8). Loaded per bot turn, not cached, so an admin's change
 * to a flow applies to the next answer.
 */
export async function loadBotContext(
  ctx: AppContext,
  input: { language: string | null; customerName: string; now: Date; hours?: TeamHours },
): Promise<LoadedBotContext> {
  const [categoryRows, flowRows, hours, triage] = await Promise.all([
    rows<CategoryRow>(ctx.db, sql`SELECT id, name, parent_id AS "parentId", team_id AS "teamId", intake_fields AS "intakeFields" FROM categories`),
    ctx.db.select().from(chatFlows),
    input.hours ?? loadTeamHours(ctx.db),
    rows<{ id: string }>(ctx.db, sql`SELECT id FROM teams WHERE is_triage LIMIT 1`),
  ]);
  const byId = new Map(categoryRows.map((c) => [c.id, c]));
  const stored = new Map<string, ChatFlow>();
  for (const row of flowRows) {
    const parsed = chatFlowSchema.safeParse(row.flow);
    if (parsed.success) stored.set(row.key, parsed.data);
  }
  const triageTeamId = triage[0]?.id ?? null;

  const flowFor = (categoryId: string | null): ChatFlow => {
    const own = categoryId ? byId.get(categoryId) : undefined;
    // The nearest category up the tree with a flow of its own, else the desk's default.
    for (let id = categoryId, depth = 0; id && depth < 20; depth++) {
      const flow = stored.get(id);
      if (flow) return withCategoryFields(flow, own?.intakeFields ?? []);
      id = byId.get(id)?.parentId ?? null;
    }
    return withCategoryFields(stored.get('default') ?? defaultChatFlow, own?.intakeFields ?? []);
  };
  const teamFor = (categoryId: string | null) => (categoryId ? byId.get(categoryId)?.teamId : undefined) ?? triageTeamId;

  return {
    language: input.language,
    customerName: input.customerName,
    categories: categoryRows.map(({ id, name, parentId, teamId }) => ({ id, name, parentId, teamId })),
    flowFor,
    teamFor,
    isOpenFor: (categoryId) => hours(teamFor(categoryId), input.now),
  };
}
