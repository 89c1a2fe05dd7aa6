import type { FastifyRequest } from 'fastify';
import { AppError } from '../../server/app-error';
import type { AttachmentStore, StoredFile } from '../messages/attachment-store';
import { parseWith } from '../messages/read-message-upload';
import { chatAttachmentForm, type ChatAttachmentForm } from './chat.schemas';

const badUpload = (message: string) => new AppError('bad_request', 'invalid_upload', message);

/**
 * Reads a chat upload: multipart/form-data with one file part named `file` and the text parts of
 * `chatAttachmentForm`. The file streams to the store as it arrives (the multipart limit turns an
 * oversized one into 413 `attachment_too_large`); if anything fails, the stored file is removed.
 */
export async function readChatUpload(request: FastifyRequest, store: AttachmentStore): Promise<{ fields: ChatAttachmentForm; file: StoredFile }> {
  if (!request.isMultipart()) throw new AppError('bad_request', 'invalid_multipart', 'Send the file as multipart/form-data with a part named "file".');
  const fields: Record<string, string> = {};
  let file: StoredFile | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (part.fieldname !== 'file' || file) {
        part.file.resume();
        throw badUpload('Send exactly one file, in a part named "file".');
      }
      file = await store.save({ filename: part.filename, contentType: part.mimetype, stream: part.file });
    }
    if (!file) throw badUpload('Send the file in a part named "file".');
    return { fields: parseWith(chatAttachmentForm, fields), file };
  } catch (err) {
    if (file) await store.remove(file.storageKey);
    throw err;
  }
}
