import type { AppContext } from '../../server/context';
import type { AttachmentStore } from '../../modules/messages/attachment-store';
import { syntheticMessageId, type InboundAttempt } from '../../modules/inbound-mail/commands/begin-inbound-attempt';
import type { InboundOutcome } from '../../modules/inbound-mail/commands/settle-inbound-mail';
import { screenInboundMail } from '../../modules/inbound-mail/inbound-mail.queries';
import { storableText } from '../../modules/inbound-mail/storable-text';
import { findOrCreateCustomer } from '../../modules/people/commands/find-or-create-customer';
import { markNotificationBounced } from '../../modules/notifications/commands/mark-notification-bounced';
import { getOrganization } from '../../modules/organizations/organization.queries';
import { isStaff, type Actor } from '../../modules/auth/actor';
import { maskSecrets } from '../../modules/privacy/mask-secrets';
import { addMessage } from '../../modules/messages/commands/add-message';
import { openTicket } from '../../modules/tickets/commands/create-ticket';
import type { TicketRecord } from '../../modules/tickets/ticket.queries';
import type { ParsedMail } from './parse-mail';
import { normalizeAddress, ownAddresses } from './email-addresses';
import { readBounce } from './read-bounce';
import { detectAutoReply } from './detect-auto-reply';
import { findThread, withoutTicketToken } from './find-thread';
import { buildMessageContent, type MessageContent } from './build-message-content';

type Outcome = Omit<InboundOutcome, 'subject' | 'fromAddress'>;

/**
 * Decides what a parsed inbound email becomes and does it through commands, in this order: no
 * sender → failed; our own address → ignored (loop); a bounce → the notification is marked failed;
 * an auto-reply or list mail → ignored; over the sender's hourly limit → rate_limited; a Message-ID
 * already on a ticket → ignored (duplicate); a reply by the requester or a copied address → added
 * to its ticket (a closed ticket gets a follow-up); anything else → a new email ticket.
 */
export async function deliverInboundMail(ctx: AppContext, store: AttachmentStore, row: InboundAttempt, mail: ParsedMail): Promise<InboundOutcome> {
  const sender = mail.from?.address ?? normalizeAddress(row.envelopeFrom);
  const subject = maskSecrets(storableText(mail.subject).trim()).text.slice(0, 500);
  const outcome = await decide(ctx, store, row, mail, sender, subject);
  return { ...outcome, subject: subject || null, fromAddress: sender };
}

async function decide(ctx: AppContext, store: AttachmentStore, row: InboundAttempt, mail: ParsedMail, sender: string | null, subject: string): Promise<Outcome> {
  if (!sender) return { status: 'failed', reason: 'no_sender: the message has no From address and no envelope sender; nobody to answer' };
  const own = ownAddresses(ctx.config.SUPPORT_EMAIL, row.envelopeTo);
  if (own.has(sender)) return { status: 'ignored', reason: `loop: sent from our own address ${sender}` };

  const bounce = readBounce(mail);
  if (bounce) {
    if (bounce.action !== 'failed') return { status: 'ignored', reason: `bounce_${bounce.action}: ${bounce.reason}` };
    if (!bounce.messageId) return { status: 'ignored', reason: `bounce_unmatched: the report names no Message-ID; ${bounce.reason}` };
    const marked = await markNotificationBounced(ctx, { messageId: bounce.messageId, recipient: bounce.recipient, reason: bounce.reason });
    if (!marked.matched) return { status: 'ignored', reason: `bounce_unmatched: no notification has Message-ID ${bounce.messageId}` };
    return { status: 'processed', reason: `bounce: ${marked.notificationIds.length} notification(s) marked failed for ${bounce.recipient ?? 'the recipient'}` };
  }
  const auto = detectAutoReply(mail.headers, mail.subject);
  if (auto) return { status: 'ignored', reason: `auto_reply: ${auto}` };

  // Mail without a Message-ID still needs one: threading and de-duplication key on it.
  const emailMessageId = mail.messageId ?? syntheticMessageId(row.id);
  // The checks came with the attempt, keyed on the headers read at receipt; the parse reads the
  // same headers, and only when it disagrees are they asked again.
  const screen = row.fromAddress === sender && (row.messageId ?? syntheticMessageId(row.id)) === emailMessageId
    ? row
    : await screenInboundMail(ctx.db, { fromAddress: sender, id: row.id, receivedAt: row.receivedAt, messageId: emailMessageId });
  const limit = ctx.config.INBOUND_RATE_LIMIT_PER_HOUR;
  if (!row.retriedByAdmin && screen.earlierFromSender >= limit) {
    return { status: 'rate_limited', reason: `rate_limit: ${screen.earlierFromSender} mails from ${sender} in the hour before this one (limit ${limit})` };
  }
  const existing = screen.existing;
  if (existing) {
    // Our own earlier attempt got this far before failing: it is done, not a duplicate.
    const status = existing.inboundMessageId === row.id ? 'processed' : 'ignored';
    return { status, reason: `duplicate: ${emailMessageId} is already on the ticket`, ticketId: existing.ticketId, ticketMessageId: existing.messageId };
  }

  const { person } = await findOrCreateCustomer(ctx, { email: sender, name: mail.from?.name, source: 'email' });
  if (!person.active) return { status: 'ignored', reason: `sender_deactivated: ${sender} belongs to a deactivated person` };
  // The same actor loadActor would read, from the record already in hand.
  const actor: Actor = { id: person.id, name: person.name, role: person.role, organizationId: person.organizationId, teamIds: person.teamIds, emails: person.emails, languages: person.languages };
  const thread = await findThread(ctx, mail);
  const mayReply = thread && (thread.ticket.requesterId === person.id || thread.ticket.cc.some((e) => person.emails.includes(e)));
  if (!mayReply) {
    const refused = await entitlementProblem(ctx, actor);
    if (refused) return { status: 'ignored', reason: refused };
  }
  const content = await buildMessageContent(ctx, store, mail, row.id);
  try {
    if (mayReply) return await reply(ctx, actor, thread.ticket, thread.by, content, emailMessageId);
    return await newTicket(ctx, actor, { mail, subject, sender, own, related: thread?.ticket ?? null, content, emailMessageId });
  } catch (err) {
    await Promise.all(content.files.map((f) => store.remove(f.storageKey)));
    throw err;
  }
}

// R2: customers of an organization without an active contract, or without email in their plan,
// get no ticket; the `inbound_mail.ignored` event carries the reason for a clear answer.
async function entitlementProblem(ctx: AppContext, actor: Actor): Promise<string | null> {
  if (isStaff(actor) || !actor.organizationId) return null;
  const organization = await getOrganization(ctx, { actor, id: actor.organizationId });
  if (!organization.contractActive) return `no_active_contract: ${organization.name} has no active support contract (R2)`;
  if (organization.entitlements?.email === false) return `email_not_entitled: ${organization.name}'s plan does not include email`;
  return null;
}

async function reply(ctx: AppContext, actor: Actor, ticket: TicketRecord, by: string, content: MessageContent, emailMessageId: string): Promise<Outcome> {
  const result = await addMessage(ctx, { actor, ticketId: ticket.id, body: content.body, channel: 'email', bodyHtml: content.bodyHtml, original: content.original, emailMessageId, files: content.files });
  const reason = result.followUpOf
    ? `follow_up: #${ticket.number} is closed; opened #${result.ticket.number}`
    : `reply: added to #${ticket.number} (threaded by ${by})`;
  return { status: 'processed', reason, ticketId: result.ticket.id, ticketMessageId: result.message.id };
}

async function newTicket(
  ctx: AppContext,
  actor: Actor,
  input: { mail: ParsedMail; subject: string; sender: string; own: Set<string>; related: TicketRecord | null; content: MessageContent; emailMessageId: string },
): Promise<Outcome> {
  const { mail, related, content } = input;
  // Everyone else the customer wrote to is copied (R6), except the desk's own addresses.
  const cc = [...new Set([...mail.to, ...mail.cc].map((m) => m.address))].filter((a) => a !== input.sender && !input.own.has(a)).slice(0, 50);
  const { ticket, firstMessage } = await openTicket(ctx, {
    actor,
    data: {
      subject: withoutTicketToken(input.subject) || '(no subject)',
      body: content.body,
      cc,
      channel: 'email',
      // R43: a stranger writing on a ticket opens their own, linked to it.
      ...(related ? { intake: { relatedTicketNumber: related.number } } : {}),
    },
    files: content.files,
    bodyHtml: content.bodyHtml,
    original: content.original,
    emailMessageId: input.emailMessageId,
  });
  const reason = related
    ? `new_ticket: ${input.sender} is not the requester or copied on #${related.number} (R43); opened #${ticket.number}`
    : `new_ticket: opened #${ticket.number}`;
  return { status: 'processed', reason, ticketId: ticket.id, ticketMessageId: firstMessage.id };
}
