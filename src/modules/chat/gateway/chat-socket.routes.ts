import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { fromDeskPages } from '../../../server/socket-origin';
import { AppError } from '../../../server/app-error';
import { SESSION_COOKIE } from '../../../server/http-app';
import { actorFromApiToken } from '../../auth/resolve-actor';
import { WIDGET_TOKEN_PREFIX, actorFromWidgetToken } from '../widget-auth';
import { ChatClient, type ChatCredential } from './chat-client';
import { chatGatewayOf } from './chat-gateway';

/** Seconds between server pings; a socket that missed one pong is dropped. */
const HEARTBEAT_MS = 30_000;

declare module 'fastify' {
  interface FastifyRequest {
    /** How a chat socket authenticated (set before the upgrade). */
    chatCredential?: ChatCredential | null;
  }
}

/**
 * GET /api/v1/chats/socket: the chat WebSocket of the widget and the agent console
 * (docs/chat-protocol.md). Authenticated by `?token=` (a widget token or an API token), by
 * Authorization: Bearer, or by the session cookie from the desk's own pages.
 */
export async function chatSocketRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const gateway = chatGatewayOf(ctx);
  await gateway.start();
  app.addHook('onClose', async () => gateway.close());

  const authenticate = async (request: FastifyRequest) => {
    const { token } = z.object({ token: z.string().min(1).max(500).optional() }).parse(request.query ?? {});
    if (token) {
      const widget = token.startsWith(WIDGET_TOKEN_PREFIX);
      request.actor = widget ? await actorFromWidgetToken(ctx, token) : await actorFromApiToken(ctx, token);
      request.chatCredential = { kind: widget ? 'widget' : 'token', value: token };
    } else if (request.actor) {
      const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
      if (bearer) request.chatCredential = { kind: 'token', value: bearer[1] };
      else if (request.chatCredential?.kind !== 'widget') {
        if (!fromDeskPages(request, ctx.config.PUBLIC_URL)) throw new AppError('forbidden', 'cross_origin', 'Open this socket from the desk\'s pages, or pass ?token=.');
        request.chatCredential = { kind: 'session', value: request.cookies[SESSION_COOKIE]! };
      }
    }
    if (!request.actor) throw new AppError('unauthenticated', 'unauthenticated', 'Pass ?token=<widget or API token>, or sign in.');
  };

  app.get('/chats/socket', { websocket: true, schema: { hide: true }, preValidation: authenticate }, (socket, request) => {
    const client = new ChatClient(socket, request.actor!, request.chatCredential ?? null);
    gateway.hub.add(client);
    client.send({ type: 'hello', person: { id: client.actor.id, name: client.actor.name, role: client.actor.role }, heartbeatSeconds: HEARTBEAT_MS / 1000 });
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
      gateway.hub.receive(client, data.toString()).catch((err) => request.log.error({ err }, 'chat socket: frame failed'));
    });
    socket.on('close', () => {
      clearInterval(heartbeat);
      gateway.hub.remove(client);
    });
  });
}
