import { createHash } from 'node:crypto';
import type { Attachment } from 'mailparser';

// "begin 644 name" … "end": how Lotus Notes, old Outlook Express and some scanners attach files
// inside a plain-text body. mailparser leaves the block in the text as lines of noise.
const block = /^begin [0-7]{3,4} ([^\r\n]{1,255})\r?\n([\s\S]*?)^end[ \t]*\r?$/gm;
const MAX_FILES = 20;

const extensionTypes: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', pdf: 'application/pdf', txt: 'text/plain',
  zip: 'application/zip', doc: 'application/msword', xls: 'application/vnd.ms-excel', log: 'text/plain', csv: 'text/csv',
};

/** The bytes of uuencoded lines; stops at the zero-length line that closes the data. */
export function uudecode(lines: string): Buffer {
  const out: number[] = [];
  for (const line of lines.split(/\r?\n/)) {
    if (!line) continue;
    const length = (line.charCodeAt(0) - 32) & 63;
    if (length === 0) break;
    const bytes: number[] = [];
    for (let i = 1; i < line.length && bytes.length < length; i += 4) {
      const c = [0, 1, 2, 3].map((k) => ((line.charCodeAt(i + k) || 32) - 32) & 63);
      bytes.push(((c[0] << 2) | (c[1] >> 4)) & 255, ((c[1] << 4) | (c[2] >> 2)) & 255, ((c[2] << 6) | c[3]) & 255);
    }
    out.push(...bytes.slice(0, length));
  }
  return Buffer.from(out);
}

/** An attachment built from decoded bytes, shaped as mailparser's own. */
export function attachmentOf(filename: string, content: Buffer): Attachment {
  const extension = /\.([a-z0-9]{1,5})$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
  return {
    type: 'attachment',
    content,
    contentType: extensionTypes[extension] ?? 'application/octet-stream',
    partId: null,
    contentDisposition: 'attachment',
    filename,
    headers: new Map(),
    release: null,
    checksum: createHash('sha256').update(content).digest('hex'),
    size: content.length,
    related: false,
  };
}

/**
 * The text with its uuencoded blocks taken out, and the files they held. Text without a
 * "begin NNN name" line comes back unchanged (the common case costs one regular-expression test).
 */
export function extractUuencodedFiles(text: string): { text: string; files: Attachment[] } {
  if (!/^begin [0-7]{3,4} /m.test(text)) return { text, files: [] };
  const files: Attachment[] = [];
  const rest = text.replace(block, (whole, name: string, data: string) => {
    if (files.length >= MAX_FILES) return whole;
    const content = uudecode(data);
    if (!content.length) return whole;
    files.push(attachmentOf(name.trim(), content));
    return '';
  });
  return { text: rest.replace(/\n{3,}/g, '\n\n'), files };
}

/**
 * An attachment sent with Content-Transfer-Encoding x-uuencode, which mailparser passes through
 * undecoded, with its bytes decoded; any other attachment unchanged.
 */
export function decodeUuencodedPart(attachment: Attachment): Attachment {
  const encoding = attachment.headers.get('content-transfer-encoding');
  if (typeof encoding !== 'string' || !/^(x-)?uu(e|encode)$/i.test(encoding.trim())) return attachment;
  const text = attachment.content.toString('latin1');
  const inner = /^begin [0-7]{3,4} [^\r\n]*\r?\n([\s\S]*?)^end[ \t]*\r?$/m.exec(text)?.[1] ?? text;
  const content = uudecode(inner);
  if (!content.length) return attachment;
  return { ...attachment, content, size: content.length, checksum: createHash('sha256').update(content).digest('hex') };
}
