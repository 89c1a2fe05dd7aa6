import type { AppContext } from '../../server/context';
import { AppError } from '../../server/app-error';
import { isStaff, type Actor } from '../auth/actor';
import { getOrganization } from '../organizations/organization.queries';

/**
 * Only customers whose organization has an active contract (R2) and chat in its plan (R29) may chat.
 * The refusal names the channels still open to them, so the widget can point to the ticket form or
 * email instead of going silent ("email for customers who lost access", R29). A customer without an
 * organization is not restricted, as for tickets and email.
 */
export async function assertChatEntitled(ctx: AppContext, actor: Actor): Promise<void> {
  if (isStaff(actor)) {
    throw new AppError('forbidden', 'customers_only', 'Chats are started by customers; agents answer them from the queue.');
  }
  if (!actor.organizationId) return;
  const organization = await getOrganization(ctx, { actor, id: actor.organizationId });
  const ticketFormUrl = `${ctx.config.PUBLIC_URL}/portal/new`;
  if (!organization.contractActive) {
    // Without a contract no channel is open (tickets and email refuse too), so none is offered.
    throw new AppError('forbidden', 'chat_not_entitled', `${organization.name} has no active support contract; please contact your account manager.`, {
      reason: 'no_active_contract',
      allowedChannels: [],
    });
  }
  if (organization.entitlements.chat) return;
  const allowedChannels = ['web', ...(organization.entitlements.email ? ['email'] : []), ...(organization.entitlements.whatsapp ? ['whatsapp'] : [])];
  throw new AppError('forbidden', 'chat_not_entitled', `Live chat is not part of ${organization.name}'s plan; please open a ticket instead.`, {
    reason: 'chat_not_in_plan',
    allowedChannels,
    ticketFormUrl,
    supportEmail: organization.entitlements.email ? ctx.config.SUPPORT_EMAIL : null,
  });
}
