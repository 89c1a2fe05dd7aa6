import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Where `vite build` (web/vite.config.ts) writes the app; `npm start` builds it when stale. */
export const WEB_DIST_DIR = path.resolve(import.meta.dirname, '../../dist/web');
/** URL prefix of the built scripts and styles (Vite's `base`). */
export const WEB_ASSETS_PREFIX = '/web/assets/';

/** The three single-page apps; every path under each serves its page (client-side routing). */
const apps = ['portal', 'agent', 'admin'] as const;

// Pages may load only this origin's scripts, styles and sockets; images may also be blob: and
// data: URLs (previews of screenshots before upload).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' ws: wss:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

const notBuilt = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Atende</title>
<body style="font-family:system-ui;max-width:40rem;margin:4rem auto;line-height:1.5">
<h1>The web app is not built yet</h1>
<p>Run <code>npm run build:web</code> (or restart with <code>npm start</code>, which builds it) and reload this page.</p>
<p>The API is available at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p></body></html>`;

async function sendPage(reply: FastifyReply, app: (typeof apps)[number]) {
  reply
    .header('cache-control', 'no-cache')
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin')
    .type('text/html; charset=utf-8');
  try {
    return reply.send(await readFile(path.join(WEB_DIST_DIR, `${app}.html`)));
  } catch {
    return reply.status(503).send(notBuilt);
  }
}

/**
 * Serves the built web app: /portal, /agent and /admin (with their sub-paths, for client-side
 * routing) and their hashed assets under /web/assets/ with long-lived caching. Leaves /help,
 * /api, /healthz, /metrics, /widget.js and /webhooks to their own plugins.
 */
export async function webApp(app: FastifyInstance): Promise<void> {
  // Before the first build the folder is empty; pages then answer 503 with instructions.
  await mkdir(path.join(WEB_DIST_DIR, 'assets'), { recursive: true });
  await app.register(fastifyStatic, {
    root: path.join(WEB_DIST_DIR, 'assets'),
    prefix: WEB_ASSETS_PREFIX,
    decorateReply: false,
    // The build writes .br and .gz beside each asset (web/build-web.ts).
    preCompressed: true,
    immutable: true,
    maxAge: '365d',
    index: false,
  });
  for (const name of apps) {
    const schema = { hide: true };
    app.get(`/${name}`, { schema }, (_request, reply) => sendPage(reply, name));
    app.get(`/${name}/*`, { schema }, (_request, reply) => sendPage(reply, name));
  }
}
