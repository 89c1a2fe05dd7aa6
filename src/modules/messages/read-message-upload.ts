import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../server/app-error';
import type { AttachmentStore, StoredFile } from './attachment-store';
import { addMessageBody, addMessageForm } from './message.schemas';

/** Validates with a zod schema outside Fastify's route schema (multipart bodies), same error shape. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: ['body', ...i.path].join('.'), message: i.message }));
  throw new AppError('bad_request', 'invalid_request', `Invalid ${issues[0].path}: ${issues[0].message}`, { issues });
}

/**
 * Reads a reply sent as JSON or as multipart/form-data with files. Files stream to the store as
 * they arrive; if anything fails (a file over the limit, bad fields), the stored ones are removed.
 */
export async function readMessageUpload(request: FastifyRequest, store: AttachmentStore) {
  if (!request.isMultipart()) return { fields: parseWith(addMessageBody, request.body), files: [] as StoredFile[] };
  const files: StoredFile[] = [];
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        files.push(await store.save({ filename: part.filename, contentType: part.mimetype, stream: part.file }));
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
    return { fields: parseWith(addMessageForm, fields), files };
  } catch (err) {
    await Promise.all(files.map((f) => store.remove(f.storageKey)));
    throw err;
  }
}
