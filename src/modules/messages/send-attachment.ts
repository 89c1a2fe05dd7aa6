import type { FastifyReply } from 'fastify';
import type { AttachmentStore } from './attachment-store';

// Common image types are shown in place (screenshots in a ticket or a chat); everything else, SVG
// included (it can carry script), downloads — and nosniff keeps a browser from guessing otherwise.
const inlineTypes = /^image\/(png|jpeg|gif|webp)$/;

/** Sends a stored file with headers that make it safe to serve from the desk's own origin. */
export function sendAttachment(reply: FastifyReply, store: AttachmentStore, file: { contentType: string; size: number; filename: string; storageKey: string }) {
  reply.header('content-type', file.contentType);
  reply.header('content-length', String(file.size));
  reply.header('x-content-type-options', 'nosniff');
  const inline = inlineTypes.test(file.contentType);
  reply.header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
  return reply.send(store.open(file.storageKey));
}
