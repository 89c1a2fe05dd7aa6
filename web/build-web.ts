/**
 * Builds the web app into dist/web, pre-compresses its assets (.br and .gz, served by
 * src/server/web-app.ts) and records each app's first-load size in dist/web/sizes.json.
 *
 *   tsx web/build-web.ts             build now
 *   tsx web/build-web.ts --if-stale  build only when a source is newer than the last build
 *                                    (npm's "prestart" runs this, so `npm start` serves a fresh app)
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import path from 'node:path';

const webDir = import.meta.dirname;
const distDir = path.resolve(webDir, '../dist/web');
const stampFile = path.join(distDir, 'build-stamp.json');
const apps = ['portal', 'agent', 'admin'] as const;

async function newestSource(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    // Docs and tests do not change what is built.
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || /\.(md|test\.tsx?)$/.test(entry.name)) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestSource(full) : (await stat(full)).mtimeMs);
  }
  return newest;
}

/** True when dist/web was built after the last change to anything under web/. */
export async function isBuildFresh(): Promise<boolean> {
  try {
    const stamp = JSON.parse(await readFile(stampFile, 'utf8')) as { sourcesMtime: number };
    return stamp.sourcesMtime >= (await newestSource(webDir));
  } catch {
    return false;
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out;
}

async function precompress(): Promise<void> {
  const files = (await listFiles(path.join(distDir, 'assets'))).filter((f) => /\.(js|css|json|svg)$/.test(f));
  await Promise.all(
    files.map(async (file) => {
      const data = await readFile(file);
      await writeFile(`${file}.gz`, gzipSync(data, { level: 9 }));
      await writeFile(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }),
  );
}

type ManifestEntry = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };

/** Bytes an app downloads before it first renders: its entry, static imports and their CSS. */
async function firstLoadSizes(): Promise<Record<string, { files: number; bytes: number; gzipBytes: number }>> {
  const manifest = JSON.parse(await readFile(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestEntry>;
  const result: Record<string, { files: number; bytes: number; gzipBytes: number }> = {};
  for (const app of apps) {
    const seen = new Set<string>();
    const files = new Set<string>();
    const walk = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      const entry = manifest[key];
      if (!entry) return;
      files.add(entry.file);
      entry.css?.forEach((c) => files.add(c));
      entry.imports?.forEach(walk);
    };
    walk(`${app}.html`);
    let bytes = 0;
    let gzipBytes = 0;
    for (const file of files) {
      const data = await readFile(path.join(distDir, file));
      bytes += data.length;
      gzipBytes += gzipSync(data, { level: 9 }).length;
    }
    result[app] = { files: files.size, bytes, gzipBytes };
  }
  return result;
}

/** Runs `vite build` with web/vite.config.ts, then compresses and measures. */
export async function buildWeb(): Promise<void> {
  const sourcesMtime = await newestSource(webDir);
  const started = performance.now();
  const { build } = await import('vite');
  // Vite takes the bundle's NODE_ENV from the environment when it is set; under vitest it is
  // "test", which would ship React's development build. The app is always built for production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(webDir, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  await precompress();
  const sizes = await firstLoadSizes();
  await writeFile(path.join(distDir, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  await writeFile(stampFile, JSON.stringify({ sourcesMtime, builtAt: new Date().toISOString() }));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const summary = apps.map((a) => `${a} ${kb(sizes[a].gzipBytes)} gzipped`).join(', ');
  console.log(`web app built in ${((performance.now() - started) / 1000).toFixed(1)} s into dist/web (first load: ${summary})`);
}

/** Builds unless fresh. Without Vite (a production install without dev dependencies) it only warns. */
export async function buildWebIfStale(): Promise<void> {
  if (await isBuildFresh()) return;
  try {
    await import('vite');
  } catch {
    console.warn('web app: Vite is not installed (npm install without --omit=dev builds it); serving the existing build, if any.');
    return;
  }
  await buildWeb();
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const run = process.argv.includes('--if-stale') ? buildWebIfStale : buildWeb;
  run().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
