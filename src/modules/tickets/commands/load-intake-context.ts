import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/connection';
import { preparedRows } from '../../../db/rows';
import type { IntakeField, Priority } from '../../../db/schema/index';

export interface IntakeContext {
  requester: { id: string; role: string; name: string; email: string | null; organizationId: string | null; languages: string[] } | null;
  organization: { contractActive: boolean; language: string | null; plan: string | null } | null;
  category: { id: string; teamId: string; asksEnvironment: boolean; intakeFields: IntakeField[] } | null;
  assignee: { id: string } | null;
  triageTeamId: string | null;
  /** The category and its ancestors, nearest first (SLA policies match any of them). */
  categoryPath: string[];
  /** The requester's latest ticket not yet resolved (R23). */
  earlierOpenTicketId: string | null;
  /** R23's window (ISO duration) in force, or null when sequencing is off. */
  sequencingWindow: string | null;
  /** The priority for each availability, organization over team over global (API.md "Settings"). */
  priorityByAvailability: Record<string, Priority>;
}

const defaultPriorityByAvailability: Record<string, Priority> = { unavailable: 'high', partial: 'medium', available: 'low' };
type Layer = Record<string, Priority> | null;

/** Everything a new ticket needs to know about its requester, category and routing, in one round trip. */
export async function loadIntakeContext(
  database: Database,
  input: { requesterId: string; categoryId?: string; assigneeId?: string },
): Promise<IntakeContext> {
  const [row] = await preparedRows<{ context: IntakeContext }>(
    database,
    sql`SELECT json_build_object(
      'requester', (SELECT json_build_object('id', p.id, 'role', p.role, 'name', p.name, 'organizationId', p.organization_id, 'languages', p.languages,
                      'email', (SELECT email FROM person_emails e WHERE e.person_id = p.id AND e.is_primary))
                    FROM people p WHERE p.id = ${input.requesterId} AND p.active),
      'organization', (SELECT json_build_object('contractActive', o.contract_active, 'language', o.language, 'plan', o.plan)
                       FROM people p JOIN organizations o ON o.id = p.organization_id WHERE p.id = ${input.requesterId}),
      'category', (SELECT json_build_object('id', c.id, 'teamId', c.team_id, 'asksEnvironment', c.asks_environment, 'intakeFields', c.intake_fields)
                   FROM categories c WHERE c.id = ${input.categoryId ?? null}::uuid),
      'assignee', (SELECT json_build_object('id', a.id) FROM people a
                   WHERE a.id = ${input.assigneeId ?? null}::uuid AND a.role IN ('agent', 'admin') AND a.active),
      'triageTeamId', (SELECT id FROM teams WHERE is_triage LIMIT 1),
      'categoryPath', (WITH RECURSIVE up(id, parent_id, depth) AS (
          SELECT id, parent_id, 0 FROM categories WHERE id = ${input.categoryId ?? null}::uuid
          UNION ALL SELECT c.id, c.parent_id, up.depth + 1 FROM categories c JOIN up ON c.id = up.parent_id WHERE up.depth < 20)
        SELECT coalesce(json_agg(id ORDER BY depth), '[]'::json) FROM up),
      'earlierOpenTicketId', (SELECT id FROM tickets WHERE requester_id = ${input.requesterId}
          AND status NOT IN ('resolved', 'closed') ORDER BY created_at DESC, id DESC LIMIT 1),
      'sequencingWindow', json_build_object(
        'global', (SELECT value->'customerSequencingWindow' FROM settings WHERE key = 'lifecycle'),
        'team', (SELECT t.settings->'lifecycle'->'customerSequencingWindow' FROM teams t
                 WHERE t.id = coalesce((SELECT c.team_id FROM categories c WHERE c.id = ${input.categoryId ?? null}::uuid),
                                       (SELECT id FROM teams WHERE is_triage LIMIT 1))),
        'organization', (SELECT o.settings->'lifecycle'->'customerSequencingWindow' FROM people p JOIN organizations o ON o.id = p.organization_id
                         WHERE p.id = ${input.requesterId})),
      'priorityByAvailability', json_build_object(
        'global', (SELECT value FROM settings WHERE key = 'priorityByAvailability'),
        'team', (SELECT t.settings->'priorityByAvailability' FROM teams t
                 WHERE t.id = coalesce((SELECT c.team_id FROM categories c WHERE c.id = ${input.categoryId ?? null}::uuid),
                                       (SELECT id FROM teams WHERE is_triage LIMIT 1))),
        'organization', (SELECT o.settings->'priorityByAvailability' FROM people p JOIN organizations o ON o.id = p.organization_id
                         WHERE p.id = ${input.requesterId}))
    ) AS context`,
  );
  const raw = typeof row.context === 'string' ? JSON.parse(row.context) : row.context;
  const layers = raw.priorityByAvailability as { global: Layer; team: Layer; organization: Layer };
  const priorityByAvailability = { ...defaultPriorityByAvailability, ...layers.global, ...layers.team, ...layers.organization };
  // The most specific layer that sets a window wins.
  const windows = raw.sequencingWindow as { global: string | null; team: string | null; organization: string | null };
  const sequencingWindow = windows.organization ?? windows.team ?? windows.global ?? null;
  return { ...raw, priorityByAvailability, sequencingWindow };
}
