import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';

const root = import.meta.dirname;

/** In `vite` dev, /portal/…, /agent/… and /admin/… serve their page, as the server does in production. */
const spaFallback: Plugin = {
  name: 'atende-spa-fallback',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      const app = /^\/(portal|agent|admin)(\/|\?|$)/.exec(req.url ?? '');
      if (app) req.url = `/web/${app[1]}.html`;
      next();
    });
  },
};

/**
 * Three single-page apps from one source tree: the portal (customers, kept small for phones), the
 * agent workspace and the admin. Each has its own HTML entry, so Rollup splits what they share
 * (React, the router, the query cache, i18n) into common chunks and never ships agent or admin
 * code to the portal. The server (src/server/web-app.ts) serves dist/web.
 */
export default defineConfig({
  root,
  base: '/web/',
  plugins: [react(), spaFallback],
  build: {
    outDir: path.resolve(root, '../dist/web'),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        portal: path.resolve(root, 'portal.html'),
        agent: path.resolve(root, 'agent.html'),
        admin: path.resolve(root, 'admin.html'),
      },
    },
  },
  server: {
    // `npm run dev:web` next to `npm run dev`: the API and the realtime socket come from the server.
    proxy: { '/api': { target: 'http://127.0.0.1:3000', ws: true }, '/healthz': 'http://127.0.0.1:3000' },
  },
});
