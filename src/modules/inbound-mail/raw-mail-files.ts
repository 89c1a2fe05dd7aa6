import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { AppContext } from '../../server/context';

/** Raw messages bigger than this go to a file on the embedded database (see 0003_inbound_mail.sql). */
export const INLINE_RAW_MAX_BYTES = 256 * 1024;

/** Whether this message's raw bytes are kept in a file rather than in its row. */
export const keepsRawInFile = (ctx: AppContext, size: number) => ctx.database.kind === 'pglite' && size > INLINE_RAW_MAX_BYTES;

const root = (ctx: AppContext) => path.join(ctx.config.DATA_DIR, 'inbound-mail');

/**
 * Writes a raw message to DATA_DIR/inbound-mail and syncs it to disk before answering, so the row
 * that names it (committed next) never points at bytes a crash could lose. Answers the relative path.
 */
export async function writeRawFile(ctx: AppContext, id: string, raw: Buffer): Promise<string> {
  const relative = path.join(id.slice(0, 8), `${id}.eml`);
  const target = path.join(root(ctx), relative);
  await mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  const handle = await open(partial, 'w');
  try {
    await handle.writeFile(raw);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(partial, target);
  return relative;
}

export const readRawFile = (ctx: AppContext, relative: string) => readFile(path.join(root(ctx), relative));

export const removeRawFile = (ctx: AppContext, relative: string) => rm(path.join(root(ctx), relative), { force: true });
