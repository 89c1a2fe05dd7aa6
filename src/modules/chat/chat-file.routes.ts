import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import path from 'node:path';
import { actorOf } from '../../server/http-app';
import { idParams } from '../../contracts/common';
import { AttachmentStore } from '../messages/attachment-store';
import { sendAttachment } from '../messages/send-attachment';
import { chatMessageView } from './chat.schemas';
import { presentChatMessage } from './chat.presenter';
import { attachFileToChat } from './commands/attach-file-to-chat';
import { getChatFile } from './chat-files';
import { readChatUpload } from './read-chat-upload';

const tags = ['chat'];
const fileParams = z.object({ id: z.string().min(1).max(100).describe('The chat'), attachmentId: z.string().min(1).max(100).describe('The file') });

/**
 * Files in a chat (R41): upload and download under the chat's routes, registered inside the chat
 * plugin so both take the widget's token and answer cross-origin calls like the rest of the chat API.
 * The upload's text parts are validated by `chatAttachmentForm` (a multipart body cannot go through
 * the route schema); an oversized file is 413 `attachment_too_large` from the multipart limit.
 */
export async function chatFileRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;
  const store = new AttachmentStore(path.join(ctx.config.DATA_DIR, 'attachments'));

  app.post(
    '/chats/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Send a file in a chat: multipart with one part `file`, optional `text` (caption) and `clientId`; stored before the answer (200 for a resend of a known clientId)',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 200: chatMessageView, 201: chatMessageView },
      },
    },
    async (request, reply) => {
      const { fields, file } = await readChatUpload(request, store);
      try {
        const result = await attachFileToChat(ctx, { actor: actorOf(request), chatId: request.params.id, data: fields, file });
        // A resend is answered with the line stored the first time; this copy of the bytes is spare.
        if (result.duplicate) await store.remove(file.storageKey);
        return reply.status(result.duplicate ? 200 : 201).send(presentChatMessage(result.message));
      } catch (err) {
        await store.remove(file.storageKey);
        throw err;
      }
    },
  );

  app.get(
    '/chats/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Download a file sent in a chat (whoever may see the chat)', params: fileParams } },
    async (request, reply) => {
      const file = await getChatFile(ctx, { actor: actorOf(request), chatId: request.params.id, id: request.params.attachmentId });
      return sendAttachment(reply, store, file);
    },
  );
}
