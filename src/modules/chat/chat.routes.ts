import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../server/http-app';
import { AppError } from '../../server/app-error';
import { idParams } from '../../contracts/common';
import { isStaff } from '../auth/actor';
import { presentTicket } from '../tickets/ticket.presenter';
import { ticketView } from '../tickets/ticket.schemas';
import {
  chatMessageBody,
  chatMessagesView,
  chatMessageView,
  chatPage,
  chatView,
  convertChatBody,
  listChatsQuery,
  readChatBody,
  startChatBody,
  transferChatBody,
  widgetCodeBody,
  widgetSessionBody,
  widgetSessionView,
} from './chat.schemas';
import { getChat, listChatMessages, listChats } from './chat.queries';
import { chatViews } from './chat-views';
import { presentChatMessage } from './chat.presenter';
import { startChat } from './commands/start-chat';
import { postChatMessage } from './commands/post-chat-message';
import { acceptChat } from './commands/accept-chat';
import { transferChat } from './commands/transfer-chat';
import { closeChat } from './commands/close-chat';
import { reopenChat } from './commands/reopen-chat';
import { convertChat } from './commands/convert-chat';
import { markChatRead } from './commands/mark-chat-read';
import { openWidgetSession } from './commands/open-widget-session';
import { sendWidgetCode } from './commands/send-widget-code';
import { WIDGET_TOKEN_HEADER, actorFromWidgetToken } from './widget-auth';
import { chatSocketRoutes } from './gateway/chat-socket.routes';
import { chatFlowRoutes } from './chat-flow.routes';
import { chatFileRoutes } from './chat-file.routes';

const tags = ['chat'];
// Sign-in endpoints are open to visitors, so bounded per address.
const signInLimit = { max: 20, timeWindow: 60_000 };

/**
 * Live chat (API.md "Live chat"): the widget and the agent console. The widget runs on customers'
 * own sites, so these routes answer cross-origin requests (CORS without credentials: a cookie never
 * rides along) and accept the widget's token in X-Atende-Widget-Token.
 */
export async function chatRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;

  base.addHook('onRequest', async (request, reply) => {
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-allow-headers', `content-type, ${WIDGET_TOKEN_HEADER}`);
    reply.header('access-control-allow-methods', 'GET, POST, PUT, OPTIONS');
    reply.header('access-control-max-age', '600');
    const token = request.headers[WIDGET_TOKEN_HEADER];
    if (request.actor || typeof token !== 'string' || request.method === 'OPTIONS') return;
    request.actor = await actorFromWidgetToken(ctx, token);
    if (!request.actor || isStaff(request.actor)) {
      request.actor = null;
      throw new AppError('unauthenticated', 'invalid_widget_token', 'The widget token is unknown or expired; sign in again.');
    }
    request.chatCredential = { kind: 'widget', value: token };
  });
  const preflight = { schema: { hide: true } };
  base.options('/chats', preflight, async (_request, reply) => reply.status(204).send());
  base.options('/chats/*', preflight, async (_request, reply) => reply.status(204).send());

  await base.register(chatSocketRoutes);
  await base.register(chatFlowRoutes);
  await base.register(chatFileRoutes);

  app.post(
    '/chats/widget-session',
    { schema: { tags, summary: 'Sign a customer into the widget (identity hash or emailed code)', body: widgetSessionBody, response: { 201: widgetSessionView } }, config: { rateLimit: signInLimit } },
    async (request, reply) => {
      const session = await openWidgetSession(ctx, request.body);
      return reply.status(201).send({ ...session, expiresAt: session.expiresAt.toISOString() });
    },
  );

  app.post(
    '/chats/widget-session/code',
    { schema: { tags, summary: 'Email a 6-digit widget sign-in code (same answer for unknown emails)', body: widgetCodeBody, response: { 202: z.object({ sent: z.boolean() }) } }, config: { rateLimit: signInLimit } },
    async (request, reply) => {
      await sendWidgetCode(ctx, request.body);
      return reply.status(202).send({ sent: true });
    },
  );

  app.post(
    '/chats',
    { schema: { tags, summary: 'Start a chat, or get back the unfinished one (R5)', body: startChatBody, response: { 200: chatView, 201: chatView } } },
    async (request, reply) => {
      const started = await startChat(ctx, { actor: actorOf(request), data: request.body });
      const [view] = await chatViews(ctx, [started.chat]);
      return reply.status(started.created ? 201 : 200).send(view);
    },
  );

  app.get(
    '/chats',
    { schema: { tags, summary: 'Chats you may see; waiting ones in arrival order', querystring: listChatsQuery, response: { 200: chatPage } } },
    async (request) => {
      const result = await listChats(ctx, { actor: actorOf(request), ...request.query });
      return { items: await chatViews(ctx, result.items), nextCursor: result.nextCursor };
    },
  );

  app.get('/chats/:id', { schema: { tags, summary: 'One chat', params: idParams, response: { 200: chatView } } }, async (request) => {
    const [view] = await chatViews(ctx, [await getChat(ctx, { actor: actorOf(request), id: request.params.id })]);
    return view;
  });

  app.get(
    '/chats/:id/messages',
    { schema: { tags, summary: 'The transcript, bot and system lines included (notes for agents only)', params: idParams, response: { 200: chatMessagesView } } },
    async (request) => ({ items: (await listChatMessages(ctx, { actor: actorOf(request), id: request.params.id })).map(presentChatMessage) }),
  );

  app.post(
    '/chats/:id/messages',
    { schema: { tags, summary: 'Write in a chat; stored before the answer (200 for a resend of a known clientId)', params: idParams, body: chatMessageBody, response: { 200: chatMessageView, 201: chatMessageView } } },
    async (request, reply) => {
      const result = await postChatMessage(ctx, { actor: actorOf(request), chatId: request.params.id, data: request.body });
      return reply.status(result.duplicate ? 200 : 201).send(presentChatMessage(result.message));
    },
  );

  const chatAction = (path: string, summary: string, run: typeof acceptChat) =>
    app.post(path, { schema: { tags, summary, params: idParams, response: { 200: chatView } } }, async (request) => {
      const [view] = await chatViews(ctx, [await run(ctx, { actor: actorOf(request), id: request.params.id })]);
      return view;
    });
  chatAction('/chats/:id/accept', 'Accept a chat from the queue (agents)', acceptChat);
  chatAction('/chats/:id/close', 'Close a chat (its customer or an agent)', closeChat);
  chatAction('/chats/:id/reopen', 'Reopen a finished chat (R5)', reopenChat);

  app.post(
    '/chats/:id/transfer',
    { schema: { tags, summary: 'Transfer a chat to a team or an agent', params: idParams, body: transferChatBody, response: { 200: chatView } } },
    async (request) => {
      const [view] = await chatViews(ctx, [await transferChat(ctx, { actor: actorOf(request), id: request.params.id, data: request.body })]);
      return view;
    },
  );

  app.post(
    '/chats/:id/convert',
    { schema: { tags, summary: 'Turn a chat into a ticket holding the transcript (R19)', params: idParams, body: convertChatBody.optional(), response: { 201: ticketView } } },
    async (request, reply) =>
      reply.status(201).send(presentTicket(await convertChat(ctx, { actor: actorOf(request), id: request.params.id, data: request.body ?? {} }))),
  );

  app.post(
    '/chats/:id/read',
    { schema: { tags, summary: 'Read receipt: seen up to this message', params: idParams, body: readChatBody, response: { 200: z.object({ changed: z.boolean() }) } } },
    async (request) => markChatRead(ctx, { actor: actorOf(request), id: request.params.id, messageId: request.body.messageId }),
  );
}
