import type { AppContext } from '../../../server/context';
import type { Db } from '../../../db/connection';
import type { MacroChanges } from '../../../db/schema/index';
import { notFound } from '../../../server/app-error';
import { requireStaff, type Actor } from '../../auth/actor';
import { recordEvent } from '../../../events/record-event';
import { addMessage, type MessageRecord } from '../../messages/commands/add-message';
import { updateTicket } from '../../tickets/commands/update-ticket';
import { getTicket, type TicketRecord } from '../../tickets/ticket.queries';
import type { UpdateTicket } from '../../tickets/ticket.schemas';
import { findPerson } from '../../people/person.queries';
import { formatDue, renderTemplate, type TemplateVariables } from '../../templates/render-template';
import { findMacro } from '../macro.queries';

/** The macro's field changes for this agent: "me" becomes whoever applies it. */
function changesFor(changes: MacroChanges, actor: Actor): UpdateTicket {
  const { assigneeId, ...rest } = changes;
  return { ...rest, ...(assigneeId !== undefined ? { assigneeId: assigneeId === 'me' ? actor.id : assigneeId } : {}) } as UpdateTicket;
}

async function variablesFor(ctx: AppContext, ticket: TicketRecord, actor: Actor): Promise<TemplateVariables> {
  const requester = await findPerson(ctx.db, ticket.requesterId);
  const language = requester?.languages[0] ?? ticket.language;
  const sla = ticket.sla as { resolutionDueAt?: string | null; firstResponseDueAt?: string | null };
  return {
    customer: { name: requester?.name ?? '' },
    ticket: { number: ticket.number, subject: ticket.subject, dueAt: formatDue(sla.resolutionDueAt ?? sla.firstResponseDueAt, language) },
    agent: { name: actor.name },
    portal: { url: `${ctx.config.PUBLIC_URL}/portal/tickets/${ticket.id}` },
  };
}

/**
 * Applies a macro to a ticket (issue 5): its reply or internal note, rendered with the template
 * variables (R27), then its field changes — through the same commands an agent's own reply and
 * edit use, so every rule (status machine, R28 assignment, SLA, R17 pending, R18 e-mails) holds.
 *
 * Both commands run inside one outer transaction (theirs become savepoints), so a macro applies
 * whole or not at all: a refused assignment does not leave a reply already e-mailed to the
 * customer. The message goes first because a transfer in the changes may take the ticket out of
 * the agent's teams, after which they could no longer write on it.
 */
export async function applyMacro(
  ctx: AppContext,
  input: { actor: Actor; ticketId: string; macroId: string },
): Promise<{ ticket: TicketRecord; message: MessageRecord | null }> {
  const { actor } = input;
  requireStaff(actor);
  const now = ctx.clock.now();
  const result = await ctx.db.transaction(async (tx) => {
    // The commands see the transaction as their database: their own transactions nest as
    // savepoints, and every read they make (SLA configuration, templates) stays inside it — on the
    // embedded database a read beside it would wait for this very transaction. Events they kick
    // are read by the dispatcher only once this commits.
    const inTx: AppContext = { ...ctx, db: tx as unknown as Db };
    const ticket = await getTicket(inTx, { actor, id: input.ticketId });
    const macro = await findMacro(tx, input.macroId);
    if (!macro) throw notFound('macro');
    const reason = `macro: ${macro.name}`;
    let { status, ...fields } = changesFor(macro.changes, actor);
    let current = ticket;
    let message: MessageRecord | null = null;
    if (macro.body) {
      const body = renderTemplate(macro.body, await variablesFor(inTx, ticket, actor));
      // The status rides with the reply, as when an agent picks "then set status" in the composer.
      const added = await addMessage(inTx, { actor, ticketId: ticket.id, body, internal: macro.internal, status, reason });
      message = added.message;
      current = added.ticket;
      status = undefined;
    }
    const rest = { ...fields, ...(status ? { status } : {}) };
    if (Object.keys(rest).length > 0) current = await updateTicket(inTx, { actor, id: ticket.id, data: rest, reason });
    await recordEvent(tx, {
      type: 'macros.applied',
      ticketId: ticket.id,
      actorId: actor.id,
      data: { macroId: macro.id, name: macro.name, messageId: message?.id ?? null },
      at: now,
    });
    return { ticket: current, message };
  });
  ctx.events.kick();
  return result;
}
