import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The build (run by e2e/global-setup.ts) records what each app downloads before it renders.
const dist = path.resolve(import.meta.dirname, '../dist/web');
const readJson = async (file: string) => JSON.parse(await readFile(path.join(dist, file), 'utf8'));

describe('the production build', () => {
  it('keeps the portal\'s first load under 250 KB gzipped (issue 5)', async () => {
    const sizes = await readJson('sizes.json');
    expect(sizes.portal.gzipBytes).toBeLessThan(250 * 1024);
  });

  it('never ships agent or admin code to the portal', async () => {
    const manifest: Record<string, { file: string; imports?: string[]; src?: string }> = await readJson('.vite/manifest.json');
    const seen = new Set<string>();
    const walk = (key: string) => {
      if (seen.has(key) || !manifest[key]) return;
      seen.add(key);
      manifest[key].imports?.forEach(walk);
    };
    walk('portal.html');
    const sources = [...seen].map((key) => manifest[key].src ?? key);
    expect(sources.filter((s) => s.includes('src/agent/') || s.includes('src/admin/'))).toEqual([]);
    for (const key of seen) {
      const code = await readFile(path.join(dist, manifest[key].file), 'utf8');
      expect(code).not.toContain('atende:compose');
      expect(code).not.toContain('calendars/preview');
    }
  });
});
