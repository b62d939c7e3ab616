// Bundles the Electron main process and the preload into CommonJS under out/main.
// CommonJS because a sandboxed preload cannot be an ES module, and because the main bundle
// resolves out/renderer/index.html and preload.cjs from its own __dirname.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out', 'main');

// Native modules load from node_modules at run time (packaging rebuilds them for Electron).
const NATIVE = ['better-sqlite3-multiple-ciphers'];

/** Options both bundles share. */
const common = {
  bundle: true,
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

/** The main process: everything bundled except Electron and native modules. */
const mainBundle = {
  ...common,
  platform: 'node',
  entryPoints: [path.join(root, 'electron/main/main.ts')],
  outfile: path.join(outDir, 'main.cjs'),
  external: ['electron', ...NATIVE],
  // ESM sources read `import.meta.url`, which CommonJS lacks: it becomes the bundle's own URL.
  // Paths built from it stay right only for files two folders below the root, like out/main/.
  define: { 'import.meta.url': '__qcdcBundleUrl' },
  // The banner restates "use strict": esbuild's own directive would no longer be the first line.
  banner: { js: "'use strict';\nconst __qcdcBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/** The sandboxed preload: it may require only 'electron', so everything else is inside it. */
const preloadBundle = {
  ...common,
  // The sandbox has no Node built-ins; importing one must fail the build, not the window later.
  platform: 'browser',
  entryPoints: [path.join(root, 'electron/preload/preload.ts')],
  outfile: path.join(outDir, 'preload.cjs'),
  external: ['electron'],
};

try {
  await rm(outDir, { recursive: true, force: true });
  await build(mainBundle);
  await build(preloadBundle);
  console.log(`built ${path.relative(root, outDir)}/main.cjs and preload.cjs`);
} catch {
  // esbuild has already printed each error with its location.
  process.exitCode = 1;
}
