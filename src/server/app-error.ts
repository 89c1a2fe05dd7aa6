/**
 * The one error type of the domain. Commands throw codes; `httpStatusOf` maps them to HTTP in
 * exactly one place, so a channel or job calling a command gets the same meaning without HTTP.
 */
export type ErrorKind =
  | 'bad_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unprocessable'
  | 'rate_limited';

const statusByKind: Record<ErrorKind, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
};

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return statusByKind[this.kind];
  }
}

export const notFound = (what: string, code = `${what}_not_found`) =>
  new AppError('not_found', code, `The ${what.replace(/_/g, ' ')} does not exist or you cannot see it.`);
