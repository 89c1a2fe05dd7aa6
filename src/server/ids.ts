import { v7 } from 'uuid';
import { randomBytes, createHash } from 'node:crypto';

/** A new time-sortable id (UUIDv7); PostgreSQL 15 has no uuidv7(), so the application makes them. */
export const newId = (): string => v7();

/** A random secret for a cookie, token or link, URL-safe. */
export const newSecret = (prefix = ''): string => prefix + randomBytes(32).toString('base64url');

/** Only this digest of a secret is stored, so a database leak does not leak sign-ins. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids in URLs that are not UUIDs cannot name anything; checking first avoids a database cast error. */
export const isId = (value: string): boolean => uuidPattern.test(value);
