import { z } from 'zod';

/** `:id` in a URL; a value that is not a UUID simply names nothing (404), never a 400 or a 500. */
export const idParams = z.object({ id: z.string().min(1).max(100).describe('Resource id') });

/** An ISO 8601 UTC timestamp in a response. */
export const timestamp = z.string().describe('ISO 8601 UTC timestamp');

/** Presents a date as ISO 8601 UTC (null stays null). */
export function iso(date: Date): string;
export function iso(date: Date | null | undefined): string | null;
export function iso(date: Date | null | undefined): string | null {
  return date ? new Date(date).toISOString() : null;
}

export const listQueryBase = {
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Page size (1-200)'),
  cursor: z.string().max(200).optional().describe('The nextCursor of the previous page'),
};

/** A page of results; nextCursor is null on the last page. */
export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()) }),
});
