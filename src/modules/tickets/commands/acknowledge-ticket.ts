import { sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { newId } from '../../../server/ids';
import { loadTemplates } from '../../templates/template-set';
import { composeAcknowledgement } from '../../templates/compose-customer-message';
import { formatDue } from '../../templates/render-template';
import type { IntakeContext } from './load-intake-context';

// The ticket number comes from a sequence inside the create statement, so the text keeps this
// placeholder until SQL fills it in.
const NUMBER = '{{ticket.number}}';

/**
 * The acknowledgement email of a new ticket (R4): it states the ticket number and the due date, from
 * the most specific `acknowledgement` template or the built-in one. Returned as a part of the create
 * statement, so the outbox row is written with the ticket; nothing when the requester has no email
 * or is staff filing for themselves.
 */
export async function acknowledgementFor(
  ctx: AppContext,
  input: {
    requester: NonNullable<IntakeContext['requester']>;
    teamId: string | null;
    language: string | null;
    subject: string;
    id: string;
    sla: Record<string, unknown>;
    now: Date;
  },
): Promise<SQL> {
  const { requester, now } = input;
  if (!requester.email || requester.role !== 'customer') return sql``;
  const due = (input.sla.resolutionDueAt ?? input.sla.firstResponseDueAt) as string | null;
  const ack = composeAcknowledgement(
    await loadTemplates(ctx),
    { teamId: input.teamId, language: input.language, channel: 'email' },
    {
      customer: { name: requester.name },
      ticket: { number: NUMBER, subject: input.subject, dueAt: formatDue(due, input.language) },
      agent: { name: '' },
      portal: { url: `${ctx.config.PUBLIC_URL}/portal/tickets/${input.id}` },
    },
  );
  const data = { dueAt: due, templateId: ack.templateId, messageId: `<ack-${input.id}@${ctx.config.SUPPORT_EMAIL.split('@')[1]}>`, autoSubmitted: true };
  return sql`, n AS (
    INSERT INTO notifications (id, ticket_id, channel, kind, recipient, recipient_id, subject, body, data, status, attempts, next_attempt_at, created_at)
    SELECT ${newId()}, t.id, 'email', 'acknowledgement', ${requester.email}, ${requester.id},
      replace(${ack.subject}, ${NUMBER}, t.number::text), replace(${ack.body}, ${NUMBER}, t.number::text),
      ${JSON.stringify(data)}::jsonb || jsonb_build_object('ticketNumber', t.number), 'queued', 0, ${now}, ${now}
    FROM t
  )`;
}
