import { z } from 'zod';
import { timestamp } from '../../contracts/common';
import { priority, status } from './ticket.schemas';

export const similarReason = z
  .enum(['same_requester', 'same_organization', 'similar_subject', 'similar_description'])
  .describe('same_requester | same_organization | similar_subject (subjects alike) | similar_description (subject and first message share words)');

export const similarTicketsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10).describe('How many tickets to return (1-50)'),
});

export const similarTicketView = z.object({
  id: z.string(),
  number: z.number().int(),
  subject: z.string(),
  status,
  priority,
  requesterId: z.string(),
  organizationId: z.string().nullable(),
  teamId: z.string().nullable(),
  createdAt: timestamp,
  score: z.number().describe('0..1: how alike the subjects and first messages read'),
  reasons: z.array(similarReason).describe('Why this ticket is offered'),
});

export const similarChatView = z.object({
  id: z.string(),
  publicId: z.string().describe('The short chat ID shown to the customer (R35)'),
  status: z.string().describe('bot | waiting | active'),
  teamId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  ticketId: z.string().nullable().describe('The ticket the chat already became, if any'),
  createdAt: timestamp,
  lastMessageAt: timestamp,
  reasons: z.array(similarReason),
});

export const similarTicketsView = z.object({
  items: z.array(similarTicketView).describe('Same requester first, then same organization, then alike subjects; open ones first within each'),
  similarOpenCount: z.number().int().describe('Open tickets whose text is alike, counted before the limit (R7)'),
  chats: z.array(similarChatView).describe('The requester\'s unfinished chat, when you may see it (R44)'),
});
