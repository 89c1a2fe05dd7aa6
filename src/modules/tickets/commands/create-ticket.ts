import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { AppError } from '../../../server/app-error';
import { newId } from '../../../server/ids';
import { preparedRows, rows } from '../../../db/rows';
import { isStaff, type Actor } from '../../auth/actor';
import type { CreateTicket } from '../ticket.schemas';
import type { TicketRecord } from '../ticket.queries';
import type { Priority } from '../../../db/schema/index';
import { maskTicketText } from '../mask-ticket-text';
import { maskSecrets } from '../../privacy/mask-secrets';
import { attachments } from '../../../db/schema/index';
import type { Executor } from '../../../db/connection';
import type { StoredFile } from '../../messages/attachment-store';
import type { MessageRecord } from '../../messages/commands/add-message';
import { loadIntakeContext, type IntakeContext } from './load-intake-context';
import { bindPolicy, loadSlaConfig } from '../../sla/sla-config';
import { matchPolicy } from '../../sla/match-policy';
import { startSla } from '../../sla/sla-state';
import { SLA_CHECK_JOB, slaFields } from '../../sla/ticket-sla';
import { acknowledgementFor } from './acknowledge-ticket';

function checkIntake(context: IntakeContext, intake: Record<string, unknown>) {
  const missing = (context.category?.intakeFields ?? [])
    .filter((f) => f.required && (intake[f.key] === undefined || intake[f.key] === null || intake[f.key] === ''))
    .map((f) => f.key);
  if (missing.length) {
    throw new AppError('unprocessable', 'intake_incomplete', `The category asks for: ${missing.join(', ')}.`, { missing });
  }
}

/**
 * Opens a ticket: routed to its category's team (else the triage team, R21), priority from the
 * customer's availability when not given (R7), secrets masked before storage (R45). The ticket, its
 * first message and its event are written by one statement, so the create is one round trip.
 */
export async function createTicket(ctx: AppContext, input: { actor: Actor; data: CreateTicket }): Promise<TicketRecord> {
  return (await openTicket(ctx, input)).ticket;
}

export interface OpenTicketInput {
  actor: Actor;
  data: CreateTicket;
  /** The closed ticket this one follows up (a customer wrote on it again). */
  followUpOf?: TicketRecord;
  files?: StoredFile[];
  bodyHtml?: string | null;
  original?: Record<string, unknown> | null;
  emailMessageId?: string | null;
}

/** Opens a ticket and answers with it and its first message (channels need both). */
export async function openTicket(ctx: AppContext, input: OpenTicketInput): Promise<{ ticket: TicketRecord; firstMessage: MessageRecord }> {
  const { actor, data } = input;
  const staff = isStaff(actor);
  if (!staff && (data.requesterId && data.requesterId !== actor.id)) {
    throw new AppError('forbidden', 'cannot_file_for_others', 'Customers open tickets for themselves only.');
  }
  if (!staff && (data.teamId || data.assigneeId)) {
    throw new AppError('forbidden', 'staff_only_fields', 'Only agents choose the team or assignee of a ticket.');
  }
  const requesterId = data.requesterId ?? actor.id;
  const [context, slaConfig] = await Promise.all([
    loadIntakeContext(ctx.database, { requesterId, categoryId: data.categoryId, assigneeId: data.assigneeId }),
    loadSlaConfig(ctx),
  ]);
  const requester = context.requester;
  if (!requester) throw new AppError('unprocessable', 'requester_not_found', 'The requester does not exist.', { requesterId });
  if (data.categoryId && !context.category) throw new AppError('unprocessable', 'category_not_found', 'The category does not exist.', { categoryId: data.categoryId });
  if (data.assigneeId && !context.assignee) throw new AppError('unprocessable', 'assignee_not_found', 'The assignee is not an agent.', { assigneeId: data.assigneeId });
  if (!staff && context.organization && !context.organization.contractActive) {
    throw new AppError('forbidden', 'no_active_contract', 'Your organization has no active support contract; contact your account manager.', {});
  }
  const intake = data.intake ?? {};
  checkIntake(context, intake);

  const masked = maskTicketText({ subject: data.subject, body: data.body, intake });
  const now = ctx.clock.now();
  const teamId = data.teamId ?? context.category?.teamId ?? context.triageTeamId;
  const priority: Priority =
    data.priority ??
    (data.availability ? (context.priorityByAvailability[data.availability] ?? 'medium') : 'medium');
  const cc = [...new Set((data.cc ?? []).map((e) => e.toLowerCase()))];
  const channel = data.channel ?? 'web';
  const language = data.language ?? requester.languages[0] ?? context.organization?.language ?? null;
  const id = newId();
  const messageId = newId();
  const matched = matchPolicy(slaConfig.policies, {
    plan: context.organization?.plan ?? null,
    priority,
    severity: data.severity ?? null,
    channel,
    categoryPath: context.categoryPath,
    teamId,
    organizationId: requester.organizationId,
  });
  const policy = bindPolicy(matched, teamId, slaConfig);
  // R23: while the requester has an earlier ticket open, this one waits for its first response.
  const waitingForTicketId = context.sequencingWindow ? context.earlierOpenTicketId : null;
  const sla = slaFields(startSla({ policy, now: now.getTime(), config: slaConfig, waitingForTicketId }));
  const acknowledgement = await acknowledgementFor(ctx, { requester, teamId, language, subject: masked.subject, id, sla: sla.sla, now });
  const slaCheck = sla.nextCheckAt === null
    ? sql``
    : sql`, j AS (
      INSERT INTO jobs (id, name, payload, run_at, status, attempts, dedupe_key, created_at)
      VALUES (${newId()}, ${SLA_CHECK_JOB}, ${JSON.stringify({ ticketId: id })}::jsonb, ${new Date(sla.nextCheckAt)}, 'queued', 0, ${`sla:${id}`}, ${now})
    )`;
  const bodyHtml = input.bodyHtml ? maskSecrets(input.bodyHtml).text : null;
  const files = input.files ?? [];
  const eventData = {
    channel,
    requesterId,
    teamId,
    priority,
    ...(masked.kinds.length ? { maskedSecrets: masked.kinds } : {}),
    ...(input.followUpOf ? { followUpOf: input.followUpOf.id, followUpOfNumber: input.followUpOf.number } : {}),
  };

  const insertStatement = sql`WITH t AS (
      INSERT INTO tickets (id, subject, status, priority, severity, availability, environment, channel, category_id,
        team_id, assignee_id, requester_id, organization_id, cc, level, language, intake, sla, queue_due_at,
        status_changed_at, created_at, updated_at, last_activity_at, last_customer_message_at)
      VALUES (${id}, ${masked.subject}, 'new', ${priority}, ${data.severity ?? null}, ${data.availability ?? null},
        ${data.environment ?? null}, ${channel}, ${data.categoryId ?? null}, ${teamId}, ${data.assigneeId ?? null},
        ${requesterId}, ${requester.organizationId}, ${`{${cc.map((e) => `"${e}"`).join(',')}}`}::text[], 1,
        ${language}, ${JSON.stringify(masked.intake)}::jsonb, ${JSON.stringify(sla.sla)}::jsonb,
        ${sla.queueDueAt ?? 'infinity'}::timestamptz, ${now}, ${now}, ${now}, ${now},
        ${staff && requesterId === actor.id ? null : now})
      RETURNING id, number
    ), m AS (
      INSERT INTO messages (id, ticket_id, author_id, kind, channel, body, body_html, original, email_message_id, created_at)
      SELECT ${messageId}, t.id, ${actor.id}, 'public', ${channel}, ${masked.body}, ${bodyHtml},
        ${input.original ? JSON.stringify(input.original) : null}::jsonb, ${input.emailMessageId ?? null}, ${now} FROM t
    ), e AS (
      INSERT INTO events (id, type, ticket_id, actor_id, data, created_at)
      SELECT ${newId()}, 'tickets.created', t.id, ${actor.id}, ${JSON.stringify(eventData)}::jsonb || jsonb_build_object('number', t.number), ${now} FROM t
    )${slaCheck}${acknowledgement}
    SELECT number FROM t`;
  // Without files the create is one statement; files add their rows in the same transaction.
  const [inserted] = files.length
    ? await ctx.db.transaction(async (tx) => {
        const result = await rows<{ number: number }>(tx, insertStatement);
        await tx.insert(attachments).values(files.map((f) => ({ ...f, ticketId: id, messageId, createdAt: now })));
        return result;
      })
    : await preparedRows<{ number: number }>(ctx.database, insertStatement);
  ctx.events.kick();
  const ticket: TicketRecord = {
    id,
    number: Number(inserted.number),
    subject: masked.subject,
    status: 'new',
    priority,
    severity: data.severity ?? null,
    availability: data.availability ?? null,
    environment: data.environment ?? null,
    channel,
    categoryId: data.categoryId ?? null,
    teamId,
    assigneeId: data.assigneeId ?? null,
    requesterId,
    organizationId: requester.organizationId,
    cc,
    level: 1,
    eta: null,
    language,
    intake: masked.intake,
    mergedIntoId: null,
    queueDueAt: sla.queueDueAt ?? new Date(8.64e15),
    sla: sla.sla,
    firstResponseAt: null,
    lastCustomerMessageAt: staff && requesterId === actor.id ? null : now,
    lastAgentMessageAt: null,
    statusChangedAt: now,
    createdAt: now,
    updatedAt: now,
    lastActivityAt: now,
  };
  const firstMessage: MessageRecord = {
    id: messageId,
    ticketId: id,
    authorId: actor.id,
    kind: 'public',
    channel,
    body: masked.body,
    bodyHtml,
    original: input.original ?? null,
    emailMessageId: input.emailMessageId ?? null,
    createdAt: now,
    attachments: files,
  };
  return { ticket, firstMessage };
}
