import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/app';

// Issue 13: the first screen downloads at most 300 kB of gzipped JavaScript. Measured over a real
// Vite build of the current sources (into a temp folder, so a stale out/renderer cannot fool it).

const ROOT = resolve(import.meta.dirname, '../../..');
const LIMIT = 300_000;

/** One chunk of Vite's manifest. */
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

let outDir: string;
let manifest: Record<string, ManifestChunk>;

beforeAll(async () => {
  outDir = tempDir('qcdc-renderer-build-');
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    mode: 'production',
    configFile: join(ROOT, 'renderer/vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  }).finally(() => (process.env.NODE_ENV = nodeEnv));
  manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The manifest keys a chunk needs before it runs: itself and its static imports, transitively. */
function staticClosure(key: string, into = new Set<string>()): Set<string> {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`Không có ${key} trong manifest`);
  into.add(key);
  for (const dep of chunk.imports ?? []) staticClosure(dep, into);
  return into;
}

const gzipBytes = (keys: Set<string>) =>
  [...keys].reduce((sum, k) => sum + gzipSync(readFileSync(join(outDir, manifest[k]!.file)), { level: 9 }).length, 0);

/** The entry plus the page that shows first: what the browser downloads before the page appears. */
function firstScreen(page: string): Set<string> {
  return staticClosure(page, staticClosure('index.html'));
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

describe('the first screen (Vite build of renderer/)', () => {
  it('preloads exactly the entry’s static imports (what index.html makes the browser fetch)', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const fetched = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
    const closure = new Set([...staticClosure('index.html')].map((k) => manifest[k]!.file));
    expect(fetched).toEqual(closure);
  });

  it('keeps every page, the print views and the wizard out of the entry (each loads on demand)', () => {
    const entry = staticClosure('index.html');
    const lazySources = Object.values(manifest)
      .map((c) => c.src ?? '')
      .filter((src) => /^features\/.+(Page|Print|Wizard|Home)\.tsx$/.test(src));
    expect(lazySources.length).toBeGreaterThan(20);
    for (const src of lazySources) expect(entry.has(src), `${src} trong phần tải đầu`).toBe(false);
  });

  it('keeps the sign-in, lock and password forms out of the entry (issue 12: only the access status is in it)', () => {
    const entry = staticClosure('index.html');
    expect(manifest['features/access/AccessScreens.tsx']?.isDynamicEntry).toBe(true);
    expect(entry.has('features/access/AccessScreens.tsx')).toBe(false);
    // What only those forms use: the sign-in and unlock calls, the new-password fields.
    const code = [...entry].map((k) => readFileSync(join(outDir, manifest[k]!.file), 'utf8')).join('\n');
    for (const marker of ['auth.signIn', 'auth.unlock', 'new-password']) {
      expect(code.includes(marker), `${marker} trong phần tải đầu`).toBe(false);
    }
  });

  it.each([
    ['trang chủ của xã', 'features/home/HomePage.tsx'],
    ['trang chủ của cơ quan nhận báo cáo', 'features/sync/OfficeHome.tsx'],
    // A protected installation opens on the sign-in screen.
    ['màn hình đăng nhập của cài đặt được bảo vệ', 'features/access/AccessScreens.tsx'],
  ])('%s: at most 300 kB of gzipped JavaScript', (_label, page) => {
    const bytes = gzipBytes(firstScreen(page));
    console.log(`first screen (${page}): ${kB(bytes)} gzip`);
    expect(bytes, kB(bytes)).toBeLessThanOrEqual(LIMIT);
  });

  it('measures the whole build against the first screen', () => {
    const all = new Set(Object.keys(manifest).filter((k) => manifest[k]!.file.endsWith('.js')));
    const entry = gzipBytes(staticClosure('index.html'));
    const total = gzipBytes(all);
    console.log(`entry ${kB(entry)}, whole app ${kB(total)} gzip`);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    // The first screen is a fraction of the app: splitting did happen.
    expect(entry).toBeLessThan(total / 2);
  });
});
