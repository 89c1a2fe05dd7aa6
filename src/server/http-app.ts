import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import websocket from '@fastify/websocket';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import client from 'prom-client';
import type { AppContext } from './context';
import { handleError } from './error-handler';
import { AppError } from './app-error';
import type { Actor } from '../modules/auth/actor';
import { actorFromApiToken, actorFromSession } from '../modules/auth/resolve-actor';
import { apiRoutes } from './api-routes';
import { helpCenterRoutes } from '../modules/kb/help-center.routes';
import { realtimeRoutes } from '../realtime/realtime.routes';
import { webApp } from './web-app';
import { widgetRoutes } from '../channels/widget/widget.routes';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, or null; set before any /api handler runs. */
    actor: Actor | null;
  }
  interface FastifyInstance {
    ctx: AppContext;
  }
}

export const SESSION_COOKIE = 'atende_session';

/** The signed-in actor of a request; throws 401 when nobody is signed in. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) {
    throw new AppError('unauthenticated', 'unauthenticated', 'Sign in, or send Authorization: Bearer <token>.');
  }
  return request.actor;
}

const registry = new client.Registry();
client.collectDefaultMetrics({ register: registry });
const httpDuration = new client.Histogram({
  name: 'atende_http_request_duration_seconds',
  help: 'HTTP request duration by route and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry],
});

/** Builds the HTTP server: validation, errors, auth, OpenAPI, health and metrics, then the API. */
export async function buildHttpApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.logger as unknown as FastifyBaseLogger,
    bodyLimit: ctx.config.JSON_BODY_MAX_BYTES,
    // Per-request lines only when debugging; the metrics histogram covers routine traffic.
    logController: new LogController({ disableRequestLogging: ctx.config.LOG_LEVEL !== 'debug' && ctx.config.LOG_LEVEL !== 'trace' }),
    trustProxy: true,
  });
  app.decorate('ctx', ctx);
  app.decorateRequest('actor', null);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: { code: 'route_not_found', message: `No route ${request.method} ${request.url.split('?')[0]}.`, details: {} },
    }),
  );

  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: ctx.config.ATTACHMENT_MAX_BYTES, files: 20, fields: 50, fieldSize: ctx.config.JSON_BODY_MAX_BYTES },
    throwFileSizeLimit: true,
  });
  await app.register(rateLimit, { global: false });
  // One WebSocket server for the app: the realtime gateway and the chat widget share it.
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Atende API', version: '1.0.0', description: 'Self-hosted customer-support desk, API v1.' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const auth = request.headers.authorization;
    if (auth) {
      const match = /^Bearer\s+(\S+)$/i.exec(auth);
      if (!match) throw new AppError('unauthenticated', 'invalid_authorization', 'Use Authorization: Bearer <token>.');
      request.actor = await actorFromApiToken(ctx, match[1]);
      if (!request.actor) throw new AppError('unauthenticated', 'invalid_token', 'The API token is unknown or revoked.');
      return;
    }
    const session = request.cookies[SESSION_COOKIE];
    if (session) request.actor = await actorFromSession(ctx, session);
  });

  app.addHook('onResponse', async (request, reply) => {
    httpDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.get('/healthz', { schema: { hide: true } }, async () => {
    await ctx.database.execScript('SELECT 1');
    return { status: 'ok', database: ctx.database.kind, now: ctx.clock.now().toISOString() };
  });
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });

  await app.register(apiRoutes, { prefix: '/api/v1' });
  await app.register(helpCenterRoutes);
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(realtimeRoutes);
  await app.register(webApp);
  await app.register(widgetRoutes);
  return app as unknown as FastifyInstance;
}
