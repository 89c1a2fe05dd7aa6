/**
 * Builds the chat widget (widget/src) into dist/widget/widget.js: one self-contained, minified
 * script with no dependencies, pre-compressed (.gz, .br) for src/channels/widget/widget.routes.ts,
 * and its sizes in dist/widget/sizes.json (the budget is 50 KB gzipped).
 *
 *   tsx widget/build.ts             build now
 *   tsx widget/build.ts --if-stale  build only when a source is newer than the last build
 */
import { readFile, readdir, stat, writeFile, mkdir } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import path from 'node:path';

const widgetDir = import.meta.dirname;
export const WIDGET_DIST_DIR = path.resolve(widgetDir, '../dist/widget');
const bundle = path.join(WIDGET_DIST_DIR, 'widget.js');
const stampFile = path.join(WIDGET_DIST_DIR, 'build-stamp.json');
const BUDGET_GZIP_BYTES = 50 * 1024;

async function newestSource(): Promise<number> {
  const dir = path.join(widgetDir, 'src');
  const times = await Promise.all((await readdir(dir)).map(async (f) => (await stat(path.join(dir, f))).mtimeMs));
  return Math.max(0, ...times);
}

/** True when dist/widget was built after the last change to widget/src. */
export async function isWidgetBuildFresh(): Promise<boolean> {
  try {
    const stamp = JSON.parse(await readFile(stampFile, 'utf8')) as { sourcesMtime: number };
    return stamp.sourcesMtime >= (await newestSource());
  } catch {
    return false;
  }
}

/** Bundles with Vite's library mode as one IIFE, compresses, and checks the size budget. */
export async function buildWidget(options: { quiet?: boolean } = {}): Promise<{ bytes: number; gzipBytes: number; brotliBytes: number }> {
  const sourcesMtime = await newestSource();
  const { build } = await import('vite');
  await mkdir(WIDGET_DIST_DIR, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    build: {
      outDir: WIDGET_DIST_DIR,
      emptyOutDir: false,
      target: 'es2020',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry: path.join(widgetDir, 'src/main.ts'), formats: ['iife'], name: 'AtendeWidget', fileName: () => 'widget.js' },
    },
  });
  const code = await readFile(bundle);
  const gz = gzipSync(code, { level: 9 });
  const br = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  await writeFile(`${bundle}.gz`, gz);
  await writeFile(`${bundle}.br`, br);
  const sizes = { bytes: code.length, gzipBytes: gz.length, brotliBytes: br.length };
  await writeFile(path.join(WIDGET_DIST_DIR, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  await writeFile(stampFile, JSON.stringify({ sourcesMtime, builtAt: new Date().toISOString() }));
  if (!options.quiet) console.log(`widget built into dist/widget/widget.js: ${(sizes.bytes / 1024).toFixed(1)} KB, ${(sizes.gzipBytes / 1024).toFixed(1)} KB gzipped`);
  if (sizes.gzipBytes > BUDGET_GZIP_BYTES) throw new Error(`the widget is ${sizes.gzipBytes} bytes gzipped, over its ${BUDGET_GZIP_BYTES}-byte budget`);
  return sizes;
}

/** Builds unless fresh. Without Vite (an install without dev dependencies) it only warns. */
export async function buildWidgetIfStale(): Promise<void> {
  if (await isWidgetBuildFresh()) return;
  try {
    await import('vite');
  } catch {
    console.warn('widget: Vite is not installed; serving the existing build, if any.');
    return;
  }
  await buildWidget();
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  (process.argv.includes('--if-stale') ? buildWidgetIfStale() : buildWidget()).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
