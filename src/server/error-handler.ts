import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from './app-error';
import { CalendarError } from '../modules/calendars/calendar-errors';

type ErrorBody = { error: { code: string; message: string; details: Record<string, unknown> } };

const body = (code: string, message: string, details: Record<string, unknown> = {}): ErrorBody => ({
  error: { code, message, details },
});

/** Maps every failure to the documented error shape; expected 4xx are not logged as failures. */
export function handleError(err: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) {
    return reply.status(err.status).send(body(err.code, err.message, err.details));
  }
  if (err instanceof CalendarError) {
    return reply.status(422).send(body(err.code, err.message, err.details));
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = err.validation.map((v) => ({
      path: [err.validationContext ?? 'body', ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
      message: v.message,
    }));
    const first = issues[0];
    return reply
      .status(400)
      .send(body('invalid_request', `Invalid ${first?.path ?? 'request'}: ${first?.message ?? 'bad input'}`, { issues }));
  }
  if (isResponseSerializationError(err)) {
    request.log.error({ err, cause: err.cause }, 'response did not match its schema');
    return reply.status(500).send(body('internal_error', 'The server failed to build its answer.'));
  }
  const fe = err as FastifyError;
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return reply.status(413).send(body('body_too_large', 'The request body is larger than the server accepts.'));
    case 'FST_REQ_FILE_TOO_LARGE':
      return reply.status(413).send(body('attachment_too_large', 'An attached file is larger than the size limit.'));
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return reply.status(413).send(body('too_many_parts', 'The upload has more files or fields than allowed.'));
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return reply.status(400).send(body('malformed_json', 'The request body is not valid JSON.'));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return reply
        .status(415)
        .send(body('unsupported_media_type', 'Send JSON (application/json) or multipart/form-data.'));
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return reply.status(400).send(body('invalid_multipart', 'The request is not multipart/form-data.'));
  }
  if (fe.statusCode === 429) {
    return reply.status(429).send(body('rate_limited', 'Too many requests; wait a moment and try again.'));
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return reply.status(fe.statusCode).send(body('bad_request', fe.message));
  }
  request.log.error({ err }, 'request failed');
  return reply.status(500).send(body('internal_error', 'Something went wrong on the server; it has been logged.'));
}
