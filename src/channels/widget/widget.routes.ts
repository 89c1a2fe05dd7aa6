import type { FastifyInstance } from 'fastify';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** Where `tsx widget/build.ts` writes the widget bundle (gitignored, built on start like the web app). */
export const WIDGET_BUNDLE = path.resolve(import.meta.dirname, '../../../dist/widget/widget.js');

type Variant = { body: Buffer; encoding: 'br' | 'gzip' | null };
let cached: { mtimeMs: number; etag: string; variants: Variant[] } | null = null;

// The bundle and its pre-compressed copies, read again only when the build changed it.
async function loadBundle(): Promise<typeof cached> {
  const info = await stat(WIDGET_BUNDLE).catch(() => null);
  if (!info) return null;
  if (cached && cached.mtimeMs === info.mtimeMs) return cached;
  const read = (suffix: string) => readFile(WIDGET_BUNDLE + suffix).catch(() => null);
  const [plain, br, gz] = await Promise.all([read(''), read('.br'), read('.gz')]);
  if (!plain) return null;
  const variants: Variant[] = [
    ...(br ? [{ body: br, encoding: 'br' as const }] : []),
    ...(gz ? [{ body: gz, encoding: 'gzip' as const }] : []),
    { body: plain, encoding: null },
  ];
  cached = { mtimeMs: info.mtimeMs, etag: `"w${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`, variants };
  return cached;
}

const notBuilt = 'console.warn("Atende: the chat widget is not built yet; run `npx tsx widget/build.ts` on the desk.");';

/**
 * GET /widget.js: the embeddable chat widget (`<script src="https://desk/widget.js" data-atende>`).
 * Any site may load it (customers' products embed it); the URL is stable, so it is cached for
 * minutes and revalidated by ETag rather than cached for good.
 */
export async function widgetRoutes(app: FastifyInstance): Promise<void> {
  app.get('/widget.js', { schema: { hide: true } }, async (request, reply) => {
    reply
      .type('application/javascript; charset=utf-8')
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin')
      .header('x-content-type-options', 'nosniff');
    const bundle = await loadBundle();
    if (!bundle) return reply.status(503).header('cache-control', 'no-store').send(notBuilt);
    reply.header('cache-control', 'public, max-age=300, must-revalidate').header('etag', bundle.etag).header('vary', 'accept-encoding');
    if (request.headers['if-none-match'] === bundle.etag) return reply.status(304).send();
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const variant = bundle.variants.find((v) => v.encoding === null || new RegExp(`\\b${v.encoding}\\b`).test(accepted))!;
    if (variant.encoding) reply.header('content-encoding', variant.encoding);
    return reply.send(variant.body);
  });
}
