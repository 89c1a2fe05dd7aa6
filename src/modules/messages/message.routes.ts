import type { FastifyInstance } from 'fastify';

export async function messageRoutes(_app: FastifyInstance): Promise<void> {}
