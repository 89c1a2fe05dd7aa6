import { z } from 'zod';
import { timestamp } from '../../contracts/common';

export const giveFeedbackBody = z.strictObject({
  rating: z.number().int().min(1).max(5).describe('1 (very unhappy) to 5 (very happy)'),
  comment: z.string().trim().max(5000).optional().describe('What went well or not'),
});

export const feedbackView = z.object({
  ticketId: z.string(),
  personId: z.string(),
  rating: z.number(),
  comment: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const csatQuery = z.object({
  from: z.string().datetime({ offset: true }).optional(),
  to: z.string().datetime({ offset: true }).optional(),
  teamId: z.string().uuid().optional(),
});

export const csatReport = z.object({
  responses: z.number().describe('Ratings received'),
  average: z.number().nullable().describe('Mean rating, 1–5'),
  satisfiedShare: z.number().nullable().describe('Share of ratings 4 or 5 (the usual CSAT score), 0–1'),
  byRating: z.record(z.string(), z.number()),
  feedbackRequests: z.number().describe('Resolved tickets whose requester was asked'),
  responseRate: z.number().nullable(),
});

export type GiveFeedback = z.infer<typeof giveFeedbackBody>;
