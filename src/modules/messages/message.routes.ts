import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import path from 'node:path';
import { actorOf } from '../../server/http-app';
import { idParams } from '../../contracts/common';
import { AttachmentStore } from './attachment-store';
import { messageView } from './message.schemas';
import { addMessage } from './commands/add-message';
import { getAttachment, listMessages } from './message.queries';
import { presentMessage } from './message.presenter';
import { readMessageUpload } from './read-message-upload';
import { sendAttachment } from './send-attachment';

const tags = ['messages'];

export async function messageRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = base;
  const store = new AttachmentStore(path.join(ctx.config.DATA_DIR, 'attachments'));

  app.post(
    '/tickets/:id/messages',
    {
      schema: {
        tags,
        summary: 'Reply or add an internal note; JSON {body, internal?, status?} or multipart with files',
        params: idParams,
        response: { 201: messageView },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { fields, files } = await readMessageUpload(request, store);
      try {
        const { message } = await addMessage(ctx, { actor, ticketId: request.params.id, ...fields, files });
        return reply.status(201).send(presentMessage(message));
      } catch (err) {
        await Promise.all(files.map((f) => store.remove(f.storageKey)));
        throw err;
      }
    },
  );

  app.get(
    '/tickets/:id/messages',
    { schema: { tags, summary: 'The conversation', params: idParams, response: { 200: z.object({ items: z.array(messageView) }) } } },
    async (request) => ({ items: (await listMessages(ctx, { actor: actorOf(request), ticketId: request.params.id })).map(presentMessage) }),
  );

  app.get('/attachments/:id', { schema: { tags, summary: 'Download an attachment (of a ticket you may see, or of a chat you may see)', params: idParams } }, async (request, reply) => {
    const file = await getAttachment(ctx, { actor: actorOf(request), id: request.params.id });
    return sendAttachment(reply, store, file);
  });
}
