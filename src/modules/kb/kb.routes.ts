import type { FastifyInstance } from 'fastify';
import { articleRoutes } from './article.routes';
import { kbSearchRoutes } from './kb-search.routes';
import { kbFeedbackRoutes } from './kb-feedback.routes';

/** Every /api/v1/kb route; registered once in src/server/api-routes.ts. */
export async function kbRoutes(app: FastifyInstance): Promise<void> {
  await app.register(articleRoutes);
  await app.register(kbSearchRoutes);
  await app.register(kbFeedbackRoutes);
}
