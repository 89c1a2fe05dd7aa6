import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import path from 'node:path';
import { newId } from '../../server/ids';

export interface StoredFile {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
}

/** Keeps attachment bytes in files under DATA_DIR/attachments; the database holds their metadata. */
export class AttachmentStore {
  constructor(private readonly root: string) {}

  /** Streams an upload to disk while hashing it; a failed upload leaves no file behind. */
  async save(input: { filename: string; contentType: string; stream: Readable }): Promise<StoredFile> {
    const id = newId();
    const storageKey = path.join(id.slice(0, 2), id);
    const target = path.join(this.root, storageKey);
    const partial = `${target}.partial`;
    await mkdir(path.dirname(target), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(input.stream, meter, createWriteStream(partial));
      await rename(partial, target);
    } catch (err) {
      await rm(partial, { force: true });
      throw err;
    }
    return { id, filename: safeName(input.filename), contentType: input.contentType || 'application/octet-stream', size, sha256: hash.digest('hex'), storageKey };
  }

  open(storageKey: string): Readable {
    return createReadStream(path.join(this.root, storageKey));
  }

  async exists(storageKey: string): Promise<boolean> {
    return stat(path.join(this.root, storageKey)).then(() => true, () => false);
  }

  async remove(storageKey: string): Promise<void> {
    await rm(path.join(this.root, storageKey), { force: true });
  }
}

/** A file name safe to show and to send back in Content-Disposition. */
export function safeName(name: string): string {
  const base = path.basename(name || 'file').replace(/[\u0000-\u001f\u007f"\\/]/g, '_').trim();
  return (base || 'file').slice(0, 200);
}
