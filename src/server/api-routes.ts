import type { FastifyInstance } from 'fastify';
import { authRoutes } from '../modules/auth/auth.routes';
import { tokenRoutes } from '../modules/auth/token.routes';
import { sessionRoutes } from '../modules/auth/session.routes';
import { organizationRoutes } from '../modules/organizations/organization.routes';
import { peopleRoutes } from '../modules/people/person.routes';
import { teamRoutes } from '../modules/teams/team.routes';
import { categoryRoutes } from '../modules/categories/category.routes';
import { ticketRoutes } from '../modules/tickets/ticket.routes';
import { messageRoutes } from '../modules/messages/message.routes';
import { settingsRoutes } from '../modules/settings/settings.routes';
import { notificationRoutes } from '../modules/notifications/notification.routes';
import { adminRoutes } from '../modules/admin/admin.routes';
import { kbRoutes } from '../modules/kb/kb.routes';
import { inboundMailRoutes } from '../modules/inbound-mail/inbound-mail.routes';
import { calendarRoutes } from '../modules/calendars/calendar.routes';
import { slaPolicyRoutes } from '../modules/sla/sla-policy.routes';
import { callbackRoutes } from '../modules/sla/callback.routes';
import { automationRuleRoutes } from '../modules/automations/automation-rule.routes';
import { templateRoutes } from '../modules/templates/template.routes';
import { feedbackRoutes } from '../modules/feedback/feedback.routes';
import { chatRoutes } from '../modules/chat/chat.routes';
import { channelSettingsRoutes } from '../modules/channel-settings/channel-settings.routes';

/** Every /api/v1 route, one plugin per module. */
export async function apiRoutes(app: FastifyInstance): Promise<void> {
  await app.register(authRoutes);
  await app.register(sessionRoutes);
  await app.register(tokenRoutes);
  await app.register(organizationRoutes);
  await app.register(peopleRoutes);
  await app.register(teamRoutes);
  await app.register(categoryRoutes);
  await app.register(ticketRoutes);
  await app.register(messageRoutes);
  await app.register(settingsRoutes);
  await app.register(notificationRoutes);
  await app.register(adminRoutes);
  await app.register(kbRoutes);
  await app.register(inboundMailRoutes);
  await app.register(calendarRoutes);
  await app.register(slaPolicyRoutes);
  await app.register(callbackRoutes);
  await app.register(automationRuleRoutes);
  await app.register(templateRoutes);
  await app.register(feedbackRoutes);
  await app.register(chatRoutes);
  await app.register(channelSettingsRoutes);
}
