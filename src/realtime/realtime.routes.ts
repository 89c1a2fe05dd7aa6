import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { fromDeskPages } from '../server/socket-origin';
import { AppError } from '../server/app-error';
import { SESSION_COOKIE } from '../server/http-app';
import { actorFromApiToken } from '../modules/auth/resolve-actor';
import { RealtimeClient, type Credential } from './realtime-client';
import { realtimeOf } from './realtime';

/** Seconds between server pings; a socket that missed one pong is dropped. */
const HEARTBEAT_MS = 30_000;

declare module 'fastify' {
  interface FastifyRequest {
    /** How a realtime socket authenticated (set before the upgrade). */
    realtimeCredential?: Credential | null;
  }
}

/**
 * GET /api/v1/realtime: the WebSocket that pushes committed events to those allowed to see them.
 * Authenticated like the API (session cookie or Authorization: Bearer) or with `?token=<api token>`
 * for clients that cannot set headers. Protocol: docs/realtime.md.
 */
export async function realtimeRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const realtime = realtimeOf(ctx);
  await realtime.start();
  app.addHook('onClose', async () => realtime.close());

  const authenticate = async (request: FastifyRequest) => {
    const query = z.object({ token: z.string().min(1).max(500).optional() }).parse(request.query ?? {});
    if (request.actor) {
      const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
      if (bearer) request.realtimeCredential = { kind: 'token', value: bearer[1] };
      else {
        if (!fromDeskPages(request, ctx.config.PUBLIC_URL)) throw new AppError('forbidden', 'cross_origin', 'This socket must be opened from the desk\'s own pages.');
        request.realtimeCredential = { kind: 'session', value: request.cookies[SESSION_COOKIE]! };
      }
      return;
    }
    if (query.token) {
      request.actor = await actorFromApiToken(ctx, query.token);
      request.realtimeCredential = { kind: 'token', value: query.token };
    }
    if (!request.actor) throw new AppError('unauthenticated', 'unauthenticated', 'Sign in, or pass ?token=<api token>.');
  };

  app.get('/api/v1/realtime', { websocket: true, schema: { hide: true }, preValidation: authenticate }, (socket, request) => {
    const client = new RealtimeClient(socket, request.actor!, request.realtimeCredential ?? null);
    realtime.hub.add(client);
    client.send({ type: 'hello', person: { id: client.actor.id, role: client.actor.role }, heartbeatSeconds: HEARTBEAT_MS / 1000 });

    const heartbeat = setInterval(() => {
      if (!client.alive) return socket.terminate();
      client.alive = false;
      socket.ping();
    }, HEARTBEAT_MS);
    heartbeat.unref();
    socket.on('pong', () => {
      client.alive = true;
    });
    socket.on('message', (data, isBinary) => {
      client.alive = true;
      if (isBinary) return client.send({ type: 'error', code: 'binary_frame', message: 'Send text frames.' });
      realtime.hub.receive(client, data.toString()).catch((err) => request.log.error({ err }, 'realtime: message failed'));
    });
    socket.on('close', () => {
      clearInterval(heartbeat);
      realtime.hub.remove(client);
    });
  });
}
