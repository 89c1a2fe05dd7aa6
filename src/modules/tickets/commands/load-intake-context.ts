import { sql } from 'drizzle-orm';
import type { Executor } from '../../../db/connection';
import { rows } from '../../../db/rows';
import type { IntakeField, Priority } from '../../../db/schema/index';

export interface IntakeContext {
  requester: { id: string; role: string; organizationId: string | null; languages: string[] } | null;
  organization: { contractActive: boolean; language: string | null; plan: string | null } | null;
  category: { id: string; teamId: string; asksEnvironment: boolean; intakeFields: IntakeField[] } | null;
  assignee: { id: string } | null;
  triageTeamId: string | null;
  /** The priority for each availability, organization over team over global (API.md "Settings"). */
  priorityByAvailability: Record<string, Priority>;
}

const defaultPriorityByAvailability: Record<string, Priority> = { unavailable: 'high', partial: 'medium', available: 'low' };
type Layer = Record<string, Priority> | null;

/** Everything a new ticket needs to know about its requester, category and routing, in one round trip. */
export async function loadIntakeContext(
  db: Executor,
  input: { requesterId: string; categoryId?: string; assigneeId?: string },
): Promise<IntakeContext> {
  const [row] = await rows<{ context: IntakeContext }>(
    db,
    sql`SELECT json_build_object(
      'requester', (SELECT json_build_object('id', p.id, 'role', p.role, 'organizationId', p.organization_id, 'languages', p.languages)
                    FROM people p WHERE p.id = ${input.requesterId} AND p.active),
      'organization', (SELECT json_build_object('contractActive', o.contract_active, 'language', o.language, 'plan', o.plan)
                       FROM people p JOIN organizations o ON o.id = p.organization_id WHERE p.id = ${input.requesterId}),
      'category', (SELECT json_build_object('id', c.id, 'teamId', c.team_id, 'asksEnvironment', c.asks_environment, 'intakeFields', c.intake_fields)
                   FROM categories c WHERE c.id = ${input.categoryId ?? null}::uuid),
      'assignee', (SELECT json_build_object('id', a.id) FROM people a
                   WHERE a.id = ${input.assigneeId ?? null}::uuid AND a.role IN ('agent', 'admin') AND a.active),
      'triageTeamId', (SELECT id FROM teams WHERE is_triage LIMIT 1),
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
  return { ...raw, priorityByAvailability };
}
