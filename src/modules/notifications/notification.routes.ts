import type { FastifyInstance } from 'fastify';

export async function notificationRoutes(_app: FastifyInstance): Promise<void> {}
