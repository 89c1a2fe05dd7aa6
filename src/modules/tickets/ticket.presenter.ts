import { iso } from '../../contracts/common';
import type { events } from '../../db/schema/index';
import type { TicketRecord } from './ticket.queries';
import { presentSla } from '../sla/sla-json';

/** A ticket as the API shows it; the same view for every audience (nothing internal lives on it). */
export const presentTicket = (t: TicketRecord) => ({
  id: t.id,
  number: t.number,
  subject: t.subject,
  status: t.status,
  priority: t.priority,
  severity: t.severity,
  availability: t.availability,
  environment: t.environment,
  channel: t.channel,
  categoryId: t.categoryId,
  teamId: t.teamId,
  assigneeId: t.assigneeId,
  requesterId: t.requesterId,
  organizationId: t.organizationId,
  cc: t.cc,
  level: t.level,
  eta: iso(t.eta),
  language: t.language,
  intake: t.intake,
  createdAt: iso(t.createdAt),
  updatedAt: iso(t.updatedAt),
  lastActivityAt: iso(t.lastActivityAt),
  mergedIntoId: t.mergedIntoId,
  sla: presentSla(t.sla),
});

export const presentTicketEvent = (e: typeof events.$inferSelect) => ({
  id: e.id,
  type: e.type,
  actorId: e.actorId,
  data: e.data,
  createdAt: iso(e.createdAt),
});
